import ArgumentParser
import Foundation
import Zitat

/// `--rules DIR`, shared by every subcommand that analyses text.
struct RulesOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Directory of rule files (cues.yaml, sources.yaml, …).", valueName: "dir"))
    var rules: String?

    /// Loads the rules, or prints `file:line:col: error: …` and exits with status 2.
    func load() throws -> RuleSet {
        guard let directory = RuleSet.locate(explicit: rules) else {
            throw ValidationError("no rules directory found: pass --rules DIR or set ZITAT_RULES")
        }
        do {
            return try RuleSet.load(directory: directory)
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
