/// Stage: speech acts. Needs a cue with the `nominal` complement and its clause; adds a reported
/// claim whose content is the speech act's sentence ("Die Opposition forderte den Rücktritt.").
extension TextView {
    /// The reported claim of a speech-act verb with a nominal or prepositional object, if the
    /// clause is a main clause with someone who speaks.
    func speechAct(_ cue: CueMatch, clause: Range<Int>, range: Range<Int>, sentence: Int) -> DraftClaim? {
        guard cue.entry.complements.contains(.nominal), cue.entry.kind == .verb else { return nil }
        let firstCue = cue.tokens.min() ?? cue.anchor
        guard clause.lowerBound == range.lowerBound || opensMainClause(clause.lowerBound)
            || (clause.lowerBound == firstCue && apposedSubject(before: firstCue).map { $0.lowerBound <= range.lowerBound + 1 } == true)
        else { return nil }
        // In the passive ("wurde abgelehnt") the subject is what was said, not who said it.
        let passive = clause.contains { has($0, .passive) && ($0 < cue.anchor || lower[$0] == "worden") }
        guard !passive, let speaker = subject(clause: clause, cue: cue), looksLikeSpeaker(speaker.range) else { return nil }
        let frame = Frame(cue: cue, speaker: speaker.range, speakerSieve: speaker.sieve, tokens: [], rule: "speech-act")
        return DraftClaim(type: .reported, content: [range], frame: frame, sentence: sentence, detection: "reported:speech-act")
    }
}
