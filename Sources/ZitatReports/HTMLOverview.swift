import Zitat

/// The corpus at a glance: claims per side and type, over time, per outlet; who is quoted, and how
/// much of each side's sourcing is anonymous.
extension HTMLBuilder {
    mutating func overview() {
        line("<section id=\"zahlen\">")
        line("<h2>Überblick</h2>")
        typeChart()
        timeline()
        outlets()
        speakers()
        line("</section>")
    }

    /// The type counts of a column: a source's group, or all other speakers together.
    func typeCounts(_ column: String) -> [TypeCount] {
        let groups = column == MatrixRow.others ? report.groups.filter { !$0.isSource } : report.groups.filter { $0.key == column }
        return ClaimType.allCases.map { type in
            TypeCount(type: type, count: groups.reduce(0) { $0 + ($1.counts.first { $0.type == type }?.count ?? 0) })
        }
    }

    /// SVG patterns drawn over a side's colour, so bars differ without colour too.
    func svgPatterns(_ prefix: String) -> String {
        "<defs><pattern id=\"\(prefix)1\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\"><rect width=\"3\" height=\"6\" fill=\"#fff\" fill-opacity=\".6\"/></pattern>"
            + "<pattern id=\"\(prefix)2\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\"><circle cx=\"3\" cy=\"3\" r=\"1.4\" fill=\"#fff\" fill-opacity=\".75\"/></pattern>"
            + "<pattern id=\"\(prefix)3\" width=\"5\" height=\"5\" patternUnits=\"userSpaceOnUse\"><rect width=\"5\" height=\"2\" fill=\"#fff\" fill-opacity=\".6\"/></pattern></defs>"
    }

    func svgBar(x: Double, y: Double, width: Double, height: Double, side: Int, opacity: Double = 1, prefix: String) -> String {
        let column = context.columns[side]
        let color = column == MatrixRow.others ? HTMLReport.neutral : context.color(of: column)
        let geometry = "x=\"\(HTMLReport.format(x))\" y=\"\(HTMLReport.format(y))\" width=\"\(HTMLReport.format(width))\" height=\"\(HTMLReport.format(height))\""
        var result = "<rect \(geometry) fill=\"\(color)\" fill-opacity=\"\(HTMLReport.format(opacity))\"/>"
        let pattern = side % HTMLStyles.patterns.count
        if pattern > 0 { result += "<rect \(geometry) fill=\"url(#\(prefix)\(pattern))\"/>" }
        return result
    }

    /// Claims per side and type: a table, and the same as bars.
    mutating func typeChart() {
        let columns = context.columns.filter { column in column != MatrixRow.others || report.groups.contains { !$0.isSource } }
        line("<h3>Aussagen je Seite und Art</h3>")
        line("<div class=\"scroll\"><table class=\"types\"><thead><tr><th scope=\"col\">Seite</th><th scope=\"col\" class=\"num\">Aussagen</th>"
             + ClaimType.allCases.map { "<th scope=\"col\" class=\"num\">\(HTMLReport.typeLabel($0))</th>" }.joined() + "</tr></thead><tbody>")
        var svg = ""
        let maximum = max(1, columns.map { typeCounts($0).reduce(0) { $0 + $1.count } }.max() ?? 1)
        let labelWidth = 170.0, barWidth = 460.0, rowHeight = 28
        for (index, column) in columns.enumerated() {
            let counts = typeCounts(column)
            let total = counts.reduce(0) { $0 + $1.count }
            let side = context.side(of: column)
            line("<tr><th scope=\"row\" class=\"s\(side)\"><i class=\"sw\" aria-hidden=\"true\"></i>\(esc(context.name(of: column)))</th><td class=\"num\">\(total)</td>"
                 + counts.map { "<td class=\"num\">\($0.count)</td>" }.joined() + "</tr>")
            let y = Double(8 + index * rowHeight)
            svg += "<text x=\"\(Int(labelWidth) - 8)\" y=\"\(HTMLReport.format(y + 18))\" text-anchor=\"end\" font-size=\"14\">\(esc(context.name(of: column)))</text>"
            var x = labelWidth
            for count in counts where count.count > 0 {
                let width = barWidth * Double(count.count) / Double(maximum)
                svg += svgBar(x: x, y: y + 4, width: width, height: Double(rowHeight - 8), side: side, opacity: HTMLReport.typeOpacity(count.type), prefix: "bp")
                x += width
            }
            svg += "<text x=\"\(HTMLReport.format(x + 6))\" y=\"\(HTMLReport.format(y + 18))\" font-size=\"13\">\(total)</text>"
        }
        line("</tbody></table></div>")
        let height = 16 + columns.count * rowHeight
        line("<figure><svg class=\"wide\" role=\"img\" aria-labelledby=\"chart-title\" viewBox=\"0 0 700 \(height)\" width=\"700\" height=\"\(height)\" xmlns=\"http://www.w3.org/2000/svg\">"
             + "<title id=\"chart-title\">Aussagen je Seite; Schattierung nach Art (kräftig: direkt, blass: Redebericht)</title>\(svgPatterns("bp"))\(svg)</svg>"
             + "<figcaption>Balkenlänge: Zahl der Aussagen; Schattierung: Art, von direkt (kräftig) bis Redebericht (blass); Muster: Seite.</figcaption></figure>")
    }

    /// Articles and claims per outlet, most claims first.
    mutating func outlets() {
        let ranked = report.outlets
        guard !ranked.isEmpty else { return }
        line("<h3>Nach Medium</h3>")
        var head = "<div class=\"scroll\"><table class=\"outlets\"><thead><tr><th scope=\"col\">Medium</th><th scope=\"col\" class=\"num\">Artikel</th>"
        for (index, column) in context.columns.enumerated() { head += "<th scope=\"col\" class=\"num sc s\(index)\">\(esc(context.name(of: column)))</th>" }
        line(head + "</tr></thead><tbody>")
        for value in ranked.prefix(30) {
            line("<tr><th scope=\"row\">\(esc(value.key))</th><td class=\"num\">\(value.articles)</td>" + value.counts.map { "<td class=\"num\">\($0)</td>" }.joined() + "</tr>")
        }
        line("</tbody></table></div>")
        let more = ranked.count - min(30, ranked.count) + report.droppedOutlets.keys
        if more > 0 { line("<p class=\"more\">… und \(more) weitere Medien.</p>") }
    }

    /// The most quoted speakers of each side with their kind, and the share of anonymous sourcing.
    mutating func speakers() {
        let sides = report.sides.filter { $0.total > 0 }
        guard !sides.isEmpty else { return }
        line("<h3>Wer wird zitiert?</h3>")
        let kinds = SpeakerKind.allCases.map(\.rawValue) + [SideStats.unknownKind]
        var head = "<div class=\"scroll\"><table class=\"kinds\"><caption class=\"note\">Aussagen je Seite nach Art des Sprechers</caption><thead><tr><th scope=\"col\">Seite</th>"
        for kind in kinds { head += "<th scope=\"col\" class=\"num\">\(HTMLReport.kindLabel(SpeakerKind(rawValue: kind)))</th>" }
        line(head + "<th scope=\"col\" class=\"num\">Anteil anonym</th></tr></thead><tbody>")
        for stats in sides {
            var row = "<tr><th scope=\"row\" class=\"s\(context.side(of: stats.column))\"><i class=\"sw\" aria-hidden=\"true\"></i>\(esc(context.name(of: stats.column)))</th>"
            for kind in kinds { row += "<td class=\"num\">\(stats.kinds[kind] ?? 0)</td>" }
            let share = stats.known > 0 ? "\(Int((100 * Double(stats.anonymous) / Double(stats.known)).rounded())) % von \(stats.known)" : "unbekannt"
            line(row + "<td class=\"num\">\(share)</td></tr>")
        }
        line("</tbody></table></div>")
        if sides.allSatisfy({ $0.known == 0 }) {
            line("<p class=\"note\">Die Art der Sprecher (Person, Institution, Staat, anonym, Medium) ist für diese Aussagen noch nicht bestimmt; der Anteil anonymer Quellen lässt sich daher nicht angeben.</p>")
        }
        for stats in sides where !stats.speakers.isEmpty {
            line("<details class=\"s\(context.side(of: stats.column))\"><summary>Meistzitiert: \(esc(context.name(of: stats.column)))</summary><ol>")
            for speaker in stats.speakers {
                line("<li>\(esc(speaker.name)) <span class=\"meta\" style=\"display:inline\">\(HTMLReport.kindLabel(speaker.kind)) · \(speaker.count)</span></li>")
            }
            line("</ol></details>")
        }
    }
}
