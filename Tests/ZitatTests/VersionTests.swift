import Foundation
import Testing
import Zitat

/// The version is written once (`ZitatVersion.current`); CITATION.cff must agree with it.
@Suite struct VersionTests {
    @Test func citationNamesTheCurrentVersion() throws {
        let path = Shared.checkout.appendingPathComponent("CITATION.cff")
        let text = try String(contentsOf: path, encoding: .utf8)
        let versions = text.split(separator: "\n").filter { $0.hasPrefix("version:") }
        #expect(versions == ["version: \(ZitatVersion.current)"], "update CITATION.cff to \(ZitatVersion.current)")
    }

    @Test func versionIsSemantic() {
        #expect(ZitatVersion.current.contains(/^[0-9]+\.[0-9]+\.[0-9]+$/))
    }
}
