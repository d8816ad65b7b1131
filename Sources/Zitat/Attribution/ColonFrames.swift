/// Stage: frame detection, quotes introduced by a colon ("Zitat von X: „…“").
extension TextView {
    /// "Hier sparte der Bundespräsident nicht mit Kritik: „…“", "Zitat von Schröder: „…“": a quote
    /// right after a colon is framed by the clause before it; its speaker is that clause's subject.
    func colonFrame(for quotation: Int) -> Frame? {
        let open = TextView.firstToken(atOrAfter: quotations[quotation].open.start, in: tokens)
        let colon = open - 1
        guard colon > 0, tokens[colon].text == ":", isOutsideQuotes(colon), tokens[colon].sentence == tokens[open].sentence else { return nil }
        return colonFrame(colon: colon)
    }

    /// The frame of whatever follows the colon token `colon`: the clause before it and its subject.
    func colonFrame(colon: Int) -> Frame? {
        var start = colon - 1
        let sentenceStart = segmentation.sentences[tokens[colon].sentence].tokens.lowerBound
        while start > sentenceStart, !isClauseSeparator(start - 1), !isSentenceFinal(start - 1) { start -= 1 }
        // "… brachte die Sprecherin, Annette Widmann-Mauz, zum Ausdruck: „…“": the clause runs over an apposition.
        let pieces = segments(between: sentenceStart, and: colon)
        if start > sentenceStart, pieces.count >= 3, pieces.dropFirst().dropLast().allSatisfy({ isNominalSegment($0) }),
           let last = pieces.last, wordCount(last) <= 3, !isNominalSegment(last) || has(last.lowerBound, .preposition) {
            start = sentenceStart
        }
        let clause = start..<colon
        guard wordCount(clause) >= 1 else { return nil }
        var speaker: (Range<Int>, String)?
        // "Zitat von Schröder", "Seine Meinung zu Kirchhoff" aside: "von X" names the speaker.
        if let von = clause.first(where: { lower[$0] == "von" }), von + 1 < colon, let phrase = nounPhrase(from: von + 1, limit: colon),
           looksLikeSpeaker(phrase), clause.prefix(while: { $0 < von }).allSatisfy({ !isWord($0) || isNominal($0) || has($0, .determiner) }) {
            speaker = (phrase, "colon-von")
        }
        // "Bundesinnenminister Schäuble: „…“", "Erkki Tuomioja, Präsident des Rats der EU: „…“": a name alone.
        let segments = segments(between: sentenceStart, and: colon)
        if speaker == nil, !segments.isEmpty, segments.count <= 3, segments.allSatisfy({ isNominalSegment($0) }),
           let phrase = nounPhrase(from: segments[0].lowerBound, limit: segments[0].upperBound), phrase == segments[0], looksLikeSpeaker(phrase) {
            speaker = (segments[0].lowerBound..<(segments.last?.upperBound ?? colon), "colon-name")
        }
        if speaker == nil {
            // ("Im Kongress warb Obama …:": a fronted prepositional phrase is no subject.)
            let opening = prefieldStart(from: start, to: colon)
            let first = opening ?? start
            if let opening, opening < colon, !has(opening, .preposition), let phrase = nounPhrase(from: opening, limit: colon), isSubjectCandidate(phrase),
               looksLikeSpeaker(phrase), phrase.upperBound < colon, isWord(phrase.upperBound), !isCapitalized(phrase.upperBound) {
                speaker = (phrase, "colon-subject")
                // "Die Anwendung der Richtlinie stellte der Vorsitzende in Frage:": a phrase after the finite verb
                // that the lexicon reads as nominative only is the subject; the fronted one is the object.
                if !isNominativeOnly(phrase), let inverted = objectAfterVerb(from: phrase.upperBound + 1, limit: colon, cue: nil),
                   isSubjectByCase(inverted), looksLikeSpeaker(inverted), canBeSubject(inverted, ofVerb: phrase.upperBound) {
                    speaker = (inverted, "colon-subject-inverted")
                }
            } else if let verb = (first..<colon).first(where: { isWord($0) && !isCapitalized($0) && !has($0, .preposition) && !has($0, .determiner)
                        // (an adjective never stands right before an article: "brachte die Sprecherin")
                        && (!isAdjective($0) || $0 + 1 < colon && (has($0 + 1, .determiner) || has($0 + 1, .subjectPronoun))) }),
                      let phrase = objectAfterVerb(from: verb + 1, limit: colon, cue: nil), looksLikeSpeaker(phrase), !isObliqueDeterminer(phrase.lowerBound) {
                speaker = (phrase, "colon-subject-inverted")
            }
        }
        guard let speaker else { return nil }
        return Frame(cue: nil, speaker: speaker.0, speakerSieve: speaker.1, tokens: [start..<(colon + 1)], rule: "colon")
    }
}
