import Testing
@testable import Zitat

/// Tokens: words, numbers and marks, with German compounds, numbers and abbreviations kept whole.
@Suite struct SegmentTokenTests {
    static let cases: [(text: String, tokens: [String])] = [
        ("Der US-Präsident kritisierte den Ukraine-Konflikt.", ["Der", "US-Präsident", "kritisierte", "den", "Ukraine-Konflikt", "."]),
        ("NATO-Kritik am Nord-Süd-Gefälle", ["NATO-Kritik", "am", "Nord-Süd-Gefälle"]),
        ("Ein- und Ausreise", ["Ein-", "und", "Ausreise"]),
        ("Es kamen 9.000 Menschen, 3,5 Prozent mehr.", ["Es", "kamen", "9.000", "Menschen", ",", "3,5", "Prozent", "mehr", "."]),
        ("Am 22. April um 15:26 Uhr", ["Am", "22", ".", "April", "um", "15:26", "Uhr"]),
        ("Das gilt z.B. und z. B. für Dr. Müller.", ["Das", "gilt", "z.B.", "und", "z.", "B.", "für", "Dr.", "Müller", "."]),
        ("George W. Bush und J.P. Morgan", ["George", "W.", "Bush", "und", "J.P.", "Morgan"]),
        ("Sie wohnt in der Goethestr. 5.", ["Sie", "wohnt", "in", "der", "Goethestr.", "5", "."]),
        ("Das endete 2:1 (1:0) – gut!", ["Das", "endete", "2:1", "(", "1:0", ")", "–", "gut", "!"]),
        ("SPD-Krise: Auch", ["SPD-Krise", ":", "Auch"]),
        ("Er verschwand.Der Rest", ["Er", "verschwand", ".", "Der", "Rest"]),
        ("Kosten: 5 € 👍", ["Kosten", ":", "5", "€", "👍"]),
    ]

    @Test(arguments: cases)
    func splitsTokens(_ example: (text: String, tokens: [String])) throws {
        let (_, segmentation) = try segmentForTest(example.text)
        #expect(segmentation.tokens.map(\.text) == example.tokens)
    }

    @Test func tokenKinds() throws {
        let (_, segmentation) = try segmentForTest("Am 22. April kamen 3,5 Mio. Menschen – 👍 € „ja“")
        let kinds = Dictionary(segmentation.tokens.map { ($0.text, $0.kind) }, uniquingKeysWith: { first, _ in first })
        #expect(kinds["Am"] == .word && kinds["Mio."] == .word)
        #expect(kinds["22"] == .number && kinds["3,5"] == .number)
        #expect(kinds["."] == .punctuation && kinds["–"] == .punctuation && kinds["„"] == .punctuation)
        #expect(kinds["👍"] == .symbol && kinds["€"] == .symbol)
    }

    /// A long article keeps every sentence (speed is measured by the benchmark, not here).
    @Test func segmentsLongArticle() throws {
        let paragraph = """
            Der russische Truppenaufmarsch entlang der Grenze zur Ukraine sei der größte seit 2014, \
            erklärte Generalsekretär Jens Stoltenberg am 13. April in Brüssel. „Wir sind besorgt“, \
            sagte er. Russland habe z. B. Tausende Soldaten verlegt, u. a. 3,5 Mio. Tonnen Material.
            """
        let text = Array(repeating: paragraph, count: 130).joined(separator: "\n\n")
        let rules = try RuleSet.load(directory: RuleSet.checkoutDirectory).abbreviations
        let document = Document(id: "long", text: text)
        let segmenter = Segmenter(rules: rules)
        let segmentation = segmenter.segment(document)
        let quotations = QuotationFinder().quotations(in: document, segmentation: segmentation)
        let words = segmentation.tokens.filter { $0.kind != .punctuation }.count
        #expect(words >= 5_000)
        #expect(segmentation.sentences.count == 390)
        #expect(quotations.count == 130)
    }
}
