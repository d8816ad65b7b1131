/// Free indirect speech without a Konjunktiv: the signals that an indicative sentence keeps
/// reporting the speaker before it.
extension TextView {
    /// The mood of a sentence that `mainSubjunctive` leaves without one but that still continues a
    /// speaker right before it: a main-clause "soll"/"sollen" of a plan ("Die Schulen sollen
    /// besser ausgestattet werden."), which reports the plan of whoever just spoke.
    func continuationMood(_ range: Range<Int>) -> SubjunctiveLexicon.Mood? {
        guard let first = range.first, !(lower[first] == "wenn" || lower[first] == "falls" || lower[first] == "ob") else { return nil }
        let plans = range.contains { index in
            isOutsideQuotes(index) && ["soll", "sollen"].contains(lower[index]) && subjunctive(index) == .reportative
                && !inSubordinateClause(index, sentence: range) && closesWithPassive(after: index, in: range)
        }
        return plans ? .reportative : nil
    }

    /// Whether a sentence reports hearsay by its own "soll" even with no speaker in reach: a
    /// main-clause "soll" whose clause closes with "haben" or "sein" ("Der Täter soll geflohen sein",
    /// "Es soll kein Unfall sein"). A plan ("soll gebaut werden") needs a speaker before it.
    func reportsByItself(_ range: Range<Int>) -> Bool {
        range.contains { index in
            guard isOutsideQuotes(index), ["soll", "sollen"].contains(lower[index]), subjunctive(index) == .reportative,
                  !inSubordinateClause(index, sentence: range), index == range.lowerBound || !isClauseSeparator(index - 1) else { return false }
            let last = lastWordOfClause(after: index, in: range)
            return last > index + 1 && has(last, .perfectInfinitive)
        }
    }
}
