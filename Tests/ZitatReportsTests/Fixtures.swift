import Foundation
import Testing
import Zitat
@testable import ZitatReports

/// Hand-built report models: renderers are tested without the analyzer.
enum Fixtures {
    static let washington = ReportSource(id: "Washington", name: "Washington", color: "#1f5fa8")
    static let kremlin = ReportSource(id: "Kremlin", name: "Kremlin", color: "#b3261e")
    static let nato = ReportSource(id: "NATO", name: "NATO", color: "#2e7d32")
    static let sources = [washington, kremlin, nato]

    static let troops = Topic(id: "troop-buildup", label: "Truppenaufmarsch")
    static let ukraine = Topic(id: "ukraine-conflict", label: "Ukraine-Konflikt")
    static let border = Topic(id: "term:grenz", label: "Grenze", isKeyTerm: true)
    static let ruleTopics = [troops, ukraine, Topic(id: "diplomacy", label: "Diplomatie")]

    static let text = #"""
    date 2021-04-13
    Washington – Das Weiße Haus teilte mit, Biden habe seine Besorgnis über den Truppenaufmarsch an der Grenze geäußert. "Wir stehen zur Ukraine, <script>alert('x')</script> & mehr", sagte Psaki.

    Der Kreml erklärte, die Truppen seien nur zu Manövern an der Grenze. Die NATO sprach von der größten Verlegung seit 2014: "unerschütterlich, klar, ""deutlich""".
    Ein Beobachter sagte, es gebe "viele
    offene Fragen".
    """#

    /// The scalar span of the first occurrence of `needle` in `text`.
    static func span(_ needle: String, in text: String = text) -> Span {
        let scalars = Array(text.unicodeScalars)
        let target = Array(needle.unicodeScalars)
        guard !target.isEmpty, scalars.count >= target.count else { return Span(0, 0) }
        for start in 0...(scalars.count - target.count) where Array(scalars[start..<start + target.count]) == target {
            return Span(start, start + target.count)
        }
        Issue.record("fixture text lacks \(needle)")
        return Span(0, 0)
    }

    static func claim(
        _ id: Int, _ type: ClaimType, _ quote: String, speaker: String?, canonical: String? = nil, cue: String?,
        source: String?, group: String? = nil, topics: [Topic], rule: String, nestedIn: Int? = nil
    ) -> ReportClaim {
        let quoteSpan = span(quote)
        // The cue nearest before the quote (the fixture has "sagte" twice).
        let cueSpan = cue.map { cue -> Span in
            let scalars = Array(text.unicodeScalars), target = Array(cue.unicodeScalars)
            var best = span(cue)
            for start in stride(from: 0, through: max(0, quoteSpan.start - target.count), by: 1)
                where start + target.count <= scalars.count && Array(scalars[start..<start + target.count]) == target {
                best = Span(start, start + target.count)
            }
            return best
        }
        return ReportClaim(
            id: id, type: type, text: quote, start: quoteSpan.start, end: quoteSpan.end, spans: [quoteSpan],
            speaker: speaker, speakerCanonical: canonical ?? speaker, speakerSpans: speaker.map { [span($0)] } ?? [],
            cue: cue, cueSpans: cueSpan.map { [$0] } ?? [], source: source,
            group: group ?? source ?? "speaker:" + (canonical ?? speaker ?? ""), topics: topics, rule: rule, nestedIn: nestedIn
        )
    }

    static let document = ReportDocument(
        id: "fixture", path: "Fixtures/fixture.txt", date: "2021-04-13", outlet: "Testblatt, Ausgabe \"Nord\"",
        claims: [
            claim(1, .indirect, "Biden habe seine Besorgnis über den Truppenaufmarsch an der Grenze geäußert", speaker: "Das Weiße Haus",
                  canonical: "Weißes Haus", cue: "teilte mit", source: "Washington", topics: [troops, border],
                  rule: "indirect:cue-comma+speaker:cue-subject"),
            claim(2, .direct, "Wir stehen zur Ukraine, <script>alert('x')</script> & mehr", speaker: "Psaki", cue: "sagte",
                  source: "Washington", topics: [ukraine], rule: "direct:quote-cue"),
            claim(3, .indirect, "die Truppen seien nur zu Manövern an der Grenze", speaker: "Der Kreml", canonical: "Kreml",
                  cue: "erklärte", source: "Kremlin", topics: [troops, border], rule: "indirect:cue-comma+speaker:cue-subject"),
            claim(4, .direct, "unerschütterlich, klar, \"\"deutlich\"\"", speaker: "Die NATO", canonical: "NATO", cue: "sprach",
                  source: "NATO", topics: [troops], rule: "direct:colon"),
            claim(5, .indirect, "es gebe \"viele\noffene Fragen\"", speaker: "Ein Beobachter", cue: "sagte", source: nil,
                  topics: [], rule: "indirect:cue-comma+speaker:cue-subject"),
            claim(6, .direct, "viele\noffene Fragen", speaker: "Ein Beobachter", cue: nil, source: nil, topics: [],
                  rule: "direct:quote+speaker:enclosing", nestedIn: 5),
        ]
    )

    static let second = ReportDocument(
        id: "zweiter, \"Artikel\"", path: "b.txt", date: "2021-05-02", outlet: nil, url: "javascript:alert(1)",
        claims: [
            ReportClaim(id: 1, type: .reported, text: "ein Gipfeltreffen", start: 0, end: 17, speaker: "Biden", cue: "schlug vor",
                        source: "Washington", group: "Washington", topics: [Topic(id: "diplomacy", label: "Diplomatie")], rule: "reported:nominal"),
        ]
    )

    static func report(_ documents: [(ReportDocument, String?)], limits: ReportLimits = ReportLimits(), failures: [CorpusFailure] = []) -> Report {
        var accumulator = ReportAccumulator(sources: sources, ruleTopics: ruleTopics, limits: limits, tagger: tagger)
        for (document, text) in documents { accumulator.add(document, text: text) }
        for failure in failures { accumulator.addFailure(failure) }
        return accumulator.report(title: documents.count == 1 ? "fixture" : "\(documents.count) Artikel")
    }

    /// Finds key terms the sides share ("Grenze"), with no rule topics of its own.
    static let tagger = TopicTagger(topics: [], keyTerms: KeyTermRules(minLength: 5, endings: ["en", "e", "n"]))

    static var single: Report { report([(document, text)]) }

    static var corpus: Report {
        report([(document, text), (second, "ein Gipfeltreffen")],
               failures: [CorpusFailure(input: "bad.jsonl:3", message: "not a JSON object: {oops")])
    }
}

/// Golden files under `Golden/`, re-recorded with `ZITAT_RECORD=1 swift test`.
enum Golden {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")
    static var recording: Bool { ProcessInfo.processInfo.environment["ZITAT_RECORD"] == "1" }

    static func check(_ name: String, _ actual: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = directory.appendingPathComponent(name)
        if recording {
            try Data(actual.utf8).write(to: url)
            return
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            Issue.record("missing golden file \(name); record it with ZITAT_RECORD=1 swift test", sourceLocation: sourceLocation)
            return
        }
        let expected = String(decoding: data, as: UTF8.self)
        if expected != actual {
            let lines = zip(expected.split(separator: "\n", omittingEmptySubsequences: false), actual.split(separator: "\n", omittingEmptySubsequences: false))
            let first = lines.enumerated().first { $0.element.0 != $0.element.1 }
            Issue.record("""
            \(name) differs from the golden file (re-record with ZITAT_RECORD=1 if intended); \
            first difference at line \((first?.offset ?? 0) + 1):
            expected: \(first.map { String($0.element.0) } ?? "(length differs)")
            actual:   \(first.map { String($0.element.1) } ?? "(length differs)")
            """, sourceLocation: sourceLocation)
        }
    }
}
