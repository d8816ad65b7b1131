import Foundation
public import Zitat

/// What `zitat report` was asked to do.
public struct ReportOptions: Sendable {
    /// Files, directories, `-`, `*.jsonl` corpora; empty for the bundled example article.
    public var paths: [String]
    /// Output files; `-` writes to standard output.
    public var html: String?
    public var csv: String?
    public var json: String?
    /// A folder for the many-page HTML report (`--html-dir`).
    public var htmlDir: String?
    /// Source ids to compare; nil for Washington, Kremlin, NATO.
    public var sources: [String]?
    public var limits: ReportLimits
    /// Articles analysed at once; nil for all cores.
    public var jobs: Int?
    /// Draw a progress bar on standard error (the CLI turns it on when that is a terminal).
    public var progress: Bool
    /// How the inputs are read (prose, JSON Lines, or recognised by content).
    public var inputFormat: InputFormat = .auto
    /// The date of articles that carry none of their own ("2015-03").
    public var date: String?

    public init(paths: [String], html: String? = nil, csv: String? = nil, json: String? = nil, htmlDir: String? = nil,
                sources: [String]? = nil, limits: ReportLimits = ReportLimits(), jobs: Int? = nil, progress: Bool = false) {
        self.paths = paths
        self.html = html
        self.htmlDir = htmlDir
        self.csv = csv
        self.json = json
        self.sources = sources
        self.limits = limits
        self.jobs = jobs
        self.progress = progress
    }

    /// True when no output file is named: the comparison goes to standard output as text.
    public var writesText: Bool { html == nil && csv == nil && json == nil && htmlDir == nil }
}

/// How a report run went.
public struct ReportOutcome: Sendable {
    public var articles: Int
    public var claims: Int
    public var failures: [CorpusFailure]
    /// Claims per chosen source and of other speakers, in report order.
    public var claimsPerGroup: [(label: String, total: Int)]
    public var seconds: Double

    /// 0 when every input was read, 1 when some failed (and were skipped).
    public var exitCode: Int32 { failures.isEmpty ? 0 : 1 }

    /// The closing summary for standard error.
    public var summary: String {
        var counts = claimsPerGroup.map { "\($0.label) \($0.total)" }
        if counts.isEmpty { counts = ["none"] }
        let rate = seconds > 0 ? String(format: "%.1f", Double(articles + failures.count) / seconds) : "-"
        var text = "zitat report: \(articles) article\(articles == 1 ? "" : "s"), \(claims) claim\(claims == 1 ? "" : "s"), "
        text += "\(failures.count) failed; claims per source: \(counts.joined(separator: ", ")); "
        text += String(format: "%.2f s, %@ articles/s", seconds, rate)
        return text
    }
}

/// One article as a worker leaves it: the report document, its ignored spans, its text while a page
/// needs it, each claim's key terms, and its page of the `--html-dir` folder.
struct Analysed: Sendable {
    var document: ReportDocument
    var ignored: [IgnoredSpan]
    var text: String?
    var terms: [[KeyTerm]]?
    var page: String?
}

/// Runs a report: reads the inputs as a stream, analyses them in parallel, streams CSV and JSON as
/// results arrive in input order, and renders the HTML page (or the text comparison) at the end.
public enum ReportRun {
    public static func run(
        _ options: ReportOptions, rules: RuleSet, diagnostics: @escaping @Sendable (String) -> Void = { _ in }
    ) async throws -> ReportOutcome {
        let clock = ContinuousClock()
        let started = clock.now
        let builder = try ReportBuilder(rules: rules, selected: options.sources)
        let analyzer = Analyzer(rules: rules, defaultDate: options.date)
        let keepsPage = options.html != nil || options.htmlDir != nil || options.writesText
        var accumulator = ReportAccumulator(
            sources: builder.sources, ruleTopics: builder.tagger.topics, limits: keepsPage ? options.limits : .countsOnly,
            tagger: builder.tagger
        )
        let sources = options.paths.isEmpty ? nil : InputSource.expand(options.paths, extension: options.inputFormat.directoryExtension)
        let outputs = [options.html, options.csv, options.json].compactMap { $0 }
        if let message = OutputCheck.conflict(outputs: outputs, inputs: sources ?? []) { throw OutputConflict(message: message) }
        let site = try options.htmlDir.map { try HTMLSite(directory: $0, sources: builder.sources) }
        var siteIndex = site.map(SiteIndex.init(site:))
        let csv = try options.csv.map { path throws(OutputError) in try OutputFile(path: path) }
        let json = try options.json.map { path throws(OutputError) in try OutputFile(path: path) }
        // Opened now, written at the end: an unwritable path fails before the corpus is analysed.
        let html = try options.html.map { path throws(OutputError) in try OutputFile(path: path) }
        var jsonWriter = JSONReport()
        try csv?.write(CSVReport.header)
        try json?.write(try jsonWriter.head(sources: builder.sources, topics: builder.tagger.topics))

        let items = CorpusReader.items(sources: sources, format: options.inputFormat)
        var progress = options.progress
            ? ProgressBar(total: options.paths.isEmpty ? 1 : CorpusReader.count(paths: options.paths, format: options.inputFormat))
            : nil
        let runner = CorpusRunner(width: options.jobs ?? ProcessInfo.processInfo.activeProcessorCount)
        try await runner.run(items) { item -> Result<Analysed, CorpusFailure> in
            // Everything per article that needs no other article runs here, in parallel.
            item.load().map { document in
                let analysis = analyzer.analyze(document)
                var report = builder.document(analysis, text: document.text)
                report.metadata = document.metadata
                return Analysed(
                    document: report, ignored: analysis.ignored, text: keepsPage ? document.text : nil,
                    terms: keepsPage ? report.claims.map { builder.tagger.keyTerms(in: $0.text) } : nil,
                    page: site?.articleBody(report, text: document.text)
                )
            }
        } deliver: { _, result in
            switch result {
            case let .success(analysed):
                let document = analysed.document
                if let site, let page = analysed.page {
                    try site.writeArticle(document, body: page, position: accumulator.articleCount)
                    try siteIndex?.add(document, position: accumulator.articleCount)
                }
                accumulator.add(document, text: analysed.text, terms: analysed.terms)
                try csv?.write(CSVReport.rows(document))
                try json?.write(try jsonWriter.document(document, ignored: analysed.ignored))
            case let .failure(failure):
                accumulator.addFailure(failure)
                // Clear the progress line first so the warning stands on a line of its own.
                let clear = progress == nil ? "" : "\r\u{1B}[K"
                diagnostics(clear + "warning: \(failure.errorDescription ?? failure.message) (skipped)")
            }
            progress?.advance()
        }
        progress?.finish()

        let report = accumulator.report(title: title(options, accumulator: accumulator))
        try json?.write(try jsonWriter.tail(report))
        try html?.write(HTMLReport.render(report))
        // Everything written out first, then put in place: a failure leaves every old file as it was.
        let files = [csv, json, html].compactMap { $0 }
        for file in files { try file.flush() }
        try site?.finish(report, index: siteIndex)
        for file in files { try file.close() }
        if options.writesText {
            let file = try OutputFile(path: "-")
            try file.write(TextReport.render(report))
            try file.close()
        }
        return ReportOutcome(
            articles: accumulator.articleCount, claims: accumulator.claimCount, failures: accumulator.failures,
            claimsPerGroup: summaryCounts(report), seconds: seconds(clock.now - started)
        )
    }

    static func title(_ options: ReportOptions, accumulator: ReportAccumulator) -> String {
        if options.paths.isEmpty { return "Beispielartikel (example-article)" }
        if options.paths.count == 1, accumulator.articleCount == 1, let only = accumulator.report(title: "").documents.first {
            return only.id
        }
        return "\(accumulator.articleCount) Artikel aus \(options.paths.joined(separator: ", "))"
    }

    static func summaryCounts(_ report: Report) -> [(label: String, total: Int)] {
        var result = report.groups.filter(\.isSource).map { ($0.label, $0.total) }
        let others = report.groups.filter { !$0.isSource }.reduce(0) { $0 + $1.total }
        if others > 0 { result.append(("other speakers", others)) }
        return result
    }

    static func seconds(_ duration: Duration) -> Double {
        let parts = duration.components
        return Double(parts.seconds) + Double(parts.attoseconds) / 1e18
    }
}

/// A one-line progress bar on standard error, redrawn at most ten times a second.
struct ProgressBar {
    let total: Int
    var done = 0
    let clock = ContinuousClock()
    let started: ContinuousClock.Instant
    var lastDrawn: ContinuousClock.Instant

    init(total: Int) {
        self.total = max(1, total)
        started = clock.now
        lastDrawn = started - .seconds(1)
    }

    mutating func advance() {
        done += 1
        let now = clock.now
        if now - lastDrawn >= .milliseconds(100) || done == total {
            lastDrawn = now
            draw(now)
        }
    }

    func draw(_ now: ContinuousClock.Instant) {
        let width = 30
        let filled = min(width, width * done / total)
        let elapsed = ReportRun.seconds(now - started)
        let rate = elapsed > 0 ? Double(done) / elapsed : 0
        let bar = String(repeating: "█", count: filled) + String(repeating: "·", count: width - filled)
        let text = "\r\(bar) \(done)/\(total) articles  \(String(format: "%.1f", rate))/s "
        StandardStreams.writeError(text)
    }

    func finish() {
        StandardStreams.writeError("\n")
    }
}
