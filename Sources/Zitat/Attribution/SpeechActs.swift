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
        // In the passive ("wurde abgelehnt") the subject is what was said, not who said it: the
        // speaker is the agent ("von der Opposition"), or nobody named.
        let passive = clause.contains { has($0, .passive) && ($0 < cue.anchor || lower[$0] == "worden") }
        let speaker: (range: Range<Int>, sieve: String)?
        if passive {
            // "Die Pläne wurden von der Opposition als unausgegoren bezeichnet": a passive speech act
            // reports a judgement only with its "als" predicate; else it is mostly an event
            // ("Der Mann wurde angeklagt", "Mit dem Urteil wird gerechnet").
            guard clause.contains(where: { lower[$0] == "als" && $0 < cue.anchor && isOutsideQuotes($0) }) else { return nil }
            speaker = passiveAgent(clause: clause, cue: cue).map { ($0, "passive-agent") }
        } else {
            guard let found = subject(clause: clause, cue: cue), looksLikeSpeaker(found.range) else { return nil }
            speaker = found
        }
        let frame = Frame(cue: cue, speaker: speaker?.range, speakerSieve: speaker?.sieve, tokens: [], rule: "speech-act")
        return DraftClaim(type: .reported, content: [range], frame: frame, sentence: sentence,
                          detection: passive ? "reported:speech-act-passive" : "reported:speech-act")
    }
}
