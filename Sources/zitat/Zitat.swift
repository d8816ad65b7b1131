import ArgumentParser

@main
struct ZitatCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "zitat",
        abstract: "Finds who said what in German news, on whose behalf, and compares the sides' claims.",
        subcommands: [Analyze.self, SentencesCommand.self, Eval.self, Report.self],
        defaultSubcommand: Analyze.self
    )
}
