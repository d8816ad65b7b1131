import Foundation
import Testing
@testable import Zitat

/// The embedded default rules, rule folders on disk and laying one over the other.
@Suite struct RuleFilesTests {
    /// CI catches a forgotten `reports/scripts/embed-rules.sh` after a change to rules/.
    @Test func embeddedRulesEqualTheCheckout() throws {
        let disk = try RuleFiles.directory(RuleSet.checkoutDirectory)
        let embedded = RuleFiles.embedded
        #expect(embedded.files.map(\.path) == disk.files.map(\.path), "run reports/scripts/embed-rules.sh")
        for file in disk.files {
            #expect(embedded[path: file.path]?.text == file.text, "\(file.path) differs: run reports/scripts/embed-rules.sh")
        }
    }

    /// The example article is compiled in as well (no resource bundle to lose when copying the binary).
    @Test func embeddedExampleEqualsItsFile() throws {
        let file = Shared.checkout.appendingPathComponent("Sources/Zitat/Resources/example-article.txt")
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(embeddedExampleArticle == text, "run reports/scripts/embed-rules.sh")
        let document = try ExampleArticle.load()
        #expect(document.info.id == "example-article")
        #expect(document.text.hasSuffix(String(text.suffix(200))))
        #expect(document.info.path == "example-article.txt")
    }

    @Test func embeddedRulesLoad() throws {
        let rules = try RuleSet.load(files: .embedded)
        #expect(rules.sources.map(\.id).contains("Kremlin"))
        #expect(rules.examples.first?.origin.hasPrefix("<embedded>/") == true)
    }

    /// A temporary folder, removed after `body`.
    func withFolder(_ files: [String: String], _ body: (String) throws -> Void) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("zitat-rules-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for (path, text) in files {
            let full = (folder as NSString).appendingPathComponent(path)
            try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try text.write(toFile: full, atomically: true, encoding: .utf8)
        }
        try body(folder)
    }

    @Test func foldersAreReadRecursivelyWithRelativePaths() throws {
        try withFolder(["kb/people.yaml": "people: []\n", "b.yaml": "x: 1\n", ".hidden/c.yaml": "y: 2\n", "notes.txt": "z"]) { folder in
            let files = try RuleFiles.directory(folder)
            #expect(files.files.map(\.path) == ["b.yaml", "kb/people.yaml"])
            #expect(files.under("kb").map(\.path) == ["kb/people.yaml"])
            #expect(files[path: "kb/people.yaml"]?.origin == folder + "/kb/people.yaml")
        }
    }

    @Test func aUserFolderOverridesAndExtends() throws {
        let kyiv = "sources:\n  - id: Kyiv\n    aliases: [Selenskyj]\n    match: [Selenskyj]\n"
        try withFolder(["kyiv.yaml": kyiv, "topics.yaml": "topics: []\n"]) { folder in
            let files = RuleFiles.embedded.overlaid(with: try RuleFiles.directory(folder))
            #expect(files[path: "topics.yaml"]?.origin == folder + "/topics.yaml")
            #expect(files[path: "cues.yaml"]?.origin == "<embedded>/cues.yaml")
            let rules = try RuleSet.load(files: files)
            #expect(rules.topics.isEmpty)
            #expect(rules.sources.map(\.id).contains("Kyiv"))
            #expect(rules.sources.map(\.id).contains("Kremlin"))
            let example = try #require(rules.examples.first { $0.rule == "Kyiv" })
            #expect(example.location == folder + "/kyiv.yaml:4:13")
        }
    }

    @Test func aMissingFolderIsAnError() {
        #expect(throws: RuleFileError.self) { try RuleFiles.directory("/no/such/zitat/rules") }
    }

    @Test func exportRefusesToOverwrite() throws {
        try withFolder(["cues.yaml": "mine\n"]) { folder in
            #expect(throws: RuleFileError.self) { try RuleFiles.embedded.write(to: folder, overwrite: false) }
            #expect(try String(contentsOfFile: folder + "/cues.yaml", encoding: .utf8) == "mine\n")
            #expect(!FileManager.default.fileExists(atPath: folder + "/sources.yaml"))
            let written = try RuleFiles.embedded.write(to: folder, overwrite: true)
            #expect(written.count == RuleFiles.embedded.files.count)
            #expect(try RuleFiles.directory(folder).files.map(\.text) == RuleFiles.embedded.files.map(\.text))
        }
    }
}
