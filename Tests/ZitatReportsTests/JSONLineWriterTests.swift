import Foundation
import Testing
import Zitat
@testable import ZitatReports

/// `analyze --format jsonl` writes its lines by hand; they must be the bytes `JSONEncoder` writes.
@Suite struct JSONLineWriterTests {
    static let awkward = "Er sagte: \"Nein\" \\ / \u{0}\u{1}\u{8}\t\n\u{B}\u{C}\r\u{1F}\u{7F} „Zitat“ é e\u{301} \u{2028} 🇩🇪"

    static func record(metadata: [String: JSONValue], title: String?) -> DocumentRecord {
        let claim = ReportClaim(
            id: 2, type: .freeIndirect, text: awkward, start: 3, end: 40, spans: [Span(3, 10), Span(12, 40)],
            speaker: "die Ministerin", speakerCanonical: nil, speakerSpans: [Span(50, 64)], speakerKind: .person,
            cue: "sagte … zu", cueSpans: [Span(44, 49)], source: "kremlin", group: "",
            topics: [Topic(id: "diplomacy", label: "Diplomatie"), Topic(id: "term:grenz", label: "Gren\"z", isKeyTerm: true)],
            rule: "direct:quote speaker:frame", nestedIn: 1, speakerEntity: nil, speakerOffice: "Außenministerin",
            cueLemma: "zusagen", medium: "speech", addressee: TextSpans(text: "der \"Zeitung\"", spans: [Span(65, 80)]))
        var plain = claim
        plain.id = 1
        plain.nestedIn = nil
        plain.topics = []
        plain.cue = nil
        var document = ReportDocument(id: "a/b\u{1}", title: title, path: nil, date: "2021-04", outlet: awkward, url: "https://x.de/a",
                                      claims: [plain, claim])
        document.metadata = metadata
        return DocumentRecord(document: document, ignored: [IgnoredSpan(start: 0, end: 5, reason: "boilerplate:paywall")])
    }

    @Test(arguments: [
        [:],
        ["category": .string("Wirtschaft"), "B": .integer(-3), "_x": .bool(true), "a10": .null, "a9": .bool(false)],
        ["score": .number(0.25), "tags": .array([.string("a"), .integer(1)])],
        ["Ärger": .string("ja"), "nested": .object(["z": .null, "a": .string(awkward)])],
    ] as [[String: JSONValue]])
    func sameBytesAsJSONEncoder(metadata: [String: JSONValue]) throws {
        for title in [nil, JSONLineWriterTests.awkward] {
            let record = JSONLineWriterTests.record(metadata: metadata, title: title)
            let encoded = String(decoding: try AnalysisOutput.encoder(pretty: false).encode(record), as: UTF8.self)
            #expect(try JSONLineWriter.line(record) == encoded)
        }
    }

    @Test func noClaimsNoIgnoredSpans() throws {
        let record = DocumentRecord(document: ReportDocument(id: "leer", claims: []))
        let encoded = String(decoding: try AnalysisOutput.encoder(pretty: false).encode(record), as: UTF8.self)
        #expect(try JSONLineWriter.line(record) == encoded)
    }
}
