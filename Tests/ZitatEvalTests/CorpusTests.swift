import Foundation
import Testing
import Zitat
@testable import ZitatEval

/// `../shared` beside the worktree, where the corpora live; absent on machines without them.
enum Shared {
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared").path
    static let dev = (directory as NSString).appendingPathComponent("corpora/wikinews-quotes/dev")
    static var available: Bool { FileManager.default.fileExists(atPath: dev) }
    static let skipReason: Comment = "../shared/corpora/wikinews-quotes/dev not found beside the worktree"
}

/// A temporary directory removed at the end of the test.
struct TemporaryDirectory: ~Copyable {
    let path: String

    init() throws {
        path = (NSTemporaryDirectory() as NSString).appendingPathComponent("zitat-eval-\(UUID().uuidString)")
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    func file(_ name: String) -> String { (path as NSString).appendingPathComponent(name) }

    deinit { try? FileManager.default.removeItem(atPath: path) }
}

@Suite struct GoldFormatTests {
    static let minimal = """
        {"documentName":"1 - Test","originalText":"Er sagte: „Ja.“","tokens":[
        {"charBegin":0,"charEnd":2,"id":0,"sentence":1,"text":"Er","word":1},
        {"charBegin":3,"charEnd":8,"id":1,"sentence":1,"text":"sagte","word":2},
        {"charBegin":8,"charEnd":9,"id":2,"sentence":1,"text":":","word":3},
        {"charBegin":10,"charEnd":11,"id":3,"sentence":1,"text":"„","word":4},
        {"charBegin":11,"charEnd":13,"id":4,"sentence":1,"text":"Ja","word":5},
        {"charBegin":13,"charEnd":14,"id":5,"sentence":1,"text":".","word":6},
        {"charBegin":14,"charEnd":15,"id":6,"sentence":1,"text":"“","word":7}],
        "sentences":[{"begin":0,"charBegin":0,"charEnd":15,"end":7,"id":0,"text":"Er sagte: „Ja.“","tokenIds":[0,1,2,3,4,5,6],"tokens":[]}],
        "annotations":[{"id":0,"type":"Direct","medium":"Speech","isNested":false,"hasNested":false,
        "quote":{"text":"„Ja.“","spans":[{"begin":3,"end":7,"charBegin":10,"charEnd":15}],"tokenIds":[3,4,5,6]},
        "speaker":{"text":"Er","spans":[{"begin":0,"end":1,"charBegin":0,"charEnd":2}],"tokenIds":[0]},
        "cue":{"text":"sagte","spans":[{"begin":1,"end":2,"charBegin":3,"charEnd":8}],"tokenIds":[1]},
        "frame":{"text":"Er sagte:","spans":[{"begin":0,"end":3,"charBegin":0,"charEnd":9}],"tokenIds":[0,1,2]},
        "addressee":{"text":"","spans":[],"tokenIds":[]}}]}
        """

    @Test func readsTheCorpusFormatAndWritesItBack() throws {
        let document = try WikinewsDocument.decode(Data(Self.minimal.utf8), path: "1.json")
        #expect(document.annotations.first?.type == .direct && document.annotations.first?.cue.tokenIds == [1])
        let again = try WikinewsDocument.decode(try document.encoded(), path: "again.json")
        #expect(again == document)
    }

    @Test(arguments: [
        ("{", "1.json: malformed gold file"),
        (#"{"originalText":"x","tokens":[]}"#, ""),
        (#"{"tokens":[]}"#, "missing key 'originalText'"),
        (#"{"originalText":"x","tokens":[{"id":0,"charBegin":0,"charEnd":5,"text":"x","sentence":1}]}"#, "outside the text"),
        (
            #"{"originalText":"x","tokens":[],"annotations":[{"type":"Quote","quote":{"text":"","spans":[],"tokenIds":[]}}]}"#,
            "annotations[0].type"
        ),
        (
            #"{"originalText":"x","tokens":[],"annotations":[{"type":"Direct","quote":{"text":"","spans":[],"tokenIds":[4]}}]}"#,
            "unknown token 4"
        ),
    ])
    func malformedFilesAreNamed(json: String, message: String) {
        do {
            _ = try WikinewsDocument.decode(Data(json.utf8), path: "1.json")
            #expect(message.isEmpty, "accepted: \(json)")
        } catch {
            #expect(!message.isEmpty, "rejected: \(error.localizedDescription)")
            #expect(error.localizedDescription.hasPrefix("1.json: malformed gold file: "))
            #expect(error.localizedDescription.contains(message), "\(error.localizedDescription)")
        }
    }

    @Test(arguments: [
        ("17 - Ein Titel mit (Klammer) (2009-03-01)", "2009-03-01"), ("17 - Titel (2021-12-31) ", "2021-12-31"),
        ("17 - Titel", nil), ("17 - Titel (2009-03)", nil), ("17 - Titel (2009-03-01) und mehr", nil),
    ] as [(String, String?)])
    func articleDateFromTheDocumentName(name: String, date: String?) {
        #expect(DocumentResult.articleDate(in: name) == date)
    }

    /// The analyzer sees the date of the gold document's name.
    @Test func analysisIsDatedByTheDocumentName() throws {
        var document = try WikinewsDocument.decode(Data(Self.minimal.utf8), path: "1.json")
        document.documentName = "1 - Test (2010-05-06)"
        let rules = try RuleSet.load(directory: RuleSet.checkoutDirectory)
        let result = DocumentResult(id: "1", path: "1.json", gold: document, analyzer: Analyzer(rules: rules), adapter: PredictionAdapter())
        #expect(result.analysis.document.date == "2010-05-06")
    }

    @Test func missingAndEmptyGoldDirectories() throws {
        let temporary = try TemporaryDirectory()
        #expect(throws: EvalError.goldEmpty(path: temporary.path)) { try Evaluation.goldFiles(in: temporary.path) }
        let missing = temporary.file("nope")
        #expect(throws: EvalError.goldNotFound(path: missing)) { try Evaluation.goldFiles(in: missing) }
        try Data("x".utf8).write(to: URL(fileURLWithPath: temporary.file("a.txt")))
        #expect(throws: EvalError.goldNotDirectory(path: temporary.file("a.txt"))) { try Evaluation.goldFiles(in: temporary.file("a.txt")) }
    }

    /// One bad file is reported by name; the good ones are still scored.
    @Test func badFileDoesNotStopTheOthers() async throws {
        let temporary = try TemporaryDirectory()
        try Data(Self.minimal.utf8).write(to: URL(fileURLWithPath: temporary.file("1.json")))
        try Data("{\"originalText\": 3}".utf8).write(to: URL(fileURLWithPath: temporary.file("2.json")))
        try Data(Self.minimal.utf8).write(to: URL(fileURLWithPath: temporary.file("3.json")))
        let rules = try RuleSet.load(directory: RuleSet.checkoutDirectory)
        let evaluation = try await Evaluation.run(goldDirectory: temporary.path, analyzer: Analyzer(rules: rules))
        #expect(evaluation.documents.map(\.id) == ["1", "3"])
        #expect(evaluation.failures.count == 1)
        #expect(evaluation.failures.first?.localizedDescription.contains("2.json: malformed gold file") == true)
        #expect(evaluation.scores.goldQuotes == 2)
    }
}

/// End to end on five dev articles of the Wikinews corpus, when `../shared` is present.
@Suite(.enabled(if: Shared.available, Shared.skipReason))
struct CorpusTests {
    func files() throws -> [String] {
        Array(try Evaluation.goldFiles(in: Shared.dev).prefix(5))
    }

    @Test func evaluatesFiveDevArticlesDeterministically() async throws {
        let rules = try RuleSet.load(directory: RuleSet.checkoutDirectory)
        let files = try files()
        let first = await Evaluation.run(files: files, analyzer: Analyzer(rules: rules), jobs: 4)
        let second = await Evaluation.run(files: files, analyzer: Analyzer(rules: rules), jobs: 1)
        #expect(first.failures.isEmpty && first.documents.count == 5)
        #expect(first.scores == second.scores)
        #expect(first.documents.map(\.id) == files.map { (($0 as NSString).lastPathComponent as NSString).deletingPathExtension })
        let goldCount = first.documents.reduce(0) { $0 + $1.gold.annotations.count }
        #expect(first.scores.goldQuotes == goldCount)
        #expect(try ScoreReport.json(first.scores) == (try ScoreReport.json(second.scores)))
        #expect(ErrorReport.render(first) == ErrorReport.render(second))
    }

    /// The export re-read as gold scores like the evaluation, and scores perfectly against itself.
    @Test func exportRoundTrips() async throws {
        let rules = try RuleSet.load(directory: RuleSet.checkoutDirectory)
        let evaluation = await Evaluation.run(files: try files(), analyzer: Analyzer(rules: rules))
        let temporary = try TemporaryDirectory()
        try evaluation.export(to: temporary.path)
        var scorer = Scorer()
        var selfScorer = Scorer()
        for document in evaluation.documents {
            let exported = try WikinewsDocument.load(path: temporary.file("\(document.id).json"))
            #expect(exported.originalText == document.gold.originalText && exported.tokens == document.gold.tokens)
            let predicted = exported.annotations.map(ScoringQuote.init)
            #expect(predicted == document.predicted)
            scorer.add(predictions: predicted, gold: document.expected)
            selfScorer.add(predictions: predicted, gold: predicted)
        }
        #expect(scorer.scores == evaluation.scores)
        let perfect = selfScorer.scores
        #expect(perfect.predictedQuotes == 0 || perfect.joint.f1 == 1)
    }

    /// Gold quotes turned into claims the way Zitat reports them (direct without marks, indirect
    /// with a trailing period, free indirect without it) come back as the gold tokens.
    @Test func adapterConventionsRestoreGoldSpans() throws {
        for path in try Evaluation.goldFiles(in: Shared.dev).prefix(30) {
            let gold = try WikinewsDocument.load(path: path)
            let scalars = Array(gold.originalText.unicodeScalars)
            let index = TokenIndex(tokens: gold.tokens)
            var claims: [Claim] = []
            var expected: [Set<Int>] = []
            for annotation in gold.annotations where annotation.quote.spans.count == 1 && !annotation.isNested {
                guard let span = annotation.quote.spans.first else { continue }
                var content = Span(span.charBegin, span.charEnd)
                let type: ClaimType
                switch annotation.type {
                case .direct:
                    guard PredictionAdapter.quotationMarks.contains(scalars[content.start]),
                        PredictionAdapter.quotationMarks.contains(scalars[content.end - 1])
                    else { continue }
                    content = Span(content.start + 1, content.end - 1)
                    type = .direct
                case .indirect:
                    if content.end < scalars.count, scalars[content.end] == "." { content.end += 1 }
                    type = .indirect
                case .indirectFreeIndirect:
                    guard PredictionAdapter.finalMarks.contains(scalars[content.end - 1]) else { continue }
                    content.end -= 1
                    type = .freeIndirect
                default:
                    continue
                }
                claims.append(Claim(id: claims.count, type: type, text: "", spans: [content], rule: "oracle"))
                expected.append(Set(annotation.quote.tokenIds))
            }
            let analysis = Analysis(document: DocumentInfo(id: "oracle"), claims: claims, ignored: [])
            let adapter = PredictionAdapter(conventions: AdapterConventions(mergeFreeIndirectRuns: false))
            let predicted = adapter.predictions(for: analysis, text: gold.originalText).map { index.scoringQuote($0).quote }
            #expect(Set(predicted) == Set(expected), "\(path)")
        }
    }
}
