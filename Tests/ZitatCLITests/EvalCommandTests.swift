import Foundation
import Testing

/// `zitat eval` end to end on tiny gold files in the Wikinews format (`Tests/Fixtures/wikinews`):
/// exit codes (0 ok, 1 a gold file could not be read, 2 usage, rules, gold directory or output
/// error, 3 a score below its `--min` floor, which wins over 1) and what lands on stdout and stderr.
@Suite struct EvalCommandTests {
    /// One direct quote ("Er sagte: „Ja.“"), the same article as the gold-format unit tests.
    static let found = "wikinews/direct-quote.json"
    /// A quote annotated where no cue stands: no analysis finds it, so message F1 is 0.
    static let missed = "wikinews/missed-quote.json"

    /// A gold directory `gold/` holding the given fixtures.
    func gold(_ runner: CLIRunner, _ fixtures: String...) throws {
        for fixture in fixtures {
            try runner.copy(fixture: fixture, to: "gold/" + (fixture as NSString).lastPathComponent)
        }
    }

    @Test func scoresAGoldDirectory() throws {
        try withRunner { runner in
            try gold(runner, Self.found)
            let run = try runner.run(["eval", "--gold", "gold"])
            expectNoCrash(run)
            #expect(run.status == 0, "\(run.stderr)")
            #expect(run.stderr.isEmpty, "\(run.stderr)")
            #expect(run.output.hasPrefix("1 documents, 1 gold quotes, "), "\(run.output)")
            #expect(run.output.contains("\nmessage "), "\(run.output)")
        }
    }

    @Test func scoresAsJSON() throws {
        try withRunner { runner in
            try gold(runner, Self.found, Self.missed)
            let run = try runner.run(["eval", "--gold", "gold", "--json"])
            #expect(run.status == 0, "\(run.stderr)")
            let scores = try #require(try JSONSerialization.jsonObject(with: run.stdout) as? [String: Any])
            #expect(scores["documents"] as? Int == 2)
            #expect(scores["goldQuotes"] as? Int == 2)
        }
    }

    /// A gold file that cannot be read is named on stderr, the others are still scored: exit 1.
    /// A dangling link is how a gold file goes missing between listing and reading.
    @Test(arguments: [
        ("broken.json", "{", "broken.json: malformed gold file: "),
        ("wrong.json", #"{"originalText": 3}"#, "wrong.json: malformed gold file: "),
        ("gone.json", nil, "gone.json: cannot read gold file: "),
    ] as [(String, String?, String)])
    func unreadableGoldFileIsNamedWithExitOne(name: String, contents: String?, message: String) throws {
        try withRunner { runner in
            try gold(runner, Self.found)
            if let contents {
                try runner.write("gold/" + name, contents)
            } else {
                try FileManager.default.createSymbolicLink(
                    atPath: runner.directory.appendingPathComponent("gold/" + name).path, withDestinationPath: "no-such-target.json")
            }
            let run = try runner.run(["eval", "--gold", "gold"])
            expectNoCrash(run)
            #expect(run.status == 1, "\(run.stderr)")
            let named = run.stderrLines.filter { $0.contains(name) }
            #expect(named.count == 1 && named.first?.hasPrefix("zitat eval: gold/" + message) == true, "\(run.stderr)")
            #expect(run.stderrLines.last == "zitat eval: 1 gold file(s) could not be read", "\(run.stderr)")
            #expect(run.output.hasPrefix("1 documents, 1 gold quotes, "), "the readable file is still scored: \(run.output)")
        }
    }

    /// A score below its floor: exit 3 and the violation on stderr; the scores are still printed.
    @Test func floorViolationExitsThree() throws {
        try withRunner { runner in
            try gold(runner, Self.missed)
            let run = try runner.run(["eval", "--gold", "gold", "--min", "message=1"])
            expectNoCrash(run)
            #expect(run.status == 3, "\(run.stderr)")
            #expect(run.stderrLines == ["zitat eval: message 0.0 is below its floor 1.0"], "\(run.stderr)")
            #expect(run.output.hasPrefix("1 documents, 1 gold quotes, 0 predicted"), "\(run.output)")
        }
    }

    /// A floor the scores reach is no violation.
    @Test func metFloorExitsZero() throws {
        try withRunner { runner in
            try gold(runner, Self.missed)
            let run = try runner.run(["eval", "--gold", "gold", "--min", "message=0"])
            #expect(run.status == 0, "\(run.stderr)")
            #expect(run.stderr.isEmpty, "\(run.stderr)")
        }
    }

    /// A floor violation and an unreadable gold file together: 3 wins over 1, both are reported.
    @Test func floorViolationWinsOverAnUnreadableFile() throws {
        try withRunner { runner in
            try gold(runner, Self.missed)
            try runner.write("gold/broken.json", "{")
            let run = try runner.run(["eval", "--gold", "gold", "--min", "message=1"])
            expectNoCrash(run)
            #expect(run.status == 3, "\(run.stderr)")
            #expect(run.stderr.contains("gold/broken.json: malformed gold file: "), "\(run.stderr)")
            #expect(run.stderr.contains("message 0.0 is below its floor 1.0"), "\(run.stderr)")
        }
    }

    /// Bad flags, no --gold, and floors that cannot be parsed (a percentage above 100 or an unknown
    /// metric) are usage errors: exit 2 before anything is scored.
    @Test(arguments: [
        ["eval", "--gold", "gold", "--no-such-flag"],
        ["eval"],
        ["eval", "--gold", "gold", "--min", "message=101"],
        ["eval", "--gold", "gold", "--min", "nosuch=5"],
    ])
    func usageErrorsExitTwo(arguments: [String]) throws {
        try withRunner { runner in
            try gold(runner, Self.found)
            expectUsageError(try runner.run(arguments), "eval")
        }
    }

    /// A gold directory that does not exist, or a file given as one: exit 2, as `zitat eval --help`
    /// documents ("2 usage, rules, gold directory or output error"), with the path on stderr.
    @Test(arguments: [("nope", "nope: no such gold directory"), ("file.json", "file.json: gold must be a directory of .json files")])
    func badGoldDirectoryExitsTwo(path: String, message: String) throws {
        try withRunner { runner in
            try runner.copy(fixture: Self.found, to: "file.json")
            let run = try runner.run(["eval", "--gold", path])
            expectNoCrash(run)
            #expect(run.status == 2, "\(run.stderr)")
            #expect(run.stderrLines == ["zitat eval: \(message)"], "\(run.stderr)")
            #expect(run.stdout.isEmpty)
        }
    }

    /// A report that cannot be written: exit 2, with the path on stderr.
    @Test func unwritableOutputExitsTwo() throws {
        try withRunner { runner in
            try gold(runner, Self.found)
            let run = try runner.run(["eval", "--gold", "gold", "--markdown", "no-such-dir/scores.md"])
            expectNoCrash(run)
            #expect(run.status == 2, "\(run.stderr)")
            #expect(run.stderr.contains("no-such-dir/scores.md: cannot write"), "\(run.stderr)")
        }
    }
}
