import Zitat

/// Articles: the index (titles, dates, outlets, claims per side) and each text with its claims
/// marked, every mark numbered and explained in notes below the text (no hover-only content).
extension HTMLBuilder {
    mutating func articles() {
        line("<section id=\"artikel\">")
        line("<h2>Artikel</h2>")
        if report.documents.count > 1 { index(report.documents.indices) }
        if report.articleCount > report.documents.count, report.documents.count > 1 {
            line("<p class=\"note\">Die Übersicht nennt die ersten \(report.documents.count) von \(report.articleCount) Artikeln (Grenze: \(report.limits.indexEntries)); alle nennt der Ordner von <code>--html-dir</code>, jede Aussage CSV und JSON.</p>")
        }
        for article in report.articles {
            let entry = report.documents.indices.contains(article.document) ? report.documents[article.document] : nil
            var heading = esc(entry?.title ?? article.id)
            if let date = entry?.date { heading += " <span class=\"count\">(\(esc(date)))</span>" }
            line("<h3 id=\"d\(article.document)\">\(heading)</h3>")
            if let entry { line(articleFacts(entry)) }
            line(articleBody(article, anchor: "d\(article.document)-"))
        }
        let hidden = report.articleCount - report.articles.count
        if hidden > 0 {
            line("<p class=\"note\">Der Text von \(hidden) weiteren Artikeln ist nicht abgebildet (Grenze: \(report.limits.articleTexts); mit <code>--html-dir</code> bekommt jeder Artikel eine eigene Seite).</p>")
        }
        line("</section>")
    }

    func articleFacts(_ entry: DocumentEntry) -> String {
        var facts: [String] = ["Kennung: " + esc(entry.id)]
        if let outlet = entry.outlet { facts.append(esc(outlet)) }
        if let path = entry.path { facts.append(esc(path)) }
        if let url = entry.url, let safe = HTMLBuilder.safeURL(url) { facts.append("<a href=\"\(esc(safe))\">\(esc(url))</a>") }
        return "<p class=\"note\">\(facts.joined(separator: " · "))</p>"
    }

    /// The article index, one row per article with its title.
    mutating func index(_ positions: Range<Int>) {
        index(positions.map { ($0, report.documents[$0]) })
    }

    /// Index rows for these articles, each with its position in the corpus.
    mutating func index(_ entries: [(position: Int, entry: DocumentEntry)]) {
        line("<h3>Übersicht</h3>")
        line("<div class=\"scroll\"><table class=\"index\">")
        var head = "<thead><tr><th scope=\"col\" class=\"num\">#</th><th scope=\"col\">Titel</th><th scope=\"col\">Datum</th><th scope=\"col\">Medium</th><th scope=\"col\" class=\"num\">Aussagen</th>"
        for (index, column) in context.columns.enumerated() {
            head += "<th scope=\"col\" class=\"num sc s\(index)\">\(esc(context.name(of: column)))</th>"
        }
        line(head + "</tr></thead>")
        line("<tbody>")
        for (position, entry) in entries {
            let title = esc(entry.title ?? entry.id)
            let name = context.articleLink(position).map { "<a href=\"\($0)\">\(title)</a>" } ?? title
            let counts = entry.sourceCounts + [entry.otherCount]
            let sides = counts.indices.filter { counts[$0] > 0 }.map { context.columns[$0] }.joined(separator: " ")
            var row = "<tr data-side=\"\(esc(sides))\""
            if let date = entry.date { row += " data-date=\"\(esc(date))\"" }
            if let outlet = entry.outlet { row += " data-outlet=\"\(esc(outlet))\"" }
            row += "><td class=\"num\">\(position + 1)</td><td>\(name)</td><td>\(esc(entry.date ?? ""))</td><td>\(esc(entry.outlet ?? ""))</td><td class=\"num\">\(entry.claimCount)</td>"
            line(row + counts.map { "<td class=\"num\">\($0)</td>" }.joined() + "</tr>")
        }
        line("</tbody>")
        line("</table></div>")
    }

    static func safeURL(_ url: String) -> String? {
        let lower = url.lowercased()
        return lower.hasPrefix("https://") || lower.hasPrefix("http://") ? url : nil
    }

    /// The text with its claims marked, then the notes that explain each mark.
    func articleBody(_ article: ArticleView, anchor: String) -> String {
        var result = "<div class=\"article\">\(markedText(article, anchor: anchor))</div>"
        guard !article.claims.isEmpty else { return result }
        result += "<details class=\"notes\" open><summary>Anmerkungen zu \(article.claims.count == 1 ? "1 Aussage" : "\(article.claims.count) Aussagen")</summary><ol class=\"notes\">"
        for claim in article.claims {
            var parts = ["<span class=\"side\"><i class=\"sw\" aria-hidden=\"true\"></i>\(esc(context.sideName(of: claim)))</span>\(HTMLReport.typeLabel(claim.type))"]
            if let speaker = claim.speaker {
                var who = "Sprecher: \(esc(speaker))"
                if let canonical = claim.speakerCanonical, canonical != speaker { who += " (\(esc(canonical)))" }
                parts.append(who)
            }
            if let cue = claim.cue { parts.append("Cue: <i>\(esc(cue))</i>") }
            if !claim.topics.isEmpty { parts.append("Themen: " + claim.topics.map { esc($0.label) }.joined(separator: ", ")) }
            parts.append("Regel: <code>\(esc(claim.rule))</code>")
            result += "<li id=\"\(anchor)n\(claim.id)\" value=\"\(claim.id)\" class=\"s\(context.side(of: claim.group))\">"
            result += "<a href=\"#\(anchor)c\(claim.id)\" aria-label=\"Zurück zu Aussage \(claim.id) im Text\">↑</a> " + parts.joined(separator: " · ") + "</li>"
        }
        return result + "</ol></details>"
    }

    /// Claims highlighted in their side's colour and underline style; speakers bold, cues italic.
    /// One sweep over the span boundaries, so long articles with many claims stay fast.
    func markedText(_ article: ArticleView, anchor: String) -> String {
        // The text as UTF-8 with the byte offset of every scalar: pieces are cut and escaped as bytes.
        let bytes = Array(article.text.utf8)
        let offsets = bytes.scalarOffsets
        let count = offsets.count - 1
        func clip(_ span: Span) -> Span { Span(max(0, min(span.start, count)), max(0, min(span.end, count))) }
        // kind 0: content, 1: speaker, 2: cue.
        var opens: [Int: [(kind: Int, claim: Int)]] = [:], closes: [Int: [(kind: Int, claim: Int)]] = [:]
        var numbers: [Int: [Int]] = [:]
        var cuts: Set<Int> = [0, count]
        for (index, claim) in article.claims.enumerated() {
            for (kind, spans) in [(0, claim.spans), (1, claim.speakerSpans), (2, claim.cueSpans)] {
                for span in spans.map(clip) where span.start < span.end {
                    opens[span.start, default: []].append((kind, index))
                    closes[span.end, default: []].append((kind, index))
                    cuts.formUnion([span.start, span.end])
                }
            }
            if let first = claim.spans.map(clip).min() { numbers[first.start, default: []].append(index) }
        }
        var active: [Set<Int>] = [[], [], []]
        var result = ""
        let boundaries = cuts.sorted()
        for (lower, upper) in zip(boundaries, boundaries.dropFirst()) {
            for event in closes[lower] ?? [] { active[event.kind].remove(event.claim) }
            for event in opens[lower] ?? [] { active[event.kind].insert(event.claim) }
            for index in (numbers[lower] ?? []).sorted(by: { article.claims[$0].id < article.claims[$1].id }) {
                let claim = article.claims[index]
                result += "<a class=\"n s\(context.side(of: claim.group))\" id=\"\(anchor)c\(claim.id)\" href=\"#\(anchor)n\(claim.id)\" aria-label=\"Aussage \(claim.id), \(esc(context.sideName(of: claim))): Anmerkung\">\(claim.id)</a>"
            }
            guard lower < upper else { continue }
            var piece = HTMLReport.escape(utf8: bytes[offsets[lower]..<offsets[upper]])
            if !active[2].isEmpty { piece = "<span class=\"cue\">\(piece)</span>" }
            if !active[1].isEmpty { piece = "<span class=\"spk\">\(piece)</span>" }
            let inside = active[0].sorted { lhs, rhs in
                let l = article.claims[lhs], r = article.claims[rhs]
                return (l.end - l.start, l.id) < (r.end - r.start, r.id)
            }
            if let innermost = inside.first {
                let claim = article.claims[innermost]
                piece = "<mark class=\"s\(context.side(of: claim.group))\">\(piece)</mark>"
                if inside.count > 1 { piece = "<mark class=\"s\(context.side(of: article.claims[inside[1]].group))\">\(piece)</mark>" }
            }
            result += piece
        }
        return result
    }
}
