/// Splits a document into paragraphs, sentences and tokens.
///
/// Needs the document's scalars and the abbreviation rules; adds the `Segmentation` every later
/// stage reads. Sentences come from ICU's plain `de` rules, repaired by `SentenceRepair`.
public struct Segmenter: Sendable {
    public let rules: AbbreviationRules

    /// The most tokens a sentence may have; a longer run of text (a list or table without full
    /// stops, a 1 MB line of words) is cut into sentences of this many tokens. Real sentences stay
    /// far below it (the longest in the Wikinews and 10kGNAD corpora has 365 tokens).
    public static let maxSentenceTokens = 1_000

    public init(rules: AbbreviationRules) {
        self.rules = rules
    }

    /// Segments the whole document; never fails (text ICU cannot handle becomes one sentence).
    public func segment(_ document: Document) -> Segmentation {
        let scalars = document.scalars
        let paragraphSpans = Segmenter.paragraphSpans(in: scalars)
        guard !paragraphSpans.isEmpty else { return Segmentation(paragraphs: [], sentences: [], tokens: []) }
        let pieces = Tokenizer(rules: rules, scalars: scalars).pieces()
        let candidates = ICU.boundaries(.sentence, in: scalars[...]).map(\.offset)
        let repair = SentenceRepair(rules: rules, scalars: scalars, pieces: pieces)

        var paragraphs: [Paragraph] = []
        var sentences: [Sentence] = []
        var tokens: [Token] = []
        tokens.reserveCapacity(pieces.count)
        var candidateIndex = 0
        var pieceIndex = 0
        for paragraph in paragraphSpans {
            // ICU's breaks strictly inside this paragraph.
            while candidateIndex < candidates.count, candidates[candidateIndex] <= paragraph.start { candidateIndex += 1 }
            var inner: [Int] = []
            while candidateIndex < candidates.count, candidates[candidateIndex] < paragraph.end {
                inner.append(candidates[candidateIndex])
                candidateIndex += 1
            }
            let firstSentence = sentences.count
            for span in repair.sentenceSpans(in: paragraph, candidates: inner) {
                var start = span.start
                var firstToken = tokens.count
                while pieceIndex < pieces.count, pieces[pieceIndex].start < span.start { pieceIndex += 1 }
                while pieceIndex < pieces.count, pieces[pieceIndex].start < span.end {
                    let piece = pieces[pieceIndex]
                    if tokens.count - firstToken == Segmenter.maxSentenceTokens {
                        // Text without sentence punctuation: cut, so that no per-sentence scan grows without bound.
                        sentences.append(Sentence(span: Span(start, tokens[tokens.count - 1].span.end), paragraph: paragraphs.count,
                                                  tokens: firstToken..<tokens.count))
                        start = piece.start
                        firstToken = tokens.count
                    }
                    tokens.append(Token(
                        span: Span(piece.start, piece.end),
                        text: String(scalars: scalars[piece.start..<piece.end]),
                        kind: piece.kind,
                        sentence: sentences.count
                    ))
                    pieceIndex += 1
                }
                sentences.append(Sentence(span: Span(start, span.end), paragraph: paragraphs.count, tokens: firstToken..<tokens.count))
            }
            paragraphs.append(Paragraph(span: paragraph, sentences: firstSentence..<sentences.count))
        }
        return Segmentation(paragraphs: paragraphs, sentences: sentences, tokens: tokens)
    }

    /// ICU's own sentence spans, split at line ends and trimmed, without any repair (for comparison).
    static func icuSentenceSpans(in scalars: [Unicode.Scalar]) -> [Span] {
        let candidates = ICU.boundaries(.sentence, in: scalars[...]).map(\.offset)
        var result: [Span] = []
        for paragraph in paragraphSpans(in: scalars) {
            var start = paragraph.start
            for offset in candidates where offset > paragraph.start && offset < paragraph.end {
                if let span = trimmed(Span(start, offset), in: scalars) { result.append(span) }
                start = offset
            }
            if let span = trimmed(Span(start, paragraph.end), in: scalars) { result.append(span) }
        }
        return result
    }

    /// Lines of text, trimmed of whitespace; blank lines are skipped. `\r\n` counts as one break.
    static func paragraphSpans(in scalars: [Unicode.Scalar]) -> [Span] {
        var result: [Span] = []
        var lineStart = 0
        var index = 0
        while index <= scalars.count {
            if index == scalars.count || scalars[index].isLineSeparator {
                if let span = trimmed(Span(lineStart, index), in: scalars) { result.append(span) }
                lineStart = index + 1
            }
            index += 1
        }
        return result
    }

    /// The span without leading and trailing whitespace, or nil when nothing else is left.
    static func trimmed(_ span: Span, in scalars: [Unicode.Scalar]) -> Span? {
        var start = span.start
        var end = span.end
        while start < end, scalars[start].isSpaceLike { start += 1 }
        while end > start, scalars[end - 1].isSpaceLike { end -= 1 }
        return start < end ? Span(start, end) : nil
    }
}

extension Unicode.Scalar {
    /// Ends a line: LF, CR, NEL, LS, PS, VT or FF.
    var isLineSeparator: Bool {
        switch value {
        case 0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029: true
        default: false
        }
    }

    /// Whitespace or an invisible format or control character, never part of a sentence's edge.
    var isSpaceLike: Bool {
        // ASCII without property lookups: its whitespace and controls are U+0000–U+0020 and U+007F.
        if isASCII { return value <= 0x20 || value == 0x7F }
        if properties.isWhitespace { return true }
        switch properties.generalCategory {
        case .control, .format: return true
        default: return false
        }
    }
}
