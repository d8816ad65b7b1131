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
}
