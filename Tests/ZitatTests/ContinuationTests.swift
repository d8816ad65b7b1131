import Testing
@testable import Zitat

/// Free indirect speech without a Konjunktiv: a "soll" sentence continues the speaker right before
/// it; hand-written German sentences.
@Suite struct ContinuationTests {
    /// A planned "soll … werden" right after a speaker's claim reports that speaker's plan.
    @Test func aPlanBySollenContinuesTheSpeaker() throws {
        let text = "Die Ministerin kündigte an, die Schulen würden renoviert. Dabei sollen auch die Turnhallen erneuert werden."
        let claims = Shared.analyze(text).claims
        #expect(claims.map(\.type) == [.indirect, .freeIndirect])
        let last = try #require(claims.last)
        #expect(last.speaker?.text == "Die Ministerin")
        #expect(last.rule.hasPrefix("free_indirect:reportative"))
    }

    /// Without a speaker before it, a plan is nobody's speech.
    @Test func aPlanAloneIsNoClaim() {
        let claims = Shared.analyze("Am Montag tagte der Rat. Dabei sollen auch die Turnhallen erneuert werden.").claims
        #expect(claims.isEmpty)
    }

    /// A "soll" that ends its clause stands in a relative clause and says nothing of the sentence.
    @Test func aSollenInARelativeClauseContinuesNothing() {
        let text = "Die Ministerin sagte, die Lage sei ernst. Sie stellte einen Plan vor, mit dem die Altstadt belebt werden soll."
        #expect(Shared.analyze(text).claims.map(\.type) == [.indirect])
    }

    /// Hearsay by its own "soll … haben" before the article names anyone is free indirect speech
    /// without a speaker; a plan ("soll … werden") is not.
    @Test func hearsayBySollenNeedsNoSpeakerBeforeIt() throws {
        let claims = Shared.analyze("Ein Unbekannter soll in der Nacht drei Autos angezündet haben.").claims
        let claim = try #require(claims.first)
        #expect(claims.count == 1)
        #expect(claim.type == .freeIndirect)
        #expect(claim.speaker == nil)
        #expect(Shared.analyze("Im Herbst soll die Brücke erneuert werden.").claims.isEmpty)
    }
}
