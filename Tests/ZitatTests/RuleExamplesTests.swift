import Testing
@testable import Zitat

/// Every `match` / `no_match` example of every rule file runs here (through `RuleExampleRunner`, the
/// same code as `zitat rules check`), so the rule files document themselves.
@Suite struct RuleExamplesTests {
    static let runner = RuleExampleRunner(rules: Shared.rules)
    static let examples = Shared.rules.examples

    @Test func everyFileHasExamples() {
        let all = Shared.rules.allExamples
        for file in RuleSet.fileNames {
            #expect(all.contains { $0.file == file && $0.shouldMatch }, "\(file) has no match example")
            #expect(all.contains { $0.file == file && !$0.shouldMatch }, "\(file) has no no_match example")
        }
        #expect(all.contains { $0.file.hasPrefix("kb/") && $0.kind == .knowledge })
    }

    @Test(arguments: examples)
    func example(_ example: RuleExample) {
        let failure = Self.runner.check(example)
        #expect(failure == nil, "\(failure.map(String.init(describing:)) ?? "")")
    }

    /// Examples know where they stand, so `rules check` can name file, line and column.
    @Test func examplesCarryTheirPositions() {
        let cue = Self.examples.first { $0.file == "cues.yaml" }
        #expect(cue?.line ?? 0 > 1)
        #expect(cue?.column ?? 0 >= 1)
        #expect(cue?.kind == .cue)
        #expect(Self.examples.allSatisfy { $0.line > 0 })
    }

    /// A wrong example is reported as a failure, not silently passed.
    @Test func aWrongExampleFails() throws {
        var example = try #require(Self.examples.first { $0.file == "sources.yaml" && $0.shouldMatch })
        example.shouldMatch = false
        let failure = try #require(Self.runner.check(example))
        #expect(failure.description.contains("sources.yaml:\(example.line):"))
        #expect(failure.message.contains("no_match example matches"))
    }
}
