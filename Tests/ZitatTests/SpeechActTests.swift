import Testing
@testable import Zitat

/// Reported speech: speech acts whose content is their object ("forderte den Rücktritt"), in the
/// active and, with an "als" judgement, in the passive; hand-written German sentences.
@Suite struct SpeechActTests {
    struct Case: CustomStringConvertible, Sendable {
        var text: String
        /// The expected reported claim's speaker mention, or nil for none; `reported` false: no reported claim.
        var reported: Bool
        var speaker: String?
        var description: String { text }
    }

    static let cases: [Case] = [
        Case(text: "Die Gewerkschaft forderte die Senkung der Mieten.", reported: true, speaker: "Die Gewerkschaft"),
        Case(text: "Die neuen Pläne wurden von der Opposition als unausgegoren bezeichnet.", reported: true, speaker: "der Opposition"),
        Case(text: "Die Ausstellung wird in der Besprechung als gelungen gelobt.", reported: true, speaker: nil),
        // A passive without a judgement is an event, not speech.
        Case(text: "Der Kassierer wurde wegen Betrugs angeklagt.", reported: false, speaker: nil),
        Case(text: "Mit einer Entscheidung wird im Herbst gerechnet.", reported: false, speaker: nil),
        // Whoever the subject sieve finds must be able to speak: no adverbial opener, no object.
        Case(text: "Mitte Juli kündigte die Partei einen Sonderparteitag an.", reported: true, speaker: "die Partei"),
        Case(text: "Die Partei kündigte einen Sonderparteitag an.", reported: true, speaker: "Die Partei"),
        // A fronted object ("Seinen", accusative by the lexicon) is not the subject: the speaker is after the verb.
        Case(text: "Seinen Rückzug hatte der Trainer schon im Winter angekündigt.", reported: true, speaker: "der Trainer"),
        Case(text: "Der Betriebsrat regte eine Verlängerung der Pausen an.", reported: true, speaker: "Der Betriebsrat"),
        Case(text: "Die Anwohner klagten über zu viel Lärm.", reported: true, speaker: "Die Anwohner"),
        // A participle as an adjective is nobody's speech act.
        Case(text: "Die erhofften Reformen blieben aus.", reported: false, speaker: nil),
        Case(text: "Der Sturm hat sich wie erwartet abgeschwächt.", reported: false, speaker: nil),
        Case(text: "Die beiden Nachbarn geraten immer wieder in Streit.", reported: false, speaker: nil),
        // A speech act with its own object: a relative or purpose clause after it is no content.
        Case(text: "Die Ministerin fordert strengere Regeln für Lebensmittel, die vor zu viel Zucker warnen.", reported: true, speaker: "Die Ministerin"),
        Case(text: "Die Botschaft warnte vor Anschlägen, um die Touristen zu schützen.", reported: true, speaker: "Die Botschaft"),
        Case(text: "Seit die Armee angriff, warnte die Botschaft vor Anschlägen.", reported: true, speaker: "die Botschaft"),
        Case(text: "Der Verband bezeichnete die Vorwürfe als haltlos.", reported: true, speaker: "Der Verband"),
        // An aside in parentheses is no speech act of the sentence.
        Case(text: "Der Stadtrat tagte am Abend (die Zeitung berichtete gestern).", reported: false, speaker: nil),
        // Judgements count with their predicate; the bare object of the same verb is no reported speech.
        Case(text: "Das Ministerium kritisierte den Angriff als feige Tat.", reported: true, speaker: "Das Ministerium"),
        Case(text: "Das Ministerium kritisierte den Minister.", reported: false, speaker: nil),
        Case(text: "Im Jahr 2010 erklärte die Regierung den Mann zum Staatsfeind.", reported: true, speaker: "die Regierung"),
        Case(text: "Die Kommission hält den Plan für unbezahlbar.", reported: true, speaker: "Die Kommission"),
        // "Als Grund wurde … genannt" is a main clause: a passive judgement with nobody named.
        Case(text: "Als Grund für den Ausfall wurde ein Defekt an der Leitung genannt.", reported: true, speaker: nil),
        // Without an object of its own, the verb frames what stands before it.
        Case(text: "Die Lage sei ernst, warnte der Minister.", reported: false, speaker: nil),
    ]

    @Test(arguments: cases)
    func speechAct(_ example: Case) {
        let claims = Shared.analyze(example.text).claims.filter { $0.type == .reported }
        #expect(claims.count == (example.reported ? 1 : 0))
        if example.reported {
            #expect(claims.first?.speaker?.text == example.speaker)
        }
    }

    /// "forderte die Regierung auf, die Löhne zu erhöhen": an infinitive after the object is still content.
    @Test func anInfinitiveAfterTheObjectIsContent() throws {
        let claims = Shared.analyze("Die Gewerkschaft forderte die Regierung auf, die Löhne zu erhöhen.").claims
        let claim = try #require(claims.first)
        #expect(claims.count == 1)
        #expect(claim.type == .indirect)
        #expect(claim.text == "die Löhne zu erhöhen")
    }

    /// "angekündigt, von seinem Amt zurückzutreten": an infinitive with "zu" inside a particle verb is content.
    @Test func anInfixZuInfinitiveIsContent() throws {
        let claims = Shared.analyze("Der Bürgermeister hat am Montag angekündigt, von seinem Amt zurückzutreten.").claims
        let claim = try #require(claims.first)
        #expect(claims.count == 1)
        #expect(claim.type == .indirect)
        #expect(claim.text == "von seinem Amt zurückzutreten")
    }

    /// A passive speech act with no agent reports the one who spoke just before.
    @Test func aPassiveWithoutAgentReportsTheSpeakerBefore() throws {
        let text = "Die Stadtwerke kündigten an, die Preise zu erhöhen. Als Grund wird der teure Einkauf genannt."
        let claim = try #require(Shared.analyze(text).claims.first { $0.type == .reported })
        #expect(claim.speaker?.text == "Die Stadtwerke")
    }
}
