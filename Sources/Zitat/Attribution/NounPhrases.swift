/// Finds the noun phrase that names a speaker, from capitalisation and the speaker lexicon.
///
/// German nouns and names are capitalised; inside a phrase, lowercase words are only articles,
/// inflected adjectives, and links ("von", "der", "für", "und"). A phrase ends at anything else.
extension TextView {
    /// Whether a lowercase word looks like an inflected attributive adjective ("russische").
    func isAdjective(_ index: Int) -> Bool {
        guard isWord(index), !isCapitalized(index) || isSentenceInitial(index) else { return false }
        let word = lower[index]
        guard word.count >= 4, !has(index, .stop), !has(index, .determiner), !has(index, .link),
              !has(index, .adverb), !has(index, .preposition), rules.cues.verbsByForm[word] == nil,
              rules.subjunctive.mood(of: word) == nil else { return false }
        if tokens[index].kind == .number { return false }
        return ["e", "en", "er", "es", "em"].contains { word.hasSuffix($0) } || word.contains("-jährig")
    }

    func isSentenceInitial(_ index: Int) -> Bool {
        index >= 0 && index < tokens.count && segmentation.sentences[tokens[index].sentence].tokens.lowerBound == index
    }

    /// A capitalised word that can be part of a name or noun (not a capitalised function word).
    func isNominal(_ index: Int) -> Bool {
        guard index >= 0, index < tokens.count, isOutsideQuotes(index) || quotationOf[index] != nil else { return false }
        let token = tokens[index]
        if token.kind == .number { return false }
        guard token.kind == .word, token.isCapitalized else { return false }
        if isSentenceInitial(index) || lower[index].count <= 3 {
            if has(index, .determiner) || has(index, .adverb) || has(index, .preposition)
                || has(index, .subordinator) || has(index, .pronoun) {
                return false
            }
        }
        if has(index, .adverb) || has(index, .preposition) { return lower[index].count > 5 && !isSentenceInitial(index) }
        return rules.cues.verbsByForm[lower[index]] == nil || !isSentenceInitial(index)
    }

    /// The noun phrase starting at `start` and ending before `limit`, if one starts there.
    func nounPhrase(from start: Int, limit: Int) -> Range<Int>? {
        guard start >= 0, start < limit, limit <= tokens.count else { return nil }
        if has(start, .pronoun) && tokens[start].kind == .word { return start..<(start + 1) }
        var index = start
        var sawHead = false
        if has(index, .determiner) { index += 1 }
        // Core: adjectives, numbers and capitalised words.
        while index < limit {
            if isNominal(index) {
                sawHead = true
                index += 1
            } else if !sawHead && (isAdjective(index) || tokens[index].kind == .number) {
                index += 1
            } else if sawHead && tokens[index].kind == .number && index + 1 < limit && isNominal(index + 1) {
                index += 1
            } else {
                break
            }
        }
        guard sawHead else { return nil }
        // Attachments: genitives, "von X", "für X", coordination, short parentheses, "in Berlin".
        while index < limit {
            if let next = attachment(at: index, limit: limit) {
                index = next
            } else {
                break
            }
        }
        return start..<index
    }

    /// The end of an attachment to a noun phrase starting at `index`, if there is one.
    private func attachment(at index: Int, limit: Int) -> Int? {
        let word = lower[index]
        if tokens[index].text == "(" {
            var close = index + 1
            while close < limit, close - index <= 6, tokens[close].text != ")" { close += 1 }
            if close < limit, tokens[close].text == ")", close > index + 1 { return close + 1 }
            return nil
        }
        guard tokens[index].kind == .word, !isCapitalized(index) else { return nil }
        switch word {
        case "des", "der", "von", "vom", "für", "und", "sowie", "de", "van", "al":
            let next = index + 1
            guard next < limit else { return nil }
            if word == "und" || word == "sowie" {
                // Coordination only of names and titled people, not of clauses.
                guard let phrase = nounPhrase(from: next, limit: limit), phrase.count >= 1,
                      isNominal(phrase.upperBound - 1), !has(next, .pronoun) else { return nil }
                return phrase.upperBound
            }
            if let phrase = nounPhrase(from: next, limit: limit), !has(next, .pronoun) { return phrase.upperBound }
            return nil
        case "in", "aus":
            // "ein Sprecher in Berlin": one capitalised place name that ends the phrase.
            let next = index + 1
            guard next < limit, isNominal(next), !has(next, .determiner) else { return nil }
            let after = next + 1
            if after < limit, isNominal(after) || lower[after] == "der" || lower[after] == "des" { return nil }
            return after
        default:
            return nil
        }
    }

    /// Whether a phrase names a person or speaking body rather than a thing.
    func looksLikeSpeaker(_ phrase: Range<Int>) -> Bool {
        if phrase.count == 1, has(phrase.lowerBound, .pronoun) { return true }
        for index in phrase where isNominal(index) {
            let word = tokens[index].text
            if rules.speakers.isTitle(word) || rules.speakers.isInstitution(word) { return true }
        }
        // Names: two capitalised words in a row, or one capitalised word without an article.
        let nominals = phrase.filter { isNominal($0) }
        if !has(phrase.lowerBound, .determiner) && !nominals.isEmpty { return true }
        return nominals.count >= 2
    }
}
