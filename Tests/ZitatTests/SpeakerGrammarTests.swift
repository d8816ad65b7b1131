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
        // An apposition before the verb runs to its comma, prepositional phrases and all; a segment with a
        // finite verb is a relative clause and stays out.
        Case(text: "Max Muster, der Kandidat der Grünen für das Amt des Bürgermeisters, hat angekündigt, eine Klage einzureichen.",
             speaker: "Max Muster, der Kandidat der Grünen für das Amt des Bürgermeisters", sieve: "cue-subject-apposition"),
        Case(text: "Die Stiftung, die im Land die Aufsicht führt, erklärte, sie werde klagen.",
             speaker: "Die Stiftung", sieve: "cue-subject-apposition"),
        // A focus adverb before the titled phrase that the name explains.
        Case(text: "Auch die Verhandlungsführerin in Genf, Sarah Holm, sagte, man müsse handeln.",
             speaker: "die Verhandlungsführerin in Genf, Sarah Holm", sieve: "cue-subject-apposition"),
        // The subject of a "wie" clause before a relative clause that splits it from its verb.
        Case(text: "Wie Peter Kurz, der als Beobachter im Saal war, dazu feststellt, sei das Urteil falsch.",
             speaker: "Peter Kurz", sieve: "cue-subject-apposition"),
        // A colon frame with a fronted object: the nominative-only phrase after the finite verb speaks.
        Case(text: "Die Wirksamkeit der Maßnahme bezweifelte auch der Sprecher des Verbands: „Das bringt nichts.“",
             speaker: "der Sprecher des Verbands", sieve: "colon-subject-inverted"),
        Case(text: "Die Ministerin stellte den Plan vor: „Wir fangen morgen an.“", speaker: "Die Ministerin", sieve: "colon-subject"),
        // After a person's name, "in Berlin" says where the words were said; after a body it names the office.
        Case(text: "„Wir bleiben“, sagte Regierungssprecher Peter Seibold in Berlin.", speaker: "Regierungssprecher Peter Seibold",
             sieve: "cue-subject-inverted"),
        Case(text: "„Wir bleiben“, sagte ein Sprecher der Botschaft in Berlin.", speaker: "ein Sprecher der Botschaft in Berlin",
             sieve: "cue-subject-inverted"),
        // "heißt es" after a relative clause: the statement in the prefield before it.
        Case(text: "In dem Bericht, der am Montag veröffentlicht wurde, heißt es, die Lage sei ernst.",
             speaker: "dem Bericht", sieve: "impersonal-place"),
        // A time phrase of the middle field after an unclosed apposition.
        Case(text: "„Das ist gefährlich“, sagte Anton Huber, deutscher General und Kommandeur der Truppe am Montag.",
             speaker: "Anton Huber, deutscher General und Kommandeur der Truppe", sieve: "cue-subject-inverted"),
        // "nach"/"laut" opening the sentence: the speaker is the one constituent before the finite verb.
        Case(text: "Nach Angaben der Gruppe Ärzte ohne Grenzen sind in der Provinz zwei Kliniken geschlossen worden.",
             speaker: "Angaben der Gruppe Ärzte ohne Grenzen", sieve: "cue-object"),
        Case(text: "Nach dem Artikel 3 der Satzung bestimmt der Vorstand den Termin.",
             speaker: "dem Artikel 3 der Satzung", sieve: "cue-object"),
        Case(text: "Laut Anna Kowalczyk gegenüber der Presse wurde der Mann gestern gefasst.", speaker: "Anna Kowalczyk", sieve: "cue-object"),
        Case(text: "Der Vertrag wäre laut dem Minister bald unterschriftsreif.",
             speaker: "dem Minister", sieve: "cue-object"),
        // A present participle opening the sentence is an adverbial; the subject follows the verb.
        Case(text: "Einschränkend fügte Weber hinzu: „Das war nicht so gemeint.“", speaker: "Weber", sieve: "cue-subject-inverted"),
        Case(text: "Anknüpfend an die Warnung der Polizei riet der Leiter eines Krankenhauses: „Fahren Sie langsam.“",
             speaker: "der Leiter eines Krankenhauses", sieve: "cue-subject-inverted"),
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

    /// A verb-first clause after a comma shares the subject of the main clause before it ("bestätigte
    /// …, teilte jedoch mit, …").
    @Test func asyndeticVerbSharesTheSubject() throws {
        let claims = try Shared.analyze("Die Behörde bestätigte den Vorfall, teilte jedoch mit, es habe keine Toten gegeben.").claims
        let shared = try #require(claims.first { $0.rule.contains("speaker:cue-subject-coordinated") }, "\(claims.map(\.rule))")
        #expect(shared.speaker?.text == "Die Behörde")
        #expect(shared.text.hasPrefix("es habe"))
    }

    /// A title in an apposition does not make a later indefinite mention of the title the same person:
    /// "einem Kommandeur" introduces someone new.
    @Test func anIndefiniteTitleIsSomeoneNew() throws {
        let claims = try Shared.analyze("„Wir greifen an“, sagte Paul Roth, General und Kommandeur der Truppe am Montag. "
            + "Laut einem Kommandeur der Miliz habe man den Hafen eingenommen.").claims
        #expect(claims.first?.speaker?.canonical == "Paul Roth")
        let other = try #require(claims.first { $0.speaker?.text == "einem Kommandeur der Miliz" }, "\(claims.map(\.rule))")
        #expect(other.speaker?.canonical != "Paul Roth")
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
