import Testing
@testable import Zitat

/// Speaker spans decided by grammar (the lexicon's case cells, appositions, extended attributes) on
/// hand-written German sentences: each case names the speaker mention of the first claim and its sieve.
@Suite struct SpeakerGrammarTests {
    struct Case: CustomStringConvertible, Sendable {
        var text: String
        var speaker: String
        var sieve: String
        var description: String { text }
    }

    static let cases: [Case] = [
        // The subject with its apposition between the verb and its particle ("gab … bekannt" is one cue).
        Case(text: "Jetzt gab der Leiter der Dienststelle, Andreas Berger, bekannt, dass die Suche beendet sei.",
             speaker: "der Leiter der Dienststelle, Andreas Berger", sieve: "cue-subject-inverted"),
        Case(text: "Erst gestern hatte der Investor für den Neubau, Peter Hansen, zugesagt, nicht weiter zu bauen.",
             speaker: "der Investor für den Neubau, Peter Hansen", sieve: "cue-subject-apposition"),
        // An apposition with an article in the case of its anchor ("von" governs the dative).
        Case(text: "Nach Angaben von Peter Vogt, dem Dekan der Fakultät, sei niemand verletzt worden.",
             speaker: "Angaben von Peter Vogt, dem Dekan der Fakultät", sieve: "cue-object"),
        // A prepositional phrase ends an apposition.
        Case(text: "„Das ist falsch“, sagte Frank Ebert, Vorsitzender des Verbands für das Münsterland.",
             speaker: "Frank Ebert, Vorsitzender des Verbands für das Münsterland", sieve: "cue-subject-inverted"),
        // A bracket that closes after the sentence's content stays outside the phrase (taking it in let
        // phrases end past their limit, and ranges cut at them ran backwards: a crash on scraped news).
        Case(text: "„Das ist falsch“, sagte die Ministerin Anna Roth (CDU).",
             speaker: "die Ministerin Anna Roth", sieve: "cue-subject-inverted"),
        Case(text: "Sie wolle nicht mehr werben, berichtete die Zeitung (Samstag).",
             speaker: "die Zeitung", sieve: "cue-subject-inverted"),
        // A fronted object: the phrase after the verb is nominative and never accusative.
        Case(text: "Die Opposition forderte der Minister auf, die Blockade zu beenden.",
             speaker: "der Minister", sieve: "cue-subject-inverted"),
        // Adverbs and an extended attribute before the participle belong to the phrase.
        Case(text: "„Wir gehen“, sagte der kürzlich gewählte Präsident des Verbands.",
             speaker: "der kürzlich gewählte Präsident des Verbands", sieve: "cue-subject-inverted"),
        Case(text: "Die seit Jahren amtierende Vorsitzende sagte, sie trete zurück.",
             speaker: "Die seit Jahren amtierende Vorsitzende", sieve: "cue-subject"),
    ]

    @Test(arguments: cases)
    func firstClaimsSpeaker(_ expected: Case) throws {
        let claim = try #require(Shared.analyze(expected.text).claims.first, "no claim in: \(expected.text)")
        #expect(claim.speaker?.text == expected.speaker)
        #expect(claim.rule.split(separator: " ").contains { $0 == "speaker:\(expected.sieve)" }, "\(claim.rule)")
    }

    /// A subject after the verb stays the subject where the fronted phrase names someone ("Die
    /// Regierung kritisierte Huber": the government speaks), and a bare fronted word may be a name.
    @Test(arguments: [
        ("Die Regierung kritisierte Huber scharf, er habe gelogen.", "Die Regierung"),
        ("Die Polizei teilte am Montag mit, der Täter sei gefasst.", "Die Polizei"),
    ])
    func frontedSpeakerStaysTheSubject(text: String, speaker: String) throws {
        let claim = try #require(Shared.analyze(text).claims.first, "no claim in: \(text)")
        #expect(claim.speaker?.text == speaker)
    }

    /// Feminine derivational suffixes give a noun the lexicon does not list its cells.
    @Test func suffixesGiveUnlistedNounsTheirNumber() throws {
        let singular = try #require(TokenGrammar.suffixCells("Machbarkeit"))
        #expect(singular.allows(.nominative, .singular, .feminine) && !singular.allows(.nominative, .plural))
        let plural = try #require(TokenGrammar.suffixCells("Machbarkeiten"))
        #expect(plural.allows(.dative, .plural) && !plural.allows(.dative, .singular))
        #expect(TokenGrammar.suffixCells("Berger") == nil)
    }
}
