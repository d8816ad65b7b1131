import Testing
@testable import Zitat

/// Joint speakers, documents as speakers and the readings around them (JointSpeakers.swift,
/// ArticleBodies.swift): hand-written German sentences.
@Suite struct JointSpeakerTests {
    func claims(_ text: String, date: String = "2015-06-01") -> [Claim] {
        Shared.analyzer.analyze(Document(info: DocumentInfo(id: "t", date: date), text: text)).claims
    }

    func claim(_ text: String, speaker: String, date: String = "2015-06-01") -> Claim? {
        claims(text, date: date).first { $0.speaker?.text == speaker }
    }

    /// The reading of `mention` where it stands in `text` (the last occurrence), as the entity stage reads it.
    func reading(of mention: String, in text: String, date: String = "2015-06-01") -> Affiliation? {
        let analyzer = Shared.analyzer
        let document = Document(info: DocumentInfo(id: "t", date: date), text: text)
        let segmentation = analyzer.segment(document)
        let quotations = analyzer.quotationFinder.quotations(in: document, segmentation: segmentation)
        let view = TextView(document: document, segmentation: segmentation, quotations: quotations, ignored: [],
                            rules: analyzer.rules, sources: analyzer.sources, memo: analyzer.memo)
        guard let found = text.range(of: mention, options: .backwards) else { return nil }
        let start = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: found.lowerBound)
        let end = start + mention.unicodeScalars.count
        let covered = view.tokens.indices.filter { view.tokens[$0].span.start >= start && view.tokens[$0].span.end <= end }
        guard let first = covered.first, let last = covered.last else { return nil }
        var resolver = EntityResolver(view: view, matcher: analyzer.sources, knowledge: analyzer.knowledge, date: KBDate(date))
        return resolver.entity(for: first..<(last + 1)).affiliation
    }

    @Test func aJointSpeakerSpeaksForItsMembersOneSide() {
        #expect(claim("Ihre Zahlungen würden vorerst gestoppt, erklärten die USA und Norwegen am Dienstag.", speaker: "die USA und Norwegen")?.source
                == "Washington")
        let three = "Sowohl das Weiße Haus, das Pentagon als auch die ukrainische Regierung"
        #expect(reading(of: three, in: three + " gehen von weiteren Gesprächen aus.", date: "2025-03-01")?.side == "Washington")
        let list = claim("Das Weiße Haus, das Pentagon und die ukrainische Regierung gehen davon aus, dass die Gespräche weitergehen.",
                         speaker: "Das Weiße Haus, das Pentagon und die ukrainische Regierung", date: "2025-03-01")
        #expect(list?.source == "Washington")
    }

    @Test func membersOfTwoSidesMakeAJointSpeakerOfNone() {
        let joint = claim("Washington und Moskau betonten am Abend, sie seien an einer Lösung interessiert.",
                          speaker: "Washington und Moskau")
        #expect(joint != nil)
        #expect(joint?.source == nil)
        #expect(joint?.rule.contains("source:joint-sides:Kremlin+Washington") == true)
        let three = "Sowohl das Pentagon, die Nato als auch der Kreml"
        #expect(reading(of: three, in: three + " warnten vor einer Eskalation.")?.sideless == .jointSides("Kremlin+NATO+Washington"))
    }

    /// A pair noun whose members have no side speaks for none, though its bare noun ("Regierungen")
    /// would borrow the government the article names.
    @Test func membersOfNoSideMakeAJointSpeakerOfNone() throws {
        let text = "Die US-Regierung lud ein. Obama traf Merkel und Sarkozy. Die beiden Regierungen erklärten, man stehe zusammen."
        let joint = try #require(claim(text, speaker: "Die beiden Regierungen", date: "2010-05-01"))
        #expect(joint.source == nil)
        #expect(joint.rule.contains("source:joint-sides:none"), "\(joint.rule)")
    }

    @Test func aMemberCutShortTakesTheLastPartOfTheNext() {
        let pentagon = claim("Bei dem Angriff seien auch Kinder getötet worden, so Pentagon- und Geheimdienstkreise.",
                             speaker: "Pentagon- und Geheimdienstkreise")
        #expect(pentagon?.source == "Washington")
        // "Senatskreise" speak for no side, "Justizkreise" for the ministry the article named.
        let text = "Das US-Justizministerium ermittelt in dem Fall. "
            + "Der Zeuge sei vor seiner Aussage bezahlt worden, so Senats- und Justizkreise."
        #expect(claim(text, speaker: "Senats- und Justizkreise")?.source == "Washington")
        #expect(claim("Der Zeuge sei vor seiner Aussage bezahlt worden, so Senats- und Justizkreise.",
                      speaker: "Senats- und Justizkreise")?.source == .some(nil))
    }

    @Test func aPlacedJointMentionReadsItsMembersAlone() {
        let text = "Die US-Regierung kündigte eine Untersuchung an. "
            + "Mehrere Dörfer seien durchsucht worden, so Militär- und Regierungskreise in Kabul."
        #expect(claim(text, speaker: "Militär- und Regierungskreise in Kabul")?.source == .some(nil))
    }

    @Test func bothOfThemAreTheMembersOfTheLatestJointMention() {
        let text = "Die Wahl verärgerte die USA und Kanada. Die beiden Länder kündigten an, ihre Hilfe einzufrieren."
        #expect(claim(text, speaker: "Die beiden Länder")?.source == "Washington")
        // The pronoun that refers to them speaks for them too.
        let pronoun = "Die Wahl verärgerte die USA und Kanada. Die beiden Länder tragen den Großteil der Kosten. "
            + "Sie haben erklärt, ihre Zahlungen zu stoppen."
        #expect(claim(pronoun, speaker: "Sie")?.source == "Washington")
        let others = "Die Wahl verärgerte Frankreich und Belgien. Die beiden Länder kündigten an, ihre Hilfe einzufrieren."
        #expect(claim(others, speaker: "Die beiden Länder")?.source == .some(nil))
        // No pair word: "die Länder" are not the two just named.
        let plain = "Die Wahl verärgerte die USA und Kanada. Die Länder der Region kündigten an, ihre Hilfe einzufrieren."
        #expect(claim(plain, speaker: "Die Länder der Region")?.source == .some(nil))
    }

    @Test func aDocumentSpeaksForWhoIssuedIt() throws {
        let order = "Sämtliche Konsulatsmitarbeiter wurden noch in der Nacht in einer schriftlichen Anweisung der US-Botschaft "
            + "aufgefordert, ihre Büros zu räumen."
        let found = try #require(claims(order).first { $0.text == "ihre Büros zu räumen" }, "\(claims(order).map(\.text))")
        #expect(found.speaker?.text == "einer schriftlichen Anweisung der US-Botschaft")
        #expect(found.source == "Washington")
        #expect(reading(of: "ein Memorandum des Pentagons", in: "Das zeigt ein Memorandum des Pentagons.")?.side == "Washington")
        #expect(reading(of: "ein Dekret des Kremls", in: "Das regelt ein Dekret des Kremls.")?.side == "Kremlin")
    }

    @Test func aNewDocumentOpeningASentenceNamesItsOwnSource() throws {
        let text = "Die US-Regierung hat Fehler eingeräumt. Ein Sprecher nannte keine Einzelheiten. "
            + "In einem internen Memorandum werde die Lage deutlicher beschrieben, die Einheit sei seit Wochen überlastet gewesen."
        let memo = claims(text).first { $0.text.hasPrefix("In einem internen Memorandum") }
        #expect(memo?.speaker?.text == "einem internen Memorandum")
        // A document only a government issues, its issuer not named, is the government's the article names.
        #expect(memo?.source == "Washington")
        #expect(memo?.rule.contains("via:article-body:regierung→us-government") == true)
        // "In der Erklärung" refers back to a statement already told: the last speaker goes on.
        let back = "Der Kremlsprecher gab eine Erklärung ab. Er sagte, man sei zu Gesprächen bereit. "
            + "In der Erklärung sei von Sanktionen keine Rede."
        let continued = try #require(claims(back, date: "2020-05-01").first { $0.text.hasPrefix("In der Erklärung") })
        #expect(continued.speaker?.text != "der Erklärung")
    }

    @Test func aDocumentWhoseIssuerIsNamedIsNotTheArticlesGovernment() {
        let text = "Die US-Regierung prüft den Fall. Das zeigt ein Memorandum der britischen Regierung."
        #expect(reading(of: "ein Memorandum der britischen Regierung", in: text)?.side == nil)
        #expect(reading(of: "ein internes Memorandum", in: "Die US-Regierung prüft den Fall. Das zeigt ein internes Memorandum.")?.side
                == "Washington")
    }

    @Test func aMinistrysFieldNamesTheMinistry() {
        let index = Shared.rules.knowledge
        #expect(index.fieldBodies["verteidigung"] == "verteidigungsministerium")
        let text = "Das russische Verteidigungsministerium meldete einen Angriff. Die Lage sei ernst, hieß es aus Verteidigungskreisen."
        #expect(claims(text).first { $0.text == "Die Lage sei ernst" }?.source == "Kremlin")
    }

    @Test func aHyphenatedRoleNamesItsBodyForLaterBareMentions() {
        let knowledge = AffiliationResolver(index: Shared.rules.knowledge)
        let body = knowledge.hyphenatedRoleBody(KnowledgeIndex.word("Pentagon-Sprechern"))
        #expect(body.map { knowledge.index.base.institutions[$0].id } == "us-defense-department")
        #expect(knowledge.hyphenatedRoleBody(KnowledgeIndex.word("Pentagon-Papiere")) == nil)
    }

    @Test func designatedHoldersAreTracedAsNotYetInOffice() {
        let knowledge = AffiliationResolver(index: Shared.rules.knowledge)
        let elect = knowledge.resolve("der designierte US-Präsident", date: KBDate("2016-12"))
        #expect(elect?.side == nil)
        #expect(elect?.sideless == .electOffice("us-president"))
        #expect(elect?.trace.first == "source:kb-elect:us-president")
        let former = knowledge.resolve("der frühere US-Präsident", date: KBDate("2016-12"))
        #expect(former?.trace.first == "source:kb-former:us-president")
    }

    @Test func aFamilyNameMatchesAsWrittenNotByStem() {
        let knowledge = AffiliationResolver(index: Shared.rules.knowledge)
        // "Alles" and "Allen" share the stem "alle"; only the name itself is the ISAF commander of 2012.
        #expect(knowledge.resolve("Alles", date: KBDate("2012-02")) == nil)
        #expect(knowledge.resolve("General Allen", date: KBDate("2012-02"))?.entity == "john-r-allen")
    }
}
