/// Stage: direct speech whose quotation marks were stripped (scraped text). Needs the drafted claims;
/// retypes those in the speaker's own words as direct, adds statements after a colon, interview turns
/// and first-person continuations (`rules/unmarked.yaml`); never inside quotation marks.
extension TextView {
    func unmarkedSpeech(revising drafts: [DraftClaim]) -> [DraftClaim] {
        let rules = self.rules.unmarked
        // Only where the marks are gone: an article that quotes with marks after its title and lead
        // marks all its direct speech, so unmarked words there are the writer's or indirect.
        guard !rules.enabled.isEmpty, quotationsOnlyInLead else { return drafts }
        var drafts = drafts
        if rules.enabled.contains(.person) {
            for index in drafts.indices {
                guard let content = ownWords(drafts[index], indicativeOnly: false) else { continue }
                drafts[index].type = .direct
                drafts[index].content = content
                drafts[index].detection = "direct:unmarked/person"
            }
        }
        var removed = Set<Int>()
        var added: [DraftClaim] = []
        if rules.enabled.contains(.interview) {
            let turns = interviewTurns()
            added += turns
            // In an interview, claims without a speaker of their own (the questions, "ich" in the
            // answers) give way to the turns.
            let covered = Set(turns.flatMap { $0.content.flatMap { $0 } })
            for (index, draft) in drafts.enumerated() where !turns.isEmpty && draft.content.contains(where: { range in
                range.contains(where: covered.contains) || label(ofSentence: tokens[range.lowerBound].sentence) != nil
            }) {
                if draft.frame.speaker.map({ has($0.lowerBound, .inPerson) }) ?? true { removed.insert(index) }
            }
        }
        added += colonStatements(besides: drafts.map(\.content) + added.map(\.content))
        if rules.enabled.contains(.continuation) {
            added += continuations(of: drafts.enumerated().filter { !removed.contains($0.offset) }.map(\.element) + added)
        }
        let stripped = rules.enabled.contains(.indicative) && hasStrippedMarks(drafts + added)
        if rules.enabled.contains(.parenthetical) {
            added += parentheticals(besides: drafts.map(\.content) + added.map(\.content), indicative: stripped)
        }
        if stripped {
            for index in drafts.indices where drafts[index].type != .direct {
                guard let content = ownWords(drafts[index], indicativeOnly: true) else { continue }
                drafts[index].type = .direct
                drafts[index].content = content
                drafts[index].detection = "direct:unmarked/indicative"
            }
        }
        return merged(drafts, adding: added, removing: removed)
    }

    /// The content of an indirect claim that is a statement in the speaker's own words: framed by a
    /// verb of saying after or around it (or a colon, "so X", a continuation), outside quotation marks,
    /// in the first or second person without Konjunktiv I — or, `indicativeOnly`, in the indicative.
    /// A frame inside the sentence ("Wir hatten, sagt sie, nichts") takes the words before it too.
    private func ownWords(_ draft: DraftClaim, indicativeOnly: Bool) -> [Range<Int>]? {
        var draft = draft
        if draft.detection == "indirect:frame-before/main-clause", let frame = draft.frame.tokens.first, let content = draft.content.first {
            let start = segmentation.sentences[draft.sentence].tokens.lowerBound
            guard frame.lowerBound > start + 2, tokens[frame.lowerBound - 1].text == "," || tokens[frame.lowerBound].text == ",",
                  content.lowerBound >= frame.upperBound else { return nil }
            let comma = tokens[frame.lowerBound].text == "," ? frame.lowerBound : frame.lowerBound - 1
            draft.content = [start..<comma] + draft.content
        }
        return speaksOwnWords(draft, indicativeOnly: indicativeOnly) ? draft.content : nil
    }

    /// Claims a frame introduces, which may be retyped as direct speech without marks.
    private static let framedDetections: Set<String> = [
        "indirect:frame-after", "indirect:frame-inside", "indirect:so", "indirect:frame-before/colon", "indirect:frame-before/main-clause",
    ]
    /// Free-indirect detections, retyped too unless only indicative statements are sought.
    private static let freeIndirectDetections: Set<String> = ["free_indirect:konjunktiv2", "free_indirect:reportative"]

    private func speaksOwnWords(_ draft: DraftClaim, indicativeOnly: Bool) -> Bool {
        let retypable = indicativeOnly ? Self.framedDetections : Self.framedDetections.union(Self.freeIndirectDetections)
        guard draft.type != .direct, draft.contentSpans == nil, retypable.contains(draft.detection),
              draft.content.allSatisfy({ range in range.allSatisfy { isOutsideQuotes($0) } }) else { return false }
        if let cue = draft.frame.cue, cue.entry.medium == .thought, !rules.unmarked.speakingThoughts.contains(cue.entry.lemma) {
            return false
        }
        // "…, wie Berger sagte": a "wie" frame reports in the indicative; it quotes nothing.
        if let frame = draft.frame.tokens.first, frame.contains(where: { lower[$0] == "wie" && isWord($0) }) { return false }
        if indicativeOnly {
            // A statement with someone to say it, more than an infinitive ("Sich zu bewaffnen, lehnt sie ab").
            // After a colon, a verb of saying must frame it ("Bekannte Beispiele dafür: …" says nothing).
            guard draft.detection != "indirect:frame-before/colon" || draft.frame.cue != nil else { return false }
            return draft.frame.speaker != nil && !(draft.frame.cue?.entry.complements.contains(.nominal) ?? false)
                && draft.content.allSatisfy { isIndicative($0) } && draft.content.reduce(0) { $0 + wordCount($1) } >= 4
        }
        return draft.content.contains { speaksInPerson($0) } && draft.content.allSatisfy { hasNoKonjunktiv1($0) }
    }

    /// No Konjunktiv I outside quotes, "ich habe" aside (a form that is indicative after "ich").
    func hasNoKonjunktiv1(_ range: Range<Int>) -> Bool {
        let excused = rules.unmarked.subjunctiveAfterIch
        return !range.contains { index in
            guard isOutsideQuotes(index), subjunctive(index) == .konjunktiv1 else { return false }
            let nearIch = [index - 2, index - 1, index + 1].contains { $0 >= range.lowerBound && $0 < range.upperBound && has($0, .firstPerson) }
            return !(nearIch && !excused.contains(lower[index]))
        } && !konjunktiv1ByShape(range)
    }

    /// Indicative: no Konjunktiv I anywhere and no Konjunktiv II or reportative "soll" in its main clause.
    private func isIndicative(_ range: Range<Int>) -> Bool {
        hasNoKonjunktiv1(range) && !range.contains { isOutsideQuotes($0) && subjunctive($0) == .konjunktiv2 && !inSubordinateClause($0, sentence: range) }
            && mainSubjunctive(range) == nil
    }

    /// Whether the article has no quotation marks after its title and lead (its first three sentences).
    private var quotationsOnlyInLead: Bool {
        quotations.allSatisfy { quotation in
            let first = TextView.firstToken(atOrAfter: quotation.open.start, in: tokens)
            return first >= tokens.count || tokens[first].sentence < 3
        }
    }

    /// Whether the article's quotation marks were stripped: besides having none after its lead, it
    /// holds a statement in the first or second person found without marks.
    private func hasStrippedMarks(_ drafts: [DraftClaim]) -> Bool {
        drafts.contains { $0.detection.hasPrefix("direct:unmarked/") && $0.detection != "direct:unmarked/indicative" }
    }

    /// ", so erinnert sich die Wirtin Anna Weber," in a sentence with no claim: the words around the
    /// parenthesis are the speaker's when they speak in the first or second person (or, in an article
    /// whose marks were stripped, in the indicative).
    private func parentheticals(besides claimed: [[Range<Int>]], indicative: Bool) -> [DraftClaim] {
        let taken = TokenMask(claimed)
        var result: [DraftClaim] = []
        for sentence in segmentation.sentences.indices {
            let range = contentTokens(ofSentence: sentence)
            guard quotationsBySentence[sentence] == nil, range.allSatisfy({ isOutsideQuotes($0) && !taken.contains($0) }) else { continue }
            for comma in range where tokens[comma].text == "," && wordCount(range.lowerBound..<comma) >= 2 {
                var verb = comma + 1
                if verb < range.upperBound, lower[verb] == "so" { verb += 1 }
                guard verb < range.upperBound, rules.unmarked.parentheticalVerbs.contains(lower[verb]) else { continue }
                let start = verb + 1 < range.upperBound && lower[verb + 1] == "sich" ? verb + 2 : verb + 1
                let close = (start..<range.upperBound).first { tokens[$0].text == "," } ?? range.upperBound
                guard let speaker = nounPhrase(from: start, limit: close), looksLikeSpeaker(speaker), !has(speaker.lowerBound, .inPerson) else { break }
                let content = [range.lowerBound..<comma] + (close + 1 < range.upperBound ? [(close + 1)..<range.upperBound] : [])
                guard content.allSatisfy({ hasNoKonjunktiv1($0) }),
                      content.contains(where: { speaksInPerson($0) }) || indicative && content.allSatisfy({ isIndicative($0) }) else { break }
                let frame = Frame(cue: nil, speaker: speaker, speakerSieve: "cue-subject-inverted", tokens: [comma..<close], rule: "parenthetical")
                var draft = DraftClaim(type: .direct, content: content, frame: frame, sentence: sentence, detection: "direct:unmarked/parenthetical")
                draft.antecedent = speaker
                result.append(draft)
                break
            }
        }
        return result
    }

    /// Sentences with no claim that speak in the first or second person, right after a claim with a
    /// speaker: they continue that speaker's words.
    private func continuations(of drafts: [DraftClaim]) -> [DraftClaim] {
        var speakerBySentence: [Int: (speaker: Range<Int>, antecedent: Range<Int>?)] = [:]
        var claimed = Set<Int>()
        for draft in drafts {
            // Token by token, a sentence once per run of its tokens.
            var sentences = Set<Int>()
            for range in draft.content {
                var previous: Int?
                for index in range where tokens[index].sentence != previous {
                    previous = tokens[index].sentence
                    sentences.insert(tokens[index].sentence)
                }
            }
            claimed.formUnion(sentences)
            // Only speech goes on: not a speech act ("forderte …") or a thought ("befürchten …").
            guard let speaker = draft.frame.speaker, let last = sentences.max(), draft.type != .reported,
                  draft.frame.cue?.entry.medium != .thought else { continue }
            if !(speaker.count == 1 && has(speaker.lowerBound, .inPerson)) {
                speakerBySentence[last] = (speaker, draft.antecedent)
            }
        }
        var result: [DraftClaim] = []
        var previous: Int?
        for sentence in segmentation.sentences.indices {
            let range = contentTokens(ofSentence: sentence)
            if range.isEmpty || range.allSatisfy({ ignored[$0] }) { continue }
            defer { previous = sentence }
            guard !claimed.contains(sentence), let last = previous, let speaker = speakerBySentence[last],
                  range.allSatisfy({ isOutsideQuotes($0) }), quotationsBySentence[sentence] == nil,
                  wordCount(range) >= 3, label(ofSentence: sentence) == nil, hasNoKonjunktiv1(range),
                  // The speaker's own sentence: a first or second person in its main clause.
                  range.contains(where: { has($0, .inPerson) && !inSubordinateClause($0, sentence: range) }) else { continue }
            let frame = Frame(cue: nil, speaker: speaker.speaker, speakerSieve: "continuation", tokens: [], rule: "continuation")
            var draft = DraftClaim(type: .direct, content: [range], frame: frame, sentence: sentence, detection: "direct:unmarked/continuation")
            draft.antecedent = speaker.antecedent ?? speaker.speaker
            result.append(draft)
            speakerBySentence[sentence] = speaker
        }
        return result
    }

    /// The drafts in text order with `added` put in and `removed` left out; nesting follows the moves.
    private func merged(_ drafts: [DraftClaim], adding added: [DraftClaim], removing removed: Set<Int>) -> [DraftClaim] {
        guard !added.isEmpty || !removed.isEmpty else { return drafts }
        var entries: [(old: Int?, draft: DraftClaim)] = []
        var pending = added.sorted { $0.firstOffset < $1.firstOffset }[...]
        for (index, draft) in drafts.enumerated() {
            while let next = pending.first, next.firstOffset < draft.firstOffset {
                entries.append((nil, next))
                pending = pending.dropFirst()
            }
            if !removed.contains(index) { entries.append((index, draft)) }
        }
        entries += pending.map { (nil, $0) }
        var newIndex: [Int: Int] = [:]
        for (position, entry) in entries.enumerated() {
            if let old = entry.old { newIndex[old] = position }
        }
        return entries.map { entry in
            var draft = entry.draft
            draft.nestedIn = draft.nestedIn.flatMap { newIndex[$0] }
            return draft
        }
    }
}

/// The tokens some claims cover, as a mask over token positions: `Set(claimed.flatMap { $0.flatMap { $0 } })`
/// without hashing every covered token of the article.
struct TokenMask {
    private var covered: [Bool] = []

    init(_ claimed: [[Range<Int>]]) {
        for ranges in claimed {
            for range in ranges where !range.isEmpty {
                if range.upperBound > covered.count { covered += Array(repeating: false, count: range.upperBound - covered.count) }
                for index in range where index >= 0 { covered[index] = true }
            }
        }
    }

    func contains(_ index: Int) -> Bool {
        index >= 0 && index < covered.count && covered[index]
    }
}
