import ArgumentParser
import Foundation
import Zitat
import ZitatReports

struct Analyze: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Find quotes and reported speech in German articles, with speaker and source.",
        discussion: """
        Reads UTF-8 text files, directories (all *.txt inside, recursively) or '-' for standard \
        input. With no path, analyses the bundled example article. Offsets count Unicode scalars \
        of the original text, half-open. Exit status: 0 when every input was analysed, 1 when \
        some input could not be read (the others are still analysed), 2 for usage or rule errors.
        """
    )

    @Argument(help: ArgumentHelp("Articles: files, directories, or '-' for stdin.", valueName: "path"))
    var paths: [String] = []

    @Option(name: .long, help: "Output format: text, json, jsonl or csv.")
    var format: Format = .text

    @Option(name: .shortAndLong, help: ArgumentHelp("Write the output to this file instead of stdout.", valueName: "file"))
    var output: String?

    @OptionGroup var rules: RulesOptions

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, jsonl, csv
    }

    func run() async throws {
        let ruleSet = try rules.load()
        let analyzer = Analyzer(rules: ruleSet)
        var documents: [Result<Document, InputError>] = []
        if paths.isEmpty {
            documents.append(Result { () throws(InputError) in try ExampleArticle.load() })
        } else {
            for source in InputSource.expand(paths) {
                switch source {
                case let .success(source): documents.append(Result { () throws(InputError) in try source.load() })
                case let .failure(error): documents.append(.failure(error))
                }
            }
        }
        var analyses: [Analysis] = []
        var failures = 0
        for document in documents {
            switch document {
            case let .success(document): analyses.append(analyzer.analyze(document))
            case let .failure(error):
                failures += 1
                printError("error: \(error.localizedDescription)")
            }
        }
        let text: String
        switch format {
        case .text: text = analyses.map(AnalysisOutput.text).joined(separator: "\n")
        case .json: text = (analyses.count == 1 ? AnalysisOutput.json(analyses[0]) : AnalysisOutput.json(analyses)) + "\n"
        case .jsonl: text = analyses.map { AnalysisOutput.json($0, pretty: false) + "\n" }.joined()
        case .csv: text = CSV.row(AnalysisOutput.csvHeader) + analyses.map(AnalysisOutput.csvRows).joined()
        }
        if let output {
            do {
                try Data(text.utf8).write(to: URL(fileURLWithPath: output))
            } catch {
                printError("error: \(output): cannot write: \(error.localizedDescription)")
                throw ExitStatus.usage
            }
        } else {
            FileHandle.standardOutput.write(Data(text.utf8))
        }
        if failures > 0 {
            printError("\(failures) of \(documents.count) inputs failed")
            throw ExitStatus.inputFailed
        }
    }
}
