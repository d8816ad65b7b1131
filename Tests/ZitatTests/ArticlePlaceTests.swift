import Testing
@testable import Zitat

/// Body nouns that say whose they are only through the place their sentence names ("laut
/// Behördenangaben … in Russland"), and speaker phrases whose end the grammar decides.
@Suite struct ArticlePlaceTests {
    func claims(_ text: String, date: String = "2015-06-01") -> [Claim] {
        Shared.analyzer.analyze(Document(info: DocumentInfo(id: "t", date: date), text: text)).claims
    }

    func speaker(of content: String, in text: String) -> Speaker? {
        claims(text).first { $0.text.hasPrefix(content) }?.speaker
    }

    @Test func aStateBodyNounIsOneNoQualifierNames() {
        let knowledge = AffiliationResolver(index: Shared.rules.knowledge)
        let noun = { (text: String) in knowledge.stateBodyNoun(KnowledgeIndex.words(text)) }
        #expect(noun("laut Behördenangaben") == "behörd")
        #expect(noun("die Behörden") == "behörd")
        #expect(noun("Aussage des Justizministeriums") == "justizministerium")
        #expect(noun("die georgischen Behörden") == nil)
        #expect(noun("die US-Behörden") == nil)
        #expect(noun("Angaben von Augenzeugen") == nil)
        #expect(noun("der Entwurf der Behörden") == nil)
    }

    @Test func aBodyNounBelongsToTheStateItsSentenceNamesAsThePlace() {
        let bus = claims("Zwei Menschen starben laut Behördenangaben bei einem Brand in einem Wohnheim in Russland.")
        #expect(bus.first?.source == "Kremlin")
        #expect(bus.first?.rule.contains("via:article-place:behörd→russia") == true)
        let ministry = claims("Laut Aussage des Justizministeriums war der Verdächtige seit Jahren in den Vereinigten Staaten aktiv.")
        #expect(ministry.first?.source == "Washington")
    }

    @Test func anotherPlaceOrNationalityLeavesTheBodyWithoutSide() {
        // A place the knowledge base does not know as a state of a side says nothing.
        let elsewhere = claims("Laut Behördenangaben starben bei dem Brand in Frankreich drei Menschen.")
        #expect(elsewhere.first?.source == .some(nil))
        // A second nationality in the sentence: whose authorities is open.
        let mixed = claims("Laut Behördenangaben wurden zwei georgische Soldaten in Russland festgenommen.")
        #expect(mixed.first?.source == .some(nil))
        // A state named as an actor, not as the place, decides nothing.
        let actor = claims("Laut Behördenangaben hat Russland die Lieferung gestoppt.")
        #expect(actor.first?.source == .some(nil))
    }

    @Test func aFiniteVerbEndsTheSpeakerPhraseAfterAGenitive() {
        let text = "Laut Aussage des Ministeriums lebte Peter Roe seit Jahren ohne Papiere in der Stadt."
        #expect(speaker(of: "lebte", in: text)?.text == "Aussage des Ministeriums")
        // A genitive name before an adjective and its noun is still one phrase.
        let genitive = "Laut Mannheims oberstem Bürgermeister sind die Straßen wieder frei."
        #expect(speaker(of: "sind die Straßen", in: genitive)?.text == "Mannheims oberstem Bürgermeister")
    }

    @Test func aDemonstrativeBeforeANameStandsAlone() {
        let text = "In einer Stellungnahme von Peter Roe, einem Sprecher der Gruppe, beschuldigte dieser Israel und "
            + "die Vereinigten Staaten wegen des Angriffes."
        let accused = claims(text, date: "2020-01-05")
        #expect(accused.contains { $0.speaker?.text == "dieser" })
        #expect(!accused.contains { $0.source == "Washington" })
        // "Dieser Sprecher" is a phrase.
        #expect(claims("Dieser Sprecher sagte, die Lage sei ruhig.").first?.speaker?.text == "Dieser Sprecher")
    }

    @Test func theSeatOfAGovernmentNamesItsState() {
        let knowledge = AffiliationResolver(index: Shared.rules.knowledge)
        let date = KBDate("2022-06")
        #expect(knowledge.resolve("die Regierung in Washington", date: date)?.side == "Washington")
        #expect(knowledge.resolve("die Führung in Moskau", date: date)?.side == "Kremlin")
        #expect(knowledge.resolve("das Außenministerium in Moskau", date: date)?.side == "Kremlin")
        #expect(knowledge.resolve("die Regierung in Kiew", date: date)?.side == nil)
        // A person or an embassy in a capital is not its state's.
        #expect(knowledge.resolve("ein Diplomat in Moskau", date: date)?.side == nil)
        #expect(knowledge.resolve("die Botschaft in Moskau", date: date)?.side == nil)
        // In a text, the mention goes on through the seat.
        let said = claims("Die Regierung in Moskau erklärte, die Übung sei beendet.", date: "2022-06-01")
        #expect(said.first?.speaker?.text == "Die Regierung in Moskau")
        #expect(said.first?.source == "Kremlin")
    }

    @Test func aGovernmentNamedByItsLeaderSpeaksWhileTheLeaderHoldsOffice() {
        let knowledge = AffiliationResolver(index: Shared.rules.knowledge)
        #expect(knowledge.resolve("die Obama-Regierung", date: KBDate("2014-06"))?.side == "Washington")
        #expect(knowledge.resolve("die Obama-Regierung", date: KBDate("2019-06"))?.side == nil)
        #expect(knowledge.resolve("die Trump-Administration", date: KBDate("2018-06"))?.side == "Washington")
        #expect(knowledge.resolve("die Trump-Administration", date: KBDate("2022-06"))?.side == nil)
        #expect(knowledge.resolve("die Trump-Administration", date: KBDate("2025-06"))?.side == "Washington")
        #expect(knowledge.resolve("das Putin-Regime", date: KBDate("2015-06"))?.side == "Kremlin")
        // A family name two leaders share: the one in office at the date.
        #expect(knowledge.resolve("die Bush-Regierung", date: KBDate("2006-06"))?.trace.contains("via:leader:george-w-bush@2006-06") == true)
        #expect(knowledge.resolve("die Bush-Regierung", date: KBDate("1991-06"))?.trace.contains("via:leader:george-h-w-bush@1991-06") == true)
        // A name that is no leader of the base says nothing.
        #expect(knowledge.resolve("die Müller-Regierung", date: KBDate("2015-06"))?.side == nil)
    }
}
