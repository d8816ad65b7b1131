import Foundation
public import Zitat

/// What `zitat analyze` was asked to do.
public struct AnalyzeOptions: Sendable {
    public var paths: [String]
    public var format: AnalysisFormat
    /// The output file, or "-" for standard output.
    public var output: String
    public var jobs: Int?

    public init(paths: [String], format: AnalysisFormat, output: String = "-", jobs: Int? = nil) {
        self.paths = paths
        self.format = format
        self.output = output
        self.jobs = jobs
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
        let analyzer = Analyzer(rules: rules)
        let items = CorpusReader.items(paths: options.paths)
        let total = options.format == .json && !options.paths.isEmpty ? CorpusReader.count(paths: options.paths) : 1
        let output = try OutputFile(path: options.output)
        var outcome = AnalyzeOutcome(articles: 0, claims: 0, failures: [])
        // JSON: one document as an object, several as an array.
        let array = options.format == .json && total != 1
        if options.format == .csv { try output.write(CSVReport.row(AnalysisOutput.csvHeader)) }
        if array { try output.write("[") }
        let runner = CorpusRunner(width: options.jobs ?? ProcessInfo.processInfo.activeProcessorCount)
        try await runner.run(items) { item in
            item.load().map { analyzer.analyze($0) }
        } deliver: { _, result in
            switch result {
            case let .success(analysis):
                try output.write(render(analysis, format: options.format, first: outcome.articles == 0, inArray: array))
                outcome.articles += 1
                outcome.claims += analysis.claims.count
            case let .failure(failure):
                outcome.failures.append(failure)
                diagnostics("error: \(failure.errorDescription ?? failure.message)")
            }
        }
        if array { try output.write(outcome.articles == 0 ? "]\n" : "\n]\n") }
        try output.close()
        return outcome
    }

    static func render(_ analysis: Analysis, format: AnalysisFormat, first: Bool, inArray: Bool) -> String {
        switch format {
        case .text:
            return (first ? "" : "\n") + AnalysisOutput.text(analysis)
        case .json:
            let body = AnalysisOutput.json(analysis)
            guard inArray else { return body + "\n" }
            return (first ? "\n" : ",\n") + body
        case .jsonl:
            return AnalysisOutput.json(analysis, pretty: false) + "\n"
        case .csv:
            return AnalysisOutput.csvRows(analysis)
        }
    }
}
