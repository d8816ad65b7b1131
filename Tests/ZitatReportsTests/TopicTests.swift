import Testing
@testable import Zitat

/// Every `match`/`no_match` example of rules/topics.yaml, so the file documents itself.
@Suite struct TopicTests {
    static let rules: RuleSet? = try? RuleSet.load(directory: RuleSet.checkoutDirectory)
    static let examples = (rules?.examples ?? []).filter { $0.file == "topics.yaml" }

    static func tagger() throws -> TopicTagger {
        try TopicTagger(rules: try #require(rules))
    }

    @Test func rulesLoadWithExamples() throws {
        let rules = try #require(Self.rules)
        #expect(!rules.topics.isEmpty)
        #expect(Self.examples.count >= rules.topics.count * 2)
        #expect(rules.keyTerms.minLength >= 4)
    }

    @Test(arguments: examples)
    func topicExample(_ example: RuleExample) throws {
        let topics = try Self.tagger().ruleTopics(of: example.text)
        #expect(topics.contains(example.rule) == example.shouldMatch, "\(example)")
    }

    @Test(arguments: [
        ("Der russische Truppenaufmarsch sei der größte seit 2014", "troop-buildup"),
        ("Aufbau der russischen Truppen an der ukrainischen Grenze", "ukraine-conflict"),
        ("die Lage in den ostukrainischen Gebieten", "ukraine-conflict"),
        ("ein Gipfeltreffen in einem Drittland", "diplomacy"),
        ("die Lösung des Ukraine-Konflikts", "ukraine-conflict"),
    ])
    func compoundsShareStems(text: String, topic: String) throws {
        #expect(try Self.tagger().ruleTopics(of: text).contains(topic))
    }

    @Test func exactTermsDoNotMatchInsideOtherWords() {
        let rule = TopicRule(id: "crimea", label: "Krim", terms: ["=Krim"])
        let tagger = TopicTagger(topics: [rule])
        #expect(tagger.ruleTopics(of: "die annektierte Krim") == ["crimea"])
        #expect(tagger.ruleTopics(of: "Schwarzmeer-Halbinsel Krim-Brücke") == ["crimea"])
        #expect(tagger.ruleTopics(of: "die Kriminalität steigt").isEmpty)
    }

    static func claim(_ id: Int, _ text: String, source: String?, speaker: String = "X") -> Claim {
        Claim(id: id, type: .indirect, text: text, spans: [Span(0, 1)], speaker: Speaker(text: speaker, spans: [], canonical: speaker),
              source: source, rule: "test")
    }

    @Test func keyTermsSharedByTwoSidesBecomeTopics() throws {
        let claims = [
            Self.claim(1, "Die Flüchtlinge stünden an der ukrainischen Grenze", source: "Washington"),
            Self.claim(2, "Die NATO habe eigene Truppen an die russische Grenze verlegt", source: "Kremlin"),
            Self.claim(3, "Die Grenzen seien sicher", source: "Kremlin"),
            Self.claim(4, "Die Flüchtlingslager seien überfüllt", source: "NATO"),
        ]
        let topics = try Self.tagger().tag(claims)
        let border = topics.map { $0.filter(\.isKeyTerm).map(\.label) }
        #expect(border[0].contains("Grenze"))
        #expect(border[1].contains("Grenze"))
        #expect(border[2].contains("Grenze"))
        // "Flüchtlingslager" shares the stem of "Flüchtlinge" (NATO and Washington).
        #expect(topics[3].contains { $0.id == "term:flüchtling" && $0.label == "Flüchtlinge" })
        #expect(topics[0].contains { $0.id == "term:flüchtling" })
        // Truppen is the rule topic's, not a key term; source names (NATO) are never key terms.
        #expect(!topics.flatMap { $0 }.contains { $0.isKeyTerm && ($0.id.contains("trupp") || $0.id.contains("nato")) })
    }

    @Test func keyTermsOfOneSideAloneAreNoTopic() throws {
        let claims = [
            Self.claim(1, "Die Grenze sei offen", source: "Kremlin"),
            Self.claim(2, "An der Grenze sei alles ruhig", source: "Kremlin"),
        ]
        #expect(try Self.tagger().tag(claims).allSatisfy { $0.allSatisfy { !$0.isKeyTerm } })
    }

    @Test func taggingIsDeterministic() throws {
        let claims = (1...6).map { Self.claim($0, "Sanktionen und Gaspreise \($0)", source: ["Washington", "Kremlin", "NATO"][$0 % 3]) }
        let tagger = try Self.tagger()
        #expect(tagger.tag(claims) == tagger.tag(claims))
    }
}
