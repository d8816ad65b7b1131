public import Foundation
public import Zitat

/// Output formats of `zitat analyze`.
public enum AnalysisFormat: String, CaseIterable, Sendable {
    case text, json, jsonl, csv
}

/// Renders analyses as a readable table, JSON, JSON Lines or CSV.
public enum AnalysisOutput {
    /// The JSON encoder all machine output uses: sorted keys, so output is byte-stable.
    public static func encoder(pretty: Bool) -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    /// The analysis as the library holds it (the golden tests' dump); the command line prints `record`.
    public static func json(_ analysis: Analysis, pretty: Bool = true) throws -> String {
        String(decoding: try encoder(pretty: pretty).encode(analysis), as: UTF8.self)
    }

    /// The JSON Lines record of an input that could not be read, in place of its analysis:
    /// `{"error": MESSAGE, "input": "file:line", "line": N, "id": ID}` (line and id when known).
    public static func errorRecord(_ failure: CorpusFailure) throws -> String {
        struct Record: Encodable {
            var error: String
            var input: String
            var line: Int?
            var id: String?
        }
        let record = Record(error: failure.message, input: failure.input, line: failure.line, id: failure.id)
        return String(decoding: try encoder(pretty: false).encode(record), as: UTF8.self)
    }

    /// One analysed document in the claim schema (`DocumentRecord`), as `analyze --format json`
    /// prints it (`pretty`) or as one line of `--format jsonl`.
    /// A line is written by `JSONLineWriter`, with the same bytes as `encoder(pretty: false)`.
    public static func record(_ document: ReportDocument, ignored: [IgnoredSpan], pretty: Bool = true) throws -> String {
        let record = DocumentRecord(document: document, ignored: ignored)
        if !pretty { return try JSONLineWriter.line(record) }
        return String(decoding: try encoder(pretty: pretty).encode(record), as: UTF8.self)
    }

    /// The CSV columns of `analyze`, the same as `report`'s.
    public static let csvHeader = ClaimSchema.columns

    /// CSV rows (without header) for one analysis, RFC 4180 (without topics: `AnalyzeRun` adds them).
    public static func csvRows(_ analysis: Analysis) -> String {
        CSVReport.rows(ClaimSchema.document(analysis, topics: []))
    }

    /// A readable table for a terminal.
    public static func text(_ analysis: Analysis) -> String {
        var lines: [String] = []
        let date = analysis.document.date.map { " (\($0))" } ?? ""
        lines.append("\(analysis.document.path ?? analysis.document.id)\(date): \(analysis.claims.count) claims, \(analysis.ignored.count) ignored spans")
        for claim in analysis.claims {
            let speaker = claim.speaker.map { $0.text == $0.canonical ? $0.text : "\($0.text) → \($0.canonical)" } ?? "—"
            let source = claim.source ?? "—"
            lines.append("")
            lines.append("#\(claim.id) \(claim.type.rawValue)  [\(source)]  \(speaker)\(claim.cue.map { "  cue: \($0.text)" } ?? "")")
            lines.append("   \(HTMLReport.wording(claim.text, type: claim.type))")
            lines.append("   \(claim.extent)  rule: \(claim.rule)")
        }
        if !analysis.ignored.isEmpty {
            lines.append("")
            lines.append("ignored:")
            for span in analysis.ignored { lines.append("   \(span.start)..<\(span.end) \(span.reason)") }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
