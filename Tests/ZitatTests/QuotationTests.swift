import Testing
@testable import Zitat

/// The quotations of `text` as (content, depth, closed, continues).
func quotesForTest(_ text: String) throws -> [(content: String, depth: Int, closed: Bool, continues: Int?)] {
    let (document, segmentation) = try segmentForTest(text)
    return QuotationFinder().quotations(in: document, segmentation: segmentation).map {
        (document.text($0.content), $0.depth, $0.close != nil, $0.continues)
    }
}

@Suite struct QuotationTests {
    @Test func pairsGermanMarks() throws {
        let quotes = try quotesForTest("Er sagte: „Das ist ‚gut‘.“ Dann ging er.")
        #expect(quotes.map(\.content) == ["Das ist ‚gut‘.", "gut"])
        #expect(quotes.map(\.depth) == [0, 1])
        #expect(quotes.map(\.closed) == [true, true])
    }

    @Test func pairsASCIIMarks() throws {
        let quotes = try quotesForTest(#"Er nannte ihn einen "Killer". Das sei "ungerechtfertigt, ungeklärt", hieß es."#)
        #expect(quotes.map(\.content) == ["Killer", "ungerechtfertigt, ungeklärt"])
    }

    @Test func continuesOverParagraphs() throws {
        let quotes = try quotesForTest("„Wir kommen.\n„Und wir bleiben“, sagte er.\nDann „ging er")
        #expect(quotes.map(\.content) == ["Wir kommen.", "Und wir bleiben", "ging er"])
        #expect(quotes.map(\.closed) == [false, true, false])
        #expect(quotes.map(\.continues) == [nil, 0, nil])
    }
}
