import ArgumentParser
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
            return try RuleSet.load(files: files)
        } catch {
            // Never a clean exit: a broken rule file must fail the run (and CI).
            printError(error.localizedDescription)
            throw ExitStatus.usage
        }
    }
}

/// Writes to standard error.
func printError(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}

/// Exit codes: 0 all good, 1 some inputs failed, 2 usage or rules error.
enum ExitStatus {
    static let inputFailed = ExitCode(1)
    static let usage = ExitCode(2)
}

/// The first output path that names one of the inputs: opening it would empty what is to be read.
func overwrittenInput(outputs: [String], inputs: [String]) -> String? {
    func resolved(_ path: String) -> String { URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path }
    let read = Set(inputs.filter { $0 != "-" }.map(resolved))
    return outputs.first { $0 != "-" && read.contains(resolved($0)) }
}
