import Foundation
import Testing
import Zitat
@testable import ZitatReports

/// The project's shared material (`../shared` beside the checkout), absent in some CI setups.
enum Shared {
    static let checkout = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let directory = checkout.deletingLastPathComponent().appendingPathComponent("shared")
    static let seedArticle = directory.appendingPathComponent("seed/article.txt")
    static let seedExpected = directory.appendingPathComponent("seed/expected.json")
    static var available: Bool { FileManager.default.fileExists(atPath: seedArticle.path) }
    static let skipNote: Comment = "skipped: ../shared/seed (beside the checkout) is absent"
}

/// The seed article's report: the analyzer's output pinned as CSV, and the report of the claims
/// `expected.json` says it must yield (placed in the text by hand), which shows what the page should be.
@Suite struct SeedTests {
    static func rules() throws -> RuleSet { try RuleSet.load(directory: RuleSet.checkoutDirectory) }

    @Test(.enabled(if: Shared.available, Shared.skipNote))
    func seedCSVGolden() throws {
        let rules = try Self.rules()
        let document = try Document.load(path: Shared.seedArticle.path)
        let builder = try ReportBuilder(rules: rules)
        let report = builder.document(Analyzer(rules: rules).analyze(document))
        try Golden.check("seed-article.csv", CSVReport.render([report]))
    }

    /// The expected claims as an analysis: each quote, speaker and cue found in the text.
    static func expectedAnalysis() throws -> (Document, Analysis) {
        let document = try Document.load(path: Shared.seedArticle.path)
        let data = try Data(contentsOf: Shared.seedExpected)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let items = try #require(object["claims"] as? [[String: Any]])
        let scalars = document.scalars
        func find(_ needle: String, near: Int? = nil) -> Span? {
            let target = Array(needle.unicodeScalars)
            guard !target.isEmpty, scalars.count >= target.count else { return nil }
            var best: Span?
            for start in 0...(scalars.count - target.count) where scalars[start] == target[0] && Array(scalars[start..<start + target.count]) == target {
                let span = Span(start, start + target.count)
                guard let near else { return span }
                if best == nil || abs(span.start - near) < abs(best!.start - near) { best = span }
            }
            return best
        }
        var claims: [Claim] = []
        for (index, item) in items.enumerated() {
            guard let quote = item["quote"] as? String, let quoteSpan = find(quote) else { continue }
            let type = ClaimType(rawValue: item["type"] as? String ?? "") ?? .indirect
            let speakerText = item["speaker"] as? String
            let cueText = item["cue"] as? String
            let speaker = speakerText.flatMap { text in find(text, near: quoteSpan.start).map { Speaker(text: text, spans: [$0], canonical: text) } }
            let cue = cueText.flatMap { text in
                let words = text.split(separator: " ").map(String.init)
                let spans = words.compactMap { find($0, near: quoteSpan.start) }
                return spans.isEmpty ? nil : Cue(text: text, spans: spans)
            }
            claims.append(Claim(
                id: index + 1, type: type, text: quote, spans: [quoteSpan], cue: cue, speaker: speaker,
                source: item["source"] as? String, rule: "expected.json:\(item["id"] as? String ?? "?")"
            ))
        }
        return (document, Analysis(document: document.info, claims: claims, ignored: []))
    }

    @Test(.enabled(if: Shared.available, Shared.skipNote))
    func expectedClaimsCompareTheSidesOnTroopBuildUp() throws {
        let rules = try Self.rules()
        let (document, analysis) = try Self.expectedAnalysis()
        #expect(analysis.claims.count >= 25)
        let builder = try ReportBuilder(rules: rules)
        var accumulator = ReportAccumulator(sources: builder.sources, ruleTopics: builder.tagger.topics)
        accumulator.add(builder.document(analysis), text: document.text)
        let report = accumulator.report(title: "Beispielartikel (seed)")
        let troops = try #require(report.matrix.first { $0.topic.id == "troop-buildup" })
        #expect(troops.isComparison)
        #expect(troops.cells.filter { $0.total > 0 }.map(\.column).sorted() == ["Kremlin", "NATO", "Washington"])
        #expect(report.groups.first { $0.key == "Washington" }?.total ?? 0 >= 10)
        // Writes the page for a look in a browser (reports/scripts/screenshot.sh) when asked.
        if let directory = ProcessInfo.processInfo.environment["ZITAT_PREVIEW_DIR"] {
            try Data(HTMLReport.render(report).utf8).write(to: URL(fileURLWithPath: directory).appendingPathComponent("seed-expected.html"))
        }
    }
}
