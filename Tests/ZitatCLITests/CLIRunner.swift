import Foundation
import Testing

/// Runs the built `zitat` executable in a scratch directory and collects what it printed.
struct CLIRunner {
    /// What one run of the tool left behind.
    struct Run {
        var status: Int32
        /// True when the tool died of a signal (a trap or crash) instead of exiting.
        var crashed: Bool
        var stdout: Data
        var stderr: String
        var output: String { String(decoding: stdout, as: UTF8.self) }
        var stderrLines: [String] { stderr.split(separator: "\n").map(String.init) }
    }

    /// The checkout this test file belongs to.
    static let checkout = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The `zitat` binary: `$ZITAT_BINARY`, else the build products directory that holds this test
    /// bundle (SwiftPM puts the tool beside it), else the checkout's `.build/debug/zitat`.
    static let binary: URL? = {
        var directories: [URL] = []
        if let explicit = ProcessInfo.processInfo.environment["ZITAT_BINARY"], !explicit.isEmpty {
            return URL(fileURLWithPath: explicit)
        }
        for bundle in Bundle.allBundles where bundle.bundleURL.pathExtension == "xctest" {
            directories.append(bundle.bundleURL.deletingLastPathComponent())
        }
        if let executable = Bundle.main.executableURL { directories.append(executable.deletingLastPathComponent()) }
        if let first = CommandLine.arguments.first { directories.append(URL(fileURLWithPath: first).deletingLastPathComponent()) }
        directories.append(checkout.appendingPathComponent(".build/debug"))
        return directories.map { $0.appendingPathComponent("zitat") }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }()

    /// A fresh scratch directory; the tool runs there, so nothing depends on the caller's directory.
    let directory: URL

    init() throws {
        directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("zitat-cli-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    func removeDirectory() {
        try? FileManager.default.removeItem(at: directory)
    }

    /// The hand-written fixtures under `Tests/Fixtures`.
    static let fixtures = checkout.appendingPathComponent("Tests/Fixtures")

    /// Copies `Tests/Fixtures/FIXTURE` into the scratch directory as `name` and returns `name`.
    @discardableResult
    func copy(fixture: String, to name: String) throws -> String {
        let url = directory.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Self.fixtures.appendingPathComponent(fixture), to: url)
        return name
    }

    /// Writes a file into the scratch directory and returns its path relative to it.
    @discardableResult
    func write(_ name: String, bytes: [UInt8]) throws -> String {
        let url = directory.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
        return name
    }

    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        try write(name, bytes: Array(text.utf8))
    }

    /// Runs `zitat ARGUMENTS` with `stdin` as standard input. `ZITAT_RULES` is cleared so the tool
    /// finds its rules as a built tool does (beside the build directory).
    func run(_ arguments: [String], stdin: String = "", binary other: URL? = nil) throws -> Run {
        let binary = try other ?? #require(Self.binary, "no zitat binary beside the test bundle or in .build/debug: run swift build")
        let id = UUID().uuidString
        let inURL = directory.appendingPathComponent(".stdin-\(id)")
        let outURL = directory.appendingPathComponent(".stdout-\(id)")
        let errURL = directory.appendingPathComponent(".stderr-\(id)")
        _ = FileManager.default.createFile(atPath: inURL.path, contents: Data(stdin.utf8))
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        defer { for url in [inURL, outURL, errURL] { try? FileManager.default.removeItem(at: url) } }

        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var environment = ProcessInfo.processInfo.environment
        environment["ZITAT_RULES"] = nil
        process.environment = environment
        // Files, not pipes: a large output can never block the tool while the test waits.
        let handles = try (FileHandle(forReadingFrom: inURL), FileHandle(forWritingTo: outURL), FileHandle(forWritingTo: errURL))
        process.standardInput = handles.0
        process.standardOutput = handles.1
        process.standardError = handles.2
        try process.run()
        process.waitUntilExit()
        for handle in [handles.0, handles.1, handles.2] { try? handle.close() }
        return Run(
            status: process.terminationStatus,
            crashed: process.terminationReason == .uncaughtSignal,
            stdout: try Data(contentsOf: outURL),
            stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self)
        )
    }
}

extension CLIRunner {
    /// Runs a bash script in the scratch directory with `$ZITAT` naming the tool, for what a
    /// `Process` cannot set up: closed descriptors, /dev/full, pipes, FIFOs, another user.
    /// Standard output and error go to files; `status` is the script's.
    func runShell(_ script: String) throws -> Run {
        let binary = try #require(Self.binary, "no zitat binary beside the test bundle or in .build/debug: run swift build")
        let id = UUID().uuidString
        let outURL = directory.appendingPathComponent(".stdout-\(id)")
        let errURL = directory.appendingPathComponent(".stderr-\(id)")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        defer { for url in [outURL, errURL] { try? FileManager.default.removeItem(at: url) } }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["-c", script]
        process.currentDirectoryURL = directory
        var environment = ProcessInfo.processInfo.environment
        environment["ZITAT_RULES"] = nil
        environment["ZITAT"] = binary.path
        process.environment = environment
        let handles = try (FileHandle(forWritingTo: outURL), FileHandle(forWritingTo: errURL))
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = handles.0
        process.standardError = handles.1
        try process.run()
        process.waitUntilExit()
        for handle in [handles.0, handles.1] { try? handle.close() }
        return Run(
            status: process.terminationStatus,
            crashed: process.terminationReason == .uncaughtSignal,
            stdout: try Data(contentsOf: outURL),
            stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self)
        )
    }

    /// The text of a file in the scratch directory, nil when there is none.
    func read(_ name: String) -> String? {
        (try? Data(contentsOf: directory.appendingPathComponent(name))).map { String(decoding: $0, as: UTF8.self) }
    }

    /// Names in the scratch directory (hidden ones too), without the runner's own files.
    func listing() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { !$0.hasPrefix(".std") }.sorted()
    }
}

/// Runs `body` with a fresh scratch directory, removed afterwards.
func withRunner(_ body: (CLIRunner) throws -> Void) throws {
    let runner = try CLIRunner()
    defer { runner.removeDirectory() }
    try body(runner)
}

/// No line of stderr looks like a crash report or a stack trace.
func expectNoCrash(_ run: CLIRunner.Run, sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(!run.crashed, "the tool died of a signal", sourceLocation: sourceLocation)
    for marker in ["Fatal error", "Backtrac", "Stack dump", "Thread 0", "Current stack trace", "Program crashed"] {
        #expect(!run.stderr.contains(marker), "stderr shows a crash: \(run.stderr)", sourceLocation: sourceLocation)
    }
}

/// A usage error: exit status 2 and the subcommand's usage line on stderr, nothing on stdout.
func expectUsageError(_ run: CLIRunner.Run, _ subcommand: String, sourceLocation: SourceLocation = #_sourceLocation) {
    expectNoCrash(run, sourceLocation: sourceLocation)
    #expect(run.status == 2, "\(run.stderr)", sourceLocation: sourceLocation)
    #expect(run.stderr.contains("Usage: zitat \(subcommand)"), "\(run.stderr)", sourceLocation: sourceLocation)
    #expect(run.stdout.isEmpty, "\(run.output)", sourceLocation: sourceLocation)
}
