import Zitat

/// The comparison: one row per topic, one column per side, the sides' claims side by side.
extension HTMLBuilder {
    /// Rows shown in full on one page; the rest are named with their counts.
    static let matrixRowsShown = 60

    mutating func comparison(rows allRows: [MatrixRow], heading: String = "Vergleich nach Themen", full: Bool = true) {
        line("<section id=\"vergleich\">")
        line("<h2>\(esc(heading))</h2>")
        guard !allRows.isEmpty else {
            line("<p class=\"note\">Keine Aussage ließ sich einem Thema zuordnen.</p>")
            line("</section>")
            return
        }
        line("<p class=\"note\">Jede Zeile ein Thema – aus <code>rules/topics.yaml</code> oder ein Begriff, den mehrere Seiten in ihren Aussagen gebrauchen –, jede Spalte eine Seite. Zuerst die Themen, zu denen sich die meisten Quellen äußern; hervorgehoben die Vergleichspunkte (zwei oder mehr Quellen). In jeder Zelle die bezeichnendsten Aussagen zuerst: die, deren Begriffe am meisten vom Thema handeln, seltene Begriffe schwerer gewichtet als häufige.</p>")
        let columns = context.columns.filter { column in column != MatrixRow.others || allRows.contains { $0.cells.contains { $0.column == column && $0.total > 0 } } }
        let rows = full ? Array(allRows.prefix(HTMLBuilder.matrixRowsShown)) : allRows
        line("<div class=\"scroll\"><table class=\"matrix\">")
        line("<caption class=\"vh\">Aussagen nach Thema und Seite</caption>")
        var head = "<thead><tr><th scope=\"col\">Thema</th>"
        for column in columns {
            head += "<th scope=\"col\" class=\"sc s\(context.side(of: column))\"><i class=\"sw\" aria-hidden=\"true\"></i>\(esc(context.name(of: column)))</th>"
        }
        line(head + "</tr></thead>")
        line("<tbody>")
        for row in rows { line(matrixRow(row, columns: columns, full: full)) }
        line("</tbody>")
        line("</table></div>")
        let rest = allRows.dropFirst(rows.count)
        if !rest.isEmpty {
            line("<details><summary>\(rest.count) weitere Themen</summary><ul>")
            for row in rest { line("<li>\(topicName(row)) (\(row.total))</li>") }
            line("</ul></details>")
        }
        line("</section>")
    }

    /// The topic's label, linked to its page in the folder.
    func topicName(_ row: MatrixRow) -> String {
        context.topicPages.contains(row.topic.id)
            ? "<a href=\"\(HTMLSite.topicFile(row.topic.id))\">\(esc(row.topic.label))</a>" : esc(row.topic.label)
    }

    func matrixRow(_ row: MatrixRow, columns: [String], full: Bool) -> String {
        var tr = "<tr data-topic=\"\(esc(row.topic.id))\"\(row.isComparison ? " class=\"compare\"" : "")><th scope=\"row\">\(topicName(row))"
        tr += "<span class=\"meta\">\(row.total == 1 ? "1 Aussage" : "\(row.total) Aussagen")"
        if let first = row.firstDate, let last = row.lastDate { tr += first == last ? " · \(esc(first))" : " · \(esc(first)) bis \(esc(last))" }
        tr += "</span>"
        if row.isComparison {
            tr += "<span class=\"badge\">Vergleich: \(row.sourceCount) Quellen</span>"
        } else if row.sides >= 2 {
            tr += "<span class=\"badge sides\">\(row.sides >= 3 ? "3 oder mehr" : "2") Seiten</span>"
        }
        if row.topic.isKeyTerm { tr += " <span class=\"badge term\">Begriff aus dem Korpus</span>" }
        tr += "</th>"
        for column in columns {
            let label = esc(context.name(of: column))
            guard let cell = row.cells.first(where: { $0.column == column }), cell.total > 0 else {
                tr += "<td class=\"empty\" data-label=\"\(label)\">—</td>"
                continue
            }
            tr += "<td data-label=\"\(label)\">"
            if !full {
                tr += "\(cell.total)</td>"
                continue
            }
            tr += "<p class=\"ch\">\(cell.total == 1 ? "1 Aussage" : "\(cell.total) Aussagen")\(cell.claims.count > 1 ? ", die bezeichnendsten zuerst" : "")</p>"
            for placed in cell.claims { tr += claimItem(placed, tag: "div", showSide: column == MatrixRow.others) }
            if cell.total > cell.claims.count { tr += "<p class=\"more\">… und \(cell.total - cell.claims.count) weitere</p>" }
            tr += "</td>"
        }
        return tr + "</tr>"
    }
}
