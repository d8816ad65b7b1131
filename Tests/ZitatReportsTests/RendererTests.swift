import Foundation
import Testing
import Zitat
@testable import ZitatReports

@Suite struct CSVTests {
    @Test(arguments: [
        ("plain", "plain"),
        ("a,b", "\"a,b\""),
        ("er sagte \"nein\"", "\"er sagte \"\"nein\"\"\""),
        ("zwei\nZeilen", "\"zwei\nZeilen\""),
        ("cr\r\nlf", "\"cr\r\nlf\""),
        ("", ""),
        ("Ünïcödé „Zitat“", "Ünïcödé „Zitat“"),
    ])
    func quoting(input: String, expected: String) {
        #expect(CSVReport.field(input) == expected)
    }

    /// CSV injection: a field a spreadsheet would run as a formula gets a leading `'`; look-alikes
    /// (en dash, a sign later in the field) and quoting still work as before.
    @Test(arguments: [
        ("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\""),
        ("=1+2", "'=1+2"),
        ("+49 30 1234", "'+49 30 1234"),
        ("-5", "'-5"),
        ("- so der Minister", "'- so der Minister"),
        ("@SUM(A1:A2)", "'@SUM(A1:A2)"),
        ("\tTab", "'\tTab"),
        ("\rcmd", "\"'\rcmd\""),
        ("\r\nZeile", "\"'\r\nZeile\""),
        ("=a,b", "\"'=a,b\""),
        ("– Gedankenstrich", "– Gedankenstrich"),
        ("＝ vollbreit", "＝ vollbreit"),
        ("a=b", "a=b"),
        ("5-3", "5-3"),
        (" =leer davor", " =leer davor"),
        ("'=schon", "'=schon"),
    ])
    func formulaStartsAreNeutralised(input: String, expected: String) {
        #expect(CSVReport.field(input) == expected)
    }

    /// Both CSV writers, `zitat report`'s and `zitat analyze --format csv`'s, neutralise formulas in
    /// every text column, and the RFC 4180 reading of the row gives back the text behind a `'`.
    @Test func bothWritersNeutraliseFormulas() throws {
        let report = ReportDocument(
            id: "=doc", date: "2021-04-13", outlet: "+Blatt",
            claims: [ReportClaim(
                id: 1, type: .direct, text: "=HYPERLINK(\"http://x\",\"klick\")", start: 0, end: 10, speaker: "@Sprecher",
                speakerCanonical: "Sprecher", cue: "-sagte", source: "Washington", group: "Washington", topics: [], rule: "direct:test",
                addressee: TextSpans(text: "=Presse", spans: [Span(11, 18)]))]
        )
        let reportRecords = RFC4180.parse(CSVReport.render([report]))
        #expect(reportRecords.count == 2)
        #expect(reportRecords[1] == [
            "'=doc#1", "'=doc", "1", "2021-04-13", "'+Blatt", "", "", "direct", "Washington", "'@Sprecher", "Sprecher", "", "", "",
            "'-sagte", "", "", "", "'=HYPERLINK(\"http://x\",\"klick\")", "0", "10", "", "direct:test", "'=Presse",
        ])

        let claim = Claim(
            id: 1, type: .direct, text: "=1+2", spans: [Span(3, 7)], cue: Cue(text: "sagte", spans: [Span(0, 5)]),
            speaker: Speaker(text: "@er", spans: [Span(8, 10)], canonical: "\tEr"), source: nil, rule: "direct:test")
        let analysis = Analysis(document: DocumentInfo(id: "doc", date: "2021-04"), claims: [claim], ignored: [])
        let analysisRecords = RFC4180.parse(AnalysisOutput.csvRows(analysis))
        #expect(analysisRecords == [[
            "doc#1", "doc", "1", "2021-04", "", "", "", "direct", "", "'@er", "'\tEr", "", "", "", "sagte", "", "", "", "'=1+2",
            "3", "7", "", "direct:test", "",
        ]])
    }

    @Test func headerHasTheStableColumnOrder() {
        #expect(CSVReport.header == "claim_id,document_id,number,date,outlet,url,title,type,source,speaker,speaker_canonical,"
            + "speaker_kind,speaker_entity,speaker_office,cue,cue_lemma,medium,topics,text,start,end,nested_in,rule,addressee\r\n")
        #expect(AnalysisOutput.csvHeader == CSVReport.columns, "analyze and report write the same columns")
    }

    @Test func oneRowPerClaimWithCRLF() {
        let csv = CSVReport.render([Fixtures.document])
        let records = RFC4180.parse(csv)
        #expect(records.count == 1 + Fixtures.document.claims.count)
        #expect(records.allSatisfy { $0.count == CSVReport.columns.count })
        #expect(records[2][18] == "Wir stehen zur Ukraine, <script>alert('x')</script> & mehr")
        #expect(records[4][18] == "unerschütterlich, klar, \"\"deutlich\"\"")
        #expect(records[5][18] == "es gebe \"viele\noffene Fragen\"")
        #expect(records[1][17] == "Truppenaufmarsch; Grenze")
        #expect(records[1][4] == "Testblatt, Ausgabe \"Nord\"")
        #expect(records[5][8] == "")
        #expect(records[6][21] == "5", "nested_in")
    }

    @Test func golden() throws {
        try Golden.check("fixture.csv", CSVReport.render([Fixtures.document, Fixtures.second]))
    }
}

/// A strict RFC 4180 reader for checking what the writer produced.
enum RFC4180 {
    static func parse(_ text: String) -> [[String]] {
        var records: [[String]] = []
        var record: [String] = []
        var field = ""
        var quoted = false
        var scalars = Array(text.unicodeScalars)[...]
        while let scalar = scalars.popFirst() {
            if quoted {
                if scalar == "\"" {
                    if scalars.first == "\"" { scalars.removeFirst(); field.unicodeScalars.append("\"") } else { quoted = false }
                } else {
                    field.unicodeScalars.append(scalar)
                }
            } else if scalar == "\"" {
                quoted = true
            } else if scalar == "," {
                record.append(field); field = ""
            } else if scalar == "\r", scalars.first == "\n" {
                scalars.removeFirst()
                record.append(field); field = ""
                records.append(record); record = []
            } else {
                field.unicodeScalars.append(scalar)
            }
        }
        if !field.isEmpty || !record.isEmpty { record.append(field); records.append(record) }
        return records
    }
}

@Suite struct HTMLTests {
    @Test func scriptInAQuoteComesOutEscaped() {
        let html = HTMLReport.render(Fixtures.single)
        // Only the page's own filter script, none from the article.
        #expect(html.components(separatedBy: "<script").count == 2)
        #expect(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; mehr"))
        #expect(!html.lowercased().contains("javascript:"))
    }

    @Test func escapeCoversMarkupCharacters() {
        #expect(HTMLReport.escape("<a href=\"x\">'&'</a>") == "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;")
    }

    @Test(arguments: [
        ("sei \"ungerechtfertigt\" und", "sei ‚ungerechtfertigt‘ und"),
        ("sei „klar“ und \"deutlich\"", "sei ‚klar‘ und ‚deutlich‘"),
        ("ohne Zeichen", "ohne Zeichen"),
    ])
    func quotesInsideAClaimBecomeInnerGermanQuotes(text: String, expected: String) {
        #expect(HTMLReport.innerQuotes(text) == expected)
    }

    @Test func badColoursFallBackToGrey() {
        #expect(HTMLReport.color("red;background:url(x)") == HTMLReport.neutral)
        #expect(HTMLReport.color("#ABC") == "#aabbcc")
        #expect(HTMLReport.color("#1f5fa8") == "#1f5fa8")
        #expect(HTMLReport.color(nil) == HTMLReport.neutral)
    }

    @Test func plainTextQuotesOnlyDirectSpeech() {
        #expect(HTMLReport.wording("Wir bleiben", type: .direct) == "„Wir bleiben“")
        #expect(HTMLReport.wording("Er sagte \"nein\"", type: .direct) == "„Er sagte ‚nein‘“")
        #expect(HTMLReport.wording("Er habe abgelehnt", type: .indirect) == "sinngemäß: Er habe abgelehnt")
        #expect(HTMLReport.wording("Sie forderte Hilfe", type: .reported) == "sinngemäß: Sie forderte Hilfe")
        let text = TextReport.render(Fixtures.corpus)
        #expect(!text.contains("„Biden habe seine Besorgnis"))
    }

    @Test func pageIsSelfContainedGermanAndShowsEverySection() {
        let html = HTMLReport.render(Fixtures.corpus)
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"de\">"))
        #expect(html.components(separatedBy: "<script").count == 2)
        #expect(!html.contains("<script src"))
        #expect(!html.contains("<link"))
        #expect(!html.contains("src=\"http"))
        for anchor in ["id=\"zahlen\"", "id=\"vergleich\"", "id=\"quellen\"", "id=\"artikel\"", "id=\"fehler\"", "<svg", "timeline-title"] {
            #expect(html.contains(anchor), "missing \(anchor)")
        }
        // The matrix highlights topics two or more sources address.
        #expect(html.contains("<tr data-topic=\"troop-buildup\" class=\"compare\"><th scope=\"row\">Truppenaufmarsch"))
        // Only direct quotes stand in quotation marks; indirect speech is marked as paraphrase.
        #expect(html.contains("„Wir stehen zur Ukraine"))
        #expect(!html.contains("„Biden habe seine Besorgnis"))
        #expect(html.contains("<span class=\"sg\">sinngemäß:</span>Biden habe seine Besorgnis"))
        // Nothing lives in hover-only tooltips: the deciding rule is in the notes below each text.
        #expect(!html.contains(" title=\""))
        #expect(html.contains("Regel: <code>indirect:cue-comma+speaker:cue-subject</code>"))
        #expect(html.contains("<details"))
        // The filter form is hidden until the script shows it.
        #expect(html.contains("<form class=\"filters\" id=\"filter\" role=\"search\" aria-label=\"Aussagen filtern\" hidden>"))
        #expect(html.contains("class=\"spk\""))
        #expect(html.contains("class=\"cue\""))
        #expect(html.contains("bad.jsonl:3: not a JSON object"))
    }

    @Test func claimsWithoutSourceAppearUnderTheirSpeaker() {
        let report = Fixtures.single
        let speakers = report.groups.filter { !$0.isSource }
        #expect(speakers.map(\.label) == ["Ein Beobachter"])
        #expect(speakers.first?.total == 2)
        #expect(report.groups.prefix(3).map(\.key) == ["Washington", "Kremlin", "NATO"])
    }

    @Test func goldenSingle() throws {
        try Golden.check("fixture.html", HTMLReport.render(Fixtures.single))
    }

    @Test func goldenCorpus() throws {
        try Golden.check("corpus.html", HTMLReport.render(Fixtures.corpus))
    }

    @Test func limitsBoundWhatThePageHolds() {
        let limits = ReportLimits(articleTexts: 1, claimsPerCell: 1, claimsPerGroup: 1, claimsPerSpeaker: 1, speakersShown: 1, keyTermTopics: 0)
        var accumulator = ReportAccumulator(sources: Fixtures.sources, ruleTopics: Fixtures.ruleTopics, limits: limits)
        for _ in 0..<50 { accumulator.add(Fixtures.document, text: Fixtures.text) }
        let report = accumulator.report(title: "viele")
        #expect(report.articles.count == 1)
        #expect(report.groups.allSatisfy { $0.claims.count <= 1 })
        #expect(report.groups.first { $0.key == "Washington" }?.total == 100)
        #expect(report.matrix.allSatisfy { !$0.topic.isKeyTerm })
        #expect(report.matrix.flatMap(\.cells).allSatisfy { $0.claims.count <= 1 })
        #expect(HTMLReport.render(report).contains("… und 99 weitere"))
    }
}

@Suite struct DeterminismTests {
    @Test func renderingTwiceGivesIdenticalBytes() throws {
        #expect(HTMLReport.render(Fixtures.corpus) == HTMLReport.render(Fixtures.corpus))
        #expect(CSVReport.render([Fixtures.document]) == CSVReport.render([Fixtures.document]))
        let json1 = try JSONReport.render([Fixtures.document, Fixtures.second], report: Fixtures.corpus, topics: Fixtures.ruleTopics)
        let json2 = try JSONReport.render([Fixtures.document, Fixtures.second], report: Fixtures.corpus, topics: Fixtures.ruleTopics)
        #expect(json1 == json2)
    }

    @Test func jsonIsValidAndCarriesTheModel() throws {
        let json = try JSONReport.render([Fixtures.document, Fixtures.second], report: Fixtures.corpus, topics: Fixtures.ruleTopics)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["format"] as? String == JSONReport.format)
        let documents = try #require(object["documents"] as? [[String: Any]])
        #expect(documents.count == 2)
        #expect((documents[0]["claims"] as? [[String: Any]])?.count == 6)
        let summary = try #require(object["summary"] as? [String: Any])
        #expect(summary["claims"] as? Int == 7)
        #expect((object["failures"] as? [[String: Any]])?.count == 1)
        // Documents decode back into the model.
        let emptyReport = Fixtures.report([])
        let empty = try JSONReport.render([], report: emptyReport, topics: [])
        #expect(try JSONSerialization.jsonObject(with: Data(empty.utf8)) is [String: Any])
    }
}

@Suite struct HTMLSiteTests {
    /// The folder for a large corpus: small pages that link to each other, the index pinned as golden.
    @Test func folderHasIndexTopicSideAndArticlePages() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("zitat-site-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let site = try HTMLSite(directory: directory.path, sources: Fixtures.sources)
        try site.writeArticle(Fixtures.document, text: Fixtures.text, position: 0)
        try site.writeArticle(Fixtures.second, text: "ein Gipfeltreffen", position: 1)
        try site.finish(Fixtures.corpus)
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
        for name in ["index.html", "zitat.css", "zitat.js", "a00001.html", "a00002.html", "artikel-1.html", "s-washington.html", "s-others.html", "t-troop-buildup.html"] {
            #expect(names.contains(name), "missing \(name)")
        }
        let index = try String(contentsOf: directory.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(index.contains("<a href=\"t-troop-buildup.html\">Truppenaufmarsch</a>"))
        try Golden.check("site-index.html", index)
        let article = try String(contentsOf: directory.appendingPathComponent("a00001.html"), encoding: .utf8)
        // Every claim's mark links to its note, and the note back to the mark.
        #expect(article.contains("id=\"c1\" href=\"#n1\""))
        #expect(article.contains("<li id=\"n1\""))
        try Golden.check("site-article.html", article)
    }
}

@Suite struct TimelineTests {
    static func dates(_ texts: [String]) -> [(date: CivilDate, hasDay: Bool)] { texts.compactMap(CivilDate.parse) }

    @Test func scaleFollowsTheSpanOfTheDates() {
        #expect(TimelineScale.choose(Self.dates(["2021-04-01", "2021-05-20"])) == .day)
        #expect(TimelineScale.choose(Self.dates(["2021-04-01", "2022-02-20"])) == .week)
        #expect(TimelineScale.choose(Self.dates(["2005-04-01", "2021-02-20"])) == .month)
        // A date without its day can only be placed in its month.
        #expect(TimelineScale.choose(Self.dates(["2021-04", "2021-04-20"])) == .month)
    }

    @Test func calendarArithmetic() throws {
        let date = try #require(CivilDate.parse("2021-04-15")?.date)
        #expect(date.iso == "2021-04-15")
        #expect(date.monday.iso == "2021-04-12")
        #expect(TimelineScale.month.next(TimelineScale.month.bucket(date)).iso == "2021-05-01")
        #expect(TimelineScale.month.next(try #require(CivilDate.parse("2020-12-03")?.date)).iso == "2021-01-01")
        #expect(CivilDate.parse("April 2021") == nil)
        #expect(CivilDate.parse("2021-13-01") == nil)
    }

    @Test func titleIsTheFirstLineWithoutTheDateLine() {
        #expect(ReportBuilder.title(of: "date 2021-04\n\nKreml weist Vorwürfe zurück\nMoskau – Der Kreml …") == "Kreml weist Vorwürfe zurück")
        let long = String(repeating: "Wort ", count: 60)
        let title = ReportBuilder.title(of: long)
        #expect(title?.hasSuffix(" …") == true && (title?.count ?? 0) <= 124)
    }
}
