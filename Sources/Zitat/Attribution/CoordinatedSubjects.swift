/// Coordinated subjects: speakers joined by "und" before one verb, verbs sharing a subject, and
/// clauses joined by "und" with subjects of their own.
extension TextView {
    /// "Die Sprecherin der Partei, Anna Roth, und Jan Berg, Experte für
    /// Verkehr, sprachen …": speakers joined by "und" over appositions' commas, from the start of
    /// the sentence to the finite verb.
    func coordinatedPrefield(before verb: Int, clause: Range<Int>) -> Range<Int>? {
        let sentenceStart = segmentation.sentences[tokens[verb].sentence].tokens.lowerBound
        guard clause.lowerBound > sentenceStart, verb > clause.lowerBound || tokens[verb - 1].text == "," else { return nil }
        let pieces = segments(between: sentenceStart, and: verb)
        guard pieces.count >= 2, pieces.first?.lowerBound == sentenceStart, pieces.allSatisfy({ isNominalSegment($0) }),
              pieces.dropFirst().contains(where: { piece in piece.first.map { ["und", "sowie"].contains(lower[$0]) } ?? false }),
              let first = nounPhrase(from: sentenceStart, limit: pieces[0].upperBound), first.upperBound == pieces[0].upperBound,
              looksLikeSpeaker(first), !has(sentenceStart, .preposition), !isObliqueDeterminer(sentenceStart) else { return nil }
        return sentenceStart..<(pieces.last?.upperBound ?? verb)
    }

    /// "Die Behörde prüfte den Antrag und das Amt versprach, …": a main clause joined by "und" to
    /// one with a finite verb of its own has its own subject between the conjunction and its verb
    /// (adverbs may follow it: "und das Amt seinerseits versprach").
    func conjunctSubject(before verb: Int, clause: Range<Int>) -> Range<Int>? {
        var end = verb
        while end > clause.lowerBound + 1, isWord(end - 1), !isCapitalized(end - 1), has(end - 1, .adverb),
              !["und", "sowie"].contains(lower[end - 1]) { end -= 1 }
        guard let conjunction = (clause.lowerBound..<end).last(where: { ["und", "sowie"].contains(lower[$0]) && isOutsideQuotes($0) }),
              conjunction + 1 < end, has(conjunction + 1, .determiner), !isObliqueDeterminer(conjunction + 1),
              let phrase = nounPhrase(from: conjunction + 1, limit: end), phrase.upperBound == end,
              isSubjectCandidate(phrase), looksLikeSpeaker(phrase), canBeSubject(phrase, ofVerb: verb) else { return nil }
        // The first conjunct is a clause: a finite verb outside quotes and without a comma after it.
        let first = clause.lowerBound..<conjunction
        guard !first.contains(where: { isClauseSeparator($0) }),
              first.contains(where: { $0 > clause.lowerBound && isWord($0) && !isCapitalized($0) && isOutsideQuotes($0) && isThirdPersonVerb($0) })
        else { return nil }
        return phrase
    }

    /// "Sowohl das Ministerium, der Bürgermeister als auch die Polizei gehen …", "Weder X noch Y
    /// wollten …": a correlative pair before the verb; every conjunct a noun phrase, one a speaker.
    func correlativeSubject(from start: Int, to verb: Int) -> Range<Int>? {
        let closers = ["sowohl": ["als", "wie"], "weder": ["noch"], "entweder": ["oder"]]
        guard start + 1 < verb, let closing = closers[lower[start]],
              let second = (start + 1..<verb).first(where: { closing.contains(lower[$0]) && isOutsideQuotes($0) }) else { return nil }
        var joints = Set((start + 1..<second).filter { tokens[$0].text == "," })
        joints.insert(second)
        var pieceStart = start + 1
        var speaks = false
        for joint in joints.sorted() + [verb] {
            var from = pieceStart
            if joint == verb, from < verb, lower[from] == "auch" { from += 1 }
            guard from < joint, let phrase = nounPhrase(from: from, limit: joint), phrase.upperBound == joint,
                  !isObliqueDeterminer(from) else { return nil }
            speaks = speaks || looksLikeSpeaker(phrase)
            pieceStart = joint + 1
        }
        return speaks ? (start + 1)..<verb : nil
    }

    /// The "und"/"sowie" that coordinates the verb at `verb` with an earlier one in its clause
    /// (adverbs may stand between: "und bezeichnete", "und forderte zudem").
    func coordinatingWord(before verb: Int, in clauseStart: Int) -> Int? {
        var previous = verb - 1
        while previous > clauseStart, has(previous, .adverb) && !["und", "sowie"].contains(lower[previous]) { previous -= 1 }
        return previous > clauseStart && ["und", "sowie"].contains(lower[previous]) ? previous : nil
    }

    /// The comma-separated pieces of `start..<end` (clause separators excluded).
    func segments(between start: Int, and end: Int) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var pieceStart = start
        for index in start..<max(start, end) where isClauseSeparator(index) {
            result.append(pieceStart..<index)
            pieceStart = index + 1
        }
        result.append(pieceStart..<max(pieceStart, end))
        return result.filter { !$0.isEmpty }
    }
}
