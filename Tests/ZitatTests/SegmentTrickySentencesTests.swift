import Foundation
import Testing
@testable import Zitat

/// One line of the tricky set: its text and the sentences it must split into.
struct TrickyCase: Sendable, CustomStringConvertible {
    var sentences: [String]
    var text: String { sentences.joined(separator: " ") }
    var description: String { sentences.first ?? "" }

    /// The cases of `Tests/Fixtures/sentences-tricky.txt` (blocks apart by blank lines, one sentence a line).
    static func load() throws -> [TrickyCase] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/sentences-tricky.txt")
        let text = try String(contentsOf: url, encoding: .utf8)
        var cases: [TrickyCase] = []
        var block: [String] = []
        for line in text.components(separatedBy: "\n") + [""] {
            if line.hasPrefix("#") { continue }
            if line.trimmingCharacters(in: .whitespaces).isEmpty {
                if !block.isEmpty { cases.append(TrickyCase(sentences: block)) }
                block = []
            } else {
                block.append(line)
            }
        }
        return cases
    }

    /// Boundary errors of `spans` against the expected sentences: missed plus spurious breaks.
    func errors(_ spans: [Span], in document: Document) -> Int {
        var expected: Set<Int> = []
        var offset = 0
        for sentence in sentences.dropLast() {
            offset += sentence.unicodeScalars.count
            expected.insert(offset)
            offset += 1
        }
        let found = Set(spans.dropLast().map(\.end))
        return expected.symmetricDifference(found).count
    }
}

@Suite struct SegmentTrickySentencesTests {
    static let rules = Result { try RuleSet.load(directory: RuleSet.checkoutDirectory).abbreviations }

    @Test func repairBeatsRawICU() throws {
        let cases = try TrickyCase.load()
        let segmenter = Segmenter(rules: try Self.rules.get())
        var icuErrors = 0
        var ourErrors = 0
        var report: [String] = []
        for trickyCase in cases {
            let document = Document(id: "tricky", text: trickyCase.text)
            icuErrors += trickyCase.errors(Segmenter.icuSentenceSpans(in: document.scalars), in: document)
            let spans = segmenter.segment(document).sentences.map(\.span)
            let errors = trickyCase.errors(spans, in: document)
            ourErrors += errors
            if errors > 0 { report.append(spans.map { document.text($0) }.joined(separator: " | ")) }
        }
        print("tricky set: \(cases.count) lines, raw ICU \(icuErrors) boundary errors, Zitat \(ourErrors)")
        for line in report { print("  wrong: \(line)") }
        #expect(cases.count >= 50)
        #expect(ourErrors <= 3, "\(report.joined(separator: "\n"))")
        #expect(icuErrors >= ourErrors + 10)
    }
}
