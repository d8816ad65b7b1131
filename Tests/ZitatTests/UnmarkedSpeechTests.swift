import Testing
@testable import Zitat

/// The unmarked-speech stage on hand-written German articles whose quotation marks are gone
/// (`rules/unmarked.yaml`; its own examples run in RuleExamplesTests).
@Suite struct UnmarkedSpeechTests {
    static let analyzer = Analyzer(rules: Shared.rules)

    func claims(_ text: String) -> [Claim] {
        Self.analyzer.analyze(Document(id: "test", text: text)).claims
    }

    /// The claims this stage decided (Frames.swift's own "direct:unmarked/frame-after" aside).
    func unmarked(_ text: String) -> [Claim] {
        let rules = Set(UnmarkedSpeechRules.Mechanism.allCases.map { "direct:unmarked/\($0.rawValue)" })
        return claims(text).filter { rules.contains(String($0.rule.split(separator: " ").first ?? "")) }
    }

    @Test func anInterviewIsOneClaimPerAnswerSpokenByItsLabel() throws {
        let text = "Die Ärztin Maria Lenz leitet die Station. Frage: Wie lange dauert die Sanierung? "
            + "Lenz: Wir rechnen mit einem Jahr. Dann ziehen wir zurück. Frage: Und die Kosten? Lenz: Die trägt das Land."
        let turns = unmarked(text).filter { $0.rule.hasPrefix("direct:unmarked/interview") }
        #expect(turns.map(\.text) == ["Wir rechnen mit einem Jahr … Dann ziehen wir zurück", "Die trägt das Land"])
        #expect(turns.allSatisfy { $0.type == .direct && $0.speaker?.text == "Lenz" })
        // The questions are the outlet's own: no claim covers them.
        let question = try #require(text.range(of: "Wie lange"))
        let offset = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: question.lowerBound)
        #expect(!claims(text).contains { $0.spans.contains { $0.start <= offset && offset < $0.end } })
    }

    /// The paper's own name labels its questions: in capitals, or as its outlet is named.
    @Test func thePapersOwnNameLabelsTheQuestions() {
        let text = "Tagblatt: Wie geht es weiter? Berger: Wir warten ab. Tagblatt: Und der Plan? Berger: Der liegt bereit."
        func turns(outlet: String?) -> [String] {
            let document = Document(info: DocumentInfo(id: "t", outlet: outlet), text: text)
            return Self.analyzer.analyze(document).claims.filter { $0.rule.hasPrefix("direct:unmarked/interview") }.map(\.text)
        }
        #expect(turns(outlet: "Tagblatt Nord") == ["Wir warten ab", "Der liegt bereit"])
        #expect(turns(outlet: nil).isEmpty)
        #expect(turns(outlet: "Abendpost").isEmpty)
        let capitals = text.replacingOccurrences(of: "Tagblatt:", with: "TAGBLATT:")
        #expect(Self.analyzer.analyze(Document(id: "c", text: capitals)).claims.filter { $0.rule.hasPrefix("direct:unmarked/interview") }.count == 2)
    }

    @Test func aFirstPersonStatementContinuesTheLastSpeaker() throws {
        let text = "Wir haben gut gespielt, sagte die Trainerin Lena Vogt. Am Ende fehlte uns das Glück."
        let continuation = try #require(unmarked(text).first { $0.rule.hasPrefix("direct:unmarked/continuation") })
        #expect(continuation.text == "Am Ende fehlte uns das Glück")
        #expect(continuation.speaker?.canonical == "Lena Vogt")
    }

    @Test func aParenthesisFramesTheWordsAroundIt() throws {
        let claim = try #require(unmarked("Wir hatten damals nichts, so erinnert sich die Wirtin Anna Weber, nicht einmal Strom.").first)
        #expect(claim.spans.count == 2)
        #expect(claim.text == "Wir hatten damals nichts … nicht einmal Strom")
        #expect(claim.speaker?.text == "die Wirtin Anna Weber")
    }

    /// Indicative statements are direct only once the article shows its marks were stripped.
    @Test func indicativeStatementsNeedAStrippedArticle() {
        let alone = "Die Brücke ist sicher, sagte der Ingenieur Paul Kern am Montag."
        #expect(unmarked(alone).isEmpty)
        #expect(claims(alone).first?.type == .indirect)
        let stripped = "Wir prüfen jede Schraube, sagte der Ingenieur Paul Kern. Die Brücke ist sicher, sagte er am Montag."
        #expect(unmarked(stripped).map(\.rule).contains { $0.hasPrefix("direct:unmarked/indicative") })
    }

    /// An article that quotes with marks after its lead marks all its direct speech.
    @Test func nothingFiresWhereTheArticleUsesQuotationMarks() {
        let body = "Die Gemeinde baut eine Schule. Der Rat stimmte zu. Die Arbeiten beginnen im Mai. "
        let rest = " sagte die Bürgermeisterin Eva Berger. Berger: Jetzt bauen wir endlich. Die Schule ist wichtig, sagte sie."
        let stripped = unmarked(body + "Das ist ein guter Tag," + rest)
        #expect(stripped.map { String($0.rule.split(separator: " ")[0]) } == ["direct:unmarked/indicative", "direct:unmarked/label", "direct:unmarked/indicative"])
        #expect(unmarked(body + "„Das ist ein guter Tag“," + rest).isEmpty)
    }

    @Test func neverInsideQuotationMarks() {
        let text = "„Wir haben lange gewartet“, sagte die Bürgermeisterin Eva Berger."
        #expect(unmarked(text).isEmpty)
        #expect(claims(text).first?.rule.hasPrefix("direct:frame-after") == true)
    }

    @Test func konjunktivOneStaysIndirectEvenInTheFirstPerson() {
        #expect(unmarked("Wir seien nicht schuld, sagte der Sprecher der Firma Nordbau.").isEmpty)
        #expect(unmarked("Ich habe keine Erklärung dafür, sagte der Sprecher der Firma Nordbau.").count == 1)
    }

    @Test func theMechanismsAreOffWithoutTheRuleFile() throws {
        var rules = Shared.rules
        rules.unmarked = UnmarkedSpeechRules()
        let analyzer = Analyzer(rules: rules)
        let claims = analyzer.analyze(Document(id: "t", text: "Wir hatten damals nichts, so erinnert sich die Wirtin Anna Weber, nicht einmal Strom.")).claims
        #expect(claims.isEmpty)
    }

    @Test func anUnknownMechanismIsAnErrorNamingTheFile() throws {
        let yaml = "rules:\n  - id: whisper\n    match: [\"Leise.\"]\n"
        let root = try RuleFile.parse(text: yaml, path: "unmarked.yaml", relativePath: "unmarked.yaml")
        var examples: [RuleExample] = []
        #expect {
            _ = try UnmarkedSpeechRules(root, examples: &examples)
        } throws: { error in
            guard let error = error as? RuleFileError else { return false }
            return error.path == "unmarked.yaml" && error.line == 2 && error.message.contains("id must be one of the mechanisms")
        }
    }
}
