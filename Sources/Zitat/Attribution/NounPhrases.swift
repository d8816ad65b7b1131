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
              !has(index, .adverb), !has(index, .preposition), !has(index, .numeral), verbEntries(index) == nil,
              listedMood(index) == nil else { return false }
        if tokens[index].kind == .number { return false }
        // An attributive adjective never stands right before an article: "brachte die", "starben der".
        if index + 1 < tokens.count, isWord(index + 1), has(index + 1, .determiner), !has(index + 1, .pronoun) { return false }
        return TextView.hasInflectedEnding(word) || word.containsWord("-jährig")
    }

    /// Whether a lower-case word ends as an inflected adjective or participle does ("neue", "veröffentlichten").
    static func hasInflectedEnding(_ word: String) -> Bool {
        ["e", "en", "er", "es", "em"].contains { word.hasSuffix($0) }
    }

    /// A title or speaking body: "Sprecher", "Regierung", "Verteidigungsminister".
    func isTitledNoun(_ index: Int) -> Bool {
        isNominal(index) && (isTitleToken(index) || isInstitutionToken(index))
    }

    func isSentenceInitial(_ index: Int) -> Bool {
        index >= 0 && index < tokens.count && segmentation.sentences[tokens[index].sentence].tokens.lowerBound == index
    }

    /// `isNominal` computed: a capitalised word that can be part of a name or noun (not a capitalised
    /// function word). Called once per token when the view is built.
    func nominal(_ index: Int) -> Bool {
        guard index >= 0, index < tokens.count, isOutsideQuotes(index) || quotationOf[index] != nil else { return false }
        let token = tokens[index]
        // "39-Jährige", "ai-Bericht": a compound whose last part is a noun is a noun.
        if token.text.utf8.contains(UInt8(ascii: "-")), let dash = token.text.lastIndex(of: "-"), token.text.first?.isUppercase == false,
           token.text[token.text.index(after: dash)...].first?.isUppercase == true {
            return true
        }
        if token.kind == .number { return false }
        // "tagesschau.de", "t-online.de": a web address names its publisher.
        if token.kind == .word, TextView.isWebName(token.text) { return true }
        guard token.kind == .word, token.isCapitalized else { return false }
        // A short capitalised word after another word is a name ("Den Haag", "Los Angeles"); at the
        // start of a sentence, a quote or after a colon it may be a function word.
        let afterWord = index > 0 && isWord(index - 1) && !isSentenceInitial(index)
        if afterWord, lower[index].count <= 3, !has(index, .pronoun) { return true }
        if isSentenceInitial(index) || lower[index].count <= 3 {
            if has(index, .determiner) || has(index, .adverb) || has(index, .preposition)
                || has(index, .subordinator) || has(index, .pronoun) || has(index, .correlate) {
                return false
            }
        }
        // A capitalised adverb or preposition inside a sentence is a noun ("Gegenwart") or, after
        // another word, a name ("Jonas Kurz").
        if has(index, .adverb) || has(index, .preposition) { return (lower[index].count > 5 || afterWord) && !isSentenceInitial(index) }
        // "Berichten zufolge": a statement noun opening a sentence is a noun, though also a verb form.
        return verbEntries(index) == nil || !isSentenceInitial(index) || has(index, .statement)
    }

    /// A host name of letters, digits, dots and hyphens that ends in a top-level domain ("faz.net").
    static func isWebName(_ text: String) -> Bool {
        guard text.utf8.contains(UInt8(ascii: ".")), let dot = text.lastIndex(of: "."), dot != text.startIndex else { return false }
        let domain = text[text.index(after: dot)...]
        return (2...4).contains(domain.count) && domain.allSatisfy({ $0.isLowercase && $0.isLetter })
            && text[..<dot].allSatisfy { $0.isLetter || $0.isNumber || $0 == "." || $0 == "-" }
    }

    /// The noun phrase starting at `start` and ending before `limit`, if one starts there.
    func nounPhrase(from start: Int, limit: Int) -> Range<Int>? {
        guard start >= 0, start < limit, limit <= tokens.count else { return nil }
        if has(start, .pronoun) && tokens[start].kind == .word {
            // "Diese bestätigte": a demonstrative alone; "Diese Regierung" is a phrase.
            if !has(start, .determiner) || !(start + 1 < limit && (isNominal(start + 1) || isAdjective(start + 1))) {
                return start..<(start + 1)
            }
            // "beschuldigte dieser Israel": a demonstrative stands alone before a name the lexicon
            // knows as no noun ("dieser Sprecher", "diese Pentagonsprecherin" are phrases).
            if facts(start).classes.contains(WordClasses(.demonstrative)), isNominal(start + 1), !facts(start + 1).isKnown, facts(start + 1).noun.isEmpty {
                return start..<(start + 1)
            }
        }
        // "Einer der 13 beteiligten Feuerwehrmänner": one of a group.
        if has(start, .partitive), start + 1 < limit, ["der", "des", "von"].contains(lower[start + 1]),
           let group = nounPhrase(from: start + 2, limit: limit)
               ?? (start + 2 < limit && (tokens[start + 2].kind == .number || has(start + 2, .numeral)) ? nounPhrase(from: start + 3, limit: limit) : nil) {
            return start..<group.upperBound
        }
        var coreStart = start
        var sawHead = false
        if has(coreStart, .determiner) {
            coreStart += 1
            // "einer am Dienstag veröffentlichten Mitteilung": a phrase before a participle belongs to it.
            if let participle = extendedAttribute(from: coreStart, limit: limit) { coreStart = participle }
            // "Das „National Hurricane Centre“ der USA", "die „Aktion Deutschland hilft“": a quoted name.
            if let name = quotedName(at: coreStart, limit: limit), name == limit || !isWord(name) || !isCapitalized(name) {
                coreStart = name
                sawHead = true
            }
        }
        // Core: adjectives, numbers and capitalised words.
        guard var index = coreEnd(of: start, from: coreStart, limit: limit, sawHead: sawHead) else { return nil }
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

    /// The end of a noun phrase's core from `index` (adjectives, numbers and capitalised words), or nil
    /// when it has no head noun or name. `sawHead`: a quoted name already heads it.
    private func coreEnd(of start: Int, from index: Int, limit: Int, sawHead: Bool) -> Int? {
        var index = index
        var sawHead = sawHead
        while index < limit {
            if sawHead, tokens[index].kind == .number, has(index - 1, .time) {
                // "vom Sommer 2011", "vom 22. August 2009": the year belongs to its date.
                index += 1
            } else if isNominal(index) {
                // "Meldungen Schäden": after a statement noun, a second noun starts something else.
                // But a genitive name belongs to it ("nach Meinung Russlands", "Auffassung Österreichs").
                if sawHead, index > start, isNominal(index - 1), has(index - 1, .statement) {
                    guard lower[index].hasSuffix("s"), !has(index, .statement), !(index + 1 < limit && isNominal(index + 1)) else { break }
                    index += 1
                    break
                }
                sawHead = true
                index += 1
            } else if sawHead, index > start, isNominal(index - 1), tokens[index - 1].text.hasSuffix("s"),
                      isAdjective(index), !isThirdPersonVerb(index), index + 1 < limit, isNominal(index + 1) || isAdjective(index + 1) {
                // "Mannheims oberster Bürgermeister": a genitive name before the phrase (but in "Aussage
                // des Ministeriums lebte Peter Roe" the finite verb ends the phrase).
                index += 1
            } else if !sawHead && (isAdjective(index) || tokens[index].kind == .number) {
                index += 1
            } else if sawHead, index > start, isNominal(index - 1), lower[index].hasSuffix("er"),
                      isAdjective(index), index + 1 < limit, isNominal(index + 1) {
                // "Meinung politischer Beobachter", "der Verband kommunaler Unternehmen": a genitive plural.
                index += 2
                break
            } else if sawHead, isNominal(index - 1), isOutsideQuotes(index), tokens[index].kind == .word,
                      tokens[index].text.contains(where: { $0 == "-" || $0 == "." }), !isSentenceFinal(index) {
                // "des Fernsehsenders n-tv", "die Gewerkschaft ver.di": a lower-case name after its noun.
                index += 1
            } else {
                break
            }
        }
        return sawHead ? index : nil
    }

    /// Where the noun after the participle of an extended attribute stands, if one starts at `index`
    /// with a preposition: "am Dienstag veröffentlichten" in "einer am Dienstag veröffentlichten Mitteilung".
    func extendedAttribute(from index: Int, limit: Int) -> Int? {
        if let participle = adverbialAttribute(from: index, limit: limit) { return participle }
        guard index < limit, has(index, .preposition), isOutsideQuotes(index) else { return nil }
        var next = index + 1
        while next < limit, next - index <= 5 {
            // (The participle may be a cue's: "veröffentlichten".)
            if isWord(next), !isCapitalized(next), !has(next, .determiner), !has(next, .preposition), next + 1 < limit, isNominal(next + 1),
               lower[next].count >= 4, TextView.hasInflectedEnding(lower[next]) {
                return next > index + 1 ? next + 1 : nil
            }
            guard isWord(next), isNominal(next) || has(next, .determiner) || tokens[next].kind == .number || has(next, .adverb) && !has(next, .pronoun) else { return nil }
            next += 1
        }
        return nil
    }

    /// Where the inflected adjective stands after adverbs that modify it: "erst kürzlich" in "der erst
    /// kürzlich ernannte Bischof", "die seit langem amtierende Vorsitzende". Nil unless a few
    /// lower-case words that are no article, verb or conjunction lead to an adjective before a noun.
    private func adverbialAttribute(from index: Int, limit: Int) -> Int? {
        var next = index
        while next < limit, next - index < 4, isWord(next), tokens[next].kind == .word, !isCapitalized(next), isOutsideQuotes(next) {
            if next > index, isAdjective(next), next + 1 < limit, isNominal(next + 1) || isAdjective(next + 1) { return next }
            let facts = facts(next)
            guard !has(next, .determiner), !has(next, .link), !has(next, .subordinator), facts.determiner.isEmpty || has(next - 1, .preposition),
                  !facts.isFinite || facts.participleAdjective, facts.nonFinite.isEmpty, !isAdjective(next) else { return nil }
            next += 1
        }
        return nil
    }

    /// The end of an attachment to a noun phrase starting at `index`, if there is one.
    private func attachment(at index: Int, limit: Int) -> Int? {
        let word = lower[index]
        if tokens[index].text == "(" { return bracketEnd(at: index, limit: limit) }
        if index > 0, isNominal(index - 1), let quoted = closedQuotation(at: index, limit: limit),
           quotations[quoted.quotation].content.length <= 60,
           rules.speakers.contains(lower[index - 1], .work) || isInstitutionToken(index - 1) || startsCapitalised(quoted.quotation) {
            // "die Website „icelandreview.com“", "des Magazins „Der Spiegel“": a quoted name.
            return quoted.end
        }
        if tokens[index].text == "/" && index + 1 < limit && isNominal(index + 1) { return index + 2 }
        guard tokens[index].kind == .word, !isCapitalized(index) else { return nil }
        let next = index + 1
        guard next < limit else { return nil }
        switch word {
        case _ where has(index, .genitiveArticle):
            // A genitive: not after a name or acronym ("Robert Mugabe der Vorbereitung").
            if endsWithName(before: index) { return nil }
            // "ein Bericht der „Frankfurter Allgemeinen“": a quoted name after the head noun (not after a
            // genitive: "eines Gerichtes des „Aufrufs zu Subversion“" is what the court said).
            let head = index - 1
            if head >= 0, !lower[head].hasSuffix("s"), isTitledNoun(head) || isNominal(head) && (has(head, .statement) || has(head, .work)),
               let name = quotedName(at: next, limit: limit) {
                return name
            }
            guard let phrase = nounPhrase(from: next, limit: limit), !has(next, .pronoun) else { return nil }
            return phrase.upperBound
        case "von", "vom":
            guard let phrase = nounPhrase(from: next, limit: limit) ?? nameWithDigits(at: next, limit: limit), !has(next, .pronoun) else { return nil }
            return phrase.upperBound
        case _ where has(index, .nameParticle):
            // "Osama bin Laden", "Leonardo da Vinci": a particle between the parts of a name.
            guard isNominal(next), let phrase = nounPhrase(from: next, limit: limit) ?? nameWithDigits(at: next, limit: limit),
                  !has(next, .pronoun) else { return nil }
            return phrase.upperBound
        case "für":
            // "Bundesagentur für Arbeit", not "Bericht für diese Transporte".
            guard !has(next, .determiner), let phrase = nounPhrase(from: next, limit: limit) else { return nil }
            return phrase.upperBound
        case "und", "sowie":
            // Coordination only of names and titled people, not of clauses.
            guard let phrase = nounPhrase(from: next, limit: limit), isNominal(phrase.upperBound - 1), !has(next, .pronoun),
                  phrase.upperBound >= limit || !isWord(phrase.upperBound) || !isCapitalized(phrase.upperBound) else { return nil }
            return phrase.upperBound
        case _ where (word == "in" || word == "auf") && has(next, .possessive) && next + 1 < limit && isNominal(next + 1):
            // "die Ärztezeitung in ihrer Onlineausgabe", "der Verein auf seiner Website": where it said so.
            guard let phrase = nounPhrase(from: next, limit: limit) else { return nil }
            return phrase.upperBound
        case "in", "aus", "im":
            // "ein Sprecher in Berlin", "die Mission im Südsudan": one capitalised place name that ends the phrase.
            guard isNominal(next), !has(next, .determiner), !has(next, .time), word != "im" || !has(next, .statement) && !has(next, .work),
                  // "sagte Peter Seibert in Berlin": after a person's name, where the words were said.
                  !isUnlistedName(index - 1) || isInCapitals(index - 1)
            else { return nil }
            let after = next + 1
            // "in Bad Homburg, Anna Thomas": a place of two names before a comma or the end.
            if after < limit, isNominal(after), !isTitledNoun(after), after + 1 >= limit || isClauseSeparator(after + 1) || isSentenceFinal(after + 1) {
                return after + 1
            }
            if after < limit, isNominal(after) || lower[after] == "der" || lower[after] == "des" { return nil }
            return after
        default:
            return nil
        }
    }

    /// Whether a word is written in capitals only, as acronyms are ("WWF", "LBM").
    func isInCapitals(_ index: Int) -> Bool {
        let word = tokens[index].text
        return word.count >= 2 && word.unicodeScalars.allSatisfy { !$0.properties.isAlphabetic || $0.properties.isUppercase }
    }

    /// The end of a short parenthesis opening at `index` ("Anna Roth (CDU)"), if it closes in time.
    private func bracketEnd(at index: Int, limit: Int) -> Int? {
        var close = index + 1
        while close < limit, close - index <= 6, tokens[close].text != ")" { close += 1 }
        // (Never past `limit`: every caller cuts ranges at the phrase's end, and a bracket closing
        // after the limit — "berichtete die Zeitung (Samstag)." — made those ranges run backwards.)
        if close < limit, tokens[close].text == ")", close > index + 1 { return close + 1 }
        return nil
    }

    /// The quotation that opens at `index` and closes before `limit`, and the token after it.
    func closedQuotation(at index: Int, limit: Int) -> (quotation: Int, end: Int)? {
        guard index < limit, isQuoteMark[index], let quotation = quotationOpening[tokens[index].span.start],
              let close = quotations[quotation].close else { return nil }
        let end = TextView.firstToken(atOrAfter: close.end, in: tokens)
        return end <= limit && end > index + 1 ? (quotation, end) : nil
    }

    private func startsCapitalised(_ quotation: Int) -> Bool {
        document.scalars[quotations[quotation].content.start].properties.isUppercase
    }

    /// The end of a short quoted name opening at `index` ("der „Frankfurter Allgemeinen Zeitung“"):
    /// a capitalised quotation of a few words.
    private func quotedName(at index: Int, limit: Int) -> Int? {
        guard let quoted = closedQuotation(at: index, limit: limit), quotations[quoted.quotation].content.length <= 60,
              startsCapitalised(quoted.quotation) else { return nil }
        return quoted.end
    }

    /// Whether the phrase before `index` ends in a name of two capitalised words or an acronym.
    private func endsWithName(before index: Int) -> Bool {
        let last = index - 1
        guard last >= 0, isNominal(last) else { return false }
        let word = tokens[last].text
        if word.count >= 2, word.unicodeScalars.filter({ $0.properties.isAlphabetic }).allSatisfy({ $0.properties.isUppercase }) {
            return true
        }
        let adjectival = last >= 1 && rules.speakers.hasEnding(lower[last - 1], of: .adjectiveSuffix)
        return last >= 1 && isNominal(last - 1) && !isTitleToken(last - 1) && !adjectival
            && !isInstitutionToken(last) && !isTitleToken(last) && !has(last, .statement)
    }

    /// A name written with digits or in lower case ("n24", "n-tv") after "von".
    private func nameWithDigits(at index: Int, limit: Int) -> Range<Int>? {
        guard index < limit, tokens[index].kind == .word || tokens[index].kind == .number,
              tokens[index].text.contains(where: { $0.isNumber || $0 == "-" }), tokens[index].text.contains(where: \.isLetter) else { return nil }
        return index..<(index + 1)
    }

    /// The phrase cut where a name of another source begins: in "der russische Staatschef Biden
    /// (ein Gespräch angeboten)" the title speaks for the Kremlin and "Biden" for Washington, so
    /// "Biden" is an object, not part of the subject.
    /// A name after a coordinator begins a member of a joint speaker, not an object: "Washington und
    /// Moskau betonten" stays whole (rules/affiliation.yaml `coordinators`).
    func cutAtOtherSource(_ phrase: Range<Int>) -> Range<Int> {
        guard phrase.count >= 2 else { return phrase }
        for index in (phrase.lowerBound + 1)..<phrase.upperBound where isNominal(index) {
            if rules.knowledge.coordinators.contains(where: { $0.last == lower[index - 1] }) { continue }
            // The word's own side first: it is mostly none, and remembered across the run.
            guard let here = side(of: tokens[index].text), let before = side(of: text(phrase.lowerBound..<index)),
                  here != before else { continue }
            return phrase.lowerBound..<index
        }
        return phrase
    }

    /// The side a phrase speaks for by the knowledge base (and users' source aliases), any date.
    func side(of phrase: String) -> String? {
        memo.decide(AffiliationResolver(index: rules.knowledge), phrase, date: nil, fallback: sources)?.side
    }

    /// Whether a phrase names a person or speaking body rather than a thing.
    func looksLikeSpeaker(_ phrase: Range<Int>) -> Bool {
        if phrase.count == 1, has(phrase.lowerBound, .pronoun) { return true }
        for index in phrase where isNominal(index) {
            let word = tokens[index].text
            if isTitleToken(index) || isInstitutionToken(index) { return true }
            // Acronyms name organisations ("die CCE", "der DSW").
            if word.count >= 2, word.unicodeScalars.allSatisfy({ !$0.properties.isAlphabetic || $0.properties.isUppercase }) {
                return true
            }
        }
        // Names: two capitalised words in a row, or one capitalised word without an article.
        let nominals = phrase.filter { isNominal($0) }
        if !has(phrase.lowerBound, .determiner) && !nominals.isEmpty { return true }
        return nominals.count >= 2
    }
}
