import Foundation
import Testing

/// `zitat diff OLD NEW` on small hand-written runs.
@Suite struct DiffCommandTests {
    /// One analysed document as `zitat analyze --format jsonl` writes it.
    static func line(_ id: String, _ claims: [(start: Int, end: Int, type: String, speaker: String?, source: String?, cue: String)]) -> String {
        let items = claims.map { claim in
            let speaker = claim.speaker.map { "{\"canonical\":\"\($0)\",\"spans\":[],\"text\":\"\($0)\"}" } ?? "null"
            let source = claim.source.map { "\"\($0)\"" } ?? "null"
            return "{\"cue\":{\"lemma\":\"\(claim.cue)\",\"spans\":[],\"text\":\"\(claim.cue)\"},\"id\":1,\"rule\":\"r\","
                + "\"source\":\(source),\"spans\":[{\"end\":\(claim.end),\"start\":\(claim.start)}],\"speaker\":\(speaker),"
                + "\"text\":\"Text von \(claim.start)\",\"type\":\"\(claim.type)\"}"
        }
        return "{\"claims\":[\(items.joined(separator: ","))],\"document\":{\"id\":\"\(id)\"},\"ignored\":[]}"
    }

    static let old = [
        line("a", [(0, 10, "direct", "Joe Biden", "Washington", "sagen"), (20, 30, "indirect", "Lawrow", nil, "erklären")]),
        line("b", [(5, 15, "indirect", "Stoltenberg", "NATO", "sagen")]),
    ].joined(separator: "\n") + "\n"

    static let new = [
        line("a", [(0, 10, "direct", "Joe Biden", "Washington", "sagen"), (20, 30, "indirect", "Sergej Lawrow", "Kremlin", "erklären"),
                   (40, 50, "reported", "Peskow", "Kremlin", "fordern")]),
        line("c", []),
    ].joined(separator: "\n") + "\n"

    @Test func equalRunsExitZero() throws {
        try withRunner { runner in
            try runner.write("old.jsonl", Self.old)
            try runner.write("same.jsonl", Self.old)
            let run = try runner.run(["diff", "old.jsonl", "same.jsonl"])
            #expect(run.status == 0, "\(run.output)\(run.stderr)")
            #expect(run.output.contains("0 added, 0 removed, 0 changed, 3 unchanged claims"), "\(run.output)")
        }
    }

    @Test func differencesAreListedAndExitOne() throws {
        try withRunner { runner in
            try runner.write("old.jsonl", Self.old)
            try runner.write("new.jsonl", Self.new)
            let run = try runner.run(["diff", "old.jsonl", "new.jsonl"])
            #expect(run.status == 1)
            let lines = run.output.split(separator: "\n").map(String.init)
            #expect(lines.contains("- document b"))
            #expect(lines.contains("+ document c"))
            #expect(lines.contains { $0.hasPrefix("- b [5, 15) indirect [NATO] Stoltenberg") }, "\(run.output)")
            #expect(lines.contains { $0.hasPrefix("+ a [40, 50) reported [Kremlin] Peskow") }, "\(run.output)")
            #expect(lines.contains { $0.hasPrefix("~ a [20, 30)  speaker: Lawrow → Sergej Lawrow; side: — → Kremlin") }, "\(run.output)")
            #expect(lines.last == "old.jsonl → new.jsonl: 1 added, 1 removed, 1 changed, 1 unchanged claims; 1 documents added, 1 removed")
        }
    }

    @Test func jsonOutputParses() throws {
        try withRunner { runner in
            try runner.write("old.jsonl", Self.old)
            try runner.write("new.jsonl", Self.new)
            let run = try runner.run(["diff", "old.jsonl", "new.jsonl", "--format", "json"])
            #expect(run.status == 1)
            let object = try #require(try JSONSerialization.jsonObject(with: run.stdout) as? [String: Any])
            #expect((object["added"] as? [Any])?.count == 1)
            #expect((object["removed"] as? [Any])?.count == 1)
            let changed = try #require((object["changed"] as? [[String: Any]])?.first)
            let fields = (changed["changes"] as? [[String: Any]])?.compactMap { $0["field"] as? String }
            #expect(fields == ["speaker", "side"])
            #expect(object["unchanged"] as? Int == 1)
        }
    }

    /// A real analysis against itself as JSON and as JSONL: equal.
    @Test func jsonAndJSONLOfOneRunAreEqual() throws {
        try withRunner { runner in
            let article = "Der Kreml teilte mit, man sei zu Gesprächen bereit. „Wir warten“, sagte Biden.\n"
            try runner.write("a.txt", article)
            try runner.write("b.txt", article)
            #expect(try runner.run(["analyze", "a.txt", "b.txt", "--format", "jsonl", "-o", "run.jsonl"]).status == 0)
            #expect(try runner.run(["analyze", "a.txt", "b.txt", "--format", "json", "-o", "run.json"]).status == 0)
            let run = try runner.run(["diff", "run.json", "run.jsonl"])
            #expect(run.status == 0, "\(run.output)\(run.stderr)")
            #expect(run.output.contains(/0 changed, [1-9][0-9]* unchanged/), "\(run.output)")
        }
    }

    @Test func unreadableRunsAreUsageErrors() throws {
        try withRunner { runner in
            try runner.write("old.jsonl", Self.old)
            try runner.write("broken.jsonl", Self.old + "{not json\n")
            let missing = try runner.run(["diff", "old.jsonl", "missing.jsonl"])
            #expect(missing.status == 2)
            #expect(missing.stderr.contains("missing.jsonl: cannot read the file"))
            let broken = try runner.run(["diff", "old.jsonl", "broken.jsonl"])
            #expect(broken.status == 2)
            #expect(broken.stderr.contains("broken.jsonl:3: not a JSON line"), "\(broken.stderr)")
            #expect(try runner.run(["diff", "old.jsonl"]).status == 2)
        }
    }
}

extension DiffCommandTests {
    /// Two `zitat report --json` files of the same input: equal; against an emptied copy: all removed.
    @Test func reportJSONFilesCompare() throws {
        try withRunner { runner in
            try runner.write("a.txt", "Der Kreml teilte mit, man sei zu Gesprächen bereit. „Wir warten“, sagte Biden.\n")
            #expect(try runner.run(["report", "a.txt", "--json", "one.json", "--no-progress"]).status == 0)
            #expect(try runner.run(["report", "a.txt", "--json", "two.json", "--no-progress"]).status == 0)
            let same = try runner.run(["diff", "one.json", "two.json"])
            #expect(same.status == 0, "\(same.output)\(same.stderr)")
            #expect(same.output.contains(/0 changed, [1-9][0-9]* unchanged/), "\(same.output)")
        }
    }
}
