import Foundation
import Testing
import Zitat
import ZitatReports

/// Golden dumps: each `Tests/Fixtures/articles/NAME.txt` is analysed and its JSON output
/// (`AnalysisOutput.json`, as `zitat analyze --format json` prints it) must equal
/// `Tests/Fixtures/golden/NAME.json` byte for byte. After an intended change, re-record with
/// `ZITAT_RECORD=1 swift test --filter AnalysisGoldenTests` and review the diff before committing.
@Suite struct AnalysisGoldenTests {
    static let fixtures = Shared.checkout.appendingPathComponent("Tests/Fixtures")
    static let recording = ProcessInfo.processInfo.environment["ZITAT_RECORD"].map { !$0.isEmpty && $0 != "0" } ?? false

    /// The fixture names (file names without `.txt`), sorted.
    static let names: [String] = {
        let directory = fixtures.appendingPathComponent("articles").path
        let files = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        return files.filter { $0.hasSuffix(".txt") }.map { String($0.dropLast(4)) }.sorted()
    }()

    @Test func everyFixtureHasAGoldenAndNoGoldenIsOrphaned() throws {
        #expect(Self.names.count >= 5)
        let goldens = try FileManager.default.contentsOfDirectory(atPath: Self.fixtures.appendingPathComponent("golden").path)
            .filter { $0.hasSuffix(".json") }.map { String($0.dropLast(5)) }
        #expect(Set(goldens) == Set(Self.names) || Self.recording, "articles and golden dumps differ")
    }

    @Test(arguments: names)
    func analysisMatchesGolden(name: String) throws {
        let article = Self.fixtures.appendingPathComponent("articles/\(name).txt")
        let golden = Self.fixtures.appendingPathComponent("golden/\(name).json")
        let document = try Document.decode(Data(contentsOf: article), id: name, path: "articles/\(name).txt")
        let actual = try AnalysisOutput.json(Shared.analyzer.analyze(document)) + "\n"
        if Self.recording {
            try Data(actual.utf8).write(to: golden)
            return
        }
        guard let expected = try? String(contentsOf: golden, encoding: .utf8) else {
            Issue.record("no golden dump for \(name): record it with ZITAT_RECORD=1 swift test --filter AnalysisGoldenTests")
            return
        }
        guard actual != expected else { return }
        let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let line = zip(actualLines, expectedLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset
            ?? min(actualLines.count, expectedLines.count)
        Issue.record("""
            golden/\(name).json differs at line \(line + 1):
              expected: \(line < expectedLines.count ? String(expectedLines[line]) : "<end>")
              actual:   \(line < actualLines.count ? String(actualLines[line]) : "<end>")
            re-record with ZITAT_RECORD=1 if the change is intended
            """)
    }
}
