import Foundation
import Testing
@testable import Zitat

/// Addressees (`rules/addressees.yaml`, `Attribution/Addressees.swift`): whom the reported words
/// were said to. Sentences written for these tests.
@Suite struct AddresseeTests {
    static let analyzer = Analyzer(rules: Shared.rules)

    /// The addressees of the claims of a text, in claim order (nil for a claim without one).
    func addressees(_ text: String) -> [String?] {
        Self.analyzer.analyze(Document(id: "t", text: text)).claims.map { $0.addressee?.text }
    }

    @Test(arguments: [
        // Dative objects of verbs of telling and reproaching; the article belongs to the addressee.
        ("Die Trainerin sagte dem Lokalradio, das Team sei müde.", "dem Lokalradio"),
        ("Der Verband warf den Betreibern vor, die Preise zu erhöhen.", "den Betreibern"),
        ("Einem Kollegen erklärte der Arzt, dass die Klinik schließe.", "Einem Kollegen"),
        // Accusative objects of verbs of urging and asking; in the passive, the subject.
        ("Der Rat bat die Bürgermeisterin, im Amt zu bleiben.", "die Bürgermeisterin"),
        ("Die Fahrgäste wurden aufgefordert, den Zug zu verlassen.", "Die Fahrgäste"),
        // Prepositions: without the preposition, except "von" of a demand.
        ("„Wir sind zufrieden“, sagte die Direktorin gegenüber der Lokalzeitung.", "der Lokalzeitung"),
        ("Der Präsident sagte vor Journalisten, die Reform komme.", "Journalisten"),
        ("Die Gewerkschaft forderte vom Arbeitgeber eine Erhöhung der Löhne.", "vom Arbeitgeber"),
    ])
    func findsTheAddressee(text: String, expected: String) {
        #expect(addressees(text).contains(expected), "\(addressees(text))")
    }

    @Test(arguments: [
        // The speaker's genitive, a subject after "der", an accusative content object, a time, an attribute.
        "Der Sprecher der Stadtwerke sagte, die Preise blieben stabil.",
        "Das bestätigte der Vorsitzende am Abend.",
        "Die Behörde bestätigte den Vorfall, es sei niemand verletzt worden.",
        "Der Trainer sagte am Montag, die Mannschaft sei bereit.",
        "Ihre Haltung gegenüber den Plänen bezeichnete die Ministerin als „unverändert“.",
        "Der Bürgermeister sagte zu den Vorwürfen, sie seien haltlos.",
    ])
    func findsNoAddressee(text: String) {
        #expect(addressees(text).allSatisfy { $0 == nil }, "\(addressees(text))")
    }

    /// The addressee's rule is named in the claim's trace, and its span reads as its text.
    @Test func theTraceNamesTheRuleAndTheSpanItsText() throws {
        let text = "Die Ministerin teilte dem Ausschuss mit, dass der Bericht fertig sei."
        let claim = try #require(Self.analyzer.analyze(Document(id: "t", text: text)).claims.first)
        let addressee = try #require(claim.addressee)
        #expect(claim.rule.hasSuffix("addressee:dative-object"))
        #expect(addressee.spans.count == 1)
        let scalars = Array(text.unicodeScalars)
        let span = try #require(addressee.spans.first)
        #expect(String(String.UnicodeScalarView(scalars[span.start..<span.end])) == addressee.text)
    }

    /// Every verb an object rule names is a cue verb of cues.yaml, so a typo cannot silently
    /// disable it.
    @Test func objectRulesNameCueVerbs() {
        let lemmas = Set(Shared.rules.cues.entries.filter { $0.kind == .verb }.map(\.lemma))
        for rule in Shared.rules.addressees.rules {
            for verb in rule.verbs {
                #expect(lemmas.contains { $0 == verb || $0.hasPrefix(verb + " ") }, "addressees.yaml \(rule.id): '\(verb)' is no cue verb")
            }
        }
    }

    /// The lexicon tells the case an article opens a phrase in (it replaced the table of addressees.yaml).
    @Test func lexiconGivesTheArticlesTheirCase() {
        let analyzer = Shared.analyzer
        let document = Document(id: "cases", text: "Er gab dem Mann einen Hut, der Frau ein Buch und den Kindern die Bälle.")
        let segmentation = analyzer.segment(document)
        let quotations = analyzer.quotationFinder.quotations(in: document, segmentation: segmentation)
        let view = TextView(document: document, segmentation: segmentation, quotations: quotations, ignored: [], rules: analyzer.rules)
        let opening = Dictionary(view.tokens.indices.map { (view.lower[$0], view.openingCase($0)) }, uniquingKeysWith: { first, _ in first })
        #expect(opening["dem"] == .dative && opening["einen"] == .accusative && opening["der"] == .dativeOrGenitive)
        #expect(opening["den"] == .dativePluralOrAccusative && opening["die"] == .nominativeOrAccusative && opening["er"] == .nominative)
        #expect(opening["mann"] == PhraseCase?.none)
    }

    /// A rule file with an unknown slot, or an object rule without verbs, is refused with its line.
    @Test(arguments: [
        ("addressees:\n  - id: x\n    slot: genitive\n    verbs: [sagen]\n", 3, "slot must be"),
        ("addressees:\n  - id: x\n    slot: dative\n", 2, "needs 'verbs'"),
        ("addressees:\n  - id: x\n    slot: preposition\n    words: [an]\n    named: maybe\n", 5, "named must be"),
    ])
    func brokenRulesNameTheirLine(text: String, line: Int, message: String) throws {
        var examples: [RuleExample] = []
        do {
            _ = try AddresseeRules(try RuleFile.parse(text: text, path: "addressees.yaml"), examples: &examples)
            Issue.record("a broken rule file was accepted")
        } catch {
            #expect(error.line == line && error.message.contains(message), "\(error)")
        }
    }
}
