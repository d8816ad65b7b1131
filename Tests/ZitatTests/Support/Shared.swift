import Foundation
@testable import Zitat

/// Paths of the read-only material beside the checkout (`../shared`), absent in some clones.
enum Shared {
    static let checkout = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let directory = checkout.deletingLastPathComponent().appendingPathComponent("shared")

    /// The path of a file in ../shared, or nil (the test then says it skipped) when it is absent.
    static func path(_ relative: String) -> String? {
        let url = directory.appendingPathComponent(relative)
        return FileManager.default.fileExists(atPath: url.path) ? url.path : nil
    }

    static let rules: RuleSet = {
        do { return try RuleSet.load(directory: RuleSet.checkoutDirectory) } catch {
            fatalError("the checkout's rules must load: \(error)")
        }
    }()

    static let analyzer = Analyzer(rules: rules)

    static func analyze(_ text: String, id: String = "test") -> Analysis {
        analyzer.analyze(Document(id: id, text: text))
    }
}
