import Testing
@testable import Zitat

/// Runs every example of `rules/abbreviations.yaml` through the segmenter.
@Suite struct AbbreviationExamplesTests {
    static let rules = Result { try RuleSet.load(directory: RuleSet.checkoutDirectory) }
    static let examples = ((try? rules.get().examples) ?? []).filter { $0.file == "abbreviations.yaml" }

    @Test func rulesHaveExamples() throws {
        let rules = try Self.rules.get()
        #expect(Self.examples.contains { $0.shouldMatch })
        #expect(Self.examples.contains { !$0.shouldMatch })
        #expect(rules.abbreviations.abbreviations.contains("z.b."))
        #expect(rules.abbreviations.ordinalFollowers.contains("april"))
    }

    /// `match` examples stay one sentence; `no_match` examples are split.
    @Test(arguments: examples)
    func example(_ example: RuleExample) throws {
        let segmenter = Segmenter(rules: try Self.rules.get().abbreviations)
        let document = Document(id: example.rule, text: example.text)
        let sentences = segmenter.segment(document).sentences.map { document.text($0.span) }
        if example.shouldMatch {
            #expect(sentences.count == 1, "\(example): \(sentences)")
        } else {
            #expect(sentences.count > 1, "\(example): \(sentences)")
        }
    }
}
