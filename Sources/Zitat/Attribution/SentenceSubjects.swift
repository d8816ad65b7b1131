/// The subject of a whole sentence, and the own-subject frame it gives ("Der Minister sagte, er habe …").
extension TextView {
    /// An indicative main clause "Subject Verb …," whose subject can speak, before a clause in
    /// Konjunktiv I: the clause is what the subject said; the verb is the cue.
    func ownFrame(_ range: Range<Int>, sentence: Int) -> DraftClaim? {
        guard let subject = sentenceSubject(range) else { return nil }
        let verb = subject.upperBound
        guard verb < range.upperBound, isWord(verb), !isCapitalized(verb) else { return nil }
        var comma = verb
        while comma < range.upperBound, !(tokens[comma].text == "," && isOutsideQuotes(comma)) { comma += 1 }
        guard comma < range.upperBound, wordCount(range.lowerBound..<comma) <= 12 else { return nil }
        let frameClause = range.lowerBound..<comma
        let content = (comma + 1)..<range.upperBound
        guard !frameClause.contains(where: { isOutsideQuotes($0) && subjunctive($0) != nil }),
              content.contains(where: { isOutsideQuotes($0) && subjunctive($0) == .konjunktiv1 }),
              wordCount(content) >= 3 else { return nil }
        var trimmed = content
        while let last = trimmed.last, !isWord(last), !isQuoteMark[last] { trimmed = trimmed.lowerBound..<last }
        let cue = CueMatch(entry: CueEntry(rule: "unlisted-verb", kind: .verb, lemma: lower[verb], particle: [], forms: [lower[verb]],
                                           joinedForms: [], medium: nil, complements: [.clause], words: []),
                           tokens: [verb], anchor: verb)
        let frame = Frame(cue: cue, speaker: subject, speakerSieve: "cue-subject", tokens: [range.lowerBound..<(comma + 1)], rule: "frame-before/own-subject")
        return DraftClaim(type: .indirect, content: [trimmed], frame: frame, sentence: sentence, detection: "indirect:frame-before/own-subject")
    }

    /// The subject of a sentence before `limit`: the phrase that opens it, or a personal pronoun
    /// right after its finite verb ("Ursprünglich wollte er …").
    func localSubject(_ range: Range<Int>, before limit: Int) -> Range<Int>? {
        if let subject = sentenceSubject(range), subject.upperBound <= limit, !has(subject.lowerBound, .pronoun) || subject.count == 1 {
            return subject
        }
        return pronounAfterVerb(from: range.lowerBound, to: min(limit, range.lowerBound + 8)).map { $0..<($0 + 1) }
    }

    /// The noun phrase that opens a sentence as its subject, if it names a speaker.
    func sentenceSubject(_ range: Range<Int>) -> Range<Int>? {
        // "Steuern: Die SPD will …": a label before a colon is no subject; the subject follows it.
        if let label = nounPhrase(from: range.lowerBound, limit: range.upperBound), label.upperBound < range.upperBound,
           tokens[label.upperBound].text == ":", label.upperBound + 1 < range.upperBound {
            return sentenceSubject((label.upperBound + 1)..<range.upperBound)
        }
        var start = range.lowerBound
        // "MOSKAU – Der Kreml …": a dateline is page furniture, no subject.
        while start < range.upperBound, ignored[start] { start += 1 }
        while start < range.upperBound, has(start, .adverb) || !isWord(start) {
            // "Am Dienstag zog …": a fronted prepositional phrase is no subject, nor is a fronted
            // object ("Den Unmut der CDU brachte …").
            if isWord(start), has(start, .preposition) || has(start, .obliqueArticle) { return nil }
            start += 1
        }
        guard start < range.upperBound, !has(start, .preposition), !has(start, .subordinator) || has(start, .determiner),
              let phrase = nounPhrase(from: start, limit: range.upperBound), looksLikeSpeaker(phrase),
              phrase.upperBound < range.upperBound, !isCapitalized(phrase.upperBound),
              tokens[phrase.upperBound].text != ":" else { return nil }
        // "Die Vorsitzende des Vereins, Jana Berg, will …": the apposition names the subject.
        return withApposition(phrase, limit: range.upperBound)
    }
}
