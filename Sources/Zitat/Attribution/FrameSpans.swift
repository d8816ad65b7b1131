/// Stage: the frame as a claim reports it. A frame is the rest of the sentence its cue stands in:
/// every word of that sentence that is no claim's content ("Der Minister sagte am Montag in Berlin, …",
/// "…, so der Minister, …", "Er forderte einen „…“" for the quote in it), without the sentence's
/// closing punctuation. The drafts keep the cue's own clause (`Frame.tokens`), which later stages
/// read; this is only what a claim shows and scores.
extension TextView {
    /// The frame tokens of each draft, as runs of tokens, in the drafts' order.
    func reportedFrames(of drafts: [DraftClaim]) -> [[Range<Int>]] {
        var contentBySentence: [Int: [Range<Int>]] = [:]
        for draft in drafts {
            for range in contentRanges(of: draft) {
                for sentence in Set(range.map { tokens[$0].sentence }) {
                    contentBySentence[sentence, default: []].append(range)
                }
            }
        }
        return drafts.map { draft in
            guard hasFrame(draft) else { return [] }
            let cueTokens = draft.frame.cue?.tokens ?? []
            let sentences = Set((draft.frame.tokens.flatMap { Array($0) } + cueTokens).map { tokens[$0].sentence })
            var runs: [Range<Int>] = []
            for sentence in sentences.sorted() {
                let contents = contentBySentence[sentence] ?? []
                var start: Int?
                let words = contentTokens(ofSentence: sentence)
                // The claim's own cue and frame words stay, though another claim's content holds them
                // ("Laut Polizei habe es …, von dem laut Polizei … worden sein soll").
                let own = draft.frame.tokens + cueTokens.map { $0..<($0 + 1) }
                for index in words.lowerBound..<(words.upperBound + 1) {
                    let free = index < words.upperBound && !ignored[index]
                        && (!contents.contains { $0.contains(index) } || own.contains { $0.contains(index) })
                    if free, start == nil { start = index }
                    if !free, let first = start {
                        runs.append(first..<index)
                        start = nil
                    }
                }
            }
            return runs
        }
    }

    /// The cue's tokens as a claim shows them: a verb's with the words of its clause its sense needs
    /// (`cueWords`: "bezeichnete … als", "mit den Worten"), which detection does not read.
    func reportedCue(of draft: DraftClaim) -> [Int] {
        guard let cue = draft.frame.cue else { return [] }
        guard cue.entry.kind == .verb else { return cue.tokens }
        let sentence = contentTokens(ofSentence: tokens[cue.anchor].sentence)
        guard sentence.contains(cue.anchor) else { return cue.tokens }
        var left = cue.tokens.min() ?? cue.anchor
        while left > sentence.lowerBound, !isClauseSeparator(left - 1) { left -= 1 }
        var right = (cue.tokens.max() ?? cue.anchor) + 1
        while right < sentence.upperBound, !isClauseSeparator(right) { right += 1 }
        return Set(cue.tokens + cueWords(of: cue, clause: left..<right, tokens: Set(cue.tokens))).sorted()
    }

    /// Whether the claim shows a frame: direct and indirect speech with a cue or frame words of its
    /// own; a speech act or a continuation has none (what frames it is its content or an earlier sentence).
    private func hasFrame(_ draft: DraftClaim) -> Bool {
        guard draft.type == .direct || draft.type == .indirect else { return false }
        return !draft.frame.tokens.isEmpty || draft.frame.cue != nil
    }

    /// The tokens a claim's content covers, a direct quote with its quotation marks.
    private func contentRanges(of draft: DraftClaim) -> [Range<Int>] {
        guard draft.type == .direct, draft.contentSpans != nil else { return draft.content }
        // Each part with the quotation marks around it (both parts of "„…“, sagte sie, „…“").
        return draft.content.map { range in
            let lower = range.lowerBound > 0 && isQuoteMark[range.lowerBound - 1] ? range.lowerBound - 1 : range.lowerBound
            let upper = range.upperBound < tokens.count && isQuoteMark[range.upperBound] ? range.upperBound + 1 : range.upperBound
            return lower..<upper
        }
    }
}

extension TextView {
    /// A partial quote in a continuation ("Er sagte, … . Es gehe um „ein Signal“.") has the cue and
    /// frame of the claim that introduced its speaker: a continuation has none of its own. So has a
    /// quote that goes on after a framed quote of the same speaker ("„…“, sagte sie. „…“").
    func inheritingFrames(_ drafts: [DraftClaim]) -> [DraftClaim] {
        var result = drafts
        for index in result.indices where result[index].frame.cue == nil {
            let goesOn = result[index].type == .direct && result[index].frame.speakerSieve?.hasPrefix("continuation") == true
            guard result[index].nestedIn != nil || goesOn, let speaker = result[index].frame.speaker else { continue }
            let origin = result[..<index].lastIndex { other in
                other.frame.cue != nil && other.frame.speaker == speaker && (other.type == .direct || other.type == .indirect)
            }
            if let origin, !goesOn || result[origin].type == .direct {
                result[index].frame.cue = result[origin].frame.cue
                result[index].frame.tokens = result[origin].frame.tokens
            }
        }
        return result
    }
}
