import ArgumentParser
import Foundation
import Zitat

@main
struct ZitatCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "zitat",
        abstract: "Finds who said what in German news, on whose behalf, and compares the sides' claims.",
        version: "zitat \(ZitatVersion.current)",
        subcommands: [
            Analyze.self, SentencesCommand.self, Eval.self, Report.self, WhoCommand.self, RulesCommand.self, DiffCommand.self,
        ],
        defaultSubcommand: Analyze.self
    )

    /// Runs the command; usage errors exit with 2 as the help of every subcommand says
    /// (ArgumentParser's own default is 64).
    static func main() async {
        ProcessSetup.prepare()
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            if exitCode(for: error) == .validationFailure {
                printError(fullMessage(for: error))
                Foundation.exit(ExitStatus.usage.rawValue)
            }
            // Lost diagnostics turn a clean or partial run into 2 (a floor violation keeps its 3).
            if StandardStreams.errorOutputFailed, exitCode(for: error).rawValue < 2 { Foundation.exit(ExitStatus.usage.rawValue) }
            exit(withError: error)
        }
        Foundation.exit(ProcessSetup.finish())
    }
}
