import Foundation
import Testing

/// Inputs as unattended runs and pipelines give them (issue 12): FIFOs, unreadable directories,
/// relative paths, JSON Lines on standard input with one output line per input line.
@Suite struct InputTests {
    static let article = "Der Minister sagte, die Lage sei ernst. „Wir bleiben standhaft“, sagte er.\n"

    func jsonLines(_ run: CLIRunner.Run) throws -> [[String: Any]] {
        try run.output.split(separator: "\n").map { line in
            try #require(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any], "not a JSON object: \(line)")
        }
    }

    /// A named pipe given as input is read like a file (it was reported as a permission problem).
    @Test func readsANamedPipe() throws {
        try withRunner { runner in
            let run = try runner.runShell("""
                mkfifo pipe.txt
                printf '%s' '\(Self.article)' > pipe.txt & writer=$!
                timeout -s KILL 60 "$ZITAT" analyze pipe.txt --format jsonl; status=$?
                kill -9 $writer 2>/dev/null
                exit $status
                """)
            expectNoCrash(run)
            #expect(run.status == 0, "\(run.stderr)")
            let objects = try jsonLines(run)
            #expect(objects.count == 1)
            #expect((objects.first?["claims"] as? [Any])?.count == 2, "\(run.output)")
        }
    }

    /// Files found in a directory are named as the user named the directory, never absolutely.
    @Test func directoryFilesKeepTheGivenPath() throws {
        try withRunner { runner in
            try runner.write("corpus/sub/a.txt", Self.article)
            try runner.write("corpus/b.txt", Self.article)
            let run = try runner.run(["analyze", "corpus", "--format", "jsonl"])
            #expect(run.status == 0, "\(run.stderr)")
            let paths = try jsonLines(run).map { ($0["document"] as? [String: Any])?["path"] as? String }
            #expect(paths == ["corpus/b.txt", "corpus/sub/a.txt"])
        }
    }

    /// An unreadable subdirectory is named (exit 1) and the rest is still analysed. Root reads any
    /// directory, so as root the tool runs as `nobody` through setpriv.
    @Test func unreadableSubdirectoryIsReported() throws {
        let root = getuid() == 0
        let setpriv = FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv")
        try withRunner { runner in
            if root && !setpriv { Issue.record("running as root without /usr/bin/setpriv: cannot make a directory unreadable"); return }
            try runner.write("corpus/a.txt", Self.article)
            try runner.write("corpus/locked/b.txt", Self.article)
            chmod(runner.directory.path, 0o755)
            chmod(runner.directory.appendingPathComponent("corpus").path, 0o755)
            chmod(runner.directory.appendingPathComponent("corpus/a.txt").path, 0o644)
            chmod(runner.directory.appendingPathComponent("corpus/locked").path, 0o000)
            defer { chmod(runner.directory.appendingPathComponent("corpus/locked").path, 0o755) }
            let prefix = root ? "setpriv --reuid=65534 --regid=65534 --clear-groups " : ""
            let run = try runner.runShell(prefix + #""$ZITAT" analyze corpus --format jsonl"#)
            expectNoCrash(run)
            #expect(run.status == 1, "\(run.stderr)")
            #expect(run.stderr.contains("corpus/locked: cannot read: cannot list the directory: permission denied"), "\(run.stderr)")
            let ids = try jsonLines(run).compactMap { ($0["document"] as? [String: Any])?["id"] as? String }
            #expect(ids == ["a"], "\(run.output)")
        }
    }

    /// `--format json` with its only input failing still prints JSON (an empty array), exit 1.
    @Test func jsonWithTheOnlyInputFailingIsAnEmptyArray() throws {
        try withRunner { runner in
            let run = try runner.run(["analyze", "missing.txt", "--format", "json"])
            #expect(run.status == 1)
            #expect(run.stderr.contains("missing.txt: no such file or directory"), "\(run.stderr)")
            let array = try JSONSerialization.jsonObject(with: run.stdout) as? [Any]
            #expect(array?.isEmpty == true, "\(run.output)")
        }
    }

    /// `cat corpus.jsonl | zitat analyze - --format jsonl`: one output line per input line in order,
    /// an error record for a bad line, input metadata passed through.
    @Test(arguments: [["--input-format", "jsonl"], ["--input-format", "auto"], []])
    func jsonLinesOnStandardInputGiveOneLineEach(flags: [String]) throws {
        try withRunner { runner in
            let input = [
                #"{"id": "eins", "text": "Der Minister sagte, die Lage sei ernst.", "date": "2024-05-01", "title": "Lage", "rubrik": 7}"#,
                #"{"id": "zwei", "text": 5}"#,
                #"{"id": "drei"#,
                "",
                #"{"id": "vier", "text": "Die Ministerin sagte, es regne."}"#,
            ].joined(separator: "\n") + "\n"
            let run = try runner.run(["analyze", "-", "--format", "jsonl"] + flags, stdin: input)
            expectNoCrash(run)
            #expect(run.status == 1, "\(run.stderr)")
            let objects = try jsonLines(run)
            #expect(objects.count == 4, "one line per non-blank input line: \(run.output)")
            guard objects.count == 4 else { return }
            let first = try #require(objects[0]["document"] as? [String: Any])
            #expect(first["id"] as? String == "eins")
            #expect(first["title"] as? String == "Lage")
            #expect((first["metadata"] as? [String: Any])?["rubrik"] as? Int == 7, "\(first)")
            #expect(objects[1]["error"] as? String == "missing \"text\" (a string)")
            #expect(objects[1]["line"] as? Int == 2)
            #expect(objects[1]["id"] as? String == "zwei")
            #expect((objects[2]["error"] as? String)?.hasPrefix("not a JSON object") == true)
            #expect(objects[2]["line"] as? Int == 3)
            #expect((objects[3]["document"] as? [String: Any])?["id"] as? String == "vier")
        }
    }

    /// Empty standard input is no error for a pipeline stage (an empty Spark partition).
    @Test(arguments: [["--input-format", "jsonl"], []])
    func emptyStandardInputExitsZero(flags: [String]) throws {
        try withRunner { runner in
            let run = try runner.run(["analyze", "-", "--format", "jsonl"] + flags, stdin: "")
            #expect(run.status == 0, "\(run.stderr)")
            #expect(run.stdout.isEmpty)
        }
    }

    /// `report` reads JSON Lines on standard input too; with `--input-format jsonl` a directory
    /// yields its `*.jsonl` files.
    @Test func reportReadsJSONLinesFromStandardInputAndDirectories() throws {
        try withRunner { runner in
            let lines = #"{"id": "eins", "text": "Der Minister sagte, die Lage sei ernst."}"# + "\n"
                + #"{"id": "zwei", "text": "Die Ministerin sagte, es regne."}"# + "\n"
            let piped = try runner.run(["report", "-", "--csv", "-", "--no-progress"], stdin: lines)
            #expect(piped.status == 0, "\(piped.stderr)")
            let ids = piped.output.components(separatedBy: "\r\n").dropFirst().compactMap { $0.split(separator: ",").dropFirst().first }
            #expect(ids == ["eins", "zwei"], "\(piped.output)")
            try runner.write("corpus/teil.jsonl", lines)
            try runner.write("corpus/notiz.txt", Self.article)
            let directory = try runner.run(["analyze", "corpus", "--input-format", "jsonl", "--format", "jsonl"])
            #expect(directory.status == 0, "\(directory.stderr)")
            let paths = try jsonLines(directory).map { ($0["document"] as? [String: Any])?["path"] as? String }
            #expect(paths == ["corpus/teil.jsonl:1", "corpus/teil.jsonl:2"])
        }
    }

    /// `--input-format text` reads JSON on standard input as prose: one document.
    @Test func textFormatReadsStandardInputAsOneArticle() throws {
        try withRunner { runner in
            let input = #"{"id": "eins", "text": "Der Minister sagte, die Lage sei ernst."}"# + "\n" + Self.article
            let run = try runner.run(["analyze", "-", "--format", "jsonl", "--input-format", "text"], stdin: input)
            #expect(run.status == 0, "\(run.stderr)")
            let objects = try jsonLines(run)
            #expect(objects.count == 1)
            #expect((objects.first?["document"] as? [String: Any])?["id"] as? String == "stdin")
        }
    }

    /// A raw U+FEFF at the start of a JSONL text is kept, so offsets point at the claim text.
    @Test func byteOrderMarkInsideAJSONLTextKeepsOffsets() throws {
        try withRunner { runner in
            let text = "\u{FEFF}Der Minister sagte, die Lage sei ernst."
            let line = "{\"id\": \"b\", \"text\": \"\(text)\"}\n"
            let run = try runner.run(["analyze", "-", "--format", "jsonl", "--input-format", "jsonl"], stdin: line)
            #expect(run.status == 0, "\(run.stderr)")
            let claims = try #require(try jsonLines(run).first?["claims"] as? [[String: Any]])
            let claim = try #require(claims.first)
            let start = try #require(claim["start"] as? Int)
            let end = try #require(claim["end"] as? Int)
            let scalars = Array(text.unicodeScalars)
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[start..<end])
            #expect(String(view) == claim["text"] as? String, "offsets shifted: \(start)..<\(end)")
        }
    }
}
