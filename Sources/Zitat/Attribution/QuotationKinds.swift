/// What a quotation is when no frame says it is speech: a title, a name, a label, emphasis.
extension TextView {
    /// Whether the quote's first word is written in lower case (a partial quote).
    func firstWordIsLowercase(_ quotation: Int) -> Bool {
        guard let range = tokenRange(of: quotations[quotation].content), let first = range.first(where: { isWord($0) }) else { return false }
        return tokens[first].kind == .word && !isCapitalized(first)
    }

    /// Whether a quote contains a first- or second-person pronoun ("ich", "wir", "Sie").
    func speaksInPerson(_ quotation: Int) -> Bool {
        guard let range = tokenRange(of: quotations[quotation].content) else { return false }
        return speaksInPerson(range)
    }

    func quotationWordCount(_ quotation: Int) -> Int {
        guard let range = tokenRange(of: quotations[quotation].content) else { return 0 }
        return wordCount(range)
    }

    /// A short quote after a title noun ("die Zeitung „Die Welt“") or of capitalised words only is a name.
    func isTitle(_ quotation: Int, words: Int) -> Bool {
        guard words <= 5, let range = tokenRange(of: quotations[quotation].content) else { return words == 0 }
        let contentWords = range.filter { isWord($0) }
        return contentWords.count <= 4 && contentWords.allSatisfy { isCapitalized($0) || has($0, .determiner) || has($0, .link) }
            && contentWords.contains { isCapitalized($0) && !has($0, .determiner) }
    }

    /// A quote of two words or more, every one capitalised or a number ("„Black Lion Hospital“",
    /// "„Hvalur 9“", "„People's Power Party“"), names something; it is not speech.
    func isName(_ quotation: Int) -> Bool {
        guard let range = tokenRange(of: quotations[quotation].content) else { return false }
        let words = range.filter { isWord($0) }
        guard words.count >= 2, words.count <= 8 else { return false }
        let connectors: Set<String> = ["de", "du", "des", "la", "le", "of", "the", "and", "for", "&", "y", "e", "di", "del", "van", "von", "der"]
        return words.allSatisfy { tokens[$0].kind == .number || isCapitalized($0) || connectors.contains(lower[$0]) }
            && words.contains { isCapitalized($0) && !has($0, .determiner) }
            && !words.contains { ["ich", "wir", "sie", "er", "es"].contains(lower[$0]) && $0 != words.first }
    }

    /// A short quote that labels rather than speaks: a gloss in brackets ("Kreuzungen („Hybride“)"),
    /// a word mixing letters and digits ("„E1“", "„Muslix64“"), or one capitalised word after a
    /// definite article, a possessive or a noun it names ("dem „Tagesspiegel“", "Nachrichtenagentur „Interfax“").
    func isLabel(_ quotation: Int, words: Int) -> Bool {
        guard words <= 3, let range = tokenRange(of: quotations[quotation].content) else { return false }
        let open = TextView.firstToken(atOrAfter: quotations[quotation].open.start, in: tokens)
        let sentenceStart = segmentation.sentences[tokens[min(open, tokens.count - 1)].sentence].tokens.lowerBound
        let before = open - 1
        if before >= sentenceStart, tokens[before].text == "(" { return true }
        let contentWords = range.filter { isWord($0) }
        if contentWords.count == 1, let word = contentWords.first {
            let letters = tokens[word].text.unicodeScalars
            if letters.contains(where: { $0.properties.numericType != nil }) && letters.contains(where: { $0.properties.isAlphabetic }) { return true }
            // "„Amflora“", "„Larry“", "„Al-Qaida“": one capitalised word the lexicon does not know names something
            // ("„Großartig“" is a word, and speech); one that ends a sentence inside the marks ("„Wow.“") is said.
            // After "als" it is the predicate a naming verb gives ("bezeichnete es als „Unsensibilität“").
            if isCapitalized(word), !facts(word).isKnown, !range.contains(where: { isSentenceFinal($0) }),
               !(before >= sentenceStart && lower[before] == "als") { return true }
            guard isCapitalized(word), before > sentenceStart, isWord(before) else { return false }
            return has(before, .labelBefore) || (isCapitalized(before) && !has(before, .determiner))
        }
        return false
    }

    /// Quotes in ASCII apostrophes ('…' or wiki italics ''…'') are emphasis or names unless a frame
    /// says otherwise (1 of 604 direct quotes in the train split).
    func isApostropheQuote(_ quotation: Int) -> Bool {
        document.scalars[quotations[quotation].open.start] == "'"
    }

    /// A quote right after a noun naming a work ("die Zeitung „Die Welt“") is its name.
    func followsWorkNoun(_ quotation: Int) -> Bool {
        let open = TextView.firstToken(atOrAfter: quotations[quotation].open.start, in: tokens)
        var before = open - 1
        while before >= 0, !isWord(before), open - before < 3 { before -= 1 }
        return before >= 0 && isWord(before) && (has(before, .work) || isCapitalized(before) && rules.speakers.isCompound(lower[before], of: .work))
    }
}
