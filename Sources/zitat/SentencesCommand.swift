import ArgumentParser
import Foundation
import Zitat

/// `zitat sentences`: prints the sentences Zitat's segmenter finds, one a line.
struct SentencesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sentences",
        abstract: "Splits German articles into sentences, one sentence a line.",
        discussion: """
            Paragraphs are the lines of the input; sentences never cross them. Abbreviations, \
            ordinals before months and other repairs of ICU's sentence breaks come from \
            abbreviations.yaml in the rules directory.
            """
    )

    @Argument(help: ArgumentHelp("Text files or directories of .txt files; '-' reads standard input.", valueName: "file"))
    var files: [String]

    @Flag(name: .long, help: "Print a blank line between paragraphs.")
    var paragraphs = false

    @Flag(name: .long, help: "Print each sentence's tokens separated by spaces instead of its text.")
    var tokens = false

    @OptionGroup var rules: RulesOptions

    func run() throws {
        let ruleSet = try rules.load()
        let segmenter = Segmenter(rules: ruleSet.abbreviations)
        let sources = InputSource.expand(files)
        var failed = false
        let output = try openStandardOutput()
        for (number, source) in sources.enumerated() {
            var text = ""
            do {
                let document = try source.get().load()
                if sources.count > 1 { text += (number > 0 ? "\n" : "") + "==> \(document.info.path ?? document.info.id) <==\n" }
                text += render(document, segmentation: segmenter.segment(document))
            } catch {
                printError("zitat: \(error.localizedDescription)")
                failed = true
            }
            do {
                try output.write(text)
                try output.flush()
            } catch {
                printError("zitat: \(error.localizedDescription)")
                throw ExitStatus.usage
            }
        }
        if failed { throw ExitStatus.inputFailed }
    }

    func openStandardOutput() throws -> OutputFile {
        do { return try OutputFile(path: "-") } catch {
            printError("zitat: \(error.localizedDescription)")
            throw ExitStatus.usage
        }
    }

    /// The sentences of one document, one a line, paragraphs apart by a blank line if asked.
    func render(_ document: Document, segmentation: Segmentation) -> String {
        var lines: [String] = []
        for (index, paragraph) in segmentation.paragraphs.enumerated() {
            if paragraphs, index > 0 { lines.append("") }
            for sentence in segmentation.sentences[paragraph.sentences] {
                lines.append(tokens
                    ? segmentation.tokens[sentence.tokens].map(\.text).joined(separator: " ")
                    : document.text(sentence.span))
            }
        }
        return lines.map { $0 + "\n" }.joined()
    }
}
