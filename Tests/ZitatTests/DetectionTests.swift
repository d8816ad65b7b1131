import Testing
@testable import Zitat

/// What counts as reported content and where it ends: the clause shape before a frame that follows
/// it, complements that are no content, Konjunktiv I by itself, zu-infinitives of subordinate cues and
/// "laut X" prefields; hand-written German sentences.
@Suite struct DetectionTests {
    /// An adverbial clause before ", entschied sich X" is the frame's prefield, not what was said.
    @Test func anAdverbialClauseBeforeTheVerbIsNoContent() {
        let claims = Shared.analyze("Nachdem der Zug ausgefallen war, entschieden sich die Reisenden für ein Taxi nach Linz.").claims
        #expect(!claims.contains { $0.type == .indirect }, "\(claims.map(\.rule))")
    }

    /// A noun phrase with a relative clause before the verb is the prefield too.
    @Test func aNounPhraseWithARelativeClauseIsNoContent() {
        let claims = Shared.analyze("In ihrem Brief, den sie am Morgen verschickt hatte, bat die Rektorin die Eltern um Geduld.").claims
        #expect(!claims.contains { $0.type == .indirect }, "\(claims.map(\.rule))")
    }

    /// A main clause before ", sagte X" stays content.
    @Test func aMainClauseBeforeTheFrameIsContent() throws {
        let claim = try #require(Shared.analyze("Die Lage ist ernst, sagte der Bürgermeister.").claims.first)
        #expect(claim.type == .indirect)
        #expect(claim.text == "Die Lage ist ernst")
    }

    /// "…, um … zu halten" is a purpose clause, not a zu-complement of the cue.
    @Test func aPurposeClauseIsNoComplement() {
        let claims = Shared.analyze("Der Konzern bot neue Tarife an, um die Kunden zu halten.").claims
        #expect(!claims.contains { $0.type == .indirect })
    }

    /// A main clause in Konjunktiv I reports by itself even with no speaker before it; a first-person
    /// present ("lehne") reads the same but is indicative.
    @Test func konjunktivOneReportsWithoutASpeaker() throws {
        let claims = Shared.analyze("Am Montag tagte der Rat. Zudem sei der Antrag viel zu spät beim Amt eingegangen.").claims
        let claim = try #require(claims.first)
        #expect(claims.count == 1)
        #expect(claim.type == .freeIndirect)
        #expect(claim.speaker == nil)
        #expect(claim.rule.hasPrefix("free_indirect:konjunktiv1"))
        #expect(Shared.analyze("Am Montag tagte der Rat. Ich lehne den Plan ab.").claims.isEmpty)
    }

    /// A cue in a relative clause frames the zu-infinitive after it, up to the next comma.
    @Test func aSubordinateCueFramesItsZuInfinitive() throws {
        let claims = Shared.analyze("Die Ministerin, die angekündigt hatte, ihr Mandat niederzulegen, trat am Freitag zurück.").claims
        let claim = try #require(claims.first { $0.type == .indirect })
        #expect(claim.text == "ihr Mandat niederzulegen")
        #expect(claim.speaker?.text == "Die Ministerin")
    }

    /// "Nach Angaben von …" filling the prefield ends at the finite verb: the name's last words are
    /// no content.
    @Test func aLautPhraseInThePrefieldEndsAtTheVerb() throws {
        let claims = Shared.analyze("Nach Angaben von Ärzte ohne Grenzen fehlen in dem Lager Medikamente für mehrere hundert Kinder.").claims
        let claim = try #require(claims.first)
        #expect(claim.text == "fehlen in dem Lager Medikamente für mehrere hundert Kinder")
    }

    /// A zu-infinitive ends a dependent-looking piece, so "den Vertrag gekündigt zu haben" is no
    /// relative clause and stays the content of "warf vor".
    @Test func aZuInfinitiveAfterAnArticleIsContent() throws {
        let claim = try #require(Shared.analyze("Der Anwalt warf ihr vor, den Vertrag gekündigt zu haben.").claims.first)
        #expect(claim.type == .indirect)
        #expect(claim.text == "den Vertrag gekündigt zu haben")
    }
}
