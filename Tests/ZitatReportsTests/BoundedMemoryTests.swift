import Foundation
import Testing
@testable import Zitat
@testable import ZitatReports

/// What the report keeps stays bounded as the corpus grows; what it drops is still counted.
@Suite struct BoundedMemoryTests {
    static let sources = [ReportSource(id: "Washington", name: "Washington")]

    /// An article with one claim of a speaker of its own (no chosen source).
    static func article(_ number: Int, outlet: String? = nil) -> ReportDocument {
        let speaker = "Sprecherin \(number)"
        return ReportDocument(id: "n\(number)", date: "2022-01-\(String(format: "%02d", number % 28 + 1))", outlet: outlet, claims: [
            ReportClaim(id: 1, type: .indirect, text: "Die Lage sei ruhig", start: 0, end: 18, speaker: speaker, speakerCanonical: speaker,
                        group: ReportAccumulator.speakerPrefix + speaker, rule: "test"),
        ])
    }

    @Test func manySpeakersAreDroppedButCounted() {
        var accumulator = ReportAccumulator(sources: Self.sources, ruleTopics: [])
        let articles = ReportAccumulator.speakerCapacity + 2_000
        for number in 0..<articles { accumulator.add(Self.article(number)) }
        let report = accumulator.report(title: "viele")
        let listed = report.groups.filter { !$0.isSource }
        #expect(listed.count <= ReportAccumulator.speakerCapacity)
        #expect(report.droppedSpeakers.keys > 0)
        #expect(listed.reduce(0) { $0 + $1.total } + report.droppedSpeakers.claims == articles)
        #expect(report.documents.count == report.limits.indexEntries)
        // The speakers far from the page's list keep no example claims.
        // (One claim an article: after the last trim, only the claims since then are kept besides those.)
        #expect(listed.filter { !$0.claims.isEmpty }.count <= report.limits.speakersShown * 4 + articles % ReportAccumulator.trimEvery)
        // The timeline and the outlets come from per-day counts, not from the (cut) index.
        #expect(report.days.count == 28 && report.days.reduce(0) { $0 + $1.articles } == articles)
        let html = HTMLReport.render(report)
        #expect(html.contains("Die Übersicht nennt die ersten 2000 von \(articles) Artikeln"))
        #expect(html.contains("weitere Sprecher mit"))
    }

    /// Outlets past the capacity are dropped (those of fewest articles) and their claims counted as
    /// claims, not as articles: each article here has two claims.
    @Test func droppedOutletsCountTheirClaims() {
        var accumulator = ReportAccumulator(sources: Self.sources, ruleTopics: [])
        let articles = ReportAccumulator.outletCapacity + 1
        for number in 0..<articles {
            var document = Self.article(number, outlet: "Blatt \(number)")
            document.claims.append(document.claims[0])
            accumulator.add(document)
        }
        let report = accumulator.report(title: "Medien")
        #expect(report.droppedOutlets.keys == articles - ReportAccumulator.outletCapacity * 3 / 4)
        #expect(report.droppedOutlets.claims == 2 * report.droppedOutlets.keys)
        #expect(report.outlets.count + report.droppedOutlets.keys == articles)
        #expect(report.outlets.reduce(0) { $0 + $1.counts.reduce(0, +) } + report.droppedOutlets.claims == 2 * articles)
    }

    @Test func tablesArePrunedByWeightKeepingTheLargest() {
        var table = Dictionary(uniqueKeysWithValues: (0..<100).map { ("k\($0)", $0) })
        let dropped = BoundedTable.prune(&table, keep: 10) { $0 }
        #expect(table.count == 10 && table.values.min() == 90)
        #expect(dropped.count == 90 && dropped.reduce(0, +) == (0..<90).reduce(0, +))
    }

    /// The folder writes its article index a page of 500 at a time while the corpus streams by.
    @Test func folderIndexIsWrittenAsArticlesCome() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("zitat-index-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let site = try HTMLSite(directory: directory.path, sources: Self.sources)
        var index = SiteIndex(site: site)
        for number in 0..<1_001 {
            try index.add(Self.article(number), position: number)
            // Page 1 is on disk once the 501st article shows there is a page 2.
            if number == 500 { #expect(FileManager.default.fileExists(atPath: directory.appendingPathComponent("artikel-1.html").path)) }
        }
        #expect(index.pending.count <= HTMLSite.articlesPerPage)
        try index.finish()
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        #expect(Set(["artikel-1.html", "artikel-2.html", "artikel-3.html", "zitat.css", "zitat.js"]).isSubset(of: Set(names)))
        let second = try String(contentsOf: directory.appendingPathComponent("artikel-2.html"), encoding: .utf8)
        #expect(second.contains("href=\"artikel-1.html\" rel=\"prev\"") && second.contains("href=\"artikel-3.html\" rel=\"next\""))
        #expect(second.contains("<a href=\"a00501.html\">n500</a>"))
        let last = try String(contentsOf: directory.appendingPathComponent("artikel-3.html"), encoding: .utf8)
        #expect(!last.contains("rel=\"next\""))
    }
}
