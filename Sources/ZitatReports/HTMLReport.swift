import Foundation
public import Zitat

/// Renders a report as HTML: one self-contained page (`render`), or a folder of small pages for
/// large corpora (`HTMLSite`). Inline CSS and SVG, a small inline script for the filters, no network;
/// every page reads in full without the script.
public enum HTMLReport {
    public static func render(_ report: Report) -> String {
        var html = HTMLBuilder(context: HTMLContext(report: report, site: false))
        html.singlePage()
        return html.output
    }

    /// Text safe inside elements and quoted attributes.
    public static func escape(_ text: String) -> String {
        if !text.utf8.contains(where: isSpecial) { return text }
        return escape(utf8: text.utf8)
    }

    static func isSpecial(_ byte: UInt8) -> Bool {
        byte == 0x26 || byte == 0x3C || byte == 0x3E || byte == 0x22 || byte == 0x27
    }

    /// The same for UTF-8 bytes of whole scalars; works on bytes (the five characters it replaces
    /// are ASCII, never part of a longer scalar), which is what makes long articles fast.
    static func escape(utf8 bytes: some Collection<UInt8>) -> String {
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count + 16)
        for byte in bytes {
            switch byte {
            case 0x26: result.append(contentsOf: "&amp;".utf8)
            case 0x3C: result.append(contentsOf: "&lt;".utf8)
            case 0x3E: result.append(contentsOf: "&gt;".utf8)
            case 0x22: result.append(contentsOf: "&quot;".utf8)
            case 0x27: result.append(contentsOf: "&#39;".utf8)
            default: result.append(byte)
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// A claim's text for display inside „…“: its own quotation marks become the inner ‚…‘.
    /// A claim's words for plain text: only a direct quote stands in „…“; indirect and reported
    /// speech are paraphrase and say so ("sinngemäß: …"), as in the HTML report.
    public static func wording(_ text: String, type: ClaimType) -> String {
        type == .direct ? "„\(innerQuotes(text))“" : "sinngemäß: \(text)"
    }

    public static func innerQuotes(_ text: String) -> String {
        var result = ""
        var open = true
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"":
                result += open ? "‚" : "‘"
                open.toggle()
            case "„", "»": result += "‚"; open = false
            case "“", "«": result += open ? "‚" : "‘"; open = true
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// A colour from the rules as `#rrggbb`; anything else becomes the neutral grey.
    static func color(_ value: String?) -> String {
        guard let value, value.first == "#" else { return neutral }
        let digits = value.dropFirst()
        guard digits.allSatisfy(\.isHexDigit) else { return neutral }
        if digits.count == 6 { return value.lowercased() }
        if digits.count == 3 { return "#" + digits.map { "\($0)\($0)" }.joined().lowercased() }
        return neutral
    }

    /// The colour at some transparency, as `rgba(…)`.
    static func tint(_ hex: String, _ alpha: Double) -> String {
        let digits = Array(color(hex).dropFirst())
        func channel(_ offset: Int) -> Int { Int(String(digits[offset..<offset + 2]), radix: 16) ?? 0 }
        return "rgba(\(channel(0)),\(channel(2)),\(channel(4)),\(format(alpha)))"
    }

    static func format(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }

    static let neutral = "#6b6b6b"

    static func typeLabel(_ type: ClaimType) -> String {
        switch type {
        case .direct: "direkt"
        case .indirect: "indirekt"
        case .freeIndirect: "frei indirekt"
        case .reported: "Redebericht"
        }
    }

    static func kindLabel(_ kind: SpeakerKind?) -> String {
        switch kind {
        case .person: "Person"
        case .institution: "Institution"
        case .state: "Staat"
        case .anonymous: "anonym"
        case .media: "Medium"
        case nil: "Art unbekannt"
        }
    }

    /// Opacity of a type's bar segment, strongest for direct quotes.
    static func typeOpacity(_ type: ClaimType) -> Double {
        switch type {
        case .direct: 1
        case .indirect: 0.72
        case .freeIndirect: 0.48
        case .reported: 0.26
        }
    }

    /// A name usable in ids and file names: ASCII letters and digits, everything else `-`.
    static func slug(_ key: String) -> String {
        var result = ""
        for scalar in key.unicodeScalars {
            switch scalar {
            case "ä": result += "ae"
            case "ö": result += "oe"
            case "ü": result += "ue"
            case "ß": result += "ss"
            default: result += CharacterSet.alphanumerics.contains(scalar) && scalar.isASCII ? String(scalar).lowercased() : "-"
            }
        }
        return result
    }
}

/// What every section needs to know: the report, whether pages link within one file or across a
/// folder, and each side's colour, pattern and name.
struct HTMLContext {
    let report: Report
    /// True for the `--html-dir` folder: articles, topics and sides have pages of their own.
    let site: Bool
    /// Matrix columns in order: the chosen sources, then `others`.
    let columns: [String]
    /// Rows the folder gives a page (key: topic id).
    var topicPages: Set<String> = []

    init(report: Report, site: Bool) {
        self.report = report
        self.site = site
        columns = report.sources.map(\.id) + [MatrixRow.others]
    }

    /// The side index of a group or column: a chosen source's position, or the last (others).
    func side(of group: String) -> Int {
        report.sources.firstIndex { $0.id == group } ?? report.sources.count
    }

    func color(of group: String) -> String {
        HTMLReport.color(report.sources.first { $0.id == group }?.color)
    }

    func name(of group: String) -> String {
        if group == MatrixRow.others { return "Weitere Sprecher" }
        return report.sources.first { $0.id == group }?.name ?? ReportAccumulator.label(ofGroup: group)
    }

    /// The side's name for a claim: its source, or "weitere" for speakers without one.
    func sideName(of claim: ReportClaim) -> String {
        side(of: claim.group) < report.sources.count ? name(of: claim.group) : "Weitere"
    }

    /// Where a claim sits in its article's text, if the output shows that text.
    func claimLink(document: Int, claim: Int) -> String? {
        if site { return HTMLSite.articleFile(document) + "#c\(claim)" }
        return report.articles.contains { $0.document == document } ? "#d\(document)-c\(claim)" : nil
    }

    func articleLink(_ document: Int) -> String? {
        if site { return HTMLSite.articleFile(document) }
        return report.articles.contains { $0.document == document } ? "#d\(document)" : nil
    }
}
