public import ArgumentParser
import Foundation
import Zitat
import ZitatReports

struct Analyze: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Find quotes and reported speech in German articles, with speaker and source.",
        discussion: """
        Reads UTF-8 text files, directories (all *.txt inside, recursively), JSON Lines corpora \
        (one article per line as {"id", "text", "date"?, "outlet"?, "url"?, "title"?, ...}; other \
        fields pass through as metadata) or '-' for standard input; see --input-format. With no \
        path, analyses the bundled example article. Articles are analysed in parallel; output comes \
        in input order, the same for the same input.

        Every claim names its type (direct, indirect, free_indirect, reported), its spans, cue, \
        speaker (mention and canonical name), source and the rules that decided, with its claim id \
        and its document's id, date, outlet, url and title: the schema of \
        reports/schema/claims.schema.json, shared with 'zitat report'. Offsets count Unicode \
        scalars of the original text, half-open.

        Pipelines: 'zitat analyze - --format jsonl' prints one line per non-blank JSONL input line, \
        in order; a line that cannot be read gives {"error", "input", "line", "id"} in its place. \
        Empty standard input prints nothing and exits 0.

        Outputs are written into devices and FIFOs, and into regular files through a temporary file \
        renamed when complete; an output that is one of the inputs is refused.

        Exit status: 0 when every input was analysed, 1 when some input could not be read (the \
        others are still analysed), 2 for usage or rule errors, an output that names an input, or \
        an output (standard output too) that cannot be written.
        """
    )

    @Argument(help: ArgumentHelp("Articles: files, directories, *.jsonl corpora, or '-' for stdin.", valueName: "path"))
    var paths: [String] = []

    @Option(name: .long, help: "Output format: text (a readable table), json, jsonl or csv.")
    var format: AnalysisFormat = .text

    @Option(name: .shortAndLong, help: ArgumentHelp("Write the output to this file instead of stdout.", valueName: "file"))
    var output: String?

    @Option(name: .long, help: ArgumentHelp("Articles analysed at once (default: all cores).", valueName: "n"))
    var jobs: Int?

    @OptionGroup var input: InputOptions

    @OptionGroup var rules: RulesOptions

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if paths.filter({ $0 == "-" }).count > 1 { throw ValidationError("standard input (-) can be read only once") }
    }

    func run() async throws {
        let ruleSet = try rules.load()
        let options = AnalyzeOptions(
            paths: paths, format: format, output: output ?? "-", jobs: jobs, inputFormat: input.inputFormat,
            date: input.date
        )
        let outcome: AnalyzeOutcome
        do {
            outcome = try await AnalyzeRun.run(options, rules: ruleSet, diagnostics: printError)
        } catch let conflict as OutputConflict {
            throw usageFailure(conflict.message, command: Analyze.self, name: "analyze")
        } catch {
            printError("error: \(error.localizedDescription)")
            throw ExitStatus.usage
        }
        if !outcome.failures.isEmpty {
            printError("\(outcome.failures.count) of \(outcome.articles + outcome.failures.count) inputs failed")
            throw ExitStatus.inputFailed
        }
    }
}

extension AnalysisFormat: ExpressibleByArgument {}
