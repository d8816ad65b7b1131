public import ArgumentParser
import Foundation
import Zitat

/// `--rules DIR`, shared by every subcommand that analyses text.
struct RulesOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "Rules folder laid over the built-in rules: a file with the name of a built-in one replaces it, others are added (default: $ZITAT_RULES).",
            valueName: "dir"))
    var rules: String?

    /// The rule files in effect: built-in, with --rules or $ZITAT_RULES laid over them.
    func files() throws -> RuleFiles { try Self.files(explicit: rules) }

    /// The rule files for a folder laid over the built-in rules (nil: $ZITAT_RULES or built-in).
    static func files(explicit: String?) throws -> RuleFiles {
        do { return try RuleSet.files(explicit: explicit) } catch {
            printError(error.localizedDescription)
            throw ExitStatus.usage
        }
    }

    /// Loads the rules, or prints `file:line:col: error: …` and exits with status 2.
    func load() throws -> RuleSet {
        let files = try files()
        do {
            let ruleSet = try RuleSet.load(files: files)
            // A lexicon that does not open is a broken rule file too, not a silent fall-back to word shapes.
            if case .failure(let error)? = ruleSet.lexicon.result { throw error }
            return ruleSet
        } catch {
            // Never a clean exit: a broken rule file must fail the run (and CI).
            printError(error.localizedDescription)
            throw ExitStatus.usage
        }
    }
}

/// Writes to standard error (a closed or full standard error is remembered, never a trap).
func printError(_ message: String) {
    StandardStreams.printError(message)
}

/// Prints a usage error with the subcommand's usage line; returns exit status 2 to throw.
func usageFailure(_ message: String, command: any ParsableCommand.Type, name: String) -> ExitCode {
    printError("Error: \(message)\nUsage: \(ZitatCommand.usageString(for: command))\n  See 'zitat \(name) --help' for more information.")
    return ExitStatus.usage
}

/// `--input-format`, shared by `analyze` and `report`.
struct InputOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "How inputs are read: text (each input one article), jsonl (one JSON article a line, also on standard "
            + "input; directories yield *.jsonl) or auto (*.jsonl files and inputs whose first non-blank line is a "
            + "JSON object with \"text\" are JSON Lines, the rest text).",
        valueName: "format"))
    var inputFormat: InputFormat = .auto

    @Option(name: .long, help: ArgumentHelp(
        "The date of articles that carry none of their own (a 'date …' line or JSONL \"date\" wins): "
            + "YYYY, YYYY-MM or YYYY-MM-DD. It decides who held an office (\"der US-Präsident\"); without "
            + "any date the latest holder is taken and the rule says so.",
        valueName: "date"))
    var date: String?

    func validate() throws {
        if let date, KBDate(date) == nil { throw ValidationError("--date must be YYYY, YYYY-MM or YYYY-MM-DD, not '\(date)'") }
    }
}

extension InputFormat: ExpressibleByArgument {}

/// Exit codes: 0 all good, 1 some inputs failed, 2 usage or rules error, or an output (standard
/// output and standard error included) that could not be written.
enum ExitStatus {
    static let inputFailed = ExitCode(1)
    static let usage = ExitCode(2)
}

/// What every run does first: closed standard streams are made safe, SIGPIPE becomes EPIPE, an
/// interrupt removes half-written temporary files, and text printed with `print` (help, scores)
/// that could not be written turns the exit status into 2.
enum ProcessSetup {
    static func prepare() {
        StandardStreams.prepare()
        InterruptCleanup.install()
        atexit {
            if fflush(nil) != 0 {
                StandardStreams.printError("zitat: cannot write standard output")
                _exit(ExitStatus.usage.rawValue)
            }
        }
    }

    /// The exit status after a clean run: 2 when a message to standard error was lost.
    static func finish() -> Int32 {
        StandardStreams.errorOutputFailed ? ExitStatus.usage.rawValue : 0
    }
}
