import ArgumentParser
import Foundation
import Zitat
import ZitatReports

/// `zitat report`: who said what, per source and topic, as HTML, CSV, JSON or text.
struct Report: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Reports who said what on whose behalf and compares the sources topic by topic.",
        discussion: """
        Reads one article or many: text files, directories (all *.txt, recursively), - for standard \
        input, and JSONL corpora (one article per line as {"id", "text", "date"?, "outlet"?, "url"?, \
        "title"?, ...}; see --input-format). With no path, reports on the bundled example article. \
        CSV rows and the JSON "documents" follow the claim schema of 'zitat analyze' \
        (reports/schema/claims.schema.json).

        Every claim is grouped under its source (default Washington, Kremlin, NATO; any source of the \
        rules can be chosen with --sources); claims without one of those appear under their speaker. \
        Claims get topics from rules/topics.yaml and from key terms two or more sides share; topics two \
        or more sources address are the points of comparison.

        Articles are analysed in parallel; the output is in input order and byte-identical for the same \
        input. An article that cannot be read (bad UTF-8, empty, a bad JSONL line) is reported on \
        standard error with its file and line, and skipped.

        Memory: CSV and JSON are streamed as articles finish and hold nothing per article. The HTML page \
        keeps summaries, not the corpus: counts per source, type, topic, day and outlet; the index \
        entries of the first 2,000 articles (the --html-dir folder lists all); at most 6 claims per \
        topic and source, the most characteristic first (3 for shared key terms, at most 200 key-term \
        topics); at most 200 claims per source, 5 per other speaker (the 40 speakers with the most \
        claims are listed, all are counted); the full text of the first --html-articles articles. \
        Tables that grow with the corpus have fixed capacities (150,000 key-term stems and parts, \
        10,000 other speakers, 5,000 outlets): past them the rarest are dropped, their claims still \
        counted in the totals. Everything else is counted but only listed in CSV and JSON.

        For large corpora, --html-dir DIR writes a folder instead of one page: index.html (overview, \
        timeline, topics, sides), one page per topic and per side, the article index in pages of 500, \
        and one page per article, written as the corpus streams by; all share zitat.css and zitat.js.

        Without --html, --html-dir, --csv or --json the comparison is printed as text. "-" as a file writes to \
        standard output. A summary goes to standard error at the end.

        Outputs are written into devices and FIFOs, and into regular files through temporary files put \
        in place only when the whole report is written; an output that is one of the inputs is refused.

        Exit status: 0 all inputs read; 1 some inputs failed and were skipped; 2 usage error (bad \
        flags, an unknown source id, an output that names an input), rules that cannot be loaded, or \
        an output (standard output and error too) that cannot be written.
        """
    )

    @Argument(help: "Article files, directories, - (standard input) or *.jsonl corpora. None: the bundled example.")
    var paths: [String] = []

    @Option(help: ArgumentHelp("Write the HTML report (one self-contained file).", valueName: "file"))
    var html: String?

    @Option(help: ArgumentHelp("Write the HTML report as a folder for large corpora: index.html, and pages per topic, side and article.", valueName: "dir"))
    var htmlDir: String?

    @Option(help: ArgumentHelp("Write one CSV row per claim (RFC 4180, UTF-8).", valueName: "file"))
    var csv: String?

    @Option(help: ArgumentHelp("Write the report model as JSON.", valueName: "file"))
    var json: String?

    @Option(help: ArgumentHelp("Comma-separated source ids to compare (default: Washington,Kremlin,NATO).", valueName: "a,b,c"))
    var sources: String?

    @OptionGroup var input: InputOptions

    @OptionGroup var rulesOptions: RulesOptions

    @Option(help: ArgumentHelp("Articles analysed at once (default: all cores).", valueName: "n"))
    var jobs: Int?

    @Option(help: ArgumentHelp("Articles whose full text the HTML page shows.", valueName: "n"))
    var htmlArticles: Int = 50

    @Flag(inversion: .prefixedNo, help: "Show a progress bar on standard error (default: when it is a terminal).")
    var progress: Bool?

    /// The ids of --sources, trimmed, without empty entries.
    var sourceIDs: [String]? {
        sources.map { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty } }
    }

    func validate() throws {
        let outputs = [html, csv, json].compactMap { $0 }
        if outputs.filter({ $0 == "-" }).count > 1 {
            throw usageError("only one of --html, --csv and --json can write to standard output (-)")
        }
        if Set(outputs.filter { $0 != "-" }).count < outputs.filter({ $0 != "-" }).count {
            throw usageError("--html, --csv and --json must name different files")
        }
        for output in outputs where output != "-" {
            let directory = (output as NSString).deletingLastPathComponent
            var isDirectory: ObjCBool = false
            if !directory.isEmpty, !(FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory) && isDirectory.boolValue) {
                throw usageError("cannot write \(output): no directory \(directory)")
            }
        }
        if paths.filter({ $0 == "-" }).count > 1 { throw usageError("standard input (-) can be read only once") }
        if htmlDir == "-" { throw usageError("--html-dir needs a folder, not standard output") }
        if let jobs, jobs < 1 { throw usageError("--jobs must be at least 1") }
        if htmlArticles < 0 { throw usageError("--html-articles must not be negative") }
        if let ids = sourceIDs, ids.isEmpty { throw usageError("--sources needs at least one source id") }
    }

    func run() async throws {
        let ruleSet = try rulesOptions.load()
        // Unknown source ids are a usage error, checked against the rules just loaded.
        if let ids = sourceIDs {
            do { _ = try ReportBuilder.sources(rules: ruleSet, selected: ids) } catch { throw usageError(error.localizedDescription) }
        }
        var limits = ReportLimits()
        limits.articleTexts = html == nil ? 0 : htmlArticles
        if htmlDir != nil {
            // Topic and side pages have room for more examples than the one-file page.
            limits.claimsPerCell = 12
            limits.claimsPerTermCell = 12
        }
        var options = ReportOptions(
            paths: paths, html: html, csv: csv, json: json, htmlDir: htmlDir, sources: sourceIDs, limits: limits, jobs: jobs,
            progress: progress ?? (isatty(STDERR_FILENO) == 1)
        )
        options.inputFormat = input.inputFormat
        options.date = input.date
        let outcome: ReportOutcome
        do {
            outcome = try await ReportRun.run(options, rules: ruleSet) { printError($0) }
        } catch let conflict as OutputConflict {
            throw usageError(conflict.message)
        } catch {
            printError("error: \(error.localizedDescription)")
            throw ExitStatus.usage
        }
        printError(outcome.summary)
        if outcome.exitCode != 0 { throw ExitCode(outcome.exitCode) }
    }

    /// Reports a bad flag with the usage line; exit status 2 like every usage error of zitat.
    func usageError(_ message: String) -> ExitCode {
        usageFailure(message, command: Report.self, name: "report")
    }
}
