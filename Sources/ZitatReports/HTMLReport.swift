import Foundation
import Zitat

/// Renders a report as one self-contained HTML page: inline CSS and SVG, no scripts, no network.
///
/// Sections: counts per source and type (bar chart), the comparison matrix (topics × sources),
/// the claims per source, and the articles (index, timeline, text with every claim marked).
public enum HTMLReport {
    public static func render(_ report: Report) -> String {
        var html = HTMLBuilder()
        html.page(report)
        return html.output
    }

    /// Text safe inside elements and quoted attributes.
    public static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// A claim's text for display inside „…“: its own quotation marks become the inner ‚…‘.
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

    /// Opacity of a type's bar segment, strongest for direct quotes.
    static func typeOpacity(_ type: ClaimType) -> Double {
        switch type {
        case .direct: 1
        case .indirect: 0.72
        case .freeIndirect: 0.48
        case .reported: 0.26
        }
    }

    static let css = """
    :root{--ink:#1f1f24;--muted:#5c5f66;--line:#dcdce2;--paper:#fcfbf8;--accent:#8a5a00}
    *{box-sizing:border-box}
    html{background:var(--paper);color:var(--ink);font:17px/1.55 "Source Serif 4","Noto Serif","DejaVu Serif",Georgia,serif}
    body{max-width:76rem;margin:0 auto;padding:2rem 1.5rem 4rem;hyphens:auto;-webkit-hyphens:auto;overflow-wrap:break-word}
    h1,h2,h3,h4,.chips,.meta,table,nav,figcaption,.legend,.count,.badge{font-family:"Source Sans 3","Noto Sans","DejaVu Sans",Helvetica,Arial,sans-serif}
    h1{font-size:1.9rem;margin:0 0 .2rem;line-height:1.2}
    h1 small{display:block;font-size:1rem;font-weight:normal;color:var(--muted)}
    h2{font-size:1.35rem;margin:2.6rem 0 .6rem;padding-bottom:.25rem;border-bottom:2px solid var(--ink)}
    h3{font-size:1.1rem;margin:1.6rem 0 .5rem;padding-left:.6rem;border-left:6px solid var(--c,#6b6b6b)}
    p.lead{margin:.4rem 0 1rem;color:var(--muted)}
    nav a{margin-right:1rem}
    a{color:#174ea6}
    .chips span{display:inline-block;margin:0 .4rem .3rem 0;padding:.05rem .55rem;border-radius:1rem;background:var(--c);color:#fff;font-size:.85rem}
    .note{color:var(--muted);font-size:.9rem}
    figure{margin:1rem 0}
    figcaption{font-size:.85rem;color:var(--muted)}
    svg text{font-family:"Source Sans 3","Noto Sans","DejaVu Sans",Helvetica,Arial,sans-serif;fill:var(--ink)}
    table{border-collapse:collapse;width:100%;font-size:.9rem}
    th,td{border:1px solid var(--line);padding:.45rem .55rem;vertical-align:top;text-align:left}
    thead th{background:#f0efea;border-bottom:3px solid var(--c,#6b6b6b)}
    table.matrix td{font-family:"Source Serif 4","Noto Serif","DejaVu Serif",Georgia,serif;font-size:.92rem;width:25%}
    table.matrix th[scope=row]{width:12rem}
    tr.compare th[scope=row]{background:#fff4d6;box-shadow:inset 5px 0 0 var(--accent)}
    tr.compare td{background:#fffdf5}
    .badge{display:inline-block;margin-top:.3rem;padding:0 .4rem;border-radius:.3rem;background:var(--accent);color:#fff;font-size:.72rem;font-weight:bold;letter-spacing:.03em}
    .badge.term{background:#fff;color:var(--muted);border:1px solid var(--line);font-weight:normal}
    .empty{color:#b0b0b6}
    .cl{margin:0 0 .55rem;padding-left:.5rem;border-left:3px solid var(--c,#6b6b6b)}
    .cl:last-child{margin-bottom:0}
    .meta{display:block;font-size:.78rem;color:var(--muted);margin-top:.1rem}
    .more{font-size:.8rem;color:var(--muted)}
    ol.claims{padding-left:1.6rem;max-width:62rem}
    ol.claims li{margin:0 0 .8rem;padding-left:.3rem}
    ol.claims li::marker{color:var(--muted);font-size:.8rem;font-family:sans-serif}
    .quote{display:block}
    .article{white-space:pre-wrap;background:#fff;border:1px solid var(--line);padding:1.2rem 1.4rem;line-height:1.75;max-width:48rem}
    mark{color:inherit;background:var(--bg);border-radius:2px;padding:.08em 0;box-decoration-break:clone;-webkit-box-decoration-break:clone}
    mark.deep{box-shadow:inset 0 -.18em 0 var(--c)}
    .spk{font-weight:bold;border-bottom:2px solid var(--c,#444)}
    .cue{font-style:italic;text-decoration:underline dotted 2px;text-underline-offset:.2em}
    sup.n{font:bold .65rem sans-serif;color:#fff;background:var(--c,#666);border-radius:.6rem;padding:0 .3rem;margin-right:.1rem;vertical-align:.35em}
    .legend{font-size:.85rem;color:var(--muted);margin:.3rem 0 .8rem}
    .legend span{margin-right:1.1rem;white-space:nowrap}
    .legend i.sw{display:inline-block;width:.9rem;height:.9rem;vertical-align:-.12rem;margin-right:.3rem;border-radius:2px;background:var(--c)}
    .failures li{font-family:monospace;font-size:.85rem}
    footer{margin-top:3rem;font-size:.8rem;color:var(--muted)}
    td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
    """
}

/// Builds the page text, section by section.
struct HTMLBuilder {
    var output = ""

    mutating func line(_ text: String) { output += text + "\n" }

    func esc(_ text: String) -> String { HTMLReport.escape(text) }

    mutating func page(_ report: Report) {
        line("<!DOCTYPE html>")
        line("<html lang=\"de\">")
        line("<head>")
        line("<meta charset=\"utf-8\">")
        line("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        line("<meta name=\"generator\" content=\"Zitat\">")
        line("<title>\(esc(report.title)) – Zitat</title>")
        line("<style>\n\(HTMLReport.css)\n</style>")
        line("</head>")
        line("<body>")
        header(report)
        overview(report)
        comparison(report)
        sources(report)
        articles(report)
        failures(report)
        line("<footer>Erzeugt von Zitat. Zitate, Sprecher und Cues sind automatisch gefunden; die Regel, die entschied, steht im Tooltip jeder Markierung.</footer>")
        line("</body>")
        line("</html>")
    }

    func color(of group: String, in report: Report) -> String {
        HTMLReport.color(report.sources.first { $0.id == group }?.color)
    }

    func name(of group: String, in report: Report) -> String {
        if group == MatrixRow.others { return "Weitere Sprecher" }
        return report.sources.first { $0.id == group }?.name ?? ReportAccumulator.label(ofGroup: group)
    }

    // MARK: - Header and counts

    mutating func header(_ report: Report) {
        line("<header>")
        line("<h1>Wer sagte was?<small>\(esc(report.title))</small></h1>")
        let articles = report.articleCount == 1 ? "1 Artikel" : "\(report.articleCount) Artikel"
        let claims = report.claimCount == 1 ? "1 Aussage" : "\(report.claimCount) Aussagen"
        var lead = "\(articles) · \(claims)"
        if !report.failures.isEmpty { lead += " · \(report.failures.count) nicht lesbar" }
        line("<p class=\"lead\">\(lead)</p>")
        var chips = "<p class=\"chips\">"
        for group in report.groups where group.isSource {
            chips += "<span style=\"--c:\(HTMLReport.color(group.color))\">\(esc(group.label)) \(group.total)</span>"
        }
        line(chips + "</p>")
        line("<nav><a href=\"#zahlen\">Zahlen</a><a href=\"#vergleich\">Vergleich</a><a href=\"#quellen\">Quellen</a><a href=\"#artikel\">Artikel</a>"
             + (report.failures.isEmpty ? "" : "<a href=\"#fehler\">Fehler</a>") + "</nav>")
        line("</header>")
    }

    mutating func overview(_ report: Report) {
        line("<section id=\"zahlen\">")
        line("<h2>Aussagen je Quelle und Art</h2>")
        // The chosen sources, then all other speakers together.
        var rows: [(label: String, color: String, counts: [TypeCount], total: Int)] = report.groups.filter(\.isSource).map {
            ($0.label, HTMLReport.color($0.color), $0.counts, $0.total)
        }
        let others = report.groups.filter { !$0.isSource }
        if !others.isEmpty {
            let counts = ClaimType.allCases.map { type in
                TypeCount(type: type, count: others.reduce(0) { sum, group in sum + (group.counts.first { $0.type == type }?.count ?? 0) })
            }
            rows.append(("Weitere Sprecher", HTMLReport.neutral, counts, others.reduce(0) { $0 + $1.total }))
        }
        let maximum = max(1, rows.map(\.total).max() ?? 1)
        let labelWidth = 170, barWidth = 460, rowHeight = 30, top = 8
        let height = top + rows.count * rowHeight + 34
        let width = labelWidth + barWidth + 60
        var svg = "<svg role=\"img\" aria-labelledby=\"chart-title\" viewBox=\"0 0 \(width) \(height)\" width=\"\(width)\" height=\"\(height)\" xmlns=\"http://www.w3.org/2000/svg\">"
        svg += "<title id=\"chart-title\">Aussagen je Quelle, nach Art</title>"
        for (index, row) in rows.enumerated() {
            let y = top + index * rowHeight
            svg += "<text x=\"\(labelWidth - 8)\" y=\"\(y + 19)\" text-anchor=\"end\" font-size=\"14\">\(esc(row.label))</text>"
            var x = Double(labelWidth)
            for count in row.counts where count.count > 0 {
                let w = Double(barWidth) * Double(count.count) / Double(maximum)
                svg += "<rect x=\"\(HTMLReport.format(x))\" y=\"\(y + 4)\" width=\"\(HTMLReport.format(w))\" height=\"\(rowHeight - 8)\" fill=\"\(row.color)\" fill-opacity=\"\(HTMLReport.format(HTMLReport.typeOpacity(count.type)))\" stroke=\"#fff\" stroke-width=\"1\">"
                svg += "<title>\(esc(row.label)): \(count.count) \(HTMLReport.typeLabel(count.type))</title></rect>"
                x += w
            }
            svg += "<text x=\"\(HTMLReport.format(x + 6))\" y=\"\(y + 19)\" font-size=\"13\">\(row.total)</text>"
        }
        // Legend: the type shades.
        var lx = labelWidth
        let ly = top + rows.count * rowHeight + 12
        for type in ClaimType.allCases {
            svg += "<rect x=\"\(lx)\" y=\"\(ly)\" width=\"12\" height=\"12\" fill=\"#444\" fill-opacity=\"\(HTMLReport.format(HTMLReport.typeOpacity(type)))\"/>"
            svg += "<text x=\"\(lx + 17)\" y=\"\(ly + 11)\" font-size=\"12\">\(HTMLReport.typeLabel(type))</text>"
            lx += 110
        }
        svg += "</svg>"
        line("<figure>\(svg)<figcaption>Balkenlänge: Zahl der Aussagen; Schattierung: Art (direkt, indirekt, frei indirekt, Redebericht).</figcaption></figure>")
        line("</section>")
    }

    // MARK: - Comparison matrix

    mutating func comparison(_ report: Report) {
        line("<section id=\"vergleich\">")
        line("<h2>Vergleich nach Themen</h2>")
        let rows = report.matrix.filter(\.isComparison) + report.matrix.filter { !$0.isComparison }
        guard !rows.isEmpty else {
            line("<p class=\"note\">Keine Aussage ließ sich einem Thema zuordnen.</p>")
            line("</section>")
            return
        }
        line("<p class=\"note\">Jede Zeile ein Thema, jede Spalte eine Quelle. Hervorgehoben: Themen, zu denen sich zwei oder mehr Quellen äußern – die Vergleichspunkte.</p>")
        let columns = report.columns
        line("<table class=\"matrix\">")
        var head = "<thead><tr><th scope=\"col\">Thema</th>"
        for column in columns {
            head += "<th scope=\"col\" style=\"--c:\(color(of: column, in: report))\">\(esc(name(of: column, in: report)))</th>"
        }
        line(head + "</tr></thead>")
        line("<tbody>")
        for row in rows {
            var tr = "<tr\(row.isComparison ? " class=\"compare\"" : "")><th scope=\"row\">\(esc(row.topic.label))"
            if row.isComparison { tr += "<br><span class=\"badge\">Vergleich: \(row.sourceCount) Quellen</span>" }
            if row.topic.isKeyTerm { tr += "<br><span class=\"badge term\">gemeinsamer Begriff</span>" }
            tr += "</th>"
            for column in columns {
                guard let cell = row.cells.first(where: { $0.column == column }), cell.total > 0 else {
                    tr += "<td class=\"empty\">—</td>"
                    continue
                }
                tr += "<td>"
                for placed in cell.claims {
                    tr += "<p class=\"cl\" style=\"--c:\(color(of: placed.claim.group, in: report))\">"
                    tr += "„\(esc(HTMLReport.innerQuotes(placed.claim.text)))“<span class=\"meta\">\(esc(who(placed, report: report, showGroup: column == MatrixRow.others)))</span></p>"
                }
                if cell.total > cell.claims.count {
                    tr += "<p class=\"more\">… und \(cell.total - cell.claims.count) weitere</p>"
                }
                tr += "</td>"
            }
            line(tr + "</tr>")
        }
        line("</tbody>")
        line("</table>")
        line("</section>")
    }

    /// "das Weiße Haus · teilte … mit · indirekt", with the article when the report covers several.
    func who(_ placed: PlacedClaim, report: Report, showGroup: Bool = false) -> String {
        let claim = placed.claim
        var parts: [String] = []
        parts.append(claim.speaker ?? "ohne Sprecher")
        if let cue = claim.cue { parts.append(cue) }
        parts.append(HTMLReport.typeLabel(claim.type))
        if report.articleCount > 1 { parts.append(placed.documentID) }
        return parts.joined(separator: " · ")
    }

    // MARK: - Per-source sections

    mutating func sources(_ report: Report) {
        line("<section id=\"quellen\">")
        line("<h2>Aussagen je Quelle</h2>")
        let others = report.groups.filter { !$0.isSource }
        for group in report.groups where group.isSource {
            claimList(group, report: report, level: 3)
        }
        if !others.isEmpty {
            line("<h3 style=\"--c:\(HTMLReport.neutral)\">Weitere Sprecher <span class=\"count\">(\(others.reduce(0) { $0 + $1.total }))</span></h3>")
            line("<p class=\"note\">Aussagen ohne eine der gewählten Quellen, nach Sprecher (die mit den meisten Aussagen zuerst).</p>")
            let shown = others.prefix(report.limits.speakersShown)
            for group in shown { claimList(group, report: report, level: 4) }
            let hidden = others.dropFirst(shown.count)
            if !hidden.isEmpty {
                line("<p class=\"more\">… und \(hidden.count) weitere Sprecher mit \(hidden.reduce(0) { $0 + $1.total }) Aussagen (vollständig in CSV und JSON).</p>")
            }
        }
        line("</section>")
    }

    mutating func claimList(_ group: ClaimGroup, report: Report, level: Int) {
        let color = group.isSource ? HTMLReport.color(group.color) : HTMLReport.neutral
        let anchor = "q-" + anchorName(group.key)
        if level == 3 {
            line("<h3 id=\"\(anchor)\" style=\"--c:\(color)\">\(esc(group.label)) <span class=\"count\">(\(group.total))</span></h3>")
        } else {
            line("<h4 id=\"\(anchor)\">\(esc(group.label)) <span class=\"count\">(\(group.total))</span></h4>")
        }
        guard group.total > 0 else {
            line("<p class=\"note\">Keine Aussagen gefunden.</p>")
            return
        }
        line("<ol class=\"claims\">")
        for placed in group.claims {
            let claim = placed.claim
            var item = "<li class=\"cl\" style=\"--c:\(color)\"><span class=\"quote\">„\(esc(HTMLReport.innerQuotes(claim.text)))“</span><span class=\"meta\">"
            var parts: [String] = []
            if let speaker = claim.speaker {
                var who = "<b>\(esc(speaker))</b>"
                if let canonical = claim.speakerCanonical, canonical != speaker { who += " (\(esc(canonical)))" }
                parts.append(who)
            } else {
                parts.append("ohne Sprecher")
            }
            if let cue = claim.cue { parts.append("<i>\(esc(cue))</i>") }
            parts.append(HTMLReport.typeLabel(claim.type))
            if !claim.topics.isEmpty { parts.append("Themen: " + claim.topics.map { esc($0.label) }.joined(separator: ", ")) }
            let hasText = report.articles.contains { $0.document == placed.document }
            let label = report.articleCount > 1 ? esc(placed.documentID) + " " : ""
            parts.append(hasText ? "<a href=\"#\(claimAnchor(placed.document, claim.id))\">\(label)[\(claim.id)]</a>" : "\(label)[\(claim.id)]")
            item += parts.joined(separator: " · ") + "</span></li>"
            line(item)
        }
        line("</ol>")
        if group.total > group.claims.count {
            line("<p class=\"more\">… und \(group.total - group.claims.count) weitere (vollständig in CSV und JSON).</p>")
        }
    }

    func anchorName(_ key: String) -> String {
        String(key.unicodeScalars.map { scalar -> Character in
            CharacterSet.alphanumerics.contains(scalar) && scalar.isASCII ? Character(scalar) : "-"
        })
    }

    func claimAnchor(_ document: Int, _ claim: Int) -> String { "d\(document)-c\(claim)" }

    // MARK: - Articles

    mutating func articles(_ report: Report) {
        line("<section id=\"artikel\">")
        line("<h2>Artikel</h2>")
        if report.documents.count > 1 {
            index(report)
            timeline(report)
        }
        legend(report)
        for article in report.articles {
            let entry = report.documents.indices.contains(article.document) ? report.documents[article.document] : nil
            var heading = esc(article.id)
            if let date = entry?.date { heading += " <span class=\"count\">(\(esc(date)))</span>" }
            line("<h3 id=\"d\(article.document)\">\(heading)</h3>")
            if let entry {
                var facts: [String] = []
                if let outlet = entry.outlet { facts.append(esc(outlet)) }
                if let path = entry.path { facts.append(esc(path)) }
                if let url = entry.url, let safe = safeURL(url) { facts.append("<a href=\"\(esc(safe))\">\(esc(url))</a>") }
                if !facts.isEmpty { line("<p class=\"note\">\(facts.joined(separator: " · "))</p>") }
            }
            line("<div class=\"article\">\(markedText(article, report: report))</div>")
        }
        let hidden = report.articleCount - report.articles.count
        if hidden > 0 {
            line("<p class=\"note\">Der Text von \(hidden) weiteren Artikeln ist nicht abgebildet (Grenze: \(report.limits.articleTexts)).</p>")
        }
        line("</section>")
    }

    mutating func legend(_ report: Report) {
        var text = "<p class=\"legend\">"
        for source in report.sources {
            text += "<span><i class=\"sw\" style=\"--c:\(HTMLReport.tint(HTMLReport.color(source.color), 0.35))\"></i>\(esc(source.name))</span>"
        }
        text += "<span><i class=\"sw\" style=\"--c:\(HTMLReport.tint(HTMLReport.neutral, 0.3))\"></i>weitere Sprecher</span>"
        text += "<span><b style=\"border-bottom:2px solid #444\">Sprecher</b></span><span><i class=\"cue\">Cue</i></span>"
        text += "<span>Regel: Maus über die Markierung</span></p>"
        line(text)
    }

    mutating func index(_ report: Report) {
        line("<h3 style=\"--c:#444\">Übersicht</h3>")
        line("<table class=\"index\">")
        var head = "<thead><tr><th scope=\"col\" class=\"num\">#</th><th scope=\"col\">Artikel</th><th scope=\"col\">Datum</th><th scope=\"col\">Medium</th><th scope=\"col\" class=\"num\">Aussagen</th>"
        for source in report.sources {
            head += "<th scope=\"col\" class=\"num\" style=\"--c:\(HTMLReport.color(source.color))\">\(esc(source.name))</th>"
        }
        line(head + "<th scope=\"col\" class=\"num\">weitere</th></tr></thead>")
        line("<tbody>")
        for (position, entry) in report.documents.enumerated() {
            let name = entry.hasText ? "<a href=\"#d\(position)\">\(esc(entry.id))</a>" : esc(entry.id)
            var row = "<tr><td class=\"num\">\(position + 1)</td><td>\(name)</td><td>\(esc(entry.date ?? ""))</td><td>\(esc(entry.outlet ?? ""))</td><td class=\"num\">\(entry.claimCount)</td>"
            for count in entry.sourceCounts { row += "<td class=\"num\">\(count)</td>" }
            line(row + "<td class=\"num\">\(entry.otherCount)</td></tr>")
        }
        line("</tbody>")
        line("</table>")
    }

    /// Claims per date (by month when there are many dates), stacked by source.
    mutating func timeline(_ report: Report) {
        let dated = report.documents.filter { $0.date != nil }
        guard !dated.isEmpty else { return }
        let days = Set(dated.compactMap(\.date))
        let key: (String) -> String = days.count > 40 ? { String($0.prefix(7)) } : { $0 }
        var buckets: [String: [Int]] = [:]
        for entry in dated {
            guard let date = entry.date else { continue }
            var counts = buckets[key(date)] ?? Array(repeating: 0, count: report.sources.count + 1)
            for (index, count) in entry.sourceCounts.enumerated() where index < report.sources.count { counts[index] += count }
            counts[report.sources.count] += entry.otherCount
            buckets[key(date)] = counts
        }
        let dates = buckets.keys.sorted()
        let maximum = max(1, buckets.values.map { $0.reduce(0, +) }.max() ?? 1)
        let plotHeight = 160, left = 36, bottom = 40
        let step = max(8, min(90, 760 / max(1, dates.count)))
        let width = left + dates.count * step + 20
        let height = plotHeight + bottom + 10
        let colors = report.sources.map { HTMLReport.color($0.color) } + [HTMLReport.neutral]
        var svg = "<svg role=\"img\" aria-labelledby=\"timeline-title\" viewBox=\"0 0 \(width) \(height)\" width=\"\(width)\" height=\"\(height)\" xmlns=\"http://www.w3.org/2000/svg\">"
        svg += "<title id=\"timeline-title\">Aussagen nach Datum</title>"
        svg += "<line x1=\"\(left)\" y1=\"\(plotHeight + 10)\" x2=\"\(width - 10)\" y2=\"\(plotHeight + 10)\" stroke=\"#999\"/>"
        svg += "<text x=\"\(left - 6)\" y=\"16\" text-anchor=\"end\" font-size=\"11\">\(maximum)</text>"
        // Labels (about 76 px wide) never overlap: every k-th bucket gets one.
        let labelEvery = max(1, (76 + step - 1) / step)
        for (index, date) in dates.enumerated() {
            let x = left + index * step + 2
            var y = Double(plotHeight + 10)
            for (source, count) in (buckets[date] ?? []).enumerated() where count > 0 {
                let h = Double(plotHeight) * Double(count) / Double(maximum)
                y -= h
                svg += "<rect x=\"\(x)\" y=\"\(HTMLReport.format(y))\" width=\"\(step - 4)\" height=\"\(HTMLReport.format(h))\" fill=\"\(colors[source])\"><title>\(esc(date)): \(count)</title></rect>"
            }
            if index % labelEvery == 0 {
                svg += "<text x=\"\(x)\" y=\"\(plotHeight + 26)\" font-size=\"11\">\(esc(date))</text>"
            }
        }
        svg += "</svg>"
        line("<figure>\(svg)<figcaption>Aussagen nach Datum\(days.count > 40 ? " (je Monat)" : ""), gestapelt nach Quelle; \(report.documents.count - dated.count) Artikel ohne Datum.</figcaption></figure>")
    }

    /// Only http(s) links are made clickable.
    func safeURL(_ url: String) -> String? {
        let lower = url.lowercased()
        return lower.hasPrefix("https://") || lower.hasPrefix("http://") ? url : nil
    }

    /// The article text with claims highlighted in their source's colour, speakers and cues marked,
    /// and the deciding rule in each mark's title.
    func markedText(_ article: ArticleView, report: Report) -> String {
        let scalars = Array(article.text.unicodeScalars)
        let count = scalars.count
        func clip(_ span: Span) -> Span { Span(max(0, min(span.start, count)), max(0, min(span.end, count))) }
        var cuts: Set<Int> = [0, count]
        var starts: [Int: [ReportClaim]] = [:]
        for claim in article.claims {
            for span in claim.spans + claim.speakerSpans + claim.cueSpans {
                let clipped = clip(span)
                cuts.insert(clipped.start)
                cuts.insert(clipped.end)
            }
            if let first = claim.spans.map(clip).min() { starts[first.start, default: []].append(claim) }
        }
        let boundaries = cuts.sorted()
        var result = ""
        for (lower, upper) in zip(boundaries, boundaries.dropFirst()) where lower < upper {
            let segment = Span(lower, upper)
            for claim in (starts[lower] ?? []).sorted(by: { $0.id < $1.id }) {
                let color = color(of: claim.group, in: report)
                result += "<sup class=\"n\" id=\"\(claimAnchor(article.document, claim.id))\" style=\"--c:\(color)\">\(claim.id)</sup>"
            }
            let text = esc(String(String.UnicodeScalarView(scalars[lower..<upper])))
            let inside = article.claims.filter { $0.spans.contains { clip($0).contains(segment) } }
                .sorted { ($0.end - $0.start, $0.id) < ($1.end - $1.start, $1.id) }
            let speakerOf = article.claims.filter { $0.speakerSpans.contains { clip($0).contains(segment) } }
            let cueOf = article.claims.filter { $0.cueSpans.contains { clip($0).contains(segment) } }
            var piece = text
            if !cueOf.isEmpty {
                let title = cueOf.map { "Cue von [\($0.id)]: \($0.cue ?? "") · Regel: \($0.rule)" }.joined(separator: "\n")
                piece = "<span class=\"cue\" title=\"\(esc(title))\">\(piece)</span>"
            }
            if let claim = speakerOf.first {
                let title = speakerOf.map { claim in
                    var text = "Sprecher von [\(claim.id)]: \(claim.speaker ?? "")"
                    if let canonical = claim.speakerCanonical, canonical != claim.speaker { text += " (\(canonical))" }
                    return text + " · \(name(of: claim.group, in: report)) · Regel: \(claim.rule)"
                }.joined(separator: "\n")
                piece = "<span class=\"spk\" style=\"--c:\(color(of: claim.group, in: report))\" title=\"\(esc(title))\">\(piece)</span>"
            }
            if let innermost = inside.first {
                let color = color(of: innermost.group, in: report)
                let title = inside.map { claim in
                    var parts = ["[\(claim.id)] \(HTMLReport.typeLabel(claim.type))", name(of: claim.group, in: report)]
                    if let speaker = claim.speaker { parts.append("Sprecher: \(speaker)") }
                    if let cue = claim.cue { parts.append("Cue: \(cue)") }
                    parts.append("Regel: \(claim.rule)")
                    return parts.joined(separator: " · ")
                }.joined(separator: "\n")
                let deep = inside.count > 1 ? " class=\"deep\"" : ""
                piece = "<mark\(deep) style=\"--bg:\(HTMLReport.tint(color, inside.count > 1 ? 0.32 : 0.18));--c:\(color)\" title=\"\(esc(title))\">\(piece)</mark>"
            }
            result += piece
        }
        return result
    }

    // MARK: - Failures

    mutating func failures(_ report: Report) {
        guard !report.failures.isEmpty else { return }
        line("<section id=\"fehler\">")
        line("<h2>Nicht gelesene Eingaben</h2>")
        line("<ul class=\"failures\">")
        for failure in report.failures { line("<li>\(esc(failure.errorDescription ?? failure.message))</li>") }
        line("</ul>")
        line("</section>")
    }
}
