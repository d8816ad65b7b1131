/// Stage: frame detection for "laut X", "nach Angaben X", "X zufolge", anaphoric "hieß es" and "so X".
extension TextView {
    func prepositionFrame(_ cue: CueMatch, range: Range<Int>, sentence: Int, into result: inout SentenceFrames) {
        let first = cue.tokens.first ?? cue.anchor
        let last = cue.tokens.last ?? cue.anchor
        var speaker: Range<Int>?
        var frameRange: Range<Int>
        var cueTokens = cue.tokens
        if cue.entry.kind == .preposition {
            // "nach Angaben der Polizei": the cue is the preposition, the speaker "Angaben der Polizei".
            var phraseStart = cue.tokens.count > 1 ? first + 1 : last + 1
            while phraseStart < range.upperBound, has(phraseStart, .adverb), !has(phraseStart, .determiner), !has(phraseStart, .pronoun) {
                phraseStart += 1
            }
            if cue.tokens.count > 1 { cueTokens = [first] }
            // "Studien der Charité, nach denen Homöopathie ebenbürtig sei": the relative pronoun speaks
            // for the statement before the comma; what follows in its clause is the content.
            if cue.entry.requiresStatementHead, cue.tokens.count == 1, first > range.lowerBound, tokens[first - 1].text == ",",
               phraseStart < range.upperBound, has(phraseStart, .relative),
               let antecedent = phraseEnding(before: first - 1, from: range.lowerBound), isStatementHeaded(antecedent) {
                relativeFrame(cue, first: first, relative: phraseStart, antecedent: antecedent, range: range, sentence: sentence, into: &result)
                return
            }
            guard let phrase = nounPhrase(from: phraseStart, limit: range.upperBound)
                    ?? (cue.entry.requiresStatementHead ? nil : bareName(at: phraseStart, limit: range.upperBound)) else { return }
            if cue.entry.requiresStatementHead && !isStatementHeaded(phrase) { return }
            let extended = prefieldConstituent(withApposition(phrase, limit: range.upperBound), opener: first, range: range)
            speaker = extended
            frameRange = first..<extended.upperBound
        } else {
            guard let phrase = phraseEnding(before: first, from: range.lowerBound) else { return }
            if cue.entry.requiresStatementHead && !isStatementHeaded(phrase) { return }
            // "Studien nach der Katastrophe": a word that is also a preposition and has an article
            // after it is that preposition, not a postposition ("die seiner Meinung nach wachsenden
            // Gefahren" is one).
            if has(last, .preposition), last + 1 < range.upperBound, has(last + 1, .determiner), !has(last + 1, .pronoun) { return }
            speaker = phrase
            frameRange = phrase.lowerBound..<(last + 1)
        }
        var content: [Range<Int>] = []
        let before = contentStart(before: frameRange.lowerBound, from: range.lowerBound)..<frameRange.lowerBound
        // "Laut amnesty international (ai) nimmt …": a phrase that fills the prefield ends at the
        // finite verb in second place; the words before it still name the speaker.
        if cue.entry.kind == .preposition, frameRange.lowerBound == range.lowerBound || isClauseSeparator(frameRange.lowerBound - 1),
           let verb = prefieldEnd(after: frameRange.upperBound, in: range) {
            frameRange = frameRange.lowerBound..<verb
        }
        let after = frameRange.upperBound..<range.upperBound
        for part in [before, after] {
            var trimmed = part
            while let first = trimmed.first, !isWord(first), !isQuoteMark[first] { trimmed = (first + 1)..<trimmed.upperBound }
            while let last = trimmed.last, !isWord(last), !isQuoteMark[last] { trimmed = trimmed.lowerBound..<last }
            if wordCount(trimmed) >= 1 { content.append(trimmed) }
        }
        // One word on either side is content only beside a longer part ("Der Vertrag wäre laut X unterschriftsreif").
        guard content.contains(where: { wordCount($0) >= 2 }) else { return }
        var adjusted = cue
        adjusted.tokens = cueTokens
        let frame = Frame(cue: adjusted, speaker: speaker, speakerSieve: "cue-object", tokens: [frameRange], rule: cue.entry.kind.rawValue)
        if content.count == 1, let quotation = quotationFilling(content[0]) {
            result.quotationFrames[quotation] = frame
            return
        }
        result.claims.append(DraftClaim(type: .indirect, content: content, frame: frame, sentence: sentence,
                                        detection: "indirect:\(cue.entry.kind.rawValue)"))
    }

    /// The finite verb in second place after a prefield that ends at `start`: the first finite verb
    /// within a few words, with no clause separator before it.
    private func prefieldEnd(after start: Int, in range: Range<Int>) -> Int? {
        guard start < range.upperBound, !finiteCandidate(start) else { return nil }
        for index in start..<min(range.upperBound, start + 12) {
            if isClauseSeparator(index) { return nil }
            if isOutsideQuotes(index), !inBrackets[index], finiteCandidate(index) { return index }
        }
        return nil
    }

    /// "Nach Angaben der Gruppe Ärzte ohne Grenzen sind …", "Nach dem Artikel 3 der Satzung
    /// bestimmt …": a phrase whose preposition opens the sentence is its one constituent before the
    /// finite verb (or a comma), so the speaker runs up to there. After a name ("Laut Anna Roth
    /// gegenüber der Presse …") the rest is the clause's adjunct: where it was said.
    func prefieldConstituent(_ phrase: Range<Int>, opener: Int, range: Range<Int>) -> Range<Int> {
        guard (range.lowerBound..<opener).allSatisfy({ !isWord($0) }), let last = phrase.last, isNominal(last),
              !isUnlistedName(last) else { return phrase }
        var end = phrase.upperBound
        while end < range.upperBound, end - phrase.upperBound < 10, isOutsideQuotes(end) || quotationOf[end] != nil,
              !isClauseSeparator(end), !isSentenceFinal(end) {
            if isWord(end), !isCapitalized(end), finiteCandidate(end) {
                return phrase.lowerBound..<end
            }
            // "Nach Ansicht der Forscher in Zukunft müsse …": a time adverbial of the clause ends the phrase.
            if has(end, .preposition), end + 1 < range.upperBound, has(end + 1, .time) { return phrase.lowerBound..<end }
            end += 1
        }
        return end < range.upperBound && isClauseSeparator(end) && tokens[end].text == "," ? phrase.lowerBound..<end : phrase
    }

    /// "Studien der Charité, nach denen Homöopathie ebenbürtig sei": the relative pronoun after the
    /// preposition speaks for the statement before the comma; the Konjunktiv rest of its clause is the content.
    private func relativeFrame(_ cue: CueMatch, first: Int, relative: Int, antecedent: Range<Int>, range: Range<Int>,
                               sentence: Int, into result: inout SentenceFrames) {
        var end = relative + 1
        while end < range.upperBound, !(isClauseSeparator(end) && hasSubjunctive((relative + 1)..<end)) { end += 1 }
        while end > relative + 1, !isWord(end - 1), !isQuoteMark[end - 1] { end -= 1 }
        let content = (relative + 1)..<end
        guard wordCount(content) >= 2, hasSubjunctive(content) else { return }
        var adjusted = cue
        adjusted.tokens = [first]
        let frame = Frame(cue: adjusted, speaker: relative..<(relative + 1), speakerSieve: "relative-pronoun",
                          tokens: [first..<(relative + 1)], rule: cue.entry.kind.rawValue)
        var draft = DraftClaim(type: .indirect, content: [content], frame: frame, sentence: sentence,
                               detection: "indirect:\(cue.entry.kind.rawValue)")
        draft.antecedent = antecedent
        result.claims.append(draft)
        // The verb before the comma does not frame the relative clause as well.
        result.framedSeparators.insert(first - 1)
    }

    /// Where the clause of a "laut" phrase begins: the content is that clause, not a main clause
    /// before it ("Der Flughafen ist offen, jedoch ist laut ZDF fraglich, ob …"; "…, laut denen …").
    /// A piece that opens with its finite verb has its prefield before the comma ("Die Ausfälle, die …,
    /// würden laut X …"), and a piece without a verb is an apposition: the clause goes on before them.
    private func contentStart(before cueStart: Int, from sentenceStart: Int) -> Int {
        var end = cueStart
        while end > sentenceStart {
            var boundary = end - 1
            while boundary >= sentenceStart, !(isClauseSeparator(boundary) && isOutsideQuotes(boundary)) { boundary -= 1 }
            guard boundary >= sentenceStart else { return sentenceStart }
            let piece = (boundary + 1)..<end
            guard let first = piece.first(where: { isWord($0) }) else { return boundary + 1 }
            let verbs = piece.filter { isOutsideQuotes($0) && finiteCandidate($0) }
            if verbs.first == first || verbs.isEmpty {
                end = boundary
                continue
            }
            return boundary + 1
        }
        return sentenceStart
    }

    /// Whether the phrase's head noun names a statement ("Angaben", "Polizeiangaben", "Studie",
    /// "Grupps Meinung"): the last noun before any attachment.
    func isStatementHeaded(_ phrase: Range<Int>) -> Bool {
        guard let first = phrase.first(where: { isNominal($0) }) else { return false }
        var head = first
        while head + 1 < phrase.upperBound, isNominal(head + 1) { head += 1 }
        for index in Set([first, head]) {
            if has(index, .statement) || rules.speakers.isCompound(lower[index], of: .statement) { return true }
        }
        return false
    }

    /// What "laut" names when it is no ordinary phrase: a quoted name ("laut „Reuters“") or a
    /// single word such as "ndr.de" or "taz".
    func bareName(at index: Int, limit: Int) -> Range<Int>? {
        guard index < limit else { return nil }
        if let quoted = closedQuotation(at: index, limit: limit) { return index..<quoted.end }
        guard tokens[index].kind == .word, !has(index, .determiner), !has(index, .preposition), !has(index, .adverb),
              !has(index, .pronoun), verbEntries(index) == nil else { return nil }
        // "das laut geworden war": "laut" is loud when a participle and its auxiliary follow.
        let word = lower[index]
        if word.count >= 6, word.hasPrefix("ge"), word.hasSuffix("en") || word.hasSuffix("t"),
           index + 1 >= limit || has(index + 1, .auxiliary) || has(index + 1, .passive) || isClauseSeparator(index + 1) || isSentenceFinal(index + 1) {
            return nil
        }
        return index..<(index + 1)
    }

    /// The noun phrase that ends right before `end` ("Dem Bericht" of "Dem Bericht zufolge").
    func phraseEnding(before end: Int, from lowerLimit: Int) -> Range<Int>? {
        // "zufolge" opening a sentence has no phrase before it in this sentence.
        guard end > lowerLimit else { return nil }
        // "Ihnen zufolge": a pronoun in the dative.
        if has(end - 1, .dativePronoun) { return (end - 1)..<end }
        var start = end - 1
        while start > lowerLimit, end - start < 12, !isClauseSeparator(start - 1), !isSentenceFinal(start - 1),
              isWord(start - 1) || ["(", ")"].contains(tokens[start - 1].text),
              !has(start - 1, .adverb) || has(start - 1, .determiner)
                // "Berichten der Sender Sky News und BBC zufolge": coordinated names.
                || has(start - 1, .link) && start - 2 >= lowerLimit && isNominal(start - 2) && isNominal(start) {
            start -= 1
        }
        for candidate in start..<end {
            // "Am Samstag starben behördlichen Angaben zufolge": a lower-case word in -en right after the
            // noun or pronoun that opens the clause is its verb, not an adjective of the phrase.
            if candidate > lowerLimit, !has(candidate, .determiner), isAdjective(candidate),
               isNominal(candidate - 1) || has(candidate - 1, .pronoun) {
                continue
            }
            // "die Organisation Schätzungen zufolge": a noun before the statement noun is the subject.
            if end - candidate >= 2, isNominal(end - 2), !isAdjective(end - 2), !lower[end - 2].hasSuffix("s"), has(end - 1, .statement),
               !has(end - 2, .statement), !isTitleToken(end - 2), candidate <= end - 2 {
                continue
            }
            if let phrase = nounPhrase(from: candidate, limit: end), phrase.upperBound == end { return phrase }
        }
        return nil
    }

    // MARK: "Demnach …", "…, wonach …"

    func anaphoricFrame(_ cue: CueMatch, range: Range<Int>, sentence: Int, into result: inout SentenceFrames) {
        let word = cue.anchor
        var content: [Range<Int>] = []
        var speaker: (Range<Int>, String)?
        if lower[word] == "wonach" {
            // "ein Bericht, wonach …": the content is the clause after it, the speaker the phrase before.
            guard word > range.lowerBound, tokens[word - 1].text == "," else { return }
            var end = word + 1
            while end < range.upperBound, !(tokens[end].text == "," && isOutsideQuotes(end) && hasSubjunctive((word + 1)..<end)) { end += 1 }
            content = [(word + 1)..<end]
            if let phrase = phraseEnding(before: word - 1, from: range.lowerBound) { speaker = (phrase, "cue-object") }
        } else {
            // "Demnach hat der Sohn …": the sentence without the cue continues the last speaker; "Demnach"
            // is the mention that points back to it, as a pronoun would.
            // ("Der Abzug soll demnach nur parallel erfolgen": also after the finite verb of the main clause.)
            guard word == range.lowerBound || (word > range.lowerBound && !isWord(word - 1)) || isWord(word - 1) && word == range.lowerBound + 1
                    || !(range.lowerBound..<word).contains(where: { isClauseSeparator($0) || has($0, .subordinator) && !has($0, .determiner) }) else { return }
            content = [range.lowerBound..<word, (word + 1)..<range.upperBound].filter { wordCount($0) >= 1 }
            speaker = (word..<(word + 1), "anaphor")
        }
        guard content.contains(where: { wordCount($0) >= 2 }) else { return }
        let frame = Frame(cue: cue, speaker: speaker?.0, speakerSieve: speaker?.1, tokens: [word..<(word + 1)], rule: "anaphoric")
        result.claims.append(DraftClaim(type: .indirect, content: content, frame: frame, sentence: sentence,
                                        detection: "indirect:anaphoric"))
    }

    // MARK: ", so X."

    func soFrame(_ cue: CueMatch, range: Range<Int>, sentence: Int, into result: inout SentenceFrames) {
        let so = cue.anchor
        guard so > range.lowerBound, tokens[so - 1].text == "," else { return }
        guard let found = nounPhrase(from: so + 1, limit: range.upperBound) else { return }
        let phrase = withApposition(found, limit: range.upperBound)
        // The speaker phrase must end the sentence or its clause.
        var end = phrase.upperBound
        while end < range.upperBound, !isClauseSeparator(end) { end += 1 }
        guard end - phrase.upperBound <= 16 else { return }
        let before = range.lowerBound..<(so - 1)
        let frame = Frame(cue: cue, speaker: phrase, speakerSieve: "cue-object", tokens: [(so - 1)..<end], rule: "so")
        if let quotation = quotationEnding(at: so - 2) {
            result.quotationFrames[quotation] = frame
        } else if wordCount(before) >= 3 {
            let type: ClaimType = !hasSubjunctive(before) && speaksInPerson(before) ? .direct : .indirect
            result.claims.append(DraftClaim(type: type, content: [before], frame: frame, sentence: sentence,
                                            detection: type == .indirect ? "indirect:so" : "direct:unmarked/so"))
        }
    }
}
