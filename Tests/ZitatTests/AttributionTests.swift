import Testing
@testable import Zitat

/// The attribution stages on hand-written German sentences: each case names the claim type, the
/// speaker mention, its canonical name, the source and the sieve that must decide.
@Suite struct AttributionTests {
    struct Case: CustomStringConvertible, Sendable {
        var text: String
        var type: ClaimType
        var speaker: String?
        var canonical: String?
        var source: String?
        var sieve: String?
        var description: String { text }
    }

    static let cases: [Case] = [
        Case(text: "Die Lage sei ernst, sagte Außenministerin Anna Berger.", type: .indirect,
             speaker: "Außenministerin Anna Berger", canonical: "Anna Berger", source: nil, sieve: "cue-subject-inverted"),
        Case(text: "Stoltenberg erklärte, das Bündnis sei vorbereitet.", type: .indirect,
             speaker: "Stoltenberg", canonical: "Jens Stoltenberg", source: "NATO", sieve: "cue-subject"),
        Case(text: "Der Gouverneur von Oaxaca, Gabino Cué, sagte, die Lage sei ernst.", type: .indirect,
             speaker: "Der Gouverneur von Oaxaca, Gabino Cué", canonical: "Gabino Cué", source: nil, sieve: "cue-subject-apposition"),
        Case(text: "Die Bundeswehr hat entschieden, das Tanklager aufzugeben.", type: .indirect,
             speaker: "Die Bundeswehr", canonical: "Bundeswehr", source: nil, sieve: "cue-subject"),
        Case(text: "Laut Kremlsprecher Dmitri Peskow finden die Manöver auf russischem Gebiet statt.", type: .indirect,
             speaker: "Kremlsprecher Dmitri Peskow", canonical: "Dmitri Peskow", source: "Kremlin", sieve: "cue-object"),
        Case(text: "Dem Pentagon zufolge werden weitere Soldaten verlegt.", type: .indirect,
             speaker: "Dem Pentagon", canonical: "Pentagon", source: "Washington", sieve: "cue-object"),
        Case(text: "Man werde reagieren, hieß es aus Washington.", type: .indirect,
             speaker: "Washington", canonical: "Washington", source: "Washington", sieve: "impersonal-place"),
        Case(text: "Die Lage ist ernst, so der Sprecher der Polizei.", type: .indirect,
             speaker: "der Sprecher der Polizei", canonical: "Sprecher der Polizei", source: nil, sieve: "cue-object"),
        Case(text: "Wie die Polizei mitteilte, wurde niemand verletzt.", type: .indirect,
             speaker: "die Polizei", canonical: "Polizei", source: nil, sieve: "cue-subject"),
        Case(text: "„Wir bleiben hier“, sagte der Bürgermeister.", type: .direct,
             speaker: "der Bürgermeister", canonical: "Bürgermeister", source: nil, sieve: "cue-subject-inverted"),
        Case(text: "Der Minister sagte: „Wir bleiben hier.“", type: .direct,
             speaker: "Der Minister", canonical: "Minister", source: nil, sieve: "cue-subject"),
        Case(text: "Die Opposition forderte den Rücktritt des Ministers.", type: .reported,
             speaker: "Die Opposition", canonical: "Opposition", source: nil, sieve: "cue-subject"),
        Case(text: "Der Mann sei festgenommen worden, wie eine Sprecherin der Staatsanwaltschaft mitteilte.", type: .indirect,
             speaker: "eine Sprecherin der Staatsanwaltschaft", canonical: "Sprecherin der Staatsanwaltschaft", source: nil, sieve: "cue-subject"),
        Case(text: "Dem Minister wurde vorgeworfen, Gelder veruntreut zu haben.", type: .indirect,
             speaker: nil, canonical: nil, source: nil, sieve: nil),
        Case(text: "Es wird vermutet, dass der Täter geflohen sei.", type: .indirect,
             speaker: nil, canonical: nil, source: nil, sieve: nil),
        Case(text: "Von der Opposition wurde gefordert, der Minister müsse zurücktreten.", type: .indirect,
             speaker: "der Opposition", canonical: "Opposition", source: nil, sieve: "passive-agent"),
        Case(text: "Die Agentur zitiert den Präsidenten mit den Worten: „Diese Banken haben versagt.“", type: .direct,
             speaker: "den Präsidenten", canonical: "Präsidenten", source: nil, sieve: "cue-object"),
        Case(text: "Im gleichen Interview sagte der Verteidigungsminister, die Truppen blieben.", type: .indirect,
             speaker: "der Verteidigungsminister", canonical: "Verteidigungsminister", source: nil, sieve: "cue-subject-inverted"),
        Case(text: "In einem Interview erklärte der Direktor der Behörde, Mohammed el-Baradei, Nordkorea besitze Atomwaffen.", type: .indirect,
             speaker: "der Direktor der Behörde, Mohammed el-Baradei", canonical: "Mohammed el-Baradei", source: nil, sieve: "cue-subject-inverted"),
        Case(text: "Ein Sprecher der Polizei, Commander Randy Henderson sagte, das Flugzeug sei abgestürzt.", type: .indirect,
             speaker: "Ein Sprecher der Polizei, Commander Randy Henderson", canonical: "Commander Randy Henderson", source: nil, sieve: "cue-subject-apposition"),
        Case(text: "Bush befürchtet, sobald er nachgebe, werde der Druck zunehmen.", type: .indirect,
             speaker: "Bush", canonical: "Bush", source: nil, sieve: "cue-subject"),
        Case(text: "„Wir wollen enger zusammenarbeiten“, hatte VW-Chef Winterkorn in einem Interview erklärt.", type: .direct,
             speaker: "VW-Chef Winterkorn", canonical: "Winterkorn", source: nil, sieve: "cue-subject-inverted"),
        Case(text: "Laut der Agentur hält es der ecuadorianische Präsident für möglich, dass die Bank wachse.", type: .indirect,
             speaker: "der Agentur", canonical: "Agentur", source: nil, sieve: "cue-object"),
        Case(text: "Auf mehrmalige Nachfrage musste er betonen, dass es kaum Informationen gebe.", type: .indirect,
             speaker: "er", canonical: "er", source: nil, sieve: "cue-subject-inverted"),
        Case(text: "Wie der Direktor des Amtes, Smith Dharmmasaroj, mitteilte, waren die Menschen nicht gewarnt worden.", type: .indirect,
             speaker: "der Direktor des Amtes, Smith Dharmmasaroj", canonical: "Smith Dharmmasaroj", source: nil, sieve: "cue-subject"),
        Case(text: "Patrick Kamanda von der Behörde Ugandas (Environment Authority, NEMA) sagte, die Sorge sei berechtigt.", type: .indirect,
             speaker: "Patrick Kamanda von der Behörde Ugandas (Environment Authority, NEMA)", canonical: "Patrick Kamanda", source: nil, sieve: "cue-subject"),
        Case(text: "Die Mutter wandte sich an das Forum, da sie befürchtete, man wolle ihr die Kinder wegnehmen.", type: .indirect,
             speaker: "sie", canonical: "sie", source: nil, sieve: "cue-subject"),
        Case(text: "Als Grund für die Kündigung gab die Sprachschule an, die Partei habe sich nicht zu erkennen gegeben.", type: .indirect,
             speaker: "die Sprachschule", canonical: "Sprachschule", source: nil, sieve: "cue-subject-inverted"),
        Case(text: "Den Währungsfonds, dessen Gremien bald tagen, forderte er auf, die Zahlungen auszusetzen.", type: .indirect,
             speaker: "er", canonical: "er", source: nil, sieve: "cue-subject-inverted"),
        Case(text: "Die Arbeitsgemeinschaft im Kreis Lippe teilte mit, die Frist sei abgelaufen.", type: .indirect,
             speaker: "Die Arbeitsgemeinschaft im Kreis Lippe", canonical: "Arbeitsgemeinschaft im Kreis Lippe", source: nil, sieve: "cue-subject"),
        Case(text: "Der Geschäftsführer der Grünen, Volker Beck, sprach von einem Dammbruch und forderte die Regierung auf, die Pläne zu stoppen.", type: .indirect,
             speaker: "Der Geschäftsführer der Grünen, Volker Beck", canonical: "Volker Beck", source: nil, sieve: "cue-subject-coordinated"),
        Case(text: "In einer Stellungnahme des Ministeriums wird die Entscheidung damit begründet, dass das Land abhängig sei.", type: .indirect,
             speaker: "einer Stellungnahme des Ministeriums", canonical: "Stellungnahme des Ministeriums", source: nil, sieve: "passive-agent"),
        Case(text: "Der Geschäftsführer verwies auf Studien der Charité, nach denen Homöopathie oft ebenbürtig sei.", type: .indirect,
             speaker: "denen", canonical: "Studien der Charité", source: nil, sieve: "relative-pronoun"),
        Case(text: "Der Minister entwarf ursprünglich „ein Konzept mit sechs bis acht Stadien“ für das Turnier.", type: .direct,
             speaker: "Der Minister", canonical: "Minister", source: nil, sieve: "sentence-subject"),
        Case(text: "Bundesinnenminister Schäuble: „Wir können die Daten doch nicht vernichten.“", type: .direct,
             speaker: "Bundesinnenminister Schäuble", canonical: "Schäuble", source: nil, sieve: "colon-name"),
        Case(text: "Im Kongress warb Obama für das Gesetz mit den Worten: „Wir müssen jetzt handeln.“", type: .direct,
             speaker: "Obama", canonical: "Barack Obama", source: "Washington", sieve: "colon-subject-inverted"),
        Case(text: "Während der Sitzung teilte der Minister mit, dass die Straße gesperrt bleibe.", type: .indirect,
             speaker: "der Minister", canonical: "Minister", source: nil, sieve: "cue-subject-inverted"),
        Case(text: "Im Bericht hieß es, die Lage sei ernst.", type: .indirect,
             speaker: "Bericht", canonical: "Bericht", source: nil, sieve: "impersonal-place"),
        Case(text: "Einer der drei Feuerwehrmänner sagte, das Feuer sei gelöscht.", type: .indirect,
             speaker: "Einer der drei Feuerwehrmänner", canonical: "der drei Feuerwehrmänner", source: nil, sieve: "cue-subject"),
        Case(text: "Osama bin Laden sagte, der Kampf gehe weiter.", type: .indirect,
             speaker: "Osama bin Laden", canonical: "Osama bin Laden", source: nil, sieve: "cue-subject"),
        Case(text: "Gleiches gelte nach Meinung Russlands auch für das Flugzeug.", type: .indirect,
             speaker: "Meinung Russlands", canonical: "Russlands", source: "Kremlin", sieve: "cue-object"),
        Case(text: "Nach Angaben seines Anwalts wurde der Mann am Montag freigelassen.", type: .indirect,
             speaker: "Angaben seines Anwalts", canonical: "Angaben seines Anwalts", source: nil, sieve: "cue-object"),
        Case(text: "Nach einem Bericht der „Frankfurter Rundschau“ ist der Konzern mit Verlusten ins Jahr gestartet.", type: .indirect,
             speaker: "einem Bericht der „Frankfurter Rundschau“", canonical: "Bericht der „Frankfurter Rundschau“", source: nil, sieve: "cue-object"),
        Case(text: "Am Samstag starben offiziellen Angaben zufolge beim Absturz des Hubschraubers alle Insassen.", type: .indirect,
             speaker: "offiziellen Angaben", canonical: "offiziellen Angaben", source: nil, sieve: "cue-object"),
        Case(text: "Im Jahr nimmt die Organisation Schätzungen zufolge Milliarden Euro ein.", type: .indirect,
             speaker: "Schätzungen", canonical: "Schätzungen", source: nil, sieve: "cue-object"),
        Case(text: "Der Abschuss soll laut Ministerium 80 Tiere betreffen.", type: .indirect,
             speaker: "Ministerium", canonical: "Ministerium", source: nil, sieve: "cue-object"),
        Case(text: "Nachdem die Anwältin dem Richter mitgeteilt hatte, dass der Mann gesucht werde, ging sie.", type: .indirect,
             speaker: "die Anwältin", canonical: "Anwältin", source: nil, sieve: "cue-subject"),
        Case(text: "Er gab ein Interview, bei dem er gesagt hatte, er habe bei der Einreise gelogen.", type: .indirect,
             speaker: "er", canonical: "er", source: nil, sieve: "cue-subject"),
        Case(text: "Der Sprecher und andere Mitarbeiter beeilten sich, gegenüber Journalisten zu erklären, die Äußerungen stellten keinen Wechsel dar.", type: .indirect,
             speaker: "Der Sprecher und andere Mitarbeiter", canonical: "Sprecher und andere Mitarbeiter", source: nil, sieve: "cue-subject-control"),
        Case(text: "Als Beispiel nannte der Minister das Spiel in Leipzig.", type: .reported,
             speaker: "der Minister", canonical: "Minister", source: nil, sieve: "cue-subject-inverted"),
        Case(text: "Wie die „Aktion Deutschland hilft“ heute mitteilte, seien die Helfer eingetroffen.", type: .indirect,
             speaker: "die „Aktion Deutschland hilft“", canonical: "Aktion Deutschland", source: nil, sieve: "cue-subject"),
        Case(text: "Den Unmut brachte die Sprecherin der Union, Anna Berg, zum Ausdruck: „Es gibt keinen Grund, Positionen aufzugeben.“", type: .direct,
             speaker: "die Sprecherin der Union, Anna Berg", canonical: "Anna Berg", source: nil, sieve: "colon-subject-inverted"),
        Case(text: "Wie die Ärztezeitung in ihrer Onlineausgabe berichtet, ist auch Brasilien betroffen.", type: .indirect,
             speaker: "die Ärztezeitung in ihrer Onlineausgabe", canonical: "Ärztezeitung", source: nil, sieve: "cue-subject"),
        Case(text: "Die Erschütterungen waren Berichten der Sender Sky News und BBC zufolge bis London zu spüren.", type: .indirect,
             speaker: "Berichten der Sender Sky News und BBC", canonical: "Berichten der Sender Sky News und BBC", source: nil, sieve: "cue-object"),
        Case(text: "Der Politiker zieht nach Aussage einer Sprecherin der Stadt Den Haag ins Stadtparlament ein.", type: .indirect,
             speaker: "Aussage einer Sprecherin der Stadt Den Haag", canonical: "Aussage einer Sprecherin der Stadt Den Haag", source: nil, sieve: "cue-object"),
        Case(text: "Am Donnerstag sagte General Hagee, ohne auf einen Vorfall zu verweisen, dass ihn die Vorwürfe besorgt hätten.", type: .indirect,
             speaker: "General Hagee", canonical: "Hagee", source: nil, sieve: "cue-subject-inverted"),
        Case(text: "John Kline, ein Repräsentant und Marineoberst außer Dienst, sagte, dass der Vorfall kein Unfall gewesen sei.", type: .indirect,
             speaker: "John Kline, ein Repräsentant und Marineoberst", canonical: "John Kline", source: nil, sieve: "cue-subject-apposition"),
        Case(text: "„Er ist die eiserne Hand in einem eisernen Handschuh“, so charakterisierte ihn der Funktionär Bernard Aubin.", type: .direct,
             speaker: "der Funktionär Bernard Aubin", canonical: "Bernard Aubin", source: nil, sieve: "cue-subject-inverted"),
        Case(text: "Für die Stadtwerke bedauerte der Verband kommunaler Unternehmen, dass die Regierung sich einseitig gestellt habe.", type: .indirect,
             speaker: "der Verband kommunaler Unternehmen", canonical: "Verband kommunaler Unternehmen", source: nil, sieve: "cue-subject-inverted"),
        Case(text: "„Wir haben verdient gewonnen“, sagte der Sportchef von Bayer 04 Leverkusen nach dem Spiel.", type: .direct,
             speaker: "der Sportchef von Bayer", canonical: "Sportchef von Bayer", source: nil, sieve: "cue-subject-inverted"),
        Case(text: "Der Terrorist wurde am Dienstag getötet. Das bestätigte der Präsident Indonesiens, Susilo Bambang Yudhoyono.", type: .indirect,
             speaker: "der Präsident Indonesiens, Susilo Bambang Yudhoyono", canonical: "Susilo Bambang Yudhoyono", source: nil, sieve: "cue-subject-inverted"),
        Case(text: "Wie die Friedensmission im Südsudan (UNMISS) weiterhin mitteilte, handelt es sich um Aufständische.", type: .indirect,
             speaker: "die Friedensmission im Südsudan (UNMISS)", canonical: "Friedensmission Südsudan UNMISS", source: nil, sieve: "cue-subject"),
        Case(text: "Das Manöver wird Raffinesse erfordern, wie Alan Stern, Direktor des Wissenschaftlichen Rats der NASA betont.", type: .indirect,
             speaker: "Alan Stern, Direktor des Wissenschaftlichen Rats der NASA", canonical: "Alan Stern", source: nil, sieve: "cue-subject"),
        Case(text: "Der Politik schlug er vor, sich an anderen Ländern zu orientieren.", type: .indirect,
             speaker: "er", canonical: "er", source: nil, sieve: "cue-subject-inverted"),
        Case(text: "Stephen Singer, ein Klimaexperte vom WWF erklärte, der Bericht sei ein grundlegendes Dokument.", type: .indirect,
             speaker: "Stephen Singer, ein Klimaexperte vom WWF", canonical: "Singer", source: nil, sieve: "cue-subject-apposition"),
        Case(text: "Der Bürgermeister Jonas Kurz sagte, die Stadt sei vorbereitet.", type: .indirect,
             speaker: "Der Bürgermeister Jonas Kurz", canonical: "Jonas Kurz", source: nil, sieve: "cue-subject"),
        Case(text: "Dort sind nach Angaben der Polizei vier Menschen verletzt worden.", type: .indirect,
             speaker: "Angaben der Polizei", canonical: "Angaben der Polizei", source: nil, sieve: "cue-object"),
        Case(text: "So wird in einer Mitteilung des Vereins gefordert, dass die Stadt die Halle öffnen müsse.", type: .indirect,
             speaker: "einer Mitteilung des Vereins", canonical: "Mitteilung des Vereins", source: nil, sieve: "passive-agent"),
        Case(text: "Wie tagesschau.de berichtet, ist die Brücke gesperrt.", type: .indirect,
             speaker: "tagesschau.de", canonical: "tagesschau.de", source: nil, sieve: "cue-subject"),
        Case(text: "„Die Lage bleibt ernst“, sagte der Kommandeur der Truppen, General Anton Weber heute vor Journalisten.", type: .direct,
             speaker: "der Kommandeur der Truppen, General Anton Weber", canonical: "Anton Weber", source: nil, sieve: "cue-subject-inverted"),
        Case(text: "Nach einem Plan der Regierung vom Herbst 2019 sollen alle Schulen saniert werden.", type: .indirect,
             speaker: "einem Plan der Regierung vom Herbst 2019", canonical: "Plan der Regierung vom Herbst 2019", source: nil, sieve: "cue-object"),
        Case(text: "Die Sprecherin der Partei, Anna Roth, und Jan Berg, Experte für Verkehr, sprachen von einem Fehler und forderten die Stadt auf, den Plan zu ändern.", type: .indirect,
             speaker: "Die Sprecherin der Partei, Anna Roth, und Jan Berg, Experte für Verkehr", canonical: "Anna Roth", source: nil, sieve: "cue-subject-coordinated"),
        Case(text: "Wie die Sprecherin des Konzerns in Bad Homburg, Anna Thomas, mitteilte, bleibt das Werk geschlossen.", type: .indirect,
             speaker: "die Sprecherin des Konzerns in Bad Homburg, Anna Thomas", canonical: "Anna Thomas", source: nil, sieve: "cue-subject"),
        Case(text: "Am Abend zogen Demonstranten vor das Rathaus und forderten den Rücktritt des Bürgermeisters.", type: .reported,
             speaker: "Demonstranten", canonical: "Demonstranten", source: nil, sieve: "cue-subject-coordinated"),
        Case(text: "Nach Ansicht der beiden Forscher in Zukunft müsse mehr geforscht werden.", type: .indirect,
             speaker: "Ansicht der beiden Forscher", canonical: "Ansicht der beiden Forscher", source: nil, sieve: "cue-object"),
    ]

    @Test(arguments: cases)
    func firstClaim(_ expected: Case) throws {
        let claim = try #require(Shared.analyze(expected.text).claims.first, "no claim in: \(expected.text)")
        #expect(claim.type == expected.type)
        #expect(claim.speaker?.text == expected.speaker)
        #expect(claim.speaker?.canonical == expected.canonical)
        #expect(claim.source == expected.source)
        if let sieve = expected.sieve {
            #expect(claim.rule.split(separator: " ").contains { $0 == "speaker:\(sieve)" }, "\(claim.rule)")
        }
    }

    /// A name the knowledge base does not know takes the side of the title before its comma.
    @Test func aTitleBeforeTheCommaLendsANameItsSide() throws {
        let text = "Auch die US-Verhandlungsführerin in Genf, Jane Roe, äußerte sich zufrieden über das Papier: „Wir haben viel erreicht.“"
        let claim = try #require(Shared.analyze(text).claims.first)
        #expect(claim.speaker?.canonical == "Jane Roe")
        #expect(claim.source == "Washington")
        // The speaker span takes the title in (the gold's convention), so the side comes from the title's
        // role; a span of the name alone borrows it through the apposition.
        #expect(claim.speaker?.text.hasPrefix("die US-Verhandlungsführerin") == true)
        #expect(claim.rule.contains("source:kb-role:"), "\(claim.rule)")
    }

    /// "der Norweger" is the latest person of the knowledge base of that nationality in the article.
    @Test func epithetsResolveToThePersonTheyDescribe() throws {
        let text = "date 2016-05\n\nNATO-Generalsekretär Jens Stoltenberg traf am Montag die Minister. Der Norweger sagte, das Bündnis sei geeint."
        let claim = try #require(Shared.analyze(text).claims.first)
        #expect(claim.speaker?.text == "Der Norweger")
        #expect(claim.speaker?.canonical == "Jens Stoltenberg")
        #expect(claim.source == "NATO")
    }

    /// "nach eigenen Angaben" keeps its mention but speaks for the sentence's subject.
    @Test func ownStatementsSpeakForTheSubject() throws {
        let claim = try #require(Shared.analyze("Das Pentagon hat nach eigenen Angaben 300 Soldaten verlegt.").claims.first)
        #expect(claim.speaker?.text == "eigenen Angaben")
        #expect(claim.speaker?.canonical == "Pentagon")
        #expect(claim.source == "Washington")
        #expect(claim.rule.contains("+own"))
    }

    /// A cue's text reads as its spans do: words apart by anything but white space get " … "
    /// (found by the fuzzer: a control character between "hieß" and "es").
    @Test func cueTextReadsAsItsSpans() throws {
        let claims = Shared.analyze("Es habe keine Angriffe gegeben, hieß\u{14}es aus Moskau.").claims
        let cue = try #require(claims.compactMap(\.cue).first { $0.text.hasPrefix("hieß") })
        #expect(cue.text == "hieß … es")
        let plain = try #require(Shared.analyze("Es habe keine Angriffe gegeben, hieß es aus Moskau.").claims.compactMap(\.cue).first)
        #expect(plain.text == "hieß es")
    }

    /// With no earlier speaker, "er" finds a titled person named earlier in its own sentence.
    @Test func pronounsFindATitledPersonInTheirSentence() throws {
        let text = "Bei der Ankündigung durch den Bürgermeister Hans Weber hatte er gesagt, die Stadt sei gut vorbereitet."
        let claim = try #require(Shared.analyze(text).claims.first)
        #expect(claim.speaker?.text == "er")
        #expect(claim.speaker?.canonical == "Hans Weber")
    }

    /// "sie" skips a man named by a given name the rules know ("Jens") for the woman before him.
    @Test func pronounsAgreeWithGivenNames() throws {
        let text = "Angela Meier begründete die Entscheidung. Jens Berg widersprach heftig. „Das ist richtig“, sagte sie."
        let claim = try #require(Shared.analyze(text).claims.last)
        #expect(claim.speaker?.text == "sie")
        #expect(claim.speaker?.canonical == "Angela Meier")
    }

    /// "er" is resolved to the latest compatible person; the mention stays "er".
    @Test func pronounResolvesToTheLatestPerson() throws {
        let text = "Der russische Verteidigungsminister Sergej Schoigu begründete die Verlegung mit Manövern. „Wir haben Maßnahmen ergriffen“, sagte er."
        let claim = try #require(Shared.analyze(text).claims.last)
        #expect(claim.speaker?.text == "er")
        #expect(claim.speaker?.canonical == "Sergej Schoigu")
        #expect(claim.source == "Kremlin")
        #expect(claim.rule.contains("+pronoun"))
    }

    /// A Konjunktiv sentence without a cue continues the last speaker: free indirect speech.
    @Test func freeIndirectContinuesTheSpeaker() throws {
        let text = "Stoltenberg erklärte, die Lage sei ernst. Russland habe Tausende Soldaten verlegt."
        let claims = Shared.analyze(text).claims
        #expect(claims.map(\.type) == [.indirect, .freeIndirect])
        #expect(claims.last?.speaker?.canonical == "Jens Stoltenberg")
        #expect(claims.last?.source == "NATO")
        #expect(claims.last?.cue == nil)
    }


    /// "soll … verletzt worden sein" reports as surely as Konjunktiv I, so it continues a speaker a
    /// sentence or two back; "soll … sein" without a participle, a planning "soll … werden" and a
    /// conditional "sollten sie …" do not.
    @Test func perfectReportativeContinuesOverAGap() throws {
        let text = "Laut Feuerwehr brannte die Halle vollständig aus. Der Schaden ist hoch. Ein Arbeiter soll das Feuer verursacht haben."
        let claims = Shared.analyze(text).claims
        #expect(claims.map(\.type) == [.indirect, .freeIndirect])
        #expect(claims.last?.speaker?.text == "Feuerwehr")
        for sentence in ["Ein Thema soll die Energie sein.", "Die Straße soll gesperrt werden.", "Das soll es sein.",
                         "Die Worte, sollten sie gefallen sein, wiegen schwer."] {
            let gap = "Laut Feuerwehr brannte die Halle vollständig aus. Der Schaden ist hoch. " + sentence
            #expect(Shared.analyze(gap).claims.map(\.type) == [.indirect], "\(sentence)")
        }
    }
    /// A speaker who speaks up without a claim of their own ("äußerte Zweifel") is the one a
    /// Konjunktiv sentence right after continues, not the earlier speaker.
    @Test func continuationTakesTheSpeakerJustIntroduced() throws {
        let text = "Die Polizei sagte, der Mann sei geflohen. Der Minister äußerte Zweifel an der Darstellung. Die Angaben seien ungenau."
        let claims = Shared.analyze(text).claims
        #expect(claims.map(\.type) == [.indirect, .freeIndirect])
        #expect(claims.last?.speaker?.text == "Der Minister")
        #expect(claims.last?.rule.contains("speaker:introduced") == true)
    }

    /// With no speaker before it, a Konjunktiv I sentence continues a subject that just spoke up
    /// ("stellten … fest"); a "wie" clause inside the sentence spans its apposition.
    @Test func konjunktivAfterAnIntroducedSpeaker() throws {
        let text = "Im Mai stellten die Prüfer des Amtes mehrere Lücken im Antrag fest. Zudem sei die Frist versäumt worden."
        let claims = Shared.analyze(text).claims
        #expect(claims.map(\.type) == [.freeIndirect])
        #expect(claims.first?.speaker?.text == "die Prüfer des Amtes")
        let quote = Shared.analyze("Im Mai stellten die Prüfer des Amtes mehrere Lücken im Antrag fest. „Die Dokumentation fehlt seit Jahren, und niemand hat es bemerkt.“").claims
        #expect(quote.first?.speaker?.text == "die Prüfer des Amtes")
        let wie = Shared.analyze("Der Tank stand unter Druck, wie Lena Voss, Chefin der Werft, mitteilte.").claims
        #expect(wie.first?.speaker?.text == "Lena Voss, Chefin der Werft")
    }

    /// A verb after the content with no speaker ("Ob …, ist nicht bekannt") frames nothing.
    @Test func verbWithoutSpeakerAfterContentFramesNothing() {
        #expect(Shared.analyze("Ob alle Waffen funktionsfähig waren, ist nicht bekannt.").claims.isEmpty)
        #expect(Shared.analyze("Eine Heilung sei ausgeschlossen, heißt es.").claims.map(\.type) == [.indirect])
    }

    /// "Demnach" with no speaker before it stays the mention: the source is not named, but the
    /// sentence still reports it.
    @Test func demnachWithoutAntecedentIsItsOwnMention() {
        let claims = Shared.analyze("Das Wetter war schön. Demnach hat der Sohn Selbstmord begangen.").claims
        #expect(claims.map(\.type) == [.indirect])
        #expect(claims.first?.speaker?.text == "Demnach")
    }

    /// A titled person who opens the sentence before a Konjunktiv sentence is the one it reports,
    /// even without a cue verb ("sieht darin Parallelen").
    @Test func titledSubjectIntroducesTheNextKonjunktiv() {
        let text = "Die Polizei sagte, der Mann sei geflohen. Greenpeace-Atomexperte Mathias Edler sieht darin Parallelen zum Brand. Die Ursache sei nie gefunden worden."
        let claims = Shared.analyze(text).claims
        #expect(claims.last?.speaker?.text == "Greenpeace-Atomexperte Mathias Edler")
    }

    /// A name with an apposition and a relative clause ("Anna Roth, eine der Stadträtinnen, die …,
    /// kritisierte …") introduces the speaker of the whole-sentence quote after it.
    @Test func apposedNameIntroducesTheNextQuote() {
        let text = "Anna Roth, eine der Stadträtinnen, die den Antrag gestellt hatten, kritisierte den Haushalt. „Dieser Haushalt spart an den Schulen und baut dafür eine teure Brücke.“"
        #expect(Shared.analyze(text).claims.last?.speaker?.text == "Anna Roth, eine der Stadträtinnen")
    }

    /// A free relative ("Was die Bauern bräuchten, sei …") and a pronominal adverb ("Daran …") open
    /// no subject: the Konjunktiv sentence continues the last speaker.
    @Test func freeRelativesAndPronominalAdverbsAreNoSubjects() {
        let text = "Der Verbandschef sagte, die Ernte sei schlecht. Was die Bauern wirklich bräuchten, sei ein fairer Preis."
        let claims = Shared.analyze(text).claims
        #expect(claims.last?.speaker?.text == "Der Verbandschef")
        let daran = Shared.analyze("Daran wird der Hinweis auf „die hohen Kosten der Sanierung“ geknüpft.").claims
        #expect(!daran.contains { $0.speaker?.text == "Daran" })
    }

    /// A sentence subject with an apposition speaks for the quote in its sentence, apposition included.
    @Test func sentenceSubjectKeepsItsApposition() {
        let text = "Die Vorsitzende des Vereins in Köln, Jana Berg, will „die Satzung noch einmal gründlich lesen“, bevor sie abstimmt."
        #expect(Shared.analyze(text).claims.first?.speaker?.text == "Die Vorsitzende des Vereins in Köln, Jana Berg")
    }

    /// A label before a colon ("Verkehr: …") is no subject; the quote speaks for the subject after it.
    @Test func labelBeforeAColonIsNoSubject() {
        let claims = Shared.analyze("Verkehr: Die Partei will die Ticketpreise „deutlich und dauerhaft senken“.").claims
        #expect(claims.first?.speaker?.text == "Die Partei")
    }

    /// Indicative sentences after a claim are not continued; a Konjunktiv in an "ob" clause is no continuation either.
    @Test func indicativeSentencesAreNotClaims() {
        let text = "Stoltenberg erklärte, die Lage sei ernst. Das Treffen endete am Abend. Offen blieb, ob er das wolle."
        #expect(Shared.analyze(text).claims.map(\.type) == [.indirect])
    }

    /// Mentions corefer by family name and by title.
    @Test func mentionsCoreferByNameAndTitle() throws {
        let text = """
            US-Präsident Joe Biden telefonierte mit Putin. Biden sagte, es sei ein gutes Gespräch gewesen. \
            Der US-Präsident habe zudem einen Gipfel vorgeschlagen, teilte das Weiße Haus mit.
            """
        let claims = Shared.analyze(text).claims
        #expect(claims.first?.speaker?.canonical == "Joe Biden")
        #expect(claims.first?.source == "Washington")
        #expect(claims.last?.speaker?.canonical == "Weißes Haus")
        #expect(claims.last?.source == "Washington")
    }

    /// A place after the speaker does not make the speaker a voice of that place's source.
    @Test func placeAfterSpeakerIsNoSource() throws {
        let claim = try #require(Shared.analyze("Ein Diplomat in Moskau sagte, die Gespräche gingen weiter.").claims.first)
        #expect(claim.source == nil)
    }

    /// Names in quotation marks and one-word scare quotes without a cue are not claims.
    @Test func namesAndScareQuotesAreNoClaims() {
        let text = "Die Firma „Black Lion Hospital“ eröffnete eine Klinik. Das sogenannte „Wunder“ blieb aus."
        #expect(Shared.analyze(text).claims.isEmpty)
    }

    /// One-word labels inside a claim are not partial quotes: after a definite article, a noun they
    /// name, "kurz" or a bracket, or when they mix letters and digits; an evaluative noun after an
    /// indefinite article still is.
    @Test func labelsInsideAClaimAreNoPartialQuotes() {
        let labels = """
            Laut der Nachrichtenagentur „Interfax“ sei der Pilot verletzt worden.             Der Minister sagte dem „Tagesspiegel“, der Deutsche Fußball-Bund, kurz „DFB“, habe sich beworben.             Die Firma erklärte, die Typen „E1“ und „E2“ würden ersetzt, ebenso die Kapitelzeichen („Bookmarks“).
            """
        #expect(!Shared.analyze(labels).claims.contains { $0.type == .direct })
        let judgement = Shared.analyze("Der Minister nannte den Bericht eine „Zeitungsente“.").claims
        #expect(judgement.contains { $0.type == .direct && $0.text == "Zeitungsente" })
    }

    /// A naming verb frames its own quote even when a subjunctive, an apposed subject, a closer cue
    /// or a fronted object shares its clause.
    @Test func namingVerbsFrameTheirQuote() {
        let texts = [
            "Er halte den Entwurf für vertretbar und bezeichnete die Erweiterung als „maßvoll“.",
            "Der Verkehrsminister, Binali Yildirim, charakterisierte das Opfer als ein „Beispiel taktlosen Verhaltens“.",
            "Er bezeichnete das Schreiben als „Unsensibilität“ und kündigte an, ein Vertreter werde zugegen sein.",
            "Die Bestrebungen der Regierung, ihre Macht zu erhalten, bezeichnete er als einen „Akt des politischen Verbrechertums“.",
        ]
        for text in texts {
            let direct = Shared.analyze(text).claims.filter { $0.type == .direct }
            #expect(direct.count == 1, "\(text)")
            #expect(direct.first?.speaker != nil, "\(text)")
            #expect(direct.first?.cue?.text.hasPrefix("bezeichnete") == true || direct.first?.cue?.text == "charakterisierte", "\(text)")
        }
    }

    /// A continuation repeats the previous claim's own mention, a pronoun included, and keeps its
    /// name; "Demnach" is the mention that points back to the speaker before it.
    @Test func continuationsRepeatTheMention() throws {
        let text = "Der Minister Karl Berger trat vor die Presse. Er sagte, die Lage sei ernst. Russland habe Truppen verlegt. Demnach stehen dort 5000 Soldaten."
        let claims = Shared.analyze(text).claims
        #expect(claims.map(\.type) == [.indirect, .freeIndirect, .indirect])
        #expect(claims[1].speaker?.text == "Er")
        #expect(claims[1].speaker?.canonical == "Karl Berger")
        #expect(claims[2].speaker?.text == "Demnach")
        #expect(claims[2].speaker?.canonical == "Karl Berger")
    }

    /// Short roots head no compounds: "Aufstand" is no statement ("Stand"), "Antwort" names no work
    /// ("Wort"); "Polizeiangaben" still is a statement.
    @Test func shortRootsHeadNoCompounds() {
        #expect(Shared.analyze("Nach dem Aufstand flohen viele Menschen über die Grenze.").claims.isEmpty)
        #expect(Shared.analyze("Seine Antwort: „Wir bleiben hier, bis die Arbeit getan ist.“").claims.map(\.type) == [.direct])
        #expect(Shared.analyze("Nach Polizeiangaben wurden drei Menschen verletzt.").claims.first?.speaker?.text == "Polizeiangaben")
    }

    /// A leading date line is furniture and dates the article, whatever its case; a date given with
    /// the document wins.
    @Test func dateLineDatesTheArticle() {
        let analysis = Shared.analyze("DATUM: 2021-04-13\nDer Minister sagte, die Lage sei ernst.")
        #expect(analysis.document.date == "2021-04-13")
        #expect(analysis.ignored.map(\.reason) == ["boilerplate:metadata"])
        let dated = Shared.analyzer.analyze(Document(info: DocumentInfo(id: "x", date: "2020-01"), text: "Datum: 2021-04-13\nText."))
        #expect(dated.document.date == "2020-01")
    }
}
