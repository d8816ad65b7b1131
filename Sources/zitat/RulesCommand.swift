import ArgumentParser
import Foundation
import Zitat

/// `zitat rules`: check, list and export rule folders.
struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "Checks, lists or exports the rules (cues, sources, topics, …).",
        discussion: """
            The default rules are built into zitat. --rules DIR (or $ZITAT_RULES) lays a folder of \
            rule files (*.yaml, and data such as lexicon/german.lexicon) over them, subfolders \
            included: a file with the relative name of a built-in one (sources.yaml, \
            kb/people-us.yaml) replaces it, any other file is added (a top-level file with a \
            sources: or topics: table extends those tables, a kb/*.yaml file the knowledge base). 'zitat rules export DIR' writes the \
            built-in files out as a starting point.
            """,
        subcommands: [RulesCheck.self, RulesExport.self, RulesList.self]
    )
}

/// `zitat rules check [DIR]`: loads a rules folder and runs every example in it.
struct RulesCheck: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validates a rules folder and runs every match/no_match example.",
        discussion: """
            Loads DIR laid over the built-in rules (without DIR: the rules in effect, see --rules), \
            which rejects YAML errors, a key given twice in one mapping (a list item that lost its \
            "- "), unknown keys, colours that are not #rrggbb, and regular expressions that do not \
            compile, and a lexicon file with a line that does not decode. Then reports ids given twice (in one list, or a source or topic id in two \
            files) and runs every example of every rule, built-in and yours. Problems are printed \
            as file:line:column: error: ….

            Exit status: 0 no problem; 1 problems found; 2 usage error (DIR missing or unreadable).
            """
    )

    @Argument(help: ArgumentHelp("Rules folder to check (default: the rules in effect).", valueName: "dir"))
    var directory: String?

    @OptionGroup var rules: RulesOptions

    func validate() throws {
        if directory != nil, rules.rules != nil { throw ValidationError("give the folder either as DIR or as --rules, not both") }
    }

    func run() throws {
        let files = try RulesOptions.files(explicit: directory ?? rules.rules)
        var problems = RuleCheck.duplicateIDs(in: files).map { $0.localizedDescription }
        var examples = 0
        do {
            let ruleSet = try RuleSet.load(files: files)
            let runner = RuleExampleRunner(rules: ruleSet)
            examples = ruleSet.allExamples.count
            if let lexicon = ruleSet.lexicon.result {
                do { try lexicon.get().validate() } catch { problems.append(error.localizedDescription) }
            }
            problems += ruleSet.allExamples.compactMap { runner.check($0)?.description }
        } catch {
            problems.insert(error.localizedDescription, at: 0)
        }
        for problem in problems { print(problem) }
        let status = problems.isEmpty ? "ok" : "\(problems.count) problem\(problems.count == 1 ? "" : "s")"
        print("\(files.label): \(files.files.count) files, \(examples) examples: \(status)")
        if !problems.isEmpty { throw ExitCode(1) }
    }
}

/// `zitat rules export DIR`: writes the built-in rules out for editing.
struct RulesExport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Writes the built-in rule files into a folder, to edit and pass back with --rules.",
        discussion: "Refuses to overwrite an existing file unless --force; then nothing is written. Exit status: 0 written, 2 refused or not writable."
    )

    @Argument(help: ArgumentHelp("Folder to write (created if missing).", valueName: "dir"))
    var directory: String

    @Flag(help: "Overwrite files that already exist.")
    var force = false

    func run() throws {
        do {
            let written = try RuleFiles.embedded.write(to: directory, overwrite: force)
            printError("wrote \(written.count) rule files to \(directory)")
        } catch {
            printError("zitat rules export: \(error.localizedDescription)")
            throw ExitStatus.usage
        }
    }
}

/// `zitat rules list`: which rule files are in effect and where each comes from.
struct RulesList: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "Lists the rule files in effect, each with where it comes from."
    )

    @OptionGroup var rules: RulesOptions

    func run() throws {
        for file in try rules.files().files { print("\(file.path)\t\(file.origin)") }
    }
}
