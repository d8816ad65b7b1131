import Testing
@testable import Zitat

/// Sides decided by the article around a mention rather than by the mention alone: bare body nouns
/// ("ein Militärsprecher", "des Außenministeriums") read against the bodies the article names.
@Suite struct ArticleSideTests {
    func claims(_ text: String, date: String = "2015-06-01") -> [Claim] {
        Shared.analyzer.analyze(Document(info: DocumentInfo(id: "t", date: date), text: text)).claims
    }

    func source(of speaker: String, in text: String, date: String = "2015-06-01") -> String?? {
        claims(text, date: date).first { $0.speaker?.text == speaker }.map(\.source)
    }

    @Test func bareBodyNounsListTheirKinds() {
        let knowledge = AffiliationResolver(index: Shared.rules.knowledge)
        let ids = { (noun: String) in Set((knowledge.index.bareBodies[noun] ?? []).map { knowledge.index.base.institutions[$0].id }) }
        #expect(ids("militär").isSuperset(of: ["us-military", "ru-armed-forces"]))
        #expect(ids("aussenministerium").isSuperset(of: ["us-state-department", "ru-foreign-ministry"]))
        // A state is no kind of body: "die US-Seite" gives "Seite" no reading.
        #expect(ids("seit").isEmpty)
    }

    @Test func bareMentionsAreOnlyThoseWithoutQualifier() {
        let knowledge = AffiliationResolver(index: Shared.rules.knowledge)
        let bare = { (text: String) in knowledge.bareBodyNoun(KnowledgeIndex.words(text)) }
        #expect(bare("ein Militärsprecher") == "militär")
        #expect(bare("die Verantwortlichen des Außenministeriums") == "aussenministerium")
        #expect(bare("ein hochrangiger Regierungsbeamter") == "regierung")
        #expect(bare("ein Sprecher des georgischen Außenministeriums") == nil)
        #expect(bare("der deutsche Regierungssprecher") == nil)
        #expect(bare("ein Sprecher des Außenministeriums Georgiens") == nil)
        #expect(bare("der Sprecher") == nil)
    }

    @Test func aBareRoleTakesTheBodyTheArticleNamedBefore() {
        let text = "Das russische Außenministerium hat gegen die Festnahme protestiert. "
            + "Die Verantwortlichen des Außenministeriums forderten, der Diplomat müsse sofort freigelassen werden."
        #expect(source(of: "Die Verantwortlichen des Außenministeriums", in: text) == "Kremlin")
        let military = "Bei dem Manöver stürzte ein Hubschrauber der US-Armee ab. "
            + "Ein Militärsprecher sagte, die Ursache sei noch unklar."
        #expect(source(of: "Ein Militärsprecher", in: military) == "Washington")
    }

    @Test func anotherNationalityOfTheSameKindLeavesItOpen() {
        let text = "Die US-Regierung schwieg zu dem Vorfall. Die georgische Regierung wies die Vorwürfe zurück. "
            + "Ein Regierungsbeamter sagte, man werde den Vorfall untersuchen."
        #expect(source(of: "Ein Regierungsbeamter", in: text) == .some(nil))
        // A part of a body is not the body: the US army says nothing about whose government it is.
        let part = "Soldaten der US-Armee bewachen die Stadt. Die Regierung sagte, die Lage sei ruhig."
        #expect(source(of: "Die Regierung", in: part) == .some(nil))
    }

    @Test func withNoBodyOfThatKindTheMentionStaysWithoutSide() {
        let text = "In Moskau hat es am Morgen geschneit. Ein Militärsprecher sagte, die Flüge fielen aus."
        #expect(source(of: "Ein Militärsprecher", in: text) == .some(nil))
    }

    @Test func aPassiveFrameAfterTheContentNamesItsAgent() {
        let said = claims("Der Präsident ordnete neue Hilfen für Familien an. Das wurde vom Presseamt des Kremls am Montag bekannt gegeben.")
        #expect(said.first?.speaker?.text == "Presseamt des Kremls")
        #expect(said.first?.source == "Kremlin")
        // A denial is no words of the one who denies: the agent does not become the speaker.
        let denied = claims("Zeugen sprachen von drei Verletzten. Das wurde von der Polizei am Abend bestritten.")
        #expect(!denied.contains { $0.speaker?.text == "der Polizei" })
    }

    @Test func aQuoteInASubordinateClauseSpeaksForThatClausesSubject() {
        let found = claims("Der Bericht ist heikel, weil die US-Regierung das Land im Frühjahr als „junge mutige Demokratie“ bezeichnet hat.")
        let quote = found.first { $0.text == "junge mutige Demokratie" }
        #expect(quote?.speaker?.text == "die US-Regierung")
        #expect(quote?.source == "Washington")
    }

    @Test func aQuoteOpeningItsClauseSpeaksForTheSubjectAfterIt() {
        let text = "Die Kritik ließ den Minister kalt. Mit den Worten „Jetzt werden alle Fragen in einer größeren Runde besprochen“, "
            + "wandte er sich an die Presse."
        let quote = claims(text).first { $0.text.hasPrefix("Jetzt werden") }
        #expect(quote?.speaker?.text == "er")
    }

    @Test func anExtendedAttributeBeforeTheHeadIsSkipped() {
        let knowledge = AffiliationResolver(index: Shared.rules.knowledge)
        let date = KBDate("2014-03")
        #expect(knowledge.resolve("Der auf dem Gipfel anwesende Außenminister der Russischen Föderation", date: date)?.entity == "sergej-lawrow")
        #expect(knowledge.resolve("die für die Sicherheit zuständige US-Ministerin", date: date)?.side == "Washington")
        #expect(knowledge.resolve("der russische Außenminister", date: date)?.entity == "sergej-lawrow")
    }

    @Test func aPronounPrefersAPersonOfTheBaseNamedInItsOwnSentence() {
        let text = "Neue Regelungen gelten seit März. Der auf dem Gipfel anwesende Außenminister Sergej Lawrow blieb ruhig: "
            + "Mit den Worten „Jetzt werden alle Fragen in einer größeren Runde besprochen“, wandte er sich an die Presse."
        let quote = claims(text, date: "2014-03-25").first { $0.text.hasPrefix("Jetzt werden") }
        #expect(quote?.speaker?.canonical == "Sergej Lawrow")
        #expect(quote?.source == "Kremlin")
    }

    @Test func demnachPointsToTheNearerSource() {
        let text = "Der Bürgermeister sagte, die Lage sei ernst. Die Polizei veröffentlichte am Montag einen Bericht. "
            + "Demnach gab es in der Nacht drei Verletzte."
        let anaphoric = claims(text).first { $0.speaker?.text == "Demnach" }
        #expect(anaphoric?.speaker?.canonical == "Polizei")
        // With no subject in between, the last speaker stays the source.
        let direct = claims("Der Bürgermeister sagte, die Lage sei ernst. Demnach gab es in der Nacht drei Verletzte.")
        #expect(direct.first { $0.speaker?.text == "Demnach" }?.speaker?.canonical == "Bürgermeister")
    }

    @Test func aQuoteAfterAColonInsideAnotherClaimSpeaksForThatClausesSubject() {
        let text = "Wie der Sender ABC berichtet, gab Regierungssprecher Robert Gibbs dem Sender eine Stellungnahme "
            + "in Form einer Kurznachricht, die aus einem einzigen Wort bestand: „Großartig.“"
        let quote = claims(text, date: "2009-10-09").first { $0.text.hasPrefix("Großartig") }
        #expect(quote?.speaker?.text == "Regierungssprecher Robert Gibbs")
        #expect(quote?.source == "Washington")
        // After "dass …:" the quote stays the host's; so does a label in brackets ("(kurz: „Fed“)").
        let host = claims("Er glaubt weiterhin, dass das Team stärker geworden sei: „Wir haben sehr viel gelernt, auch über uns.“")
        #expect(host.first { $0.text.hasPrefix("Wir haben") }?.speaker?.text == "Er")
    }
}
