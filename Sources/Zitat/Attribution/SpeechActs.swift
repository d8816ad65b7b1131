/// Stage: speech acts. Needs a cue with the `nominal` complement and its clause; adds a reported
/// claim whose content is the speech act's sentence ("Die Opposition forderte den Rücktritt.").
extension TextView {
    /// The reported claim of a speech-act verb with a nominal or prepositional object, if the
    /// clause is a main clause with someone who speaks.
    func speechAct(_ cue: CueMatch, clause: Range<Int>, range: Range<Int>, sentence: Int) -> DraftClaim? {
        guard cue.entry.complements.contains(.nominal), cue.entry.kind == .verb else { return nil }
        // A verb inside parentheses ("(wie berichtet)") is an aside, not the sentence's speech act.
        guard !inBrackets[cue.anchor] else { return nil }
        let firstCue = cue.tokens.min() ?? cue.anchor
        guard clause.lowerBound == range.lowerBound || opensMainClause(clause.lowerBound)
            || (clause.lowerBound == firstCue && apposedSubject(before: firstCue).map { $0.lowerBound <= range.lowerBound + 1 } == true)
            || (clause.lowerBound == firstCue && holdsObjectAfterSubject(cue, clause: clause))
        else { return nil }
        // In the passive ("wurde abgelehnt") the subject is what was said, not who said it: the
        // speaker is the agent ("von der Opposition"), or nobody named.
        let passive = isPassive(cue, clause: clause)
        let speaker: (range: Range<Int>, sieve: String)?
        if passive {
            // "Die Pläne wurden von der Opposition als unausgegoren bezeichnet": a passive speech act
            // reports a judgement only with its "als" predicate; else it is mostly an event
            // ("Der Mann wurde angeklagt", "Mit dem Urteil wird gerechnet").
            guard clause.contains(where: { lower[$0] == "als" && $0 < cue.anchor && isOutsideQuotes($0) }) else { return nil }
            speaker = passiveAgent(clause: clause, cue: cue).map { ($0, "passive-agent") }
        } else {
            guard !isAttributive(cue), let found = subject(clause: clause, cue: cue), looksLikeSpeaker(found.range),
                  canSpeak(found.range) else { return nil }
            speaker = found
        }
        let frame = Frame(cue: cue, speaker: speaker?.range, speakerSieve: speaker?.sieve, tokens: [], rule: "speech-act")
        return DraftClaim(type: .reported, content: [range], frame: frame, sentence: sentence,
                          detection: passive ? "reported:speech-act-passive" : "reported:speech-act")
    }

    /// Whether a speech act's subject can be someone who speaks: not an adverbial opener
    /// ("Überraschend", "Mitte Juli") nor an object ("Seinen Rücktritt hatte er …").
    private func canSpeak(_ phrase: Range<Int>) -> Bool {
        let first = phrase.lowerBound
        if has(first, .adverb) || has(first, .adverbEnding) || isObliqueDeterminer(first) { return false }
        if has(first, .possessive), lower[first].hasSuffix("en") || lower[first].hasSuffix("em") { return false }
        if let head = phrase.last(where: { isNominal($0) }), has(head, .time) { return false }
        return true
    }

    /// Whether the cue verb is a participle used as an adjective ("die erhofften Reformen",
    /// "so genannte Konsumgüter", "wie erwartet"): no speech act of anyone.
    private func isAttributive(_ cue: CueMatch) -> Bool {
        // A participle in ge- with no auxiliary ("Muslime und Christen geraten aneinander") is no finite verb.
        let word = lower[cue.anchor]
        if word.hasPrefix("ge"), !cue.entry.infinitives.contains(where: { $0.hasPrefix("ge") }),
           !cue.tokens.contains(where: { $0 != cue.anchor && (has($0, .auxiliary) || has($0, .passive)) }) {
            return true
        }
        guard cue.tokens.count == 1, cue.anchor > 0, cue.anchor + 1 < tokens.count else { return false }
        let before = cue.anchor - 1, after = cue.anchor + 1
        let inflected = ["e", "en", "er", "es", "em"].contains { word.hasSuffix($0) }
        if has(before, .determiner), inflected, isNominal(after) || isAdjective(after) { return true }
        if lower[before] == "so", word.hasPrefix("ge"), inflected { return true }
        return lower[before] == "wie" && !isWord(after) || lower[before] == "wie" && !isCapitalized(after)
    }

    /// Whether a speech act's clause holds its own object ("forderte einen Korridor", "warnte die
    /// Botschaft vor Anschlägen") in `words`: an article-led phrase, or a phrase after one of the
    /// prepositions speech acts take, that is not an adverbial of time.
    func holdsObject(_ words: Range<Int>, cue: CueMatch) -> Bool {
        words.contains { index in
            guard isOutsideQuotes(index), !cue.tokens.contains(index), index + 1 < words.upperBound else { return false }
            let opensPhrase = has(index, .determiner) && !has(index, .pronoun) && (index == words.lowerBound || !has(index - 1, .preposition))
                || has(index, .objectPreposition)
            guard opensPhrase, let phrase = nounPhrase(from: index + (has(index, .determiner) ? 0 : 1), limit: words.upperBound) else { return false }
            return !phrase.contains { has($0, .time) }
        }
    }

    /// Whether what follows a speech act with its own object only modifies it: a relative clause
    /// ("…, die vor Zucker warnen"), a purpose clause ("…, um … zu helfen") or a comparison ("…, wie …").
    func modifiesObject(_ content: Range<Int>) -> Bool {
        guard let first = content.first(where: { isWord($0) }) else { return false }
        if has(first, .objectModifier) { return true }
        // A relative pronoun, or a preposition before one ("in denen", "aus der"); an article before
        // its noun ("die Löhne zu erhöhen") opens content.
        let pronoun = has(first, .preposition) && first + 1 < content.upperBound ? first + 1 : first
        guard has(pronoun, .relative),
              pronoun + 1 < content.upperBound else { return false }
        return !(isNominal(pronoun + 1) || isAdjective(pronoun + 1)) || pronoun > first
    }

    /// "…, warnte die Botschaft vor Anschlägen.": a speech act after the comma whose inverted subject
    /// is followed by its own object frames nothing before it; the sentence is what it reports.
    func holdsObjectAfterSubject(_ cue: CueMatch, clause: Range<Int>) -> Bool {
        guard cue.entry.complements.contains(.nominal), cue.entry.kind == .verb else { return false }
        // Quoted words before or in the clause are what was said ("„…“, beschreibt ein Reporter …").
        let sentenceStart = segmentation.sentences[tokens[cue.anchor].sentence].tokens.lowerBound
        guard !(sentenceStart..<clause.upperBound).contains(where: { isQuoteMark[$0] }) else { return false }
        let lastCue = cue.tokens.max() ?? cue.anchor
        guard let subject = objectAfterVerb(from: cue.anchor + 1, limit: clause.upperBound, cue: cue) else { return false }
        // (A subject may run past the clause to its closing bracket: "berichtete die Zeitung (Samstag).")
        let start = max(subject.upperBound, cue.anchor + 1), end = max(clause.upperBound, lastCue + 1)
        return start < end && holdsObject(start..<end, cue: cue)
    }
}

