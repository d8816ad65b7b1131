import ArgumentParser
import Foundation
import Zitat
import ZitatReports

/// `zitat diff OLD NEW`: claim-level differences between two runs of `zitat analyze`.
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Shows claims added, removed or changed between two runs of 'zitat analyze'.",
        discussion: """
            OLD and NEW are outputs of 'zitat analyze --format jsonl' (or --format json, or two \
            'zitat report --json' files); '-' reads one of them from standard input. Claims are matched by document id and extent (first \
            start to last end of their spans); a matched claim is changed when its type, speaker \
            (canonical name), side or cue (lemma) differs. Documents present in only one run are \
            listed too. Use it to review what a rule change does to a corpus:

              zitat analyze corpus/ --format jsonl -o before.jsonl
              zitat analyze corpus/ --format jsonl --rules my-rules -o after.jsonl
              zitat diff before.jsonl after.jsonl

            Exit status: 0 the runs have the same claims; 1 they differ; 2 usage error or a run \
            that cannot be read.
            """
    )

    @Argument(help: ArgumentHelp("The earlier run (JSONL or JSON of zitat analyze).", valueName: "old"))
    var old: String

    @Argument(help: ArgumentHelp("The later run.", valueName: "new"))
    var new: String

    @Option(help: "Output format: text or json.")
    var format: DiffFormat = .text

    enum DiffFormat: String, ExpressibleByArgument, CaseIterable { case text, json }

    func validate() throws {
        if old == "-" && new == "-" { throw ValidationError("standard input (-) can be read only once") }
    }

    func run() throws {
        let diff: ClaimDiff
        do {
            diff = ClaimDiff(old: try ClaimRun.read(path: old), new: try ClaimRun.read(path: new))
        } catch {
            printError("zitat diff: \(error.localizedDescription)")
            throw ExitStatus.usage
        }
        let output = format == .json ? try diff.json() : diff.text(old: old, new: new)
        do { try OutputFile.write(output, to: "-") } catch {
            printError("zitat diff: \(error.localizedDescription)")
            throw ExitStatus.usage
        }
        if !diff.isEmpty { throw ExitCode(1) }
    }
}
