/// Stage: frame detection, the complement. What kind of content follows a cue's clause: a quote,
/// a "dass"/"ob" clause, Konjunktiv, a zu-infinitive or a main clause after a verb of saying.
extension TextView {
    /// What kind of complement `content` is for this cue, or nil when it is none.
    func complementKind(_ content: Range<Int>, cue: CueMatch, separator: String) -> String? {
        guard let first = content.first(where: { isWord($0) || isQuoteMark[$0] }) else { return nil }
        let complements = cue.entry.complements
        if isQuoteMark[first] || quotationOf[first] != nil {
            return complements.contains(.direct) || complements.contains(.colon) ? "direct" : nil
        }
        if separator == ":" && complements.contains(.colon) { return "colon" }
        let word = lower[first]
        if has(first, .subordinator), !has(first, .determiner), !["dass", "daß", "ob", "wie", "warum", "wo", "wann"].contains(word) {
            return nil
        }
        if ["dass", "daß", "ob"].contains(word) || ["wie", "warum", "weshalb", "wer", "was", "wann", "wo", "wieso", "welche", "welcher", "welches", "inwiefern"].contains(word) && complements.contains(.dass) {
            return complements.contains(.dass) ? "dass" : nil
        }
        if complements.contains(.clause) && hasSubjunctive(content) { return "subjunctive" }
        // "…, um die Daten zu sichern", "…, die das Gerät abspielen können": a purpose clause or a
        // relative clause of the frame's own object is no complement of the cue.
        if ["um", "ohne", "anstatt", "statt"].contains(word)
            || clause(containing: first, in: clauses(ofSentence: tokens[first].sentence))?.kind == .relative {
            return nil
        }
        if complements.contains(.zu) && hasZuInfinitive(content) { return "zu" }
        // After a verb of saying or thinking (not a speech act, which may take other clauses),
        // a main clause is reported speech even in the indicative: "Rice sagte, die USA hielten …".
        if complements.contains(.mainClause), separator == ",", wordCount(content) >= 3, !has(first, .preposition),
           !has(first, .subordinator) || (has(first, .determiner) && first + 1 < content.upperBound && (isNominal(first + 1) || isAdjective(first + 1))),
           !isPassive(cue, clause: nil),  // passive or stative: no speaker's words
           isMainClauseContent(content, first: first) {
            return "main-clause"
        }
        return nil
    }

    /// A Konjunktiv form from the lexicon, or a finite verb shaped like Konjunktiv I.
    func hasSubjunctive(_ range: Range<Int>) -> Bool {
        range.contains { isOutsideQuotes($0) && (subjunctive($0).map { $0 != .reportative } ?? false) } || konjunktiv1ByShape(range)
    }

    func hasZuInfinitive(_ range: Range<Int>) -> Bool {
        range.contains { index in
            guard isOutsideQuotes(index), tokens[index].kind == .word, !isCapitalized(index) else { return false }
            if lower[index] == "zu", index + 1 < range.upperBound, !isCapitalized(index + 1), isWord(index + 1) { return true }
            let word = lower[index]
            // "anzukündigen", "zurückzutreten": an infix "zu" after the particle (not a leading "zu-").
            if word.count >= 8, word.hasSuffix("en") || word.hasSuffix("ern") || word.hasSuffix("eln"),
               let zu = word.dropFirst(2).range(of: "zu"), word.distance(from: zu.upperBound, to: word.endIndex) >= 3 {
                return true
            }
            return false
        }
    }
}

extension TextView {
    /// Whether the words before a frame that follows them ("…, sagte X") can be what was said: a
    /// clause with a finite verb in second place, a "dass"/"ob" clause or Konjunktiv. An adverbial
    /// clause ("Weil der Zug ausfiel, nahm sie …") or a noun phrase with a relative clause
    /// ("In ihrem Brief, den sie … schrieb, bat sie …") is the frame's own prefield.
    func isReportableBeforeFrame(_ content: Range<Int>, sentence: Int) -> Bool {
        guard let first = content.first(where: { isWord($0) || isQuoteMark[$0] }) else { return false }
        if isQuoteMark[first] || !isOutsideQuotes(first) { return true }
        if ["dass", "daß", "ob"].contains(lower[first]) { return true }
        let clauses = clauses(ofSentence: sentence)
        if has(first, .subordinator), !has(first, .determiner), clause(containing: first, in: clauses)?.kind == .subordinate { return false }
        if hasSubjunctive(content) { return true }
        return clauses.contains { clause in
            clause.kind == .main && clause.finite.map { content.contains($0) && isOutsideQuotes($0) } == true
        }
    }
}

extension TextView {
    /// Whether an indicative main clause after a verb of saying can be what was said: it has a verb,
    /// not a finite one first ("…, wurden Ermittler eingeschaltet" is the main clause after a subordinate
    /// frame), and does not open with a genitive relative ("…, dessen Verkündung …"); a phrase without
    /// a verb is an apposition ("…, der Sprecher der Firma").
    func isMainClauseContent(_ content: Range<Int>, first: Int) -> Bool {
        if finiteCandidate(first) || ["dessen", "deren"].contains(lower[first]) {
            return false
        }
        // ("Wir haben, sagte sie, die ganze Nacht gesucht": the participle ends the clause around the frame.)
        return content.contains { index in
            isOutsideQuotes(index) && (finiteCandidate(index)
                || !isCapitalized(index) && !facts(index).nonFinite.isEmpty && facts(index).determiner.isEmpty)
        }
    }
}
