import Foundation

/// Writes claims as CSV (RFC 4180, UTF-8, CRLF line ends), one row per claim, columns in a fixed order.
public enum CSVReport {
    /// The claim schema's columns (`ClaimSchema.columns`), the same for `analyze` and `report`.
    public static let columns = ClaimSchema.columns

    /// The header row.
    public static var header: String { row(columns) }

    /// The rows of one document's claims.
    public static func rows(_ document: ReportDocument) -> String {
        document.claims.map { row(SchemaClaim(document: document, claim: $0).csvFields) }.joined()
    }

    /// A whole CSV file for some documents.
    public static func render(_ documents: [ReportDocument]) -> String {
        documents.reduce(header) { $0 + rows($1) }
    }

    /// One record with its CRLF.
    public static func row(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\r\n"
    }

    /// A field, quoted when it holds a comma, a double quote, CR or LF; inner quotes doubled. Every
    /// CSV writer goes through here, so a field that a spreadsheet would run as a formula (first
    /// character ASCII `=`, `+`, `-`, `@`, tab or CR) gets a leading `'`, as OWASP recommends.
    public static func field(_ value: String) -> String {
        let safe = value.unicodeScalars.first.map(formulaStarts.contains) == true ? "'" + value : value
        let needsQuotes = safe.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" }
        guard needsQuotes else { return safe }
        return "\"" + safe.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// First characters that make spreadsheets read a cell as a formula (CSV injection).
    static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]
}
