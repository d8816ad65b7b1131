import Foundation
import Testing

/// `zitat rules check|export|list`, `--version`, and the built-in rules of a copied binary.
@Suite struct RulesCommandTests {
    static let kyiv = """
        sources:
          - id: Kyiv
            name: Kyiv
            color: "#0057b7"
            aliases: [Selenskyj, ukrainische Regierung]
            match: [Wolodymyr Selenskyj]
            no_match: [der Kreml]

        """

    @Test func version() throws {
        try withRunner { runner in
            let run = try runner.run(["--version"])
            #expect(run.status == 0)
            #expect(run.output.contains(/^zitat [0-9]+\.[0-9]+\.[0-9]+\n$/))
        }
    }

    @Test func theRulesInEffectPassTheirCheck() throws {
        try withRunner { runner in
            let run = try runner.run(["rules", "check"])
            expectNoCrash(run)
            #expect(run.status == 0, "\(run.output)\(run.stderr)")
            #expect(run.output.contains(/[0-9]+ examples: ok/))
        }
    }

    @Test func aUserFileIsCheckedWithItsExamples() throws {
        try withRunner { runner in
            try runner.write("mine/kyiv.yaml", Self.kyiv)
            let good = try runner.run(["rules", "check", "mine"])
            #expect(good.status == 0, "\(good.output)")
            // A wrong example fails with its file, line and column.
            try runner.write("mine/kyiv.yaml", Self.kyiv.replacingOccurrences(of: "no_match: [der Kreml]", with: "no_match: [Selenskyj]"))
            let bad = try runner.run(["rules", "check", "mine"])
            #expect(bad.status == 1)
            #expect(bad.output.contains("mine/kyiv.yaml:7:16: error: Kyiv: no_match example matches: Selenskyj"), "\(bad.output)")
        }
    }

    /// The typo of issue 12: an item that lost its "- " merged into the one above without a word.
    @Test func aListItemWithoutItsDashIsAnErrorAtItsLine() throws {
        try withRunner { runner in
            let typo = Self.kyiv + "    id: Moldova\n    aliases: [Chisinau]\n"
            try runner.write("mine/kyiv.yaml", typo)
            let run = try runner.run(["rules", "check", "mine"])
            #expect(run.status == 1)
            #expect(run.output.contains("mine/kyiv.yaml:8:5: error: duplicate key 'id'"), "\(run.output)")
            let analyze = try runner.run(["analyze", "-", "--rules", "mine"], stdin: "Selenskyj sagte, er sei bereit.")
            #expect(analyze.status == 2, "loading rejects it too")
        }
    }

    @Test func duplicateIDsAndBadColoursAreProblems() throws {
        try withRunner { runner in
            try runner.write("mine/kyiv.yaml", Self.kyiv)
            try runner.write("mine/more.yaml", Self.kyiv.replacingOccurrences(of: "Selenskyj, ", with: ""))
            let duplicate = try runner.run(["rules", "check", "mine"])
            #expect(duplicate.status == 1)
            #expect(duplicate.output.contains("mine/more.yaml:2:9: error: sources id 'Kyiv' is also defined at mine/kyiv.yaml:2"), "\(duplicate.output)")

            try runner.write("mine/more.yaml", Self.kyiv.replacingOccurrences(of: "Kyiv", with: "Kiew").replacingOccurrences(of: "#0057b7", with: "blue;}"))
            let colour = try runner.run(["rules", "check", "mine"])
            #expect(colour.status == 1)
            #expect(colour.output.contains("mine/more.yaml:4:12: error: color must be a hex colour"), "\(colour.output)")
        }
    }

    /// A lexicon laid over the built-in one is a rule file: one that does not open stops the run (it never
    /// falls back to word shapes in silence), and `rules check` decodes every line of one that opens.
    @Test func aBrokenLexiconIsAnErrorNamingItsFile() throws {
        try withRunner { runner in
            try runner.write("mine/lexicon/german.lexicon", "Wort\tN ~ n 0123\n")
            let analyze = try runner.run(["analyze", "-", "--rules", "mine"], stdin: "Anna Roth sagte, sie komme.")
            #expect(analyze.status == 2)
            #expect(analyze.stderr.contains("mine/lexicon/german.lexicon"), "\(analyze.stderr)")
            #expect(analyze.stderr.contains("not a Zitat lexicon"), "\(analyze.stderr)")

            let header = "# Zitat German lexicon: forms, one a line, sorted by UTF-8 bytes\n"
            try runner.write("mine/lexicon/german.lexicon", header + "Abend\tN ~ m 0123\nAbc\n")
            let check = try runner.run(["rules", "check", "mine"])
            #expect(check.status == 1, "\(check.output)")
            #expect(check.output.contains("mine/lexicon/german.lexicon:3: error:"), "\(check.output)")
        }
    }

    @Test func aMissingFolderIsAUsageError() throws {
        try withRunner { runner in
            let run = try runner.run(["rules", "check", "no-such-folder"])
            expectNoCrash(run)
            #expect(run.status == 2)
            #expect(run.stderr.contains("no-such-folder: error: no such rules directory"), "\(run.stderr)")
        }
    }

    @Test func exportWritesTheBuiltInRulesAndRefusesToOverwrite() throws {
        try withRunner { runner in
            let first = try runner.run(["rules", "export", "out"])
            #expect(first.status == 0, "\(first.stderr)")
            let cues = runner.directory.appendingPathComponent("out/cues.yaml")
            let original = try String(contentsOf: CLIRunner.checkout.appendingPathComponent("rules/cues.yaml"), encoding: .utf8)
            #expect(try String(contentsOf: cues, encoding: .utf8) == original)
            try runner.write("out/cues.yaml", "mine\n")
            let again = try runner.run(["rules", "export", "out"])
            #expect(again.status == 2)
            #expect(again.stderr.contains("--force"))
            #expect(try String(contentsOf: cues, encoding: .utf8) == "mine\n")
            #expect(try runner.run(["rules", "export", "out", "--force"]).status == 0)
            #expect(try String(contentsOf: cues, encoding: .utf8) == original)
        }
    }

    /// A binary copied to an empty folder (no checkout above it) runs on its built-in rules.
    @Test func aCopiedBinaryWorksAnywhere() throws {
        try withRunner { runner in
            let binary = try #require(CLIRunner.binary)
            let copy = runner.directory.appendingPathComponent("bin/zitat")
            try FileManager.default.createDirectory(at: copy.deletingLastPathComponent(), withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: binary, to: copy)
            let list = try runner.run(["rules", "list"], binary: copy)
            #expect(list.status == 0)
            #expect(list.output.contains("cues.yaml\t<embedded>/cues.yaml"), "\(list.output)")
            let check = try runner.run(["rules", "check"], binary: copy)
            #expect(check.status == 0, "\(check.output)")
            let analyze = try runner.run(["analyze", "-", "--format", "jsonl"], stdin: "Der Kreml teilte mit, man sei bereit.\n", binary: copy)
            #expect(analyze.status == 0, "\(analyze.stderr)")
            #expect(analyze.output.contains("\"source\":\"Kremlin\""), "\(analyze.output)")
            try runner.write("mine/kyiv.yaml", Self.kyiv)
            let overlay = try runner.run(["rules", "list", "--rules", "mine"], binary: copy)
            #expect(overlay.output.contains("kyiv.yaml\tmine/kyiv.yaml"), "\(overlay.output)")
        }
    }
}
