import Foundation
import Testing

/// `zitat sentences` end to end: exit codes (0 ok, 1 some input failed, 2 usage error) and what
/// lands on stdout and stderr.
@Suite struct SentencesCommandTests {
    static let article = "Der Minister sagte, die Lage sei ernst. „Wir bleiben standhaft“, sagte er.\n"
    static let sentences = ["Der Minister sagte, die Lage sei ernst.", "„Wir bleiben standhaft“, sagte er."]

    @Test func printsOneSentenceALine() throws {
        try withRunner { runner in
            try runner.write("article.txt", Self.article)
            let run = try runner.run(["sentences", "article.txt"])
            expectNoCrash(run)
            #expect(run.status == 0, "\(run.stderr)")
            #expect(run.stderr.isEmpty)
            #expect(run.output == Self.sentences.map { $0 + "\n" }.joined())
        }
    }

    @Test func readsStandardInput() throws {
        try withRunner { runner in
            let run = try runner.run(["sentences", "-"], stdin: Self.article)
            #expect(run.status == 0, "\(run.stderr)")
            #expect(run.output == Self.sentences.map { $0 + "\n" }.joined())
        }
    }

    /// A longer fixture: every line is a sentence of the text, and together they cover all of it.
    @Test func sentencesOfAFixtureCoverItsText() throws {
        try withRunner { runner in
            try runner.copy(fixture: "articles/sources.txt", to: "sources.txt")
            let run = try runner.run(["sentences", "sources.txt"])
            expectNoCrash(run)
            #expect(run.status == 0, "\(run.stderr)")
            let text = try String(contentsOf: runner.directory.appendingPathComponent("sources.txt"), encoding: .utf8)
            let lines = run.output.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
            #expect(lines.count > text.split(separator: "\n").count, "more sentences than paragraphs")
            #expect(lines.allSatisfy { !$0.isEmpty && text.contains($0) }, "\(lines)")
            func letters(_ string: some StringProtocol) -> String { String(string.filter { !$0.isWhitespace }) }
            #expect(letters(lines.joined()) == letters(text), "sentences lose or add text")
        }
    }

    /// A missing input: exit 1, one error naming it, and the other input is still split.
    @Test func missingInputIsNamedWithExitOne() throws {
        try withRunner { runner in
            try runner.write("article.txt", Self.article)
            let run = try runner.run(["sentences", "article.txt", "missing.txt"])
            expectNoCrash(run)
            #expect(run.status == 1, "\(run.stderr)")
            #expect(run.stderrLines == ["zitat: missing.txt: no such file or directory"], "\(run.stderr)")
            #expect(run.output == "==> article.txt <==\n" + Self.sentences.map { $0 + "\n" }.joined())
        }
    }

    /// An unknown flag, and no input at all (the paths are required): exit 2.
    @Test(arguments: [["sentences", "article.txt", "--no-such-flag"], ["sentences"]])
    func usageErrorsExitTwo(arguments: [String]) throws {
        try withRunner { runner in
            try runner.write("article.txt", Self.article)
            expectUsageError(try runner.run(arguments), "sentences")
        }
    }
}
