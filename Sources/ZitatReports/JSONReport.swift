import Foundation
public import Zitat

/// Writes the report model as JSON for tools: sources, topics, then one document after another
/// (so a corpus streams), then a summary with the counts per source and topic, then the failures.
///
/// Keys are sorted and the layout fixed, so the same input gives byte-identical output.
public struct JSONReport {
    public static let format = "zitat-report/1"
    let encoder: JSONEncoder
    var documentCount = 0

    public init() {
        encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    }

    /// Everything before the first document.
    public func head(sources: [ReportSource], topics: [Topic]) throws -> String {
        "{\n  \"format\" : \"\(JSONReport.format)\",\n  \"schema_version\" : \"\(ClaimSchema.version)\",\n"
            + "  \"sources\" : \(try encode(sources, indent: 2)),\n"
            + "  \"topics\" : \(try encode(topics, indent: 2)),\n  \"documents\" : ["
    }

    /// One document in the claim schema (`DocumentRecord`), with the separator it needs.
    public mutating func document(_ document: ReportDocument, ignored: [IgnoredSpan] = []) throws -> String {
        defer { documentCount += 1 }
        return (documentCount == 0 ? "\n    " : ",\n    ") + (try encode(DocumentRecord(document: document, ignored: ignored), indent: 4))
    }

    /// Everything after the last document: the summary and the failures.
    public func tail(_ report: Report) throws -> String {
        (documentCount == 0 ? "],\n" : "\n  ],\n")
            + "  \"summary\" : \(try encode(Summary(report), indent: 2)),\n"
            + "  \"failures\" : \(try encode(report.failures, indent: 2))\n}\n"
    }

    /// A whole JSON report for some documents.
    public static func render(_ documents: [ReportDocument], report: Report, topics: [Topic]) throws -> String {
        var writer = JSONReport()
        var result = try writer.head(sources: report.sources, topics: topics)
        for document in documents { result += try writer.document(document) }
        return result + (try writer.tail(report))
    }

    func encode(_ value: some Encodable, indent: Int) throws -> String {
        let text = String(decoding: try encoder.encode(value), as: UTF8.self)
        return text.replacingOccurrences(of: "\n", with: "\n" + String(repeating: " ", count: indent))
    }

    /// The counts of a report: claims per source and type, and per topic and source.
    struct Summary: Encodable {
        struct Group: Encodable {
            var key: String
            var label: String
            var isSource: Bool
            var total: Int
            var types: [String: Int]
        }
        struct Row: Encodable {
            var topic: String
            var label: String
            var isKeyTerm: Bool
            var isComparison: Bool
            var claims: [String: Int]
        }
        var articles: Int
        var failed: Int
        var claims: Int
        var groups: [Group]
        var comparison: [Row]

        init(_ report: Report) {
            articles = report.articleCount
            failed = report.failures.count
            claims = report.claimCount
            groups = report.groups.map { group in
                Group(key: group.key, label: group.label, isSource: group.isSource, total: group.total,
                      types: Dictionary(uniqueKeysWithValues: group.counts.map { ($0.type.rawValue, $0.count) }))
            }
            comparison = report.matrix.map { row in
                Row(topic: row.topic.id, label: row.topic.label, isKeyTerm: row.topic.isKeyTerm, isComparison: row.isComparison,
                    claims: Dictionary(uniqueKeysWithValues: row.cells.filter { $0.total > 0 }.map { ($0.column, $0.total) }))
            }
        }
    }
}
