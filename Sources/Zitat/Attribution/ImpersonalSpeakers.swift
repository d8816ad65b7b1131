/// Speakers that are not the cue verb's subject: impersonal frames ("hieß es in der Mitteilung", "In dem
/// Bericht, der …, heißt es"), passive agents and the documents passives stand in, and documents that open
/// a sentence ("In einem Memorandum wird …").
extension TextView {
    /// "hieß es in der Mitteilung", "hieß es aus Washington", "In der Erklärung hieß es".
    func impersonalSpeaker(clause: Range<Int>, cue: CueMatch) -> (range: Range<Int>, sieve: String)? {
        let last = cue.tokens.max() ?? cue.anchor
        var index = last + 1
        while index < clause.upperBound, index - last <= 4 {
            if has(index, .sourcePreposition), let phrase = nounPhrase(from: index + 1, limit: clause.upperBound) {
                return (phrase, "impersonal-place")
            }
            index += 1
        }
        var start = clause.lowerBound
        while start < cue.anchor, has(start, .adverb) && !has(start, .preposition) { start += 1 }
        if start < cue.anchor, has(start, .sourcePreposition), let phrase = nounPhrase(from: start + 1, limit: cue.anchor) {
            return (phrase, "impersonal-place")
        }
        // "In dem Bericht, der am Montag erschien, heißt es": the prefield before a relative clause.
        if start == cue.anchor, let prefield = prefieldBeforeRelative(clauseStart: clause.lowerBound), has(prefield.lowerBound, .sourcePreposition),
           let phrase = nounPhrase(from: prefield.lowerBound + 1, limit: prefield.upperBound), phrase.upperBound == prefield.upperBound {
            return (phrase, "impersonal-place")
        }
        return nil
    }

    /// The sentence's first segment when one relative clause (a relative word after its comma, a finite
    /// verb in it) stands between it and the clause starting at `clauseStart`, after a comma.
    func prefieldBeforeRelative(clauseStart: Int) -> Range<Int>? {
        // The comma must be this sentence's: a paragraph may end in "," and the next open with "heißt es".
        guard clauseStart > 1, tokens[clauseStart - 1].text == ",",
              tokens[clauseStart - 1].sentence == tokens[clauseStart].sentence else { return nil }
        let sentenceStart = segmentation.sentences[tokens[clauseStart].sentence].tokens.lowerBound
        guard sentenceStart < clauseStart - 1, let comma = (sentenceStart..<(clauseStart - 1)).first(where: { isClauseSeparator($0) }), tokens[comma].text == ",",
              comma > sentenceStart, has(comma + 1, .relative), hasFiniteVerb((comma + 2)..<(clauseStart - 1)),
              !((comma + 1)..<(clauseStart - 1)).contains(where: { isClauseSeparator($0) }) else { return nil }
        return sentenceStart..<comma
    }

    /// The agent of a passive cue: "von der Polizei", "vom Ministerium", "seitens der Regierung";
    /// else the text it stands in: "In einem Memorandum wird … gekennzeichnet, …".
    func passiveAgent(clause: Range<Int>, cue: CueMatch) -> Range<Int>? {
        for index in clause where has(index, .agentPreposition) && isOutsideQuotes(index) && !cue.tokens.contains(index) {
            if let phrase = nounPhrase(from: index + 1, limit: clause.upperBound), looksLikeSpeaker(phrase) {
                return withApposition(phrase, limit: clause.upperBound)
            }
        }
        // "In einer Stellungnahme wird … begründet", "So wird in einer Mitteilung gefordert", "in einer
        // Weisung des Konsulats aufgefordert": the statement or document it stands in, before the participle.
        let sentenceStart = segmentation.sentences[tokens[cue.anchor].sentence].tokens.lowerBound
        for index in sentenceStart..<cue.anchor where ["in", "im"].contains(lower[index]) && isOutsideQuotes(index) {
            if let phrase = nounPhrase(from: index + 1, limit: cue.anchor), isStatementHeaded(phrase) || isDocumentHeaded(phrase) {
                return phrase
            }
        }
        return nil
    }

    /// "In einem Memorandum wird …, Folter läge nur vor, wenn …": a sentence that opens with "in" and a
    /// new (indefinite) document names its own source; "In der Erklärung …" refers back, and "In einer
    /// Rede …" is the last speaker's (a speech is no document, `transparent_nouns`).
    func documentPrefield(_ sentence: Range<Int>) -> Range<Int>? {
        guard let start = sentence.first(where: { isWord($0) }), ["in", "im"].contains(lower[start]), start + 1 < sentence.upperBound,
              rules.knowledge.indefiniteArticles.contains(lower[start + 1]),
              let phrase = nounPhrase(from: start + 1, limit: sentence.upperBound),
              isDocumentHeaded(phrase) else { return nil }
        return phrase
    }

    /// Whether a phrase is headed by a noun that passes the speaking on to whose it is (a document:
    /// "einer Weisung des Konsulats"; `transparent_nouns` of rules/affiliation.yaml).
    func isDocumentHeaded(_ phrase: Range<Int>) -> Bool {
        guard let head = phrase.first(where: { isNominal($0) }) else { return false }
        return rules.knowledge.transparent.contains(KnowledgeIndex.word(tokens[head].text).stem)
    }
}
