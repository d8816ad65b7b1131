import Testing
@testable import Zitat

/// Segments `text` with the checkout's abbreviation rules.
func segmentForTest(_ text: String) throws -> (Document, Segmentation) {
    let rules = try RuleSet.load(directory: RuleSet.checkoutDirectory)
    let document = Document(id: "test", text: text)
    return (document, Segmenter(rules: rules.abbreviations).segment(document))
}

/// The text of each sentence.
func sentenceTexts(_ text: String) throws -> [String] {
    let (document, segmentation) = try segmentForTest(text)
    return segmentation.sentences.map { document.text($0.span) }
}

@Suite struct SegmenterTests {
    @Test func splitsParagraphsAndSentences() throws {
        let (document, segmentation) = try segmentForTest("  Das sagte er. Die NATO widersprach.\r\n\n  Dr. Müller kam am 22. April.  \n")
        #expect(segmentation.paragraphs.count == 2)
        #expect(segmentation.sentences.map { document.text($0.span) } == [
            "Das sagte er.", "Die NATO widersprach.", "Dr. Müller kam am 22. April.",
        ])
        #expect(segmentation.sentences.map(\.paragraph) == [0, 0, 1])
        #expect(segmentation.paragraphs.map(\.sentences) == [0..<2, 2..<3])
        #expect(document.text(segmentation.paragraphs[1].span) == "Dr. Müller kam am 22. April.")
    }

    @Test func emptyDocumentHasNoSegments() throws {
        let (_, segmentation) = try segmentForTest(" \n\n ")
        #expect(segmentation.paragraphs.isEmpty && segmentation.sentences.isEmpty && segmentation.tokens.isEmpty)
    }

    @Test func tokensKnowTheirSentence() throws {
        let (document, segmentation) = try segmentForTest("Der US-Präsident kam. Er sprach z.B. über 3,5 Mio. Euro um 15:26 Uhr.")
        #expect(segmentation.tokens.map(\.text) == [
            "Der", "US-Präsident", "kam", ".", "Er", "sprach", "z.B.", "über", "3,5", "Mio.", "Euro", "um", "15:26", "Uhr", ".",
        ])
        #expect(segmentation.tokens.map(\.sentence) == [0, 0, 0, 0] + Array(repeating: 1, count: 11))
        for token in segmentation.tokens { #expect(document.text(token.span) == token.text) }
        for (index, sentence) in segmentation.sentences.enumerated() {
            #expect(segmentation.tokens[sentence.tokens].allSatisfy { $0.sentence == index })
        }
    }

    /// Repairs that the tricky set (joined by single spaces) cannot express.
    static let repairs: [(text: String, sentences: [String])] = [
        ("Er ist verschwunden.Der Deutsche wird gesucht.", ["Er ist verschwunden.", "Der Deutsche wird gesucht."]),
        ("Siehe https://x.de/a?b=1&c=Neu für Details.", ["Siehe https://x.de/a?b=1&c=Neu für Details."]),
        ("Es gab die Varianten 3, 5 und 7.", ["Es gab die Varianten 3, 5 und 7."]),
        ("Er kam.  \t Sie ging.", ["Er kam.", "Sie ging."]),
        ("„Wer ist das?“ fragte er.", ["„Wer ist das?“ fragte er."]),
        ("Kommt er?Die Antwort ist offen.", ["Kommt er?", "Die Antwort ist offen."]),
        ("1. Die Regierung tritt zurück.", ["1. Die Regierung tritt zurück."]),
        ("Er sagte \u{201E}Ja.\u{201C}\r\nSie nickte.", ["Er sagte „Ja.“", "Sie nickte."]),
        ("Die Sitzung wurde vertagt … Eine Entscheidung fällt im Mai.", ["Die Sitzung wurde vertagt …", "Eine Entscheidung fällt im Mai."]),
    ]

    @Test(arguments: repairs)
    func repairsICU(_ example: (text: String, sentences: [String])) throws {
        #expect(try sentenceTexts(example.text) == example.sentences)
    }
}
