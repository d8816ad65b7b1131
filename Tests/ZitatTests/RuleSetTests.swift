import Testing
@testable import Zitat

@Suite struct RuleSetTests {
    @Test func checkoutRulesLoad() throws {
        let rules = try RuleSet.load(directory: RuleSet.checkoutDirectory)
        #expect(!rules.cues.entries.isEmpty)
        #expect(rules.sources.map(\.id).contains("Kremlin"))
        #expect(rules.cues.verbsByForm["teilte"]?.contains { $0.lemma == "mitteilen" } == true)
        #expect(rules.cues.verbsByForm["mitgeteilt"] != nil)
        #expect(rules.cues.verbsByForm["erklärte"] != nil)
        #expect(rules.cues.verbsByForm["berichtete"] != nil)
    }
}
