import Testing
@testable import Zitat

/// Every `match` / `no_match` example of `rules/kb/*.yaml` and `rules/affiliation.yaml` runs here:
/// "der US-Präsident @2015-06" must resolve to the entry that carries it.
@Suite struct KnowledgeExamplesTests {
    static let examples = Shared.rules.knowledge.base.examples
    static let resolver = AffiliationResolver(index: Shared.rules.knowledge)

    @Test func modifiersHaveExamples() {
        #expect(Self.examples.contains { $0.file == "affiliation.yaml" && $0.shouldMatch })
    }

    @Test(arguments: examples)
    func example(_ example: RuleExample) {
        #expect(Self.resolver.exampleMatches(rule: example.rule, text: example.text) == example.shouldMatch, "\(example)")
    }
}
