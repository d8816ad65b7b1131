/// Stage: frame detection, the cue's clause words. Which words of a cue's clause belong to the cue:
/// its finite auxiliary, "wie", a separated particle, correlates and the words its sense needs.
extension TextView {
    /// The cue with the words of its clause that belong to it: the finite auxiliary of a
    /// participle ("hat entschieden", "gesagt hatte"), "wie" of a "wie"-frame, a reflexive "sich"
    /// and correlates ("verwies darauf", "begründete dies damit").
    func extended(_ cue: CueMatch, clause: Range<Int>) -> CueMatch {
        var tokens = Set(cue.tokens)
        let anchor = cue.anchor
        if isParticiple(anchor, entry: cue.entry) {
            let auxiliary = clause.filter { ($0 < anchor || $0 <= anchor + 2) && $0 != anchor && isOutsideQuotes($0) && (has($0, .auxiliary) || has($0, .passive)) }
                .min { abs($0 - anchor) < abs($1 - anchor) }
            if let auxiliary { tokens.insert(auxiliary) }
        }
        if lower[clause.lowerBound] == "wie", clause.lowerBound < anchor { tokens.insert(clause.lowerBound) }
        if cue.entry.kind == .verb, let particle = separatedParticle(of: cue, clause: clause) { tokens.insert(particle) }
        // A correlate in the cue's clause: next to the verb, or between its parts ("hat darauf hingewiesen",
        // "wies … darauf hin", "hat sich … geäußert").
        let (first, last) = (tokens.min() ?? anchor, tokens.max() ?? anchor)
        for index in clause where isOutsideQuotes(index) && has(index, .correlate) && !tokens.contains(index) {
            let near = index == anchor + 1 || (index > anchor && index == clause.upperBound - 1) || index == anchor + 2
            if near || (first < index && index < last) { tokens.insert(index) }
        }
        var result = cue
        result.tokens = tokens.sorted()
        return result
    }

    /// Words of the cue's clause that the cue's sense needs: "als" of a naming ("bezeichnete … als",
    /// "Als Aufgabe sah er es an"; not "mehr als", "als auch"), "mit den Worten" / "mit dem Hinweis"
    /// (a statement noun), and the "es" of "hält es für", "Es wird vermutet". ("Als Aufgabe sah er es an"
    /// has its "als" in the gold now and then, "Als Grund nannte er" more often not: the prefield's is left out.)
    func cueWords(of cue: CueMatch, clause: Range<Int>, tokens cueTokens: Set<Int>) -> [Int] {
        var words: [Int] = []
        let (first, last) = (cueTokens.min() ?? cue.anchor, cueTokens.max() ?? cue.anchor)
        for index in clause where isOutsideQuotes(index) && !cueTokens.contains(index) {
            switch lower[index] {
            case "als":
                let before = index > clause.lowerBound ? lower[index - 1] : ""
                let comparative = ["mehr", "weniger", "anders", "eher", "lieber", "sowohl", "so", "ebenso", "genauso"].contains(before)
                    || (before.hasSuffix("er") && index - 1 != cue.anchor)
                // After the verb and in its own conjunct: "Als Grund nannte er", "… als „…“ und erklärte" are not the cue's.
                let coordinated = first < index && (first..<index).contains { ["und", "oder", "sowie", "aber"].contains(lower[$0]) }
                if !comparative, first < index, !coordinated, !(index + 1 < clause.upperBound && lower[index + 1] == "auch") { words.append(index) }
            case "mit":
                if index + 2 < clause.upperBound, has(index + 1, .determiner), has(index + 2, .statement) {
                    words += [index, index + 1, index + 2]
                }
            case "es":
                let expletive = index == clause.lowerBound && index + 1 < clause.upperBound && cueTokens.contains(index + 1)
                if expletive || (first < index && index < last) { words.append(index) }
            default:
                break
            }
        }
        return words
    }

    /// The separable particle that closes a main clause whose finite verb is the cue ("schreibt … der
    /// Partei den Erfolg zu", "sah es als Aufgabe an"), when the lexicon knows particle and verb as one
    /// verb ("zuschreiben", "ansehen"); the cue lexicon need not list the particle verb.
    private func separatedParticle(of cue: CueMatch, clause: Range<Int>) -> Int? {
        let anchor = cue.anchor
        guard cue.tokens == [anchor], facts(anchor).isFinite, !cue.entry.lemma.isEmpty else { return nil }
        var last = clause.upperBound - 1
        while last > anchor, !isWord(last) || !isOutsideQuotes(last) { last -= 1 }
        guard last > anchor + 1, isOutsideQuotes(last), facts(last).classes.contains(WordClasses(.verbParticle)),
              !has(last, .correlate) else { return nil }
        // The particle's own clause: no other finite verb between the cue and it.
        if ((anchor + 1)..<last).contains(where: { isOutsideQuotes($0) && finiteCandidate($0) }) { return nil }
        let verb = lower[last] + cue.entry.lemma
        return rules.lexicon.lexicon?.analyses(of: verb).contains { $0.wordClass.isVerb } == true ? last : nil
    }

    /// Whether the cue's verb is a participle ("gesagt", "mitgeteilt", "erklärt" after an auxiliary).
    private func isParticiple(_ index: Int, entry: CueEntry) -> Bool {
        let word = lower[index]
        if word.hasPrefix("ge") && !entry.lemma.hasPrefix("ge") { return true }
        if entry.joinedForms.contains(word), word.containsWord("ge") { return true }
        // Participles without ge- ("erklärt", "kritisiert") look like the present: only with an auxiliary.
        return word.hasSuffix("t") || word.hasSuffix("en")
    }
}
