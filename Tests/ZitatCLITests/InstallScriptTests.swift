import Foundation
import Testing

/// `reports/scripts/install.sh PREFIX` with a built binary: the tool and its shell completions.
@Suite struct InstallScriptTests {
    @Test func installsTheBinaryAndCompletions() throws {
        try withRunner { runner in
            let binary = try #require(CLIRunner.binary)
            let prefix = runner.directory.appendingPathComponent("prefix")
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/bin/bash")
            process.arguments = [CLIRunner.checkout.appendingPathComponent("reports/scripts/install.sh").path, prefix.path]
            var environment = ProcessInfo.processInfo.environment
            environment["ZITAT"] = binary.path
            process.environment = environment
            process.standardOutput = FileHandle.nullDevice
            try process.run()
            process.waitUntilExit()
            #expect(process.terminationStatus == 0)
            #expect(FileManager.default.isExecutableFile(atPath: prefix.appendingPathComponent("bin/zitat").path))
            for (path, marker) in [
                ("share/bash-completion/completions/zitat", "complete"), ("share/zsh/site-functions/_zitat", "#compdef zitat"),
                ("share/fish/vendor_completions.d/zitat.fish", "complete -c 'zitat'"),
            ] {
                let text = try String(contentsOf: prefix.appendingPathComponent(path), encoding: .utf8)
                #expect(text.contains(marker), "\(path)")
                #expect(text.contains("rules"), "\(path) completes the rules subcommand")
            }
        }
    }
}
