import Testing
@testable import Zitat
@testable import ZitatReports

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

    /// The report of one article with these claims, its key terms mined across the sides.
    static func report(_ claims: [Claim]) throws -> Report {
        let tagger = try tagger()
        let sources = ["Washington", "Kremlin", "NATO"].map { ReportSource(id: $0, name: $0) }
        let builder = ReportBuilder(sources: sources, tagger: tagger)
        var accumulator = ReportAccumulator(sources: sources, ruleTopics: tagger.topics, tagger: tagger)
        accumulator.add(builder.document(Analysis(document: DocumentInfo(id: "t"), claims: claims, ignored: [])))
        return accumulator.report(title: "t")
    }

    static func cell(_ report: Report, _ topic: String, _ column: String) -> Int? {
        report.matrix.first { $0.topic.id == topic }?.cells.first { $0.column == column }?.total
    }

    @Test func keyTermsSharedByTwoSidesBecomeTopics() throws {
        let report = try Self.report([
            Self.claim(1, "Die Flüchtlinge stünden an der ukrainischen Grenze", source: "Washington"),
            Self.claim(2, "Die NATO habe eigene Truppen an die russische Grenze verlegt", source: "Kremlin"),
            Self.claim(3, "Die Grenzen seien sicher", source: "Kremlin"),
            Self.claim(4, "Die Flüchtlingslager seien überfüllt", source: "NATO"),
        ])
        let border = try #require(report.matrix.first { $0.topic.id == "term:grenz" })
        #expect(border.topic.label == "Grenze" || border.topic.label == "Grenzen")
        #expect(Self.cell(report, "term:grenz", "Washington") == 1)
        #expect(Self.cell(report, "term:grenz", "Kremlin") == 2)
        #expect(border.isComparison)
        // "Flüchtlingslager" is found under its part "Flüchtling" (NATO and Washington).
        let refugees = try #require(report.matrix.first { $0.topic.id == "term:flüchtling" })
        #expect(refugees.topic.label == "Flüchtlinge")
        #expect(Self.cell(report, "term:flüchtling", "NATO") == 1)
        #expect(Self.cell(report, "term:flüchtling", "Washington") == 1)
        // Claims shown learn their corpus topics.
        let washington = try #require(report.groups.first { $0.key == "Washington" })
        #expect(washington.claims.first?.claim.topics.contains { $0.id == "term:grenz" } == true)
        // Truppen is the rule topic's, not a key term; source names (NATO) are never key terms.
        #expect(!report.matrix.contains { $0.topic.isKeyTerm && ($0.topic.id.contains("trupp") || $0.topic.id.contains("nato")) })
        #expect(report.matrix.contains { $0.topic.id == "troop-buildup" })
    }

    @Test func compoundsAreFoundUnderTheirHead() throws {
        let report = try Self.report([
            Self.claim(1, "Die Gaspreise seien zu hoch", source: "Washington"),
            Self.claim(2, "Die Preise würden bald sinken", source: "Kremlin"),
        ])
        #expect(Self.cell(report, "term:preis", "Washington") == 1)
        #expect(Self.cell(report, "term:preis", "Kremlin") == 1)
        // The compound itself is no second row: its claims are in its head's.
        #expect(!report.matrix.contains { $0.topic.id == "term:gaspreis" })
    }

    @Test func keyTermsOfOneSideAloneAreNoTopic() throws {
        let report = try Self.report([
            Self.claim(1, "Die Grenze sei offen", source: "Kremlin"),
            Self.claim(2, "An der Grenze sei alles ruhig", source: "Kremlin"),
        ])
        #expect(!report.matrix.contains { $0.topic.isKeyTerm })
    }

    @Test func compoundPartsAreBoundedByTheWordsLength() {
        let parts = TopicTagger.parts(of: "truppenaufmarsch")
        #expect(parts.contains("trupp") && parts.contains("aufmarsch") && parts.contains("truppenaufmarsch"))
        #expect(parts.count <= 2 * "truppenaufmarsch".count)
        #expect(TopicTagger.parts(of: "grenz") == ["grenz"])
        // A part leaves at least three letters: "Angriff" is no compound of "Griff".
        #expect(TopicTagger.parts(of: "angriff") == ["angriff"])
        #expect(TopicTagger.parts(of: "westgrenz").contains("grenz"))
    }

    @Test(arguments: ["truppenaufmarsch", "grenz", "angriff", "straßenverkehrsordnung", "übergangsregierung", "friedensgespräch",
                      "gru\u{0308}nflächenplanung", "kernkraftwerk", "abc", "ölpreisentwicklung", "kraft\r\nwerkstatt"])
    func partsAreCutByCharacters(stem: String) {
        // The definition: the stem, and its starts and ends of 5 to count - 3 Characters.
        let letters = Array(stem)
        var expected: Set<String> = [stem]
        if letters.count >= 8 {
            for length in 5...(letters.count - 3) {
                expected.insert(String(letters[0..<length]))
                expected.insert(String(letters[(letters.count - length)...]))
            }
        }
        #expect(TopicTagger.partSet(of: stem) == expected)
    }

    @Test func miningIsDeterministic() throws {
        let claims = (1...6).map { Self.claim($0, "Sanktionen und Gaspreise \($0)", source: ["Washington", "Kremlin", "NATO"][$0 % 3]) }
        #expect(try Self.report(claims) == (try Self.report(claims)))
    }
}
