import Testing
@testable import Zitat

/// Clauses and topological fields of hand-written German sentences (needs the bundled lexicon).
@Suite struct ClauseTests {
    /// The view of a one-sentence text and the clauses of its first sentence.
    func clauses(_ text: String) -> (view: TextView, clauses: [Clause]) {
        let analyzer = Shared.analyzer
        let document = Document(id: "clauses", text: text)
        let segmentation = analyzer.segment(document)
        let quotations = analyzer.quotationFinder.quotations(in: document, segmentation: segmentation)
        let view = TextView(document: document, segmentation: segmentation, quotations: quotations, ignored: [], rules: analyzer.rules)
        return (view, view.clauses(ofSentence: 0))
    }

    @Test func mainClauseWithSubordinateClause() throws {
        let (view, clauses) = clauses("Am Montag hat der Minister in Bonn gesagt, dass die Regierung den Vertrag kündigen werde.")
        try #require(clauses.count == 2)
        let main = clauses[0]
        #expect(main.kind == .main)
        #expect(view.text(main.prefield) == "Am Montag")
        #expect(view.text(main.leftBracket) == "hat" && main.finite.map { view.tokens[$0].text } == "hat")
        #expect(view.text(main.middleField) == "der Minister in Bonn")
        #expect(view.text(main.rightBracket) == "gesagt")
        let dependent = clauses[1]
        #expect(dependent.kind == .subordinate)
        #expect(view.text(dependent.leftBracket) == "dass")
        #expect(view.text(dependent.middleField) == "die Regierung den Vertrag")
        #expect(view.text(dependent.rightBracket) == "kündigen werde")
        #expect(dependent.finite.map { view.tokens[$0].text } == "werde")
    }

    @Test func relativeClauseAndSeparableVerb() throws {
        let (view, clauses) = clauses("Die Sprecherin, die gestern in Bonn war, teilte mit, der Streik sei beendet.")
        let relative = try #require(clauses.first { $0.kind == .relative })
        #expect(view.text(relative.leftBracket) == "die")
        #expect(relative.finite.map { view.tokens[$0].text } == "war")
        let separated = try #require(clauses.first { $0.finite.map { view.tokens[$0].text } == "teilte" })
        #expect(separated.kind == .main && separated.prefield.isEmpty && view.text(separated.rightBracket) == "mit")
        let reported = try #require(clauses.last)
        #expect(view.text(reported.prefield) == "der Streik" && view.text(reported.rightBracket) == "beendet")
    }

    @Test func infinitiveClause() throws {
        let (view, clauses) = clauses("Er forderte die Partei auf, den Vertrag zu kündigen.")
        try #require(clauses.count == 2)
        #expect(view.text(clauses[0].rightBracket) == "auf" && view.text(clauses[0].middleField) == "die Partei")
        #expect(clauses[1].kind == .infinitive && clauses[1].finite == nil)
        #expect(view.text(clauses[1].rightBracket) == "zu kündigen" && view.text(clauses[1].middleField) == "den Vertrag")
    }

    @Test func prepositionalRelativeAndParenthesis() throws {
        let (view, clauses) = clauses("Der Abgeordnete (SPD) nannte einen Plan, von dem die Kollegen nichts wussten.")
        let bracket = try #require(clauses.first { $0.kind == .parenthetical })
        #expect(view.text(bracket.tokens) == "SPD")
        let main = try #require(clauses.first { $0.kind == .main })
        #expect(view.text(main.prefield) == "Der Abgeordnete (SPD)" && main.finite.map { view.tokens[$0].text } == "nannte")
        let relative = try #require(clauses.first { $0.kind == .relative })
        #expect(view.text(relative.leftBracket) == "von dem" && view.text(relative.rightBracket) == "wussten")
        #expect(view.clause(containing: bracket.tokens.lowerBound, in: clauses)?.kind == .parenthetical)
    }

    /// "in dessen Folge das Gericht entschied": the relative phrase holds its genitive noun; "für die
    /// Partei" after a comma is no relative clause.
    @Test func genitiveRelativeAndArticleAfterPreposition() throws {
        let (view, clauses) = clauses("Es gab einen Streit, in dessen Folge das Gericht entschied, für die Partei ein Verbot zu prüfen.")
        let relative = try #require(clauses.first { $0.kind == .relative })
        #expect(view.text(relative.leftBracket) == "in dessen Folge" && view.text(relative.middleField) == "das Gericht")
        #expect(clauses.last?.kind == .infinitive)
    }

    /// "während" opens a clause only when a finite verb ends it.
    @Test func prepositionIsNoSubordinator() throws {
        let (_, clauses) = clauses("Während der Sitzung sagte der Minister, er komme.")
        #expect(clauses.first?.kind == .main)
        let (_, dependent) = self.clauses("Während er sprach, schwiegen die Kollegen.")
        #expect(dependent.first?.kind == .subordinate)
    }

    @Test func subjectAgreesWithTheFiniteVerb() {
        let (view, _) = clauses("Die Minister sagten dem Sprecher, er habe recht.")
        // "Die Minister" (tokens 0..<2) plural with "sagten"; "dem Sprecher" (3..<5) is dative.
        #expect(view.canBeSubject(0..<2, ofVerb: 2))
        #expect(!view.canBeSubject(3..<5, ofVerb: 2))
        let (singular, _) = clauses("Die Minister sagte er, sie hätten recht.")
        #expect(!singular.canBeSubject(0..<2, ofVerb: 2))
        #expect(singular.isNominativeOnly(3..<4))
    }
}
