/// A cue found in a sentence: the lexicon entry and the tokens that spell it.
struct CueMatch: Hashable {
    var entry: CueEntry
    /// The cue's tokens in text order (verb and separated particle, or the phrase's words).
    var tokens: [Int]
    /// The main token: the verb, or the first word of a phrase.
    var anchor: Int
}

/// Stage: cue finding. Needs tokens, quotations and the cue lexicon; adds cue matches per sentence.
extension TextView {
    func cues(inSentence sentence: Int) -> [CueMatch] {
        let range = segmentation.sentences[sentence].tokens
        var result: [CueMatch] = []
        var used = Set<Int>()
        for index in range where isOutsideQuotes(index) && !ignored[index] && !used.contains(index) {
            guard tokens[index].kind == .word else { continue }
            if let match = verbCue(at: index, sentenceEnd: range.upperBound) {
                // "ohne auf einen Vorfall zu verweisen": a speech act that did not happen frames nothing.
                if !inNegatedInfinitive(index, sentenceStart: range.lowerBound) { result.append(match) }
                used.formUnion(match.tokens)
            } else {
                // Every phrase reading is kept ("nach" before or after its phrase); frames try each.
                let matches = phraseCues(at: index, sentenceEnd: range.upperBound)
                result.append(contentsOf: matches)
                for match in matches { used.formUnion(match.tokens) }
            }
        }
        return result
    }

    /// Whether the verb is the "zu" infinitive ("zu verweisen", "anzukündigen") of a clause opened by
    /// "ohne" or "statt".
    private func inNegatedInfinitive(_ index: Int, sentenceStart: Int) -> Bool {
        guard index > sentenceStart, lower[index - 1] == "zu" || lower[index].dropFirst().containsWord("zu") else { return false }
        var start = index - 1
        while start > sentenceStart, !isClauseSeparator(start - 1) { start -= 1 }
        return has(start, .negatedInfinitive)
    }

    private func verbCue(at index: Int, sentenceEnd: Int) -> CueMatch? {
        guard !isCapitalized(index) || isSentenceInitial(index), let entries = verbEntries(index) else {
            return nil
        }
        var best: CueMatch?
        for entry in entries {
            var match: CueMatch?
            if entry.particle.isEmpty || entry.joinedForms.contains(lower[index]) {
                match = CueMatch(entry: entry, tokens: [index], anchor: index)
            } else if let particleTokens = particle(entry.particle, after: index, before: sentenceEnd),
                      !entry.joinable || particleTokens.last.map({ standsAlone($0, sentenceEnd: sentenceEnd) }) == true {
                // A separable particle closes its clause ("teilte … mit, dass"); "sagte zu den
                // Anschuldigungen" is "sagen" with a preposition, not "zusagen".
                match = CueMatch(entry: entry, tokens: [index] + particleTokens, anchor: index)
            } else if let before = particleWrittenApart(entry.particle, before: index) {
                // "wie die Polizei bekannt gab", "bekannt geworden war": the particle written apart before its verb.
                match = CueMatch(entry: entry, tokens: [before, index], anchor: index)
            } else if !entry.joinable, entry.particle.count == 1, let before = preposition(entry.particle[0], before: index) {
                // "Mit einer Wetterberuhigung rechnet der Wetterdienst": the preposition may lead the clause.
                match = CueMatch(entry: entry, tokens: [before, index], anchor: index)
            }
            if let match, match.tokens.count > (best?.tokens.count ?? 0) { best = match }
        }
        return best
    }

    /// The tokens of a separated particle ("mit", "davon aus") later in the same clause.
    private func particle(_ words: [String], after index: Int, before end: Int) -> [Int]? {
        var found: [Int] = []
        var wanted = words.makeIterator()
        var next = wanted.next()
        var position = index + 1
        while position < end, let word = next {
            if isClauseSeparator(position) && tokens[position].text != "-" {
                // "gab der Leiter, Peter Brenk, bekannt": a short apposition between commas, without a verb.
                guard let close = appositionEnd(after: position, before: end) else { break }
                position = close + 1
                continue
            }
            if isOutsideQuotes(position) && lower[position] == word {
                found.append(position)
                next = wanted.next()
            }
            position += 1
        }
        return next == nil ? found : nil
    }

    /// The particle of a particle verb written apart right before the verb ("bekannt gab", "bekannt
    /// zu geben"); never "zu", which before a verb marks the infinitive, nor a preposition ("Von Berlin
    /// aus sagte sie" is no "aussagen").
    private func particleWrittenApart(_ words: [String], before index: Int) -> Int? {
        guard words.count == 1, words[0] != "zu" else { return nil }
        var position = index - 1
        if position >= 0, lower[position] == "zu" { position -= 1 }
        guard position >= 0, tokens[position].sentence == tokens[index].sentence, isOutsideQuotes(position),
              lower[position] == words[0], !has(position, .preposition) else { return nil }
        return position
    }

    /// The comma that closes a short verbless apposition opened by the comma at `comma`
    /// (", Peter Brenk,"), else nil.
    private func appositionEnd(after comma: Int, before end: Int) -> Int? {
        guard tokens[comma].text == ",", comma + 1 < end, isCapitalized(comma + 1) else { return nil }
        var position = comma + 1
        while position < end, position - comma <= 6, !isClauseSeparator(position) {
            if finiteCandidate(position) || !isOutsideQuotes(position) { return nil }
            position += 1
        }
        return position < end && position - comma > 1 && tokens[position].text == "," ? position : nil
    }

    /// Whether the particle word stands alone, not as the preposition of a phrase after it ("zu den Anschuldigungen").
    private func standsAlone(_ index: Int, sentenceEnd: Int) -> Bool {
        let next = index + 1
        guard next < sentenceEnd, isWord(next) else { return true }
        return !has(next, .determiner) && !(isCapitalized(next) && isNominal(next))
    }

    /// The preposition of a prepositional verb earlier in the same clause.
    private func preposition(_ word: String, before index: Int) -> Int? {
        var position = index - 1
        let sentenceStart = segmentation.sentences[tokens[index].sentence].tokens.lowerBound
        while position >= sentenceStart, !isClauseSeparator(position) {
            if isOutsideQuotes(position) && lower[position] == word { return position }
            position -= 1
        }
        return nil
    }

    private func phraseCues(at index: Int, sentenceEnd: Int) -> [CueMatch] {
        guard let entries = phraseEntries(index) else { return [] }
        var matches: [CueMatch] = []
        for entry in entries.sorted(by: { $0.words.count > $1.words.count }) {
            let end = index + entry.words.count
            guard end <= sentenceEnd else { continue }
            if zip(entry.words, index..<end).allSatisfy({ lower[$0.1] == $0.0 }) {
                if let longest = matches.first, longest.tokens.count > entry.words.count { continue }
                matches.append(CueMatch(entry: entry, tokens: Array(index..<end), anchor: index))
            } else if entry.kind == .impersonal, entry.words.count == 2, let last = spread(entry.words[1], after: index, before: sentenceEnd) {
                // "es zu den Protesten auch heißt": the verb of a subordinate clause comes last.
                matches.append(CueMatch(entry: entry, tokens: [index, last], anchor: last))
            }
        }
        return matches
    }

    /// The next occurrence of `word` within eight words of `index`, in the same clause.
    private func spread(_ word: String, after index: Int, before end: Int) -> Int? {
        var position = index + 1
        while position < min(end, index + 9), !isClauseSeparator(position) {
            if lower[position] == word, isOutsideQuotes(position) { return position }
            position += 1
        }
        return nil
    }
}
