import Testing
@testable import Zitat

/// A main clause joined by "und" to another has its own subject (Attribution/CoordinatedSubjects.swift).
@Suite struct ConjunctSubjectTests {
    /// The second conjunct's subject speaks, not the first clause's, adverbs after it included.
    @Test(arguments: [
        ("Die Stadtverwaltung übergab am Montag dem Landesamt die Unterlagen und das Landesamt seinerseits versprach, sich darum zu kümmern.", "Landesamt"),
        ("Die Behörde prüfte den Antrag und die Ministerin sagte, das dauere noch.", "Ministerin"),
    ])
    func secondConjunctHasItsOwnSubject(text: String, speaker: String) throws {
        let claim = try #require(Shared.analyze(text).claims.first)
        #expect(claim.speaker?.canonical == speaker)
        #expect(claim.rule.contains("cue-subject-conjunct"))
    }

    /// Two speakers joined before one verb stay one coordinated subject.
    @Test func coordinatedSpeakersStayTogether() throws {
        let claim = try #require(Shared.analyze("Der Bürgermeister und die Ministerin versprachen, sich darum zu kümmern.").claims.first)
        #expect(claim.speaker?.text == "Der Bürgermeister und die Ministerin")
    }

    /// "Sowohl X als auch Y" before the verb is one subject of both, whatever number it takes.
    @Test func correlativePairIsTheSubject() throws {
        let claim = try #require(Shared.analyze("Sowohl das Ministerium als auch die Polizei warnten, die Lage sei angespannt.").claims.first)
        #expect(claim.speaker?.text == "das Ministerium als auch die Polizei")
        #expect(claim.rule.contains("cue-subject-correlative"))
    }
}
