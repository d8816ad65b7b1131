import ArgumentParser
import Foundation
import Zitat
import ZitatEval

/// `zitat eval`: scores Zitat against gold quotation annotations in the Wikinews JSON format.
struct Eval: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Scores Zitat against gold quotation annotations (Wikinews corpus JSON).",
        discussion: """
            Analyses each gold article's originalText and scores the predictions as the dataset authors' \
            eval.py does (message, roles, joint, form and medium precision/recall/F1: the official figures), \
            with per-role and per-type tables as extras. --export writes the predictions for eval.py itself. \
            Exit status: 0 ok, 1 a gold file could \
            not be read (the others are still scored), 2 usage, rules, gold directory or output error, 3 a score \
            below its --min floor (3 wins over 1, so CI can gate on it).
            """
    )

    @Option(help: ArgumentHelp("Directory of gold *.json files.", valueName: "dir"))
    var gold: String

    @OptionGroup var rulesOptions: RulesOptions

    @Flag(help: "Print the scores as JSON (fractions in 0…1) instead of tables.")
    var json = false

    @Option(
        name: .customLong("min"),
        help: ArgumentHelp(
            "Floors in percent, e.g. message=45,roles=30,joint=35,direct=60,speaker=50 (F1; .p/.r for precision/recall).",
            valueName: "floors"))
    var floorSpec: String?

    @Option(help: ArgumentHelp("Write the predictions in the corpus's JSON format, one file per article.", valueName: "dir"))
    var export: String?

    @Option(help: ArgumentHelp("Write a readable list of errors, grouped by kind.", valueName: "file"))
    var errors: String?

    @Option(help: ArgumentHelp("Write the scores as a Markdown report.", valueName: "file"))
    var markdown: String?

    @Option(help: ArgumentHelp("Articles analysed at once (default: all cores).", valueName: "n"))
    var jobs: Int?

    @Option(
        name: .customLong("without"),
        help: ArgumentHelp(
            "Turn off a corpus convention of the prediction adapter to see what it is worth: "
                + AdapterConventions.names.joined(separator: ", ") + ".",
            valueName: "convention", visibility: .hidden))
    var without: [String] = []

    /// Exit status when a score is below its `--min` floor.
    static let belowFloor = ExitCode(3)

    func validate() throws {
        if gold.isEmpty { throw ValidationError("--gold needs a directory") }
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        var conventions = AdapterConventions.wikinews
        for name in without where !conventions.turnOff(name) {
            throw ValidationError(
                "unknown convention '\(name)'; known: \(AdapterConventions.names.joined(separator: ", "))")
        }
        if let floorSpec {
            do { _ = try Floors(parsing: floorSpec) } catch { throw ValidationError(error.localizedDescription) }
        }
    }

    func run() async throws {
        let floors = try floorSpec.map { spec throws(EvalError) in try Floors(parsing: spec) }
        var conventions = AdapterConventions.wikinews
        for name in without { _ = conventions.turnOff(name) }
        let ruleSet = try rulesOptions.load()
        let files: [String]
        do { files = try Evaluation.goldFiles(in: gold) } catch {
            printError("zitat eval: \(error.localizedDescription)")
            throw ExitStatus.usage
        }
        if let message = outputConflict(goldFiles: files) { throw usageFailure(message, command: Eval.self, name: "eval") }
        let evaluation = await Evaluation.run(
            files: files, analyzer: Analyzer(rules: ruleSet), adapter: PredictionAdapter(conventions: conventions),
            jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount)

        for failure in evaluation.failures {
            printError("zitat eval: \(failure.localizedDescription)")
        }
        do {
            try OutputFile.write(json ? try ScoreReport.json(evaluation.scores) : ScoreReport.text(evaluation.scores), to: "-")
            if let export { try evaluation.export(to: export) }
            if let errors { try write(ErrorReport.render(evaluation), to: errors) }
            if let markdown {
                // Only the options that change the scores, so the report is the same wherever outputs go.
                let command = (["zitat", "eval", "--gold", gold] + (rulesOptions.rules.map { ["--rules", $0] } ?? [])
                    + without.flatMap { ["--without", $0] }).joined(separator: " ")
                try write(ScoreReport.markdown(evaluation.scores, title: "Zitat on \(gold)", command: command), to: markdown)
            }
        } catch {
            // An output that cannot be written is a usage problem (2), like in every subcommand.
            printError("zitat eval: \(error.localizedDescription)")
            throw ExitStatus.usage
        }

        let violations = floors?.violations(in: evaluation.scores) ?? []
        for violation in violations {
            printError("zitat eval: \(violation)")
        }
        if !evaluation.failures.isEmpty {
            printError("zitat eval: \(evaluation.failures.count) gold file(s) could not be read")
        }
        // A score below its floor wins over unreadable gold files: CI gates on 3.
        if !violations.isEmpty { throw Self.belowFloor }
        if !evaluation.failures.isEmpty { throw ExitStatus.inputFailed }
    }

    func write(_ text: String, to path: String) throws(OutputError) {
        try OutputFile.write(text, to: path)
    }

    /// An output that is a gold file (also an exported `<id>.json` landing on one), as a message.
    func outputConflict(goldFiles: [String]) -> String? {
        var outputs = [errors, markdown].compactMap { $0 }
        if let export {
            outputs += goldFiles.map { (export as NSString).appendingPathComponent(URL(fileURLWithPath: $0).deletingPathExtension().lastPathComponent + ".json") }
        }
        return OutputCheck.conflict(outputs: outputs, inputs: goldFiles.map { .success(.file($0)) })
    }
}
