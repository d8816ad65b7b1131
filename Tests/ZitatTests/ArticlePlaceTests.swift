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
}
