public import Foundation
public import Zitat

/// What `zitat analyze` was asked to do.
public struct AnalyzeOptions: Sendable {
    public var paths: [String]
    public var format: AnalysisFormat
    /// The output file, or "-" for standard output.
    public var output: String
    public var jobs: Int?
    /// How the inputs are read (prose, JSON Lines, or recognised by content).
    public var inputFormat: InputFormat
    /// The date of articles that carry none of their own ("2015-03").
    public var date: String?

    public init(paths: [String], format: AnalysisFormat, output: String = "-", jobs: Int? = nil, inputFormat: InputFormat = .auto,
                date: String? = nil) {
        self.date = date
        self.paths = paths
        self.format = format
        self.output = output
        self.jobs = jobs
        self.inputFormat = inputFormat
    }
}

/// How an analysis run went.
public struct AnalyzeOutcome: Sendable {
    public var articles: Int
    public var claims: Int
    public var failures: [CorpusFailure]
}

/// Runs `zitat analyze`: reads the inputs as a stream, analyses them in parallel, and writes each
/// analysis in input order as it is ready (JSON Lines, CSV and text stream; JSON collects an array).
public enum AnalyzeRun {
    public static func run(
        _ options: AnalyzeOptions, rules: RuleSet, diagnostics: @escaping @Sendable (String) -> Void = { _ in }
    ) async throws -> AnalyzeOutcome {
        let analyzer = Analyzer(rules: rules, defaultDate: options.date)
        let sources = options.paths.isEmpty ? nil : InputSource.expand(options.paths, extension: options.inputFormat.directoryExtension)
        if let message = OutputCheck.conflict(outputs: [options.output], inputs: sources ?? []) { throw OutputConflict(message: message) }
        let items = CorpusReader.items(sources: sources, format: options.inputFormat)
        let output = try OutputFile(path: options.output)
        var outcome = AnalyzeOutcome(articles: 0, claims: 0, failures: [])
        // JSON: one input as an object, any other number as an array. The first analysis is held
        // back until a second input shows which it is, so the inputs are read only once.
        var json = JSONShape()
        if options.format == .csv { try output.write(CSVReport.row(AnalysisOutput.csvHeader)) }
        let tagger = try TopicTagger(rules: rules)
        let runner = CorpusRunner(width: options.jobs ?? ProcessInfo.processInfo.activeProcessorCount)
        try await runner.run(items) { item in
            item.load().map { document in
                let analysis = analyzer.analyze(document)
                return Analysed(analysis: analysis, document: ClaimSchema.document(
                    analysis, topics: tagger.tag(analysis.claims), metadata: document.metadata, text: document.text))
            }
        } deliver: { _, result in
            switch result {
            case let .success(analysed):
                let analysis = analysed.analysis
                let text = try render(analysed, format: options.format, first: outcome.articles == 0)
                try output.write(options.format == .json ? json.add(text) : text)
                outcome.articles += 1
                outcome.claims += analysis.claims.count
            case let .failure(failure):
                if options.format == .json { try output.write(json.add(nil)) }
                // JSON Lines keeps one output line per input line: a failed one gets an error record.
                if options.format == .jsonl { try output.write(try AnalysisOutput.errorRecord(failure) + "\n") }
                outcome.failures.append(failure)
                diagnostics("error: \(failure.errorDescription ?? failure.message)")
            }
        }
        if options.format == .json { try output.write(json.end()) }
        try output.close()
        return outcome
    }

    /// The JSON document of a run: an object for exactly one input read, else an array of the analyses.
    struct JSONShape {
        private var inputs = 0
        private var held: String?
        private var written = 0

        /// The text to write for the next input (`nil` for one that failed).
        mutating func add(_ body: String?) -> String {
            inputs += 1
            if inputs == 1 {
                held = body
                return ""
            }
            var text = inputs == 2 ? "[" : ""
            for next in [inputs == 2 ? held : nil, body].compactMap({ $0 }) {
                text += (written == 0 ? "\n" : ",\n") + next
                written += 1
            }
            held = nil
            return text
        }

        /// The text that closes the document.
        func end() -> String {
            switch inputs {
            case 0: "[]\n"
            case 1: held.map { $0 + "\n" } ?? "[]\n"
            default: written == 0 ? "]\n" : "\n]\n"
            }
        }
    }

    /// An analysis with its report document (claims in the schema, topics, input metadata).
    struct Analysed: Sendable {
        var analysis: Analysis
        var document: ReportDocument
    }

    /// One analysis as text, CSV rows or a JSON line; for JSON the document alone, placed by `JSONShape`.
    static func render(_ analysed: Analysed, format: AnalysisFormat, first: Bool) throws -> String {
        switch format {
        case .text:
            return (first ? "" : "\n") + AnalysisOutput.text(analysed.analysis)
        case .json:
            return try AnalysisOutput.record(analysed.document, ignored: analysed.analysis.ignored)
        case .jsonl:
            return try AnalysisOutput.record(analysed.document, ignored: analysed.analysis.ignored, pretty: false) + "\n"
        case .csv:
            return CSVReport.rows(analysed.document)
        }
    }
}

/// An output that names an input or another output; a usage error, found before anything is written.
public struct OutputConflict: Error, LocalizedError, Sendable {
    public var message: String
    public var errorDescription: String? { message }
}

extension InputFormat {
    /// The files a directory yields: `*.jsonl` for JSON Lines, else `*.txt`.
    public var directoryExtension: String { self == .jsonl ? "jsonl" : "txt" }
}
