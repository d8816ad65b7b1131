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
        if let subject = subordinateSubject(range, before: limit) { return subject }
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
            if isWord(start), has(start, .preposition) || isObliqueDeterminer(start) { return nil }
            start += 1
        }
        guard start < range.upperBound, !has(start, .preposition), !has(start, .subordinator) || has(start, .determiner),
              let phrase = nounPhrase(from: start, limit: range.upperBound), looksLikeSpeaker(phrase),
              phrase.upperBound < range.upperBound, !isCapitalized(phrase.upperBound),
              tokens[phrase.upperBound].text != ":" else { return nil }
        // "Die Vorsitzende des Vereins, Jana Berg, will …": the apposition names the subject.
        return withApposition(phrase, limit: range.upperBound)
    }

    /// The subject of the subordinate clause `limit` stands in, right after its conjunction: "…, weil
    /// die Regierung das Land als „junge Demokratie“ bezeichnet hat" quotes the government, not
    /// the main clause's subject. Relative pronouns open no such clause here (they are the subject).
    func subordinateSubject(_ range: Range<Int>, before limit: Int) -> Range<Int>? {
        var index = limit - 1
        while index > range.lowerBound, !(isClauseSeparator(index) && isOutsideQuotes(index)) { index -= 1 }
        guard index > range.lowerBound, tokens[index].text == ",", index + 2 < limit,
              has(index + 1, .subordinator), !has(index + 1, .determiner), isOutsideQuotes(index + 1),
              !isObliqueDeterminer(index + 2), !has(index + 2, .preposition),
              let phrase = nounPhrase(from: index + 2, limit: limit), phrase.upperBound < limit,
              isSubjectCandidate(phrase), looksLikeSpeaker(phrase) else { return nil }
        return phrase
    }

    /// "Mit den Worten „…“, richtete er den Blick auf …": a clause that opens with the quote in a
    /// prepositional phrase has its subject after the verb that follows the quote.
    func subjectAfterQuote(_ range: Range<Int>, opening: Int, closing: Int) -> Range<Int>? {
        guard range.contains(opening), closing > opening else { return nil }
        // The quote's clause opens at the sentence or after a colon ("… reagierte gelassen: Mit den Worten …").
        let colon = (range.lowerBound..<opening).last { tokens[$0].text == ":" && isOutsideQuotes($0) }
        guard let first = ((colon.map { $0 + 1 } ?? range.lowerBound)..<opening).first(where: { isWord($0) }),
              has(first, .preposition) else { return nil }
        var verb = closing + 1
        while verb < range.upperBound, tokens[verb].text == "," { verb += 1 }
        guard verb < range.upperBound, isWord(verb), !isCapitalized(verb), !has(verb, .subordinator),
              let pronoun = pronounAfterVerb(from: verb, to: min(range.upperBound, verb + 2)) else { return nil }
        return pronoun..<(pronoun + 1)
    }

    /// The speaker of a quote after a colon inside another claim: the titled subject of the clause
    /// before the colon ("Wie der Sender berichtet, gab Regierungssprecher Mark Smith eine
    /// Stellungnahme ab, die aus einem Wort bestand: „Toll.“" quotes the spokesman, not the sender).
    func colonSubject(in content: [Range<Int>], before opening: Int) -> Range<Int>? {
        guard opening > 0, tokens[opening - 1].text == ":", isClauseSeparator(opening - 1),
              let part = content.first(where: { $0.contains(opening - 1) }) else { return nil }
        let clause = part.lowerBound..<(opening - 1)
        var start = clause.lowerBound
        while start < clause.upperBound, !isWord(start) { start += 1 }
        // A main clause, verb first ("gab Regierungssprecher Mark Smith …") or subject first; a
        // subordinate clause ("dass das Team …:") or a fronted phrase leaves the quote to the host.
        guard start < clause.upperBound, !has(start, .subordinator), !has(start, .preposition) else { return nil }
        if !isCapitalized(start) { start += 1 }
        guard start < clause.upperBound, let phrase = nounPhrase(from: start, limit: clause.upperBound),
              phrase.contains(where: { isTitledNoun($0) }), looksLikeSpeaker(phrase) else { return nil }
        return withApposition(phrase, limit: clause.upperBound)
    }
}
