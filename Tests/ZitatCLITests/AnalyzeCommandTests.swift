import Foundation
import Testing

/// `zitat analyze` end to end: the built tool, real files in a scratch directory, exit codes
/// (0 ok, 1 some input failed, 2 usage or rules error) and what lands on stdout and stderr.
@Suite struct AnalyzeCommandTests {
    static let csvHeader = "claim_id,document_id,number,date,outlet,url,title,type,source,speaker,speaker_canonical,speaker_kind,speaker_entity,speaker_office,cue,cue_lemma,medium,topics,text,start,end,nested_in,rule,addressee"
    static let article = "Der Minister sagte, die Lage sei ernst. „Wir bleiben standhaft“, sagte er.\n"

    /// The JSON Lines output parsed, one object a line.
    func jsonLines(_ run: CLIRunner.Run) throws -> [[String: Any]] {
        try run.output.split(separator: "\n").map { line in
            try #require(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        }
    }

    @Test func noArgumentsAnalysesTheBundledExample() throws {
        try withRunner { runner in
            let run = try runner.run([])
            expectNoCrash(run)
            #expect(run.status == 0, "\(run.stderr)")
            #expect(run.stderr.isEmpty)
            let firstLine = run.output.split(separator: "\n").first.map(String.init) ?? ""
            #expect(firstLine.hasPrefix("example-article.txt"), "\(firstLine)")
            #expect(firstLine.contains(" claims, "), "\(firstLine)")
            #expect(run.output.contains("#1 "), "no claim listed")
            #expect(run.output.contains("cue: "), "no cue named")
        }
    }

    @Test func jsonHasDocumentClaimsAndIgnored() throws {
        try withRunner { runner in
            let run = try runner.run(["analyze", "--format", "json"])
            #expect(run.status == 0, "\(run.stderr)")
            let object = try #require(try JSONSerialization.jsonObject(with: run.stdout) as? [String: Any])
            #expect(Set(object.keys) == ["schema_version", "document", "claims", "ignored"])
            let document = try #require(object["document"] as? [String: Any])
            #expect(document["id"] as? String == "example-article")
            let claims = try #require(object["claims"] as? [[String: Any]])
            #expect(!claims.isEmpty)
            #expect(claims.map { $0["number"] as? Int } == Array(1...claims.count))
            #expect(claims.first?["claim_id"] as? String == "example-article#1")
            for claim in claims {
                #expect(claim["type"] is String && claim["text"] is String && claim["rule"] is String && claim["spans"] is [Any])
                #expect(claim["document_id"] as? String == "example-article" && claim["date"] as? String == "2021-04")
            }
            #expect((object["ignored"] as? [Any])?.isEmpty == false, "the example's furniture is ignored")
        }
    }

    @Test func csvStartsWithTheHeader() throws {
        try withRunner { runner in
            let run = try runner.run(["analyze", "--format", "csv"])
            #expect(run.status == 0, "\(run.stderr)")
            let lines = run.output.components(separatedBy: "\r\n")
            #expect(lines.first == Self.csvHeader)
            #expect(lines.count > 2, "no rows")
            #expect(lines.last == "", "rows end in CRLF")
            #expect(lines.dropFirst().first?.hasPrefix("example-article#1,example-article,1,2021-04,") == true, "\(lines.dropFirst().first ?? "")")
        }
    }

    @Test func readsStandardInput() throws {
        try withRunner { runner in
            let run = try runner.run(["analyze", "-", "--format", "jsonl"], stdin: Self.article)
            #expect(run.status == 0, "\(run.stderr)")
            let objects = try jsonLines(run)
            #expect(objects.count == 1)
            let document = objects.first?["document"] as? [String: Any]
            #expect(document?["id"] as? String == "stdin")
            #expect((objects.first?["claims"] as? [Any])?.count == 2)
        }
    }

    @Test func analysesEveryTextFileOfADirectoryInOrder() throws {
        try withRunner { runner in
            try runner.write("corpus/b.txt", Self.article)
            try runner.write("corpus/a.txt", Self.article)
            try runner.write("corpus/deeper/c.txt", Self.article)
            try runner.write("corpus/notes.md", "# not an article")
            let run = try runner.run(["analyze", "corpus", "--format", "jsonl"])
            #expect(run.status == 0, "\(run.stderr)")
            let ids = try jsonLines(run).map { ($0["document"] as? [String: Any])?["id"] as? String }
            #expect(ids == ["a", "b", "c"])
        }
    }

    @Test func writesToAnOutputFile() throws {
        try withRunner { runner in
            try runner.write("article.txt", Self.article)
            let run = try runner.run(["analyze", "article.txt", "--format", "csv", "--output", "out.csv"])
            #expect(run.status == 0, "\(run.stderr)")
            #expect(run.stdout.isEmpty)
            let written = try String(contentsOf: runner.directory.appendingPathComponent("out.csv"), encoding: .utf8)
            #expect(written.hasPrefix(Self.csvHeader + "\r\n"))
        }
    }

    /// A bad input is a one-line error naming the file; the other inputs are still analysed.
    @Test(arguments: [
        ("missing.txt", nil, "missing.txt: no such file or directory"),
        ("broken.txt", [0x47, 0x75, 0x74, 0xFF, 0x67, 0x75, 0x74], "broken.txt: invalid UTF-8 at byte offset 3"),
        ("bom.txt", [0xEF, 0xBB, 0xBF, 0x61, 0x62, 0xC3], "bom.txt: invalid UTF-8 at byte offset 5"),
        ("empty.txt", [], "empty.txt: empty file"),
        ("blank.txt", [0x20, 0x0A, 0x09, 0x0A], "blank.txt: empty file"),
        ("binary.txt", [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x08], "binary.txt: binary data (NUL byte at byte offset 4)"),
    ] as [(String, [UInt8]?, String)])
    func badInputFailsAloneWithExitOne(name: String, bytes: [UInt8]?, message: String) throws {
        try withRunner { runner in
            try runner.write("good.txt", Self.article)
            if let bytes { try runner.write(name, bytes: bytes) }
            let run = try runner.run(["analyze", "good.txt", name, "good.txt", "--format", "jsonl"])
            expectNoCrash(run)
            #expect(run.status == 1)
            let errors = run.stderrLines.filter { $0.contains(name) }
            #expect(errors.count == 1, "\(run.stderr)")
            #expect(errors.first?.contains(message) == true, "\(run.stderr)")
            let objects = try jsonLines(run)
            #expect(objects.filter { $0["document"] != nil }.count == 2, "the good inputs are still analysed")
            #expect(objects.map { $0["error"] != nil } == [false, true, false], "an error record in place of the bad input")
        }
    }

    /// A syntax error in a rule file: exit 2, `cues.yaml:LINE:COL: error:` with the line and a caret.
    @Test func brokenRuleFileIsReportedWithItsLine() throws {
        try withRunner { runner in
            let rules = runner.directory.appendingPathComponent("rules")
            try FileManager.default.copyItem(at: CLIRunner.checkout.appendingPathComponent("rules"), to: rules)
            let cues = rules.appendingPathComponent("cues.yaml")
            var lines = try String(contentsOf: cues, encoding: .utf8).components(separatedBy: "\n")
            let index = try #require(lines.firstIndex { $0.hasPrefix("    complements: [") }, "cues.yaml has no complements line to break")
            lines[index] = "    complements: [clause, dass: : ]]"
            try lines.joined(separator: "\n").write(to: cues, atomically: true, encoding: .utf8)

            let run = try runner.run(["analyze", "--rules", "rules"])
            expectNoCrash(run)
            let location = try Regex("cues\\.yaml:\(index + 1):[0-9]+: error: ")
            let everything = run.stderr + run.output
            #expect(everything.contains(location), "\(everything)")
            #expect(everything.contains("complements: [clause, dass: : ]]\n"), "the offending line is shown")
            #expect(everything.contains(/\n *\^/), "a caret points at the column")
            #expect(run.status == 2)
            #expect(run.stderr.contains(location))
            #expect(!run.output.contains("error:"))
        }
    }

    /// A bad flag is a usage error: the documented exit status is 2.
    @Test(arguments: [["analyze", "--format", "xml"], ["analyze", "--no-such-flag"]])
    func badFlagIsAUsageError(arguments: [String]) throws {
        try withRunner { runner in
            let run = try runner.run(arguments)
            expectNoCrash(run)
            #expect(run.status != 0)
            #expect(run.stderr.contains("Usage: zitat analyze"), "\(run.stderr)")
            #expect(run.status == 2)
        }
    }

    /// An output that names an input is refused before it is opened (it would empty the input).
    @Test func outputThatIsAnInputIsAUsageError() throws {
        try withRunner { runner in
            try runner.write("corpus.jsonl", "{\"id\": \"a\", \"text\": \"Der Minister sagte, die Lage sei ernst.\"}\n")
            let run = try runner.run(["analyze", "corpus.jsonl", "--format", "jsonl", "-o", "./corpus.jsonl"])
            expectUsageError(run, "analyze")
            #expect(run.stderr.contains("corpus.jsonl is an input"), "\(run.stderr)")
            let kept = try String(contentsOf: runner.directory.appendingPathComponent("corpus.jsonl"), encoding: .utf8)
            #expect(kept.contains("Der Minister sagte"), "the input is untouched")
        }
    }

    /// JSON is one object for one article, however many blank lines follow it in the corpus, and an
    /// array for several; a JSONL file without articles is a failed input.
    @Test func jsonShapeFollowsTheNumberOfInputs() throws {
        try withRunner { runner in
            try runner.write("one.jsonl", "{\"id\": \"a\", \"text\": \"Der Minister sagte, die Lage sei ernst.\"}\r\n  \r\n")
            try runner.write("two.jsonl", "{\"id\": \"a\", \"text\": \"Die Lage sei ernst, sagte er.\"}\n{\"id\": \"b\", \"text\": \"Sie sagte, es regne.\"}\n")
            try runner.write("none.jsonl", "\n \n")
            let one = try runner.run(["analyze", "one.jsonl", "--format", "json"])
            #expect(one.status == 0, "\(one.stderr)")
            let object = try #require(try JSONSerialization.jsonObject(with: one.stdout) as? [String: Any])
            #expect((object["document"] as? [String: Any])?["id"] as? String == "a")
            let two = try runner.run(["analyze", "two.jsonl", "--format", "json"])
            #expect(two.status == 0, "\(two.stderr)")
            let array = try #require(try JSONSerialization.jsonObject(with: two.stdout) as? [[String: Any]])
            #expect(array.compactMap { ($0["document"] as? [String: Any])?["id"] as? String } == ["a", "b"])
            let none = try runner.run(["analyze", "none.jsonl", "one.jsonl", "--format", "json"])
            #expect(none.status == 1, "\(none.stderr)")
            #expect(none.stderr.contains("none.jsonl: no articles in the JSONL file"), "\(none.stderr)")
            let partial = try #require(try JSONSerialization.jsonObject(with: none.stdout) as? [[String: Any]])
            #expect(partial.count == 1, "two inputs, one failed: an array of the one analysis")
        }
    }
}
