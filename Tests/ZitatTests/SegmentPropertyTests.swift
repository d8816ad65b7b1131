import Testing
@testable import Zitat

/// A small seeded random generator (SplitMix64), so every run checks the same inputs.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}

/// Invariants of segmentation and quotation pairing over arbitrary text.
@Suite struct SegmentPropertyTests {
    static let rules = Result { try RuleSet.load(directory: RuleSet.checkoutDirectory).abbreviations }

    /// Pieces that stress the rules: marks, line ends, abbreviations, ordinals, emoji, combining marks.
    static let fragments: [String] = [
        " ", " ", " ", "  ", "\n", "\n\n", "\r\n", "\r", "\u{2028}", "\u{2029}", "\u{85}", "\u{A0}", "\u{200B}", "\t",
        ".", ". ", "!", "?", "?“", "…", "...", ":", ";", ",", "-", "–", "—", "(", ")", "[", "]", "/",
        "„", "“", "”", "‚", "‘", "’", "»", "«", "›", "‹", "\"", "'", "″",
        "Dr.", "z. B.", "z.B.", "u. a.", "usw.", "Art.", "Goethestr.", "Mio.", "22.", "3,5", "9.000", "15:26",
        "April", "Jahrhundert", "W.", "J.P.", "US-Präsident", "Ein-", "und", "sagte", "er", "Die", "NATO",
        "verschwunden.Der", "www.example.de", "https://x.de/a?b=1", "2014", "1.",
        "👋", "👨‍👩‍👧", "👍🏽", "🇩🇪", "e\u{301}", "\u{301}", "\u{FE0F}", "ß", "İ", "ﬁ", "中文", "عربى",
    ]

    /// A random text of fragments and arbitrary scalars (no surrogates, no unassigned planes).
    static func randomText(_ generator: inout SeededGenerator) -> String {
        var text = ""
        for _ in 0..<Int.random(in: 0...120, using: &generator) {
            if Int.random(in: 0..<5, using: &generator) == 0 {
                let value = Bool.random(using: &generator)
                    ? UInt32.random(in: 0x20...0xD7FF, using: &generator)
                    : UInt32.random(in: 0xE000...0x10FFFF, using: &generator)
                if let scalar = Unicode.Scalar(value) { text.unicodeScalars.append(scalar) }
            } else {
                text += fragments.randomElement(using: &generator) ?? ""
            }
        }
        return text
    }

    @Test(arguments: 0..<8)
    func invariantsHold(batch: Int) throws {
        let segmenter = Segmenter(rules: try Self.rules.get())
        var generator = SeededGenerator(state: UInt64(batch) &* 7919 &+ 17)
        for _ in 0..<60 {
            let document = Document(id: "random", text: Self.randomText(&generator))
            let segmentation = segmenter.segment(document)
            let quotations = QuotationFinder().quotations(in: document, segmentation: segmentation)
            check(segmentation, quotations, in: document)
            let again = segmenter.segment(document)
            #expect(again.paragraphs == segmentation.paragraphs)
            #expect(again.sentences == segmentation.sentences)
            #expect(again.tokens == segmentation.tokens)
            #expect(QuotationFinder().quotations(in: document, segmentation: again) == quotations)
        }
    }

    func check(_ segmentation: Segmentation, _ quotations: [Quotation], in document: Document) {
        let count = document.scalars.count
        let text = document.text.debugDescription
        var previousEnd = 0
        var nextSentence = 0
        for paragraph in segmentation.paragraphs {
            #expect(paragraph.span.start >= previousEnd && paragraph.span.end <= count && !paragraph.span.isEmpty, "\(text)")
            let breaksLine = document.scalars[paragraph.span.start..<paragraph.span.end].contains { $0.isLineSeparator }
            #expect(!breaksLine, "\(text)")
            #expect(paragraph.sentences.lowerBound == nextSentence, "\(text)")
            previousEnd = paragraph.span.end
            nextSentence = paragraph.sentences.upperBound
        }
        #expect(nextSentence == segmentation.sentences.count, "\(text)")
        previousEnd = 0
        var nextToken = 0
        for (index, sentence) in segmentation.sentences.enumerated() {
            let paragraph = segmentation.paragraphs[sentence.paragraph]
            #expect(paragraph.sentences.contains(index), "\(text)")
            #expect(paragraph.span.contains(sentence.span) && !sentence.span.isEmpty && sentence.span.start >= previousEnd, "\(text)")
            #expect(!document.scalars[sentence.span.start].isSpaceLike && !document.scalars[sentence.span.end - 1].isSpaceLike, "\(text)")
            #expect(sentence.tokens.lowerBound == nextToken, "\(text)")
            previousEnd = sentence.span.end
            nextToken = sentence.tokens.upperBound
            for token in segmentation.tokens[sentence.tokens] {
                #expect(token.sentence == index && sentence.span.contains(token.span) && !token.span.isEmpty, "\(text)")
            }
        }
        #expect(nextToken == segmentation.tokens.count, "\(text)")
        for (previous, token) in zip(segmentation.tokens, segmentation.tokens.dropFirst()) {
            #expect(previous.span.end <= token.span.start, "\(text)")
        }
        for token in segmentation.tokens { #expect(document.text(token.span) == token.text, "\(text)") }
        for (index, quote) in quotations.enumerated() {
            #expect(quote.open.end <= quote.content.start && quote.content.end <= count && quote.depth >= 0, "\(text)")
            if let close = quote.close { #expect(quote.content.end == close.start && close.end <= count, "\(text)") }
            let inParagraph = segmentation.paragraphs.contains { $0.span.contains(quote.outer) }
            #expect(inParagraph, "\(text)")
            if let first = quote.continues { #expect(first < index && quotations[first].continues == nil, "\(text)") }
            if index > 0 { #expect(quotations[index - 1].open.start < quote.open.start, "\(text)") }
        }
    }
}
