/// Appositions: a comma-separated phrase that explains the noun phrase before it ("der Sprecher der
/// Taliban, Ehsanullah Ehsan"), and whether a segment between commas can be one.
extension TextView {
    /// The phrase with an apposition that follows it up to the end of its clause:
    /// "der Sprecher der Taliban, Ehsanullah Ehsan", "Angaben des Sprechers, Roland Eichhorn".
    func withApposition(_ phrase: Range<Int>, limit: Int) -> Range<Int> {
        guard phrase.upperBound + 1 < limit, tokens[phrase.upperBound].text == ",",
              var apposition = nounPhrase(from: phrase.upperBound + 1, limit: limit),
              !has(apposition.lowerBound, .pronoun) else { return phrase }
        // "Frank Ebert, Vorsitzender des Verbands für das Münsterland": a prepositional phrase up to the end.
        if apposition.upperBound < limit, has(apposition.upperBound, .preposition), isOutsideQuotes(apposition.upperBound),
           let attached = nounPhrase(from: apposition.upperBound + 1, limit: limit), endsApposition(attached.upperBound, limit: limit),
           !attached.contains(where: { has($0, .time) }) {
            apposition = apposition.lowerBound..<attached.upperBound
        }
        guard endsApposition(apposition.upperBound, limit: limit)
                // "sagte der General, Anton Weber heute …": an unclosed apposition before the middle field.
                || isWord(apposition.upperBound) && !isCapitalized(apposition.upperBound)
                    && (has(apposition.upperBound, .adverb) || has(apposition.upperBound, .time))
                    && !has(apposition.upperBound, .link) && !has(apposition.upperBound, .preposition)
                // "sagte Anton Huber, Kommandeur der Truppe am Montag": a time phrase of the middle field.
                || has(apposition.upperBound, .preposition) && apposition.upperBound + 1 < limit && has(apposition.upperBound + 1, .time),
              apposition.contains(where: { isNominal($0) }) else { return phrase }
        // A name, or a titled person ("General George Casey", "einem Manager der Firma"), or a phrase in
        // the case of the one it explains ("von Peter Vogt, dem Dekan der Fakultät").
        let names = apposition.filter { isNominal($0) }
        let titled = apposition.contains(where: isTitledNoun)
        guard titled || (!has(apposition.lowerBound, .determiner) && names.count >= 2) || sharesCase(apposition, with: phrase)
        else { return phrase }
        return phrase.lowerBound..<apposition.upperBound
    }

    private func endsApposition(_ index: Int, limit: Int) -> Bool {
        index >= limit || isClauseSeparator(index) || isSentenceFinal(index)
    }

    /// Whether an apposition opened by an article has a case its anchor phrase can have: the anchor's
    /// own cells, or for a bare name those its preposition governs ("von Peter Vogt" is dative).
    func sharesCase(_ apposition: Range<Int>, with phrase: Range<Int>) -> Bool {
        guard !facts(apposition.lowerBound).determiner.isEmpty, !has(apposition.lowerBound, .pronoun) || has(apposition.lowerBound, .determiner),
              let last = phrase.last, isNominal(last) else { return false }
        let own = Set(headAgreements(ofPhrase: apposition).flatMap(\.cases))
        var anchor: Set<GrammaticalCase> = []
        // The name at the phrase's end, and what stands before it.
        var nameStart = last
        while nameStart > phrase.lowerBound, isNominal(nameStart - 1) { nameStart -= 1 }
        let before = nameStart - 1
        if before >= 0, !facts(before).governs.isEmpty {
            anchor = Set(facts(before).governs.cases)
        } else if nameStart == phrase.lowerBound || before >= 0 && !isWord(before) {
            anchor = Set(headAgreements(ofPhrase: phrase).flatMap(\.cases))
            // A bare name may be in any case but the genitive.
            if anchor.isEmpty, !has(phrase.lowerBound, .determiner) { anchor = [.nominative, .accusative, .dative] }
        } else {
            return false
        }
        return !own.isEmpty && !own.isDisjoint(with: anchor)
    }

    /// Whether a finite verb stands in `range` outside quotations: a clause, not an apposition.
    func hasFiniteVerb(_ range: Range<Int>) -> Bool {
        range.contains { finiteCandidate($0) && isOutsideQuotes($0) && !isCapitalized($0) }
    }

    /// Whether a comma-separated segment can be an apposition: only nouns, names, adjectives,
    /// articles, links and prepositions ("ein Repräsentant aus Minnesota und Marineoberst außer Dienst").
    func isNominalSegment(_ range: Range<Int>) -> Bool {
        guard range.contains(where: { isNominal($0) }) else { return false }
        // Quoted words may name something inside an apposition, but a segment that starts in a
        // quotation is quoted speech.
        guard let first = range.first(where: { isWord($0) || isQuoteMark[$0] }), isOutsideQuotes(first) else { return false }
        // Adverbs may follow an apposition that opens with its noun ("Anton Weber heute …"), not a
        // prepositional phrase ("gegen den Grundsatz und somit gegen …").
        let adverbs = !has(first, .preposition)
        return range.allSatisfy { index in
            let attributive = isAdjective(index) && index + 1 < range.upperBound && (isNominal(index + 1) || isAdjective(index + 1))
            return !isWord(index) || isNominal(index) || attributive || has(index, .determiner) || has(index, .link)
                || has(index, .preposition) || tokens[index].kind == .number || (tokens[index].kind == .word && !isOutsideQuotes(index))
                // "General Anton Weber heute vor Journalisten": the middle field after it.
                || adverbs && index > first && (has(index, .adverb) || has(index, .time)) && !has(index, .pronoun) && !has(index, .subordinator)
        } && !range.contains { isWord($0) && (has($0, .auxiliary) || has($0, .passive)) }
    }
}
