import Foundation
import Testing

/// `zitat report` end to end: exit codes (0 ok, 1 some input failed and was skipped, 2 usage error
/// or an output that cannot be written) and what lands on stdout, stderr and the output files.
@Suite struct ReportCommandTests {
    static let csvHeader = "claim_id,document_id,number,date,outlet,url,title,type,source,speaker,speaker_canonical,speaker_kind,speaker_entity,speaker_office,cue,cue_lemma,medium,topics,text,start,end,nested_in,rule,addressee"

    /// The CSV written to `name` in the scratch directory, split into CRLF-terminated lines.
    func csvLines(_ runner: CLIRunner, _ name: String) throws -> [String] {
        try String(contentsOf: runner.directory.appendingPathComponent(name), encoding: .utf8).components(separatedBy: "\r\n")
    }

    @Test func reportsAFixtureAsTextWithASummary() throws {
        try withRunner { runner in
            try runner.copy(fixture: "articles/sources.txt", to: "sources.txt")
            let run = try runner.run(["report", "sources.txt", "--no-progress"])
            expectNoCrash(run)
            #expect(run.status == 0, "\(run.stderr)")
            #expect(run.output.hasPrefix("sources: 1 Artikel, "), "\(run.output)")
            #expect(run.stderrLines.count == 1, "only the summary: \(run.stderr)")
            #expect(run.stderr.hasPrefix("zitat report: 1 article, "), "\(run.stderr)")
            #expect(run.stderr.contains(", 0 failed;"), "\(run.stderr)")
        }
    }

    @Test func writesCSVRowsForAFixture() throws {
        try withRunner { runner in
            try runner.copy(fixture: "articles/sources.txt", to: "sources.txt")
            let run = try runner.run(["report", "sources.txt", "--csv", "claims.csv", "--no-progress"])
            expectNoCrash(run)
            #expect(run.status == 0, "\(run.stderr)")
            #expect(run.stdout.isEmpty, "with --csv nothing goes to stdout")
            let lines = try csvLines(runner, "claims.csv")
            #expect(lines.first == Self.csvHeader)
            #expect(lines.last == "", "rows end in CRLF")
            let rows = lines.dropFirst().dropLast()
            #expect(!rows.isEmpty, "no claims found in the fixture")
            #expect(rows.allSatisfy { $0.hasPrefix("sources#") }, "\(rows)")
        }
    }

    /// A missing input: exit 1, one warning naming it, and the other input is still reported.
    @Test func missingInputIsNamedAndSkippedWithExitOne() throws {
        try withRunner { runner in
            try runner.copy(fixture: "articles/sources.txt", to: "sources.txt")
            let run = try runner.run(["report", "sources.txt", "missing.txt", "--csv", "claims.csv", "--no-progress"])
            expectNoCrash(run)
            #expect(run.status == 1, "\(run.stderr)")
            let errors = run.stderrLines.filter { $0.contains("missing.txt") }
            #expect(errors == ["warning: missing.txt: no such file or directory (skipped)"], "\(run.stderr)")
            #expect(run.stderr.contains("zitat report: 1 article, "), "\(run.stderr)")
            #expect(run.stderr.contains(", 1 failed;"), "\(run.stderr)")
            let rows = try csvLines(runner, "claims.csv").dropFirst().dropLast()
            #expect(!rows.isEmpty && rows.allSatisfy { $0.hasPrefix("sources#") }, "the readable input is still reported")
        }
    }

    /// Only a missing input: still 1 (an input could not be read), not a crash or a usage error.
    @Test func onlyAMissingInputExitsOne() throws {
        try withRunner { runner in
            let run = try runner.run(["report", "missing.txt", "--no-progress"])
            expectNoCrash(run)
            #expect(run.status == 1, "\(run.stderr)")
            #expect(run.stderr.contains("missing.txt: no such file or directory"), "\(run.stderr)")
            #expect(run.stderr.contains("zitat report: 0 articles, "), "\(run.stderr)")
        }
    }

    /// Bad flags, an unknown source id and an output in a directory that does not exist: exit 2.
    @Test(arguments: [
        ["report", "--no-such-flag"],
        ["report", "sources.txt", "--jobs", "0"],
        ["report", "sources.txt", "--sources", "Atlantis"],
        ["report", "sources.txt", "--csv", "no-such-dir/claims.csv"],
        ["report", "sources.txt", "--csv", "sources.txt"],
    ])
    func usageErrorsExitTwo(arguments: [String]) throws {
        try withRunner { runner in
            try runner.copy(fixture: "articles/sources.txt", to: "sources.txt")
            let run = try runner.run(arguments + ["--no-progress"])
            expectUsageError(run, "report")
            #expect(!FileManager.default.fileExists(atPath: runner.directory.appendingPathComponent("no-such-dir").path))
            let input = try String(contentsOf: runner.directory.appendingPathComponent("sources.txt"), encoding: .utf8)
            #expect(!input.isEmpty, "the input is untouched")
        }
    }

    /// An HTML path that cannot be written fails before the corpus is read, with exit 2.
    @Test func unwritableHTMLFailsFirst() throws {
        try withRunner { runner in
            try runner.copy(fixture: "articles/sources.txt", to: "sources.txt")
            try FileManager.default.createDirectory(at: runner.directory.appendingPathComponent("page.html"), withIntermediateDirectories: true)
            let run = try runner.run(["report", "sources.txt", "missing.txt", "--html", "page.html", "--no-progress"])
            expectNoCrash(run)
            #expect(run.status == 2, "\(run.stderr)")
            #expect(run.stderr.contains("page.html"), "\(run.stderr)")
            #expect(!run.stderr.contains("missing.txt"), "the inputs were not read yet: \(run.stderr)")
        }
    }
}
