import Testing
@testable import Zitat

/// Pronouns agree in number with their finite verb: a plural "sie" points to a plural mention, a
/// singular one skips plural mentions (Attribution/Pronouns.swift).
@Suite struct PronounNumberTests {
    /// "Sie haben …" skips the singular subject before it for the plural subject of the sentence
    /// just before, even when that subject is no speaker noun.
    @Test func pluralSieFindsThePluralSubjectBefore() throws {
        let text = "Die Wahl des neuen Kandidaten verärgerte die Regierung in Bonn. Die beiden Minister sind die wichtigsten Geldgeber des Landes. Sie haben angekündigt, die Hilfe auszusetzen."
        let claim = try #require(Shared.analyze(text).claims.first)
        #expect(claim.speaker?.text == "Sie")
        #expect(claim.speaker?.canonical.contains("Minister") == true)
    }

    /// "Sie sagte" skips the plural subject just before for the woman named earlier; "Sie sagten"
    /// takes the plural subject.
    @Test func singularAndPluralSieChooseDifferentSubjects() throws {
        let first = "Die Ministerin verteidigte den Plan am Montag. Die Gewerkschaften kritisierten den Plan. Sie sagte, der Plan sei notwendig."
        let second = "Die Ministerin verteidigte den Plan am Montag. Die Gewerkschaften kritisierten den Plan. Sie sagten, der Plan sei ungerecht."
        let singular = try #require(Shared.analyze(first).claims.first)
        let plural = try #require(Shared.analyze(second).claims.first)
        #expect(singular.speaker?.canonical == "Ministerin")
        #expect(plural.speaker?.canonical == "Gewerkschaften")
    }

    /// The number comes from the finite verb beside the pronoun; a verb that reads both leaves it open.
    @Test func numberComesFromTheVerbBeside() throws {
        let analyzer = Shared.analyzer
        let document = Document(id: "pronouns", text: "Sie haben gewarnt. Sie hat gewarnt. Er warnte.")
        let segmentation = analyzer.segment(document)
        let quotations = analyzer.quotationFinder.quotations(in: document, segmentation: segmentation)
        let view = TextView(document: document, segmentation: segmentation, quotations: quotations, ignored: [], rules: analyzer.rules)
        let pronouns = view.tokens.indices.filter { ["sie", "er"].contains(view.lower[$0]) }
        #expect(pronouns.map { view.pronounNumber($0) } == [.plural, .singular, .singular])
    }
}
