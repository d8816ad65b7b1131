/// The mood of a sentence's own verb: Konjunktiv I/II and reportative "soll", by lexicon and by shape.
extension TextView {
    /// The subjunctive mood of the sentence's own verb, ignoring quoted words.
    func mainSubjunctive(_ range: Range<Int>) -> SubjunctiveLexicon.Mood? {
        guard let first = range.first, !(lower[first] == "wenn" || lower[first] == "falls" || lower[first] == "ob") else { return nil }
        var weaker: SubjunctiveLexicon.Mood?
        for index in range where isOutsideQuotes(index) && !inSubordinateClause(index, sentence: range) {
            switch subjunctive(index) {
            case .konjunktiv1: return .konjunktiv1
            case .konjunktiv2: weaker = .konjunktiv2
            case .reportative:
                // Only "soll … gesagt haben" reports; "soll gezeigt werden" plans; a "soll" that ends
                // its clause stands in a relative one ("…, mit dem … gefördert werden soll").
                if weaker == nil, lastWordOfClause(after: index, in: range) != index,
                   closesWithPerfectInfinitive(after: index, in: range) || !closesWithPassive(after: index, in: range) { weaker = .reportative }
            case nil: break
            }
        }
        if weaker == nil, konjunktiv1ByShape(range) { return .konjunktiv1 }
        return weaker
    }

    /// Whether the token stands in a clause opened by a subordinating word ("ob er … halte",
    /// "nachdem …", a relative clause after a comma).
    func inSubordinateClause(_ index: Int, sentence range: Range<Int>) -> Bool {
        var start = index
        while start > range.lowerBound, !isClauseSeparator(start - 1) { start -= 1 }
        guard start > range.lowerBound else { return false }
        while start < index, !isWord(start) { start += 1 }
        return has(start, .subordinator) && !["wie"].contains(lower[start])
    }

    /// The sentence's finite verb by position (the first lower-case word that is no article,
    /// attributive adjective, preposition, link or adverb) ends in -e but not -te: indicative third
    /// persons end in -t, so this is Konjunktiv I ("Daran ändere auch der Zwischenfall nichts").
    func konjunktiv1ByShape(_ range: Range<Int>) -> Bool {
        for index in range where isOutsideQuotes(index) && tokens[index].kind == .word {
            if isCapitalized(index) || has(index, .determiner) || has(index, .preposition) || has(index, .link)
                || has(index, .adverb) || has(index, .pronoun) || has(index, .subordinator) {
                continue
            }
            if isAdjective(index) && index + 1 < range.upperBound && (isNominal(index + 1) || isAdjective(index + 1)) { continue }
            if index > range.lowerBound, isClauseSeparator(index - 1) { return false }
            // An auxiliary ("wurde", "hat") is the finite verb; listed Konjunktiv forms were checked before.
            if has(index, .auxiliary) || has(index, .passive) { return false }
            let word = lower[index]
            if index > range.lowerBound, has(index - 1, .firstPerson) { return false }
            return word.count >= 4 && word.hasSuffix("e") && !word.hasSuffix("te") && !rules.subjunctive.isLookalike(word)
                && tokens[index].text.allSatisfy(\.isLetter)
        }
        return false
    }

    /// Whether the sentence's own "soll" closes with a participle and "haben" or "sein" ("soll …
    /// gefälscht haben"); a "sollte" that opens a clause is a condition ("…, sollten sie … gefallen sein,").
    func reportsByPerfectInfinitive(_ range: Range<Int>) -> Bool {
        range.contains { index in
            guard isOutsideQuotes(index), subjunctive(index) == .reportative, !inSubordinateClause(index, sentence: range),
                  index == range.lowerBound || !isClauseSeparator(index - 1) else { return false }
            let last = lastWordOfClause(after: index, in: range)
            guard last > index + 1, has(last, .perfectInfinitive) else { return false }
            var participle = last - 1
            while participle > index, !isWord(participle) { participle -= 1 }
            return participle > index && !isCapitalized(participle) && !has(participle, .determiner) && !has(participle, .pronoun)
        }
    }

    /// The last word of the clause that `index` stands in (`index` itself when none follows).
    func lastWordOfClause(after index: Int, in range: Range<Int>) -> Int {
        var end = index + 1
        while end < range.upperBound, !isClauseSeparator(end) { end += 1 }
        var last = end - 1
        while last > index, !isWord(last) { last -= 1 }
        return last
    }

    /// Whether the clause of `index` ends in "haben" or "sein" (a perfect infinitive).
    func closesWithPerfectInfinitive(after index: Int, in range: Range<Int>) -> Bool {
        let last = lastWordOfClause(after: index, in: range)
        return last > index + 1 && has(last, .perfectInfinitive)
    }

    /// Whether the clause of `index` ends in a form of "werden" ("soll … gezeigt werden": a plan).
    func closesWithPassive(after index: Int, in range: Range<Int>) -> Bool {
        let last = lastWordOfClause(after: index, in: range)
        return last > index && has(last, .passive)
    }

    /// Whether a main clause's verb is a Konjunktiv I form the lexicon lists ("sei", "habe", "werde",
    /// "liege") in a sentence that does not speak in the first or second person, where "habe",
    /// "lehne", "plane" are indicative.
    func reportsByListedKonjunktiv1(_ range: Range<Int>) -> Bool {
        !speaksInPerson(range) && range.contains { index in
            isOutsideQuotes(index) && subjunctive(index) == .konjunktiv1 && !inSubordinateClause(index, sentence: range)
        }
    }
}
