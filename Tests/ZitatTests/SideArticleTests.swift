import Foundation
import Testing
@testable import Zitat

/// Hand-written wire-style articles (`Tests/Fixtures/sides/*.txt`, each with its `date` line) whose
/// claims' speakers and sides are pinned: offices read at the date, commanders of missions, documents
/// and joint speakers, former and designated holders.
@Suite struct SideArticleTests {
    struct Expected: Sendable, CustomTestStringConvertible {
        var article: String
        /// The start of the claim's text.
        var text: String
        var speaker: String
        var entity: String?
        var source: String?
        var testDescription: String { "\(article): \(speaker) → \(source ?? "no side")" }
    }

    static let expected: [Expected] = [
        // 2025: the cabinet of Trump's second term and Russia's defence minister since May 2024.
        .init(article: "waffenruhe", text: "der Ball liege", speaker: "US-Außenminister Marco Rubio", entity: "marco-rubio", source: "Washington"),
        .init(article: "waffenruhe", text: "man werde den Vorschlag", speaker: "Der Kremlsprecher", entity: "dmitri-peskow", source: "Kremlin"),
        .init(article: "waffenruhe", text: "die Truppen hätten", speaker: "Der russische Verteidigungsminister",
              entity: "andrei-beloussow", source: "Kremlin"),
        .init(article: "waffenruhe", text: "dass die Gespräche", speaker: "das Weiße Haus, das Pentagon als auch die ukrainische Regierung",
              source: "Washington"),
        .init(article: "waffenruhe", text: "Russland binnen Tagen", speaker: "einer dringenden Anweisung der US-Botschaft in Moskau",
              entity: "us-embassy", source: "Washington"),
        .init(article: "waffenruhe", text: "Die Lage könne", speaker: "einer dringenden Anweisung der US-Botschaft in Moskau",
              entity: "us-embassy", source: "Washington"),
        .init(article: "waffenruhe", text: "sie seien an einer raschen", speaker: "Washington und Moskau", source: nil),
        .init(article: "waffenruhe", text: "ohne Sicherheitsgarantien", speaker: "Der frühere US-Verteidigungsminister", source: nil),
        // 2012: ISAF under NATO, a government's memorandum, joint circles, "die beiden Länder".
        .init(article: "kandahar", text: "der Vorfall werde", speaker: "Der ISAF-Kommandeur", entity: "john-r-allen", source: "NATO"),
        .init(article: "kandahar", text: "Die Schuldigen", speaker: "Der ISAF-Kommandeur", entity: "john-r-allen", source: "NATO"),
        .init(article: "kandahar", text: "Die US-Regierung hatte", speaker: "Die US-Regierung", entity: "us-government", source: "Washington"),
        .init(article: "kandahar", text: "die Soldaten seien", speaker: "einem internen Memorandum", source: "Washington"),
        .init(article: "kandahar", text: "In einem vertraulichen Memorandum", speaker: "einem vertraulichen Memorandum", source: "Washington"),
        .init(article: "kandahar", text: "Mehrere Dörfer", speaker: "Militär- und Regierungskreise in Kabul", source: nil),
        .init(article: "kandahar", text: "Bei dem Angriff", speaker: "Pentagon- und Geheimdienstkreise", source: "Washington"),
        .init(article: "kandahar", text: "die Hilfe für die Opfer", speaker: "Die beiden Länder", source: "Washington"),
        // December 2016: the president-elect speaks for no side, the president in office does.
        .init(article: "amtsuebergabe", text: "das Bündnis bleibe", speaker: "Nato-Generalsekretär Jens Stoltenberg",
              entity: "jens-stoltenberg", source: "NATO"),
        .init(article: "amtsuebergabe", text: "alle Verbündeten", speaker: "Der Norweger", entity: "jens-stoltenberg", source: "NATO"),
        .init(article: "amtsuebergabe", text: "Der designierte US-Präsident hatte", speaker: "Der designierte US-Präsident", source: nil),
        .init(article: "amtsuebergabe", text: "die Verpflichtungen", speaker: "Der US-Präsident", entity: "barack-obama", source: "Washington"),
        .init(article: "amtsuebergabe", text: "man rechne", speaker: "Nato-Kreisen", source: "NATO"),
        .init(article: "amtsuebergabe", text: "Moskau sei zu Gesprächen", speaker: "Der russische Außenminister",
              entity: "sergej-lawrow", source: "Kremlin"),
    ]

    static let fixtures = Shared.checkout.appendingPathComponent("Tests/Fixtures/sides")

    static func analysis(_ article: String) throws -> Analysis {
        let path = "sides/\(article).txt"
        let document = try Document.decode(Data(contentsOf: fixtures.appendingPathComponent("\(article).txt")), id: article, path: path)
        return Shared.analyzer.analyze(document)
    }

    @Test(arguments: expected)
    func claimSpeaksForItsSide(_ expected: Expected) throws {
        let claims = try Self.analysis(expected.article).claims
        let claim = claims.first { $0.text.hasPrefix(expected.text) }
        #expect(claim != nil, "no claim starts with \(expected.text)")
        #expect(claim?.speaker?.text == expected.speaker)
        #expect(claim?.source == expected.source)
        if let entity = expected.entity { #expect(claim?.speaker?.entity == entity) }
    }

    @Test func everyArticleHasItsDateAndItsClaimsArePinned() throws {
        for (article, date) in [("waffenruhe", "2025-03-12"), ("kandahar", "2012-03-14"), ("amtsuebergabe", "2016-12-20")] {
            let analysis = try Self.analysis(article)
            #expect(analysis.document.date == date)
            // Every claim with a speaker is pinned above, so a new or lost side shows.
            let pinned = Self.expected.filter { $0.article == article }
            #expect(analysis.claims.filter { $0.speaker != nil && $0.type != .direct }.count == pinned.count)
        }
    }
}
