import Zitat

/// Claims as list items, with honest typography: only direct quotes stand in quotation marks;
/// indirect and reported speech are marked as paraphrase, the article's sentence one click away.
extension HTMLBuilder {
    /// The `data-` attributes the filter script reads.
    func filterData(_ placed: PlacedClaim) -> String {
        let claim = placed.claim
        let column = context.columns[context.side(of: claim.group)]
        var speaker = claim.speaker ?? ""
        if let canonical = claim.speakerCanonical, canonical != speaker { speaker += " | " + canonical }
        var data = " data-side=\"\(esc(column))\" data-type=\"\(claim.type.rawValue)\" data-speaker=\"\(esc(speaker.lowercased()))\""
        data += " data-topics=\"\(esc(claim.topics.map(\.id).joined(separator: " ")))\""
        if let date = placed.date { data += " data-date=\"\(esc(date))\"" }
        if let outlet = placed.outlet { data += " data-outlet=\"\(esc(outlet))\"" }
        return data
    }

    /// The claim's words: „…“ for a direct quote, "sinngemäß:" and another style for the rest.
    func claimText(_ claim: ReportClaim) -> String {
        switch claim.type {
        case .direct:
            return "<span class=\"dq\">„\(esc(HTMLReport.innerQuotes(claim.text)))“</span>"
        case .indirect, .freeIndirect:
            return "<span class=\"para\"><span class=\"sg\">sinngemäß:</span>\(esc(claim.text))</span>"
        case .reported:
            return "<span class=\"para\"><span class=\"sg\">Redebericht:</span>\(esc(claim.text))</span>"
        }
    }

    /// "Das Weiße Haus (Weißes Haus) · teilte mit · indirekt · Themen … · Artikeltitel [3]".
    func claimMeta(_ placed: PlacedClaim, withTopics: Bool = true) -> String {
        let claim = placed.claim
        var parts: [String] = []
        if let speaker = claim.speaker {
            var who = "<b>\(esc(speaker))</b>"
            if let canonical = claim.speakerCanonical, canonical != speaker { who += " (\(esc(canonical)))" }
            if let kind = claim.speakerKind { who += ", \(HTMLReport.kindLabel(kind))" }
            parts.append(who)
        } else {
            parts.append("ohne Sprecher")
        }
        if let cue = claim.cue { parts.append("<i>\(esc(cue))</i>") }
        parts.append(HTMLReport.typeLabel(claim.type))
        if withTopics, !claim.topics.isEmpty { parts.append("Themen: " + claim.topics.map { esc($0.label) }.joined(separator: ", ")) }
        var source = report.articleCount > 1 || context.site ? esc(placed.title ?? placed.documentID) + " " : ""
        if let date = placed.date { source += "(\(esc(date))) " }
        source += "[\(claim.id)]"
        if let link = context.claimLink(document: placed.document, claim: claim.id) {
            parts.append("<a href=\"\(esc(link))\" aria-label=\"Im Artikel lesen: Aussage \(claim.id)\">\(source)</a>")
        } else {
            parts.append(source)
        }
        return parts.joined(separator: " · ")
    }

    func claimItem(_ placed: PlacedClaim, tag: String = "li", showSide: Bool = true) -> String {
        let side = context.side(of: placed.claim.group)
        var item = "<\(tag) class=\"cl s\(side)\"\(filterData(placed))>"
        if showSide { item += "<span class=\"side\"><i class=\"sw\" aria-hidden=\"true\"></i>\(esc(context.sideName(of: placed.claim)))</span>" }
        item += claimText(placed.claim)
        item += "<span class=\"meta\">\(claimMeta(placed))</span></\(tag)>"
        return item
    }

    /// The claims per source, then those of other speakers by speaker.
    mutating func sources(only column: String? = nil) {
        line("<section id=\"quellen\">")
        line("<h2>Aussagen je Quelle</h2>")
        for group in report.groups where group.isSource && (column == nil || column == group.key) {
            claimList(group, level: 3)
        }
        let others = report.groups.filter { !$0.isSource }
        if !others.isEmpty || report.droppedSpeakers.keys > 0, column == nil || column == MatrixRow.others {
            let side = report.sources.count
            line("<h3 class=\"s\(side)\" id=\"q-others\">Weitere Sprecher <span class=\"count\">(\(others.reduce(report.droppedSpeakers.claims) { $0 + $1.total }))</span></h3>")
            line("<p class=\"note\">Aussagen ohne eine der gewählten Quellen, nach Sprecher (die mit den meisten Aussagen zuerst).</p>")
            let shown = others.prefix(report.limits.speakersShown)
            for group in shown { claimList(group, level: 4) }
            let hidden = others.dropFirst(shown.count)
            let dropped = report.droppedSpeakers
            if !hidden.isEmpty || dropped.keys > 0 {
                let speakers = hidden.count + dropped.keys, claims = hidden.reduce(0) { $0 + $1.total } + dropped.claims
                line("<p class=\"more\">… und \(speakers) weitere Sprecher mit \(claims) Aussagen (vollständig in CSV und JSON).</p>")
            }
        }
        line("</section>")
    }

    mutating func claimList(_ group: ClaimGroup, level: Int) {
        let anchor = "q-" + HTMLReport.slug(group.key)
        let side = context.side(of: group.key)
        if level == 3 {
            line("<h3 id=\"\(anchor)\" class=\"s\(side)\">\(esc(group.label)) <span class=\"count\">(\(group.total))</span></h3>")
        } else {
            let kind = group.kind.map { ", " + HTMLReport.kindLabel($0) } ?? ""
            line("<h4 id=\"\(anchor)\">\(esc(group.label)) <span class=\"count\">(\(group.total)\(kind))</span></h4>")
        }
        guard group.total > 0 else {
            line("<p class=\"note\">Keine Aussagen gefunden.</p>")
            return
        }
        line("<ol class=\"claims\">")
        for placed in group.claims { line(claimItem(placed, showSide: false)) }
        line("</ol>")
        if group.total > group.claims.count {
            line("<p class=\"more\">… und \(group.total - group.claims.count) weitere (vollständig in CSV und JSON).</p>")
        }
    }
}
