public import Foundation
public import Zitat

/// One gold article with Zitat's analysis of it, the predictions in the corpus's conventions and their pairing.
public struct DocumentResult: Sendable {
    /// The file name without extension.
    public var id: String
    public var path: String
    public var gold: WikinewsDocument
    public var analysis: Analysis
    public var predictions: [PredictedQuote]
    public var predicted: [ScoringQuote]
    public var expected: [ScoringQuote]
    public var matching: Matching

    /// Analyses the gold article's text and pairs Zitat's predictions with the gold quotes.
    public init(id: String, path: String, gold: WikinewsDocument, analyzer: Analyzer, adapter: PredictionAdapter) {
        self.id = id
        self.path = path
        self.gold = gold
        let info = DocumentInfo(id: id, path: path, date: Self.articleDate(in: gold.documentName))
        analysis = analyzer.analyze(Document(info: info, text: gold.originalText))
        let index = TokenIndex(tokens: gold.tokens)
        // A prediction covering no token cannot be scored: eval.py would divide by its token count.
        predictions = adapter.predictions(for: analysis, text: gold.originalText).filter { !index.tokenIDs($0.quote).isEmpty }
        predicted = predictions.map(index.scoringQuote)
        expected = gold.annotations.map(ScoringQuote.init)
        matching = Matching.match(predictions: predicted, gold: expected)
    }

    /// The article date a Wikinews `documentName` ends with: "1234 - Titel (2009-03-01)" → "2009-03-01".
    public static func articleDate(in documentName: String?) -> String? {
        guard let documentName, let match = documentName.firstMatch(of: /\((\d{4}-\d{2}-\d{2})\)\s*$/) else { return nil }
        return String(match.1)
    }

    /// The predictions in the corpus's own format (same text, tokens and sentences as the gold).
    public var exported: WikinewsDocument {
        let index = TokenIndex(tokens: gold.tokens)
        let scalars = Array(gold.originalText.unicodeScalars)
        var document = gold
        document.annotations = predictions.enumerated().map { index.annotation($1, id: $0, scalars: scalars) }
        return document
    }
}

/// A corpus evaluation: per-document results in file order, unreadable gold files, and the scores.
public struct Evaluation: Sendable {
    public var documents: [DocumentResult]
    /// Gold files that could not be read; the others are still scored.
    public var failures: [EvalError]
    public var scores: Scores

    public init(documents: [DocumentResult], failures: [EvalError]) {
        self.documents = documents
        self.failures = failures
        var scorer = Scorer()
        for document in documents {
            scorer.add(predictions: document.predicted, gold: document.expected, matching: document.matching)
        }
        scores = scorer.scores
    }

    /// The `*.json` files of a gold directory, sorted by name.
    public static func goldFiles(in directory: String) throws(EvalError) -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory) else {
            throw .goldNotFound(path: directory)
        }
        guard isDirectory.boolValue else { throw .goldNotDirectory(path: directory) }
        let names: [String]
        do { names = try FileManager.default.contentsOfDirectory(atPath: directory) } catch {
            throw .unreadableGold(path: directory, reason: error.localizedDescription)
        }
        let files = names.filter { $0.lowercased().hasSuffix(".json") }.sorted()
            .map { (directory as NSString).appendingPathComponent($0) }
        if files.isEmpty { throw .goldEmpty(path: directory) }
        return files
    }

    /// Reads, analyses and scores every gold file of a directory, `jobs` at a time; results keep file order.
    public static func run(
        goldDirectory: String, analyzer: Analyzer, adapter: PredictionAdapter = PredictionAdapter(),
        jobs: Int = ProcessInfo.processInfo.activeProcessorCount
    ) async throws(EvalError) -> Evaluation {
        let files = try goldFiles(in: goldDirectory)
        return await run(files: files, analyzer: analyzer, adapter: adapter, jobs: jobs)
    }

    /// Reads, analyses and scores the given gold files, `jobs` at a time; results keep file order.
    public static func run(
        files: [String], analyzer: Analyzer, adapter: PredictionAdapter = PredictionAdapter(),
        jobs: Int = ProcessInfo.processInfo.activeProcessorCount
    ) async -> Evaluation {
        let results = await withTaskGroup(of: (Int, Result<DocumentResult, EvalError>).self) { group in
            var results = [Result<DocumentResult, EvalError>?](repeating: nil, count: files.count)
            var next = 0
            func submit() {
                let index = next, path = files[index]
                next += 1
                group.addTask {
                    do throws(EvalError) {
                        let gold = try WikinewsDocument.load(path: path)
                        let id = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
                        return (index, .success(DocumentResult(id: id, path: path, gold: gold, analyzer: analyzer, adapter: adapter)))
                    } catch {
                        return (index, .failure(error))
                    }
                }
            }
            while next < files.count && next < max(1, jobs) { submit() }
            for await (index, result) in group {
                results[index] = result
                if next < files.count { submit() }
            }
            return results.compactMap { $0 }
        }
        var documents: [DocumentResult] = []
        var failures: [EvalError] = []
        for result in results {
            switch result {
            case let .success(document): documents.append(document)
            case let .failure(error): failures.append(error)
            }
        }
        return Evaluation(documents: documents, failures: failures)
    }

    /// Writes each document's predictions as `<id>.json` in the corpus format.
    public func export(to directory: String) throws(EvalError) {
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw .cannotWrite(path: directory, reason: error.localizedDescription)
        }
        for document in documents {
            let path = (directory as NSString).appendingPathComponent("\(document.id).json")
            do {
                try OutputFile.write(try document.exported.encoded(), to: path)
            } catch {
                throw .cannotWrite(path: path, reason: error.localizedDescription)
            }
        }
    }
}
