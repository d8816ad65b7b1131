import Testing
@testable import Zitat

/// What `zitat rules check` adds to loading: ids given twice, and where a merged list item stands.
@Suite struct RuleCheckTests {
    static func files(_ files: [String: String]) -> RuleFiles {
        RuleFiles(files.map { RuleText(path: $0.key, text: $0.value, origin: "mine/" + $0.key) }, label: "mine")
    }

    @Test func anIDTwiceInOneListIsReportedAtTheSecond() {
        let text = "topics:\n  - id: a\n    terms: [x]\n  - id: b\n    terms: [y]\n  - id: a\n    terms: [z]\n"
        let problems = RuleCheck.duplicateIDs(in: Self.files(["t.yaml": text]))
        #expect(problems.map(\.line) == [6])
        #expect(problems.first?.localizedDescription.hasPrefix("mine/t.yaml:6:9: error: duplicate id 'a', first at line 2") == true)
    }

    @Test func theCheckoutHasNoDuplicateIDs() throws {
        let problems = RuleCheck.duplicateIDs(in: try RuleFiles.directory(RuleSet.checkoutDirectory))
        #expect(problems.isEmpty, "\(problems.map(\.localizedDescription))")
    }

    /// A list item that lost its "- " merges into the item above: Yams names the first key; the
    /// error names the line where the merged item starts.
    @Test func aMergedListItemIsReportedWhereItStarts() {
        let text = "sources:\n  - id: A\n    aliases: [a]\n    # the next item lost its dash\n    id: B\n    aliases: [b]\n"
        #expect(throws: RuleFileError.self) { try RuleFile.parse(text: text, path: "s.yaml") }
        do {
            _ = try RuleFile.parse(text: text, path: "s.yaml")
        } catch {
            #expect(error.line == 5)
            #expect(error.message.contains("duplicate key 'id'"))
        }
    }
}
