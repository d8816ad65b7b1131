import Testing
@testable import Zitat

/// The quotations of `text`, each as "depth:content", with "+" when unclosed and "→n" when it continues quotation n.
func quotesForTest(_ text: String) throws -> [String] {
    let (document, segmentation) = try segmentForTest(text)
    return QuotationFinder().quotations(in: document, segmentation: segmentation).map { quote in
        "\(quote.depth):\(document.text(quote.content))" + (quote.close == nil ? "+" : "") + (quote.continues.map { "→\($0)" } ?? "")
    }
}

@Suite struct QuotationTests {
    /// Hand-written German lines and the quotations they hold.
    static let cases: [(text: String, quotes: [String])] = [
        ("Er sagte: „Das ist gut.“ Dann ging er.", ["0:Das ist gut."]),
        ("„Wer ist das?“, fragte er.", ["0:Wer ist das?"]),
        ("Sie nannte es „großartig”, sagte sie.", ["0:großartig"]),
        ("Er sagte: „Das ist ‚gut‘.“", ["0:Das ist ‚gut‘.", "1:gut"]),
        ("Er sagte: ‚Nein’, und ging.", ["0:Nein"]),
        ("Der Titel lautet »Krieg und Frieden«.", ["0:Krieg und Frieden"]),
        ("Der Titel lautet «Krieg und Frieden».", ["0:Krieg und Frieden"]),
        ("»Er rief ›Halt‹ und lief.«", ["0:Er rief ›Halt‹ und lief.", "1:Halt"]),
        ("The president said “we will win” today.", ["0:we will win"]),
        ("She said ‘no’ twice.", ["0:no"]),
        (#"Er nannte ihn einen "Killer". Das sei "ungerechtfertigt, ungeklärt", hieß es."#, ["0:Killer", "0:ungerechtfertigt, ungeklärt"]),
        (#""Als Reaktion haben wir Maßnahmen ergriffen", sagte er."#, ["0:Als Reaktion haben wir Maßnahmen ergriffen"]),
        (#"„Er nannte ihn "Killer" und ging“, hieß es."#, [#"0:Er nannte ihn "Killer" und ging"#, "1:Killer"]),
        (#"„Das ist gut", sagte er."#, ["0:Das ist gut"]),
        ("„Wir kommen. Wir bleiben. Wir siegen“, sagte er.", ["0:Wir kommen. Wir bleiben. Wir siegen"]),
        ("Das ist Bush’ Politik, und so geht’s nicht weiter.", []),
        ("Don't say it's Bush' fault.", []),
        ("Ein 15\" Display und ein 3' Kabel.", []),
        ("In den '90ern war das anders.", []),
        ("Er sagte ‚Hallo‘ und ‚Tschüss‘.", ["0:Hallo", "0:Tschüss"]),
        ("Er meinte, ‚ so ging es nicht.", []),
        ("Stray closing marks“ and ” and « here.", ["0: here.+"]),
        ("„Offen bis zum Ende", ["0:Offen bis zum Ende+"]),
        ("„Ein ‚innen offen“ und fertig.", ["0:Ein ‚innen offen", "1:innen offen+"]),
        ("„Er nannte es “Unsinn” und ging.“", ["0:Er nannte es “Unsinn” und ging.", "1:Unsinn"]),
    ]

    @Test(arguments: cases)
    func pairsMarks(_ example: (text: String, quotes: [String])) throws {
        #expect(try quotesForTest(example.text) == example.quotes, "\(example.text)")
    }

    @Test func continuesOverParagraphs() throws {
        let text = "„Wir kommen.\n„Und wir bleiben.\n\n„Und wir siegen“, sagte er.\nDann „ging er\nweg."
        #expect(try quotesForTest(text) == [
            "0:Wir kommen.+", "0:Und wir bleiben.+→0", "0:Und wir siegen→0", "0:ging er+",
        ])
    }

    @Test func unclosedQuoteNeverLeavesItsParagraph() throws {
        let (document, segmentation) = try segmentForTest("Er sagte „Hallo.\nDer nächste Absatz ist „normal“.")
        let quotes = QuotationFinder().quotations(in: document, segmentation: segmentation)
        #expect(quotes.count == 2)
        #expect(quotes[0].close == nil && quotes[0].content.end == segmentation.paragraphs[0].span.end)
        #expect(quotes[0].continues == nil && quotes[1].continues == nil)
        #expect(quotes.map(\.open.start) == quotes.map(\.open.start).sorted())
        #expect(quotes[0].outer == Span(quotes[0].open.start, segmentation.paragraphs[0].span.end))
    }

    @Test func asciiMarksTogglePerParagraph() throws {
        #expect(try quotesForTest("Er sagte \" offen\nUnd \"hier\" zu.") == ["0: offen+", "0:hier"])
    }
}
