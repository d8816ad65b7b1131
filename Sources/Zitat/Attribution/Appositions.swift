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

    /// "Der Gouverneur von Oaxaca, Gabino Cué, sagte": the phrase and its apposition before the verb.
    func apposedSubject(before verb: Int) -> Range<Int>? {
        var segmentEnd = verb - 1
        var first: Int?
        var last: Int?
        for _ in 0..<3 {
            guard segmentEnd > 0, tokens[segmentEnd].text == "," else { break }
            var segmentStart = segmentEnd - 1
            while segmentStart > 0, !isClauseSeparator(segmentStart - 1), !isSentenceFinal(segmentStart - 1),
                  tokens[segmentStart - 1].sentence == tokens[verb].sentence {
                segmentStart -= 1
            }
            guard segmentStart < segmentEnd else { break }
            let covering = nounPhrase(from: segmentStart, limit: segmentEnd).flatMap { $0.upperBound == segmentEnd ? $0 : nil }
            if covering == nil, has(segmentStart, .subordinator), segmentStart > 0, tokens[segmentStart - 1].text == ",",
               !has(segmentStart, .determiner) || hasFiniteVerb(segmentStart..<segmentEnd) {
                // A relative clause ("…, der in der ARD verantwortlich ist,") is skipped; "…, der Kandidat der
                // Partei für das Amt," has no finite verb: an apposition.
                segmentEnd = segmentStart - 1
                continue
            }
            // "Jetzt gab der Leiter der Dienststelle, Anna Roth, bekannt": the apposition's head stands
            // after the finite verb of the segment before it.
            if covering == nil, last != nil, let inverted = invertedSubject(endingAt: segmentEnd, from: segmentStart) {
                first = inverted.lowerBound
                break
            }
            // "Auch die Sprecherin des Verbands, Lea Brandt, sagte": adverbs before the sentence's first phrase;
            // "Wie Peter Kurz, der im Saal war, feststellte": the conjunction of a subordinate clause.
            if isSentenceInitial(segmentStart), has(segmentStart, .subordinator) && !has(segmentStart, .determiner) || lower[segmentStart] == "wie",
               segmentStart + 1 < segmentEnd {
                segmentStart += 1
            } else if last != nil, isSentenceInitial(segmentStart), let phraseStart = prefieldStart(from: segmentStart, to: segmentEnd) {
                segmentStart = phraseStart
            }
            guard let phrase = nounPhrase(from: segmentStart, limit: segmentEnd),
                  phrase.upperBound == segmentEnd || (last != nil || segmentEnd == verb - 1) && isNominalSegment(segmentStart..<segmentEnd),
                  isSubjectCandidate(phrase), !isObliqueDeterminer(phrase.lowerBound) else { break }
            first = phrase.lowerBound
            // The apposition nearest the verb up to its comma, prepositional phrases and all ("der Kandidat
            // der Partei um das Amt des Bürgermeisters,"), unless adverbs of the middle field stand in it.
            if last == nil {
                let middleField = (phrase.upperBound..<segmentEnd).contains { has($0, .adverb) || has($0, .time) }
                last = phrase.upperBound < segmentEnd && isNominalSegment(segmentStart..<segmentEnd) && !middleField
                    ? segmentEnd : phrase.upperBound
            }
            let opener = segmentStart - 1
            if segmentStart == 0 || tokens[opener].sentence != tokens[verb].sentence || tokens[opener].text != "," { break }
            segmentEnd = opener
        }
        guard let first, let last else { return nil }
        return first..<last
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
