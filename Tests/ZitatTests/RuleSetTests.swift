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

    /// Every word class has a bit of its own: more classes than bits would silently drop some.
    @Test func everyWordClassHasItsOwnBit() {
        let bits = SpeakerLexicon.WordClass.allCases.map { SpeakerLexicon.bit(of: $0) }
        #expect(!bits.contains(0))
        #expect(Set(bits).count == bits.count)
    }
}
