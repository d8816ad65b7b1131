import Zitat

/// The comparison as plain text for a terminal: counts per source, then each topic two or more
/// sources address, with what each said.
public enum TextReport {
    public static func render(_ report: Report) -> String {
        var lines: [String] = []
        lines.append("\(report.title): \(report.articleCount) Artikel, \(report.claimCount) Aussagen")
        lines.append(report.groups.filter(\.isSource).map { "\($0.label) \($0.total)" }.joined(separator: " · "))
        let compared = report.matrix.filter(\.isComparison)
        if compared.isEmpty {
            lines.append("")
            lines.append("Kein Thema, zu dem sich zwei oder mehr Quellen äußern.")
        }
        for row in compared {
            lines.append("")
            lines.append("\(row.topic.label):")
            for cell in row.cells where cell.total > 0 && cell.column != MatrixRow.others {
                let name = report.sources.first { $0.id == cell.column }?.name ?? cell.column
                for placed in cell.claims {
                    var who = placed.claim.speaker ?? "ohne Sprecher"
                    if let cue = placed.claim.cue { who += " (\(cue))" }
                    lines.append("  \(name): \(HTMLReport.wording(placed.claim.text, type: placed.claim.type)) – \(who)")
                }
                if cell.total > cell.claims.count { lines.append("  \(name): … und \(cell.total - cell.claims.count) weitere") }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
