import Foundation
import Testing

/// `--help` works for the tool and for every subcommand it lists, including ones added later.
@Suite struct HelpTests {
    /// The subcommand names from `zitat --help` (the entries under SUBCOMMANDS:).
    static func subcommands(in help: String) -> [String] {
        var names: [String] = []
        var inSection = false
        for line in help.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("SUBCOMMANDS:") { inSection = true; continue }
            guard inSection else { continue }
            // The list ends at the first blank line (a "See 'zitat help …'" note may follow).
            if line.isEmpty || !line.hasPrefix(" ") { break }
            // Entries are indented two spaces; wrapped abstracts are indented further.
            if line.hasPrefix("  "), !line.hasPrefix("   "), let name = line.split(separator: " ").first {
                names.append(String(name))
            }
        }
        return names.filter { $0 != "help" }
    }

    @Test func toolAndEverySubcommandHaveHelp() throws {
        let runner = try CLIRunner()
        defer { runner.removeDirectory() }
        let top = try runner.run(["--help"])
        #expect(top.status == 0)
        #expect(top.output.contains("USAGE: zitat"))
        let names = Self.subcommands(in: top.output)
        #expect(names.contains("analyze") && names.contains("sentences"), "\(names)")
        for name in names {
            for arguments in [[name, "--help"], ["help", name]] {
                let run = try runner.run(arguments)
                #expect(run.status == 0, "zitat \(arguments.joined(separator: " ")): \(run.stderr)")
                #expect(run.output.contains("USAGE: zitat \(name)"), "zitat \(arguments.joined(separator: " "))")
                #expect(run.output.contains("OVERVIEW: "), "zitat \(arguments.joined(separator: " "))")
            }
        }
    }
}
