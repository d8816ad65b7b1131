import Testing
@testable import Zitat
@testable import ZitatReports

/// Within a topic row, each side's claims come most characteristic first: the claims whose key
/// terms are most about the topic (rare terms weighing more), ties by date, then article, then claim.
@Suite struct CharacteristicOrderTests {
    static let sources = ["Washington", "Kremlin"].map { ReportSource(id: $0, name: $0) }

    static func claim(_ id: Int, _ group: String, _ text: String, topics: [Topic] = []) -> ReportClaim {
        ReportClaim(id: id, type: .indirect, text: text, start: 0, end: text.count, speaker: group, source: group, group: group,
                    topics: topics, rule: "test")
    }

    /// Four Kremlin claims on the border, one Washington claim: a small corpus of our own sentences.
    static let border = [
        ReportDocument(id: "a", date: "2021-03-02", claims: [
            claim(1, "Kremlin", "Die Bauern an der Grenze fürchteten Dürre und Hagel"),
            claim(2, "Washington", "Die Grenze sei sicher"),
        ]),
        ReportDocument(id: "b", date: "2021-03-01", claims: [
            claim(1, "Kremlin", "Die Grenzkontrollen an der Grenze würden verschärft"),
        ]),
        ReportDocument(id: "c", date: "2021-03-03", claims: [
            claim(1, "Kremlin", "Die Grenze bleibe offen"),
            claim(2, "Kremlin", "Die Grenze und die Wirtschaft litten"),
        ]),
    ]

    static func report(_ documents: [ReportDocument], tagger: TopicTagger = Fixtures.tagger, ruleTopics: [Topic] = []) -> Report {
        var accumulator = ReportAccumulator(sources: sources, ruleTopics: ruleTopics, tagger: tagger)
        for document in documents { accumulator.add(document) }
        return accumulator.report(title: "Grenze")
    }

    /// One line per shown claim: topic, side, article, claim id, date, score; then the cell's count.
    static func lines(_ row: MatrixRow) -> String {
        var text = ""
        for cell in row.cells where cell.total > 0 {
            text += "\(row.topic.label) | \(cell.column) | \(cell.total) Aussagen\n"
            for placed in cell.claims {
                let score = (placed.score * 100).rounded() / 100
                text += "  \(placed.documentID)[\(placed.claim.id)] \(placed.date ?? "-") \(score) \(placed.claim.text)\n"
            }
        }
        return text
    }

    @Test func claimsAboutTheTopicComeFirstTiesByDate() throws {
        let row = try #require(Self.report(Self.border).matrix.first { $0.topic.id == "term:grenz" })
        let kremlin = try #require(row.cells.first { $0.column == "Kremlin" })
        #expect(kremlin.total == 4)
        // Two claims about nothing but the border (score 1) by date, then one that shares it with the
        // economy; the farmers' claim, mostly about drought and hail, is the one left out (3 shown).
        #expect(kremlin.claims.map { "\($0.documentID)\($0.claim.id)" } == ["b1", "c1", "c2"])
        #expect(kremlin.claims.map(\.score) == kremlin.claims.map(\.score).sorted(by: >))
        #expect(kremlin.claims[0].score == 1 && kremlin.claims[1].score == 1)
        #expect(kremlin.claims[2].score > 0.3 && kremlin.claims[2].score < 1)
        #expect(row.isComparison && row.firstDate == "2021-03-01" && row.lastDate == "2021-03-03")
        try Golden.check("characteristic-order.txt", Self.lines(row))
    }

    @Test func orderDoesNotDependOnTheInputOrder() {
        func shown(_ documents: [ReportDocument]) -> [[String]] {
            let row = Self.report(documents).matrix.first { $0.topic.id == "term:grenz" }
            return (row?.cells ?? []).map { $0.claims.map { "\($0.documentID)\($0.claim.id) \($0.score)" } }
        }
        #expect(!shown(Self.border).joined().isEmpty)
        #expect(shown(Self.border) == shown(Self.border.reversed()))
    }

    @Test func ruleTopicRowsAreOrderedToo() throws {
        let tagger = try TopicTests.tagger()
        let topics = tagger.topics.filter { $0.id == "troop-buildup" }
        func claim(_ id: Int, _ text: String) -> ReportClaim {
            Self.claim(id, "Kremlin", text, topics: tagger.ruleTopics(of: text).compactMap { id in topics.first { $0.id == id } })
        }
        let document = ReportDocument(id: "d", date: "2021-03-05", claims: [
            claim(1, "Die Fischer und Bauern sorgten sich wegen der Panzer um Ernte, Fang und Preise"),
            claim(2, "Die Soldaten und Panzer blieben in den Kasernen"),
            claim(3, "Das Manöver störe die Schifffahrt"),
        ])
        let row = try #require(Self.report([document], tagger: tagger, ruleTopics: topics).matrix.first { $0.topic.id == "troop-buildup" })
        let kremlin = try #require(row.cells.first { $0.column == "Kremlin" })
        #expect(kremlin.claims.map(\.claim.id) == [2, 3, 1], "\(kremlin.claims.map { ($0.claim.id, $0.score) })")
    }

    @Test func rowsMarkWhereTwoSidesSpeak() {
        let html = HTMLReport.render(Self.report(Self.border))
        #expect(html.contains("<span class=\"badge\">Vergleich: 2 Quellen</span>"))
        #expect(html.contains("<p class=\"ch\">4 Aussagen, die bezeichnendsten zuerst</p>"))
        #expect(html.contains("… und 1 weitere"))
    }
}
