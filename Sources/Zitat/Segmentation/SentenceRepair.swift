/// Repairs ICU's sentence breaks inside one paragraph with the rules of `abbreviations.yaml`.
///
/// Drops breaks after abbreviations, initials and ordinals before a month ("am 22. April"), before
/// a lowercase word ("„Wer?“ fragte er"), inside URLs, and after a lone list number ("1.").
struct SentenceRepair {
    let rules: AbbreviationRules
    let scalars: [Unicode.Scalar]
    let pieces: [TokenPiece]

    /// The paragraph's sentence spans (trimmed, in order) from ICU's candidate breaks inside it.
    func sentenceSpans(in paragraph: Span, candidates: [Int]) -> [Span] {
        var spans: [Span] = []
        var start = paragraph.start
        var cursor = firstPiece(atOrAfter: paragraph.start)
        for offset in candidates {
            // `cursor` becomes the first token at or after the break.
            while cursor < pieces.count, pieces[cursor].start < offset { cursor += 1 }
            if keepsBreak(at: offset, next: cursor, sentenceStart: start, paragraph: paragraph),
               let span = Segmenter.trimmed(Span(start, offset), in: scalars) {
                spans.append(span)
                start = offset
            }
        }
        if let span = Segmenter.trimmed(Span(start, paragraph.end), in: scalars) { spans.append(span) }
        return spans
    }

    /// Whether ICU's break at `offset` (before token `next`) stands.
    func keepsBreak(at offset: Int, next: Int, sentenceStart: Int, paragraph: Span) -> Bool {
        let previous = next - 1
        guard previous >= 0, next < pieces.count, pieces[next].start < paragraph.end,
              pieces[previous].end > sentenceStart else { return false }
        let before = pieces[previous]
        let after = pieces[next]
        // A token ICU would cut in two ("z.B.", a compound).
        if before.end > offset { return false }
        if before.isAbbreviation {
            return rules.sentenceEnders.contains(lowercased(before)) && startsCapitalized(after)
        }
        if before.isInitial { return false }
        if isOrdinal(endingAt: previous), rules.ordinalFollowers.contains(lowercased(after)) { return false }
        if startsLowercase(after) { return false }
        // "?b=1" in a URL: a terminator glued to what follows.
        if before.end == after.start, isTerminator(before), after.kind == .word || after.kind == .number { return false }
        // A list number alone ("1. Die Regierung …") or marks without words stay with what follows.
        if !containsWord(from: sentenceStart, to: offset) { return false }
        return true
    }

    /// A period right after a number of at most three digits ("22." but not "2014.").
    func isOrdinal(endingAt index: Int) -> Bool {
        guard index >= 1, isPeriod(pieces[index]) else { return false }
        let number = pieces[index - 1]
        return number.kind == .number && number.end == pieces[index].start
            && number.end - number.start <= 3
            && scalars[number.start..<number.end].allSatisfy { $0.properties.numericType == .decimal }
    }

    func isPeriod(_ piece: TokenPiece) -> Bool {
        piece.end == piece.start + 1 && scalars[piece.start] == "."
    }

    func isTerminator(_ piece: TokenPiece) -> Bool {
        guard piece.end == piece.start + 1 else { return false }
        let scalar = scalars[piece.start]
        return scalar == "." || scalar == "?" || scalar == "!"
    }

    /// A word starting with a lowercase letter and without capitals inside (not "iPhone", "eBay").
    func startsLowercase(_ piece: TokenPiece) -> Bool {
        guard piece.kind == .word, scalars[piece.start].properties.isLowercase else { return false }
        return !scalars[piece.start..<piece.end].contains { $0.properties.isUppercase }
    }

    func startsCapitalized(_ piece: TokenPiece) -> Bool {
        scalars[piece.start].properties.isUppercase
    }

    /// Whether a word token starts in `start..<end`.
    func containsWord(from start: Int, to end: Int) -> Bool {
        var index = firstPiece(atOrAfter: start)
        while index < pieces.count, pieces[index].start < end {
            if pieces[index].kind == .word { return true }
            index += 1
        }
        return false
    }

    /// The index of the first token starting at or after `offset` (binary search).
    func firstPiece(atOrAfter offset: Int) -> Int {
        var low = 0
        var high = pieces.count
        while low < high {
            let middle = (low + high) / 2
            if pieces[middle].start < offset { low = middle + 1 } else { high = middle }
        }
        return low
    }

    func lowercased(_ piece: TokenPiece) -> String {
        String(String.UnicodeScalarView(scalars[piece.start..<piece.end])).lowercased()
    }
}
