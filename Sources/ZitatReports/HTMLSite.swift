public import Foundation
import Zitat

/// The report as a folder of small pages for large corpora (`--html-dir`): `index.html` (overview,
/// topics, sides), one page per topic and per side, the article index in pages of 500, and one page
/// per article. Article pages and index pages are written while the corpus streams by
/// (`SiteIndex`), so memory stays flat.
public struct HTMLSite: Sendable {
    public let directory: URL
    public let sources: [ReportSource]
    static let articlesPerPage = 500

    /// Creates the folder (and its parents) if needed, with the stylesheet and script all pages share.
    public init(directory: String, sources: [ReportSource]) throws {
        self.directory = URL(fileURLWithPath: directory, isDirectory: true)
        self.sources = sources
        do {
            try FileManager.default.createDirectory(at: self.directory, withIntermediateDirectories: true)
        } catch {
            throw OutputError(path: directory, reason: error.localizedDescription)
        }
        let report = Report(title: "", sources: sources, groups: [], matrix: [], documents: [], articles: [], articleCount: 0, claimCount: 0)
        try write(HTMLSite.styleFile, HTMLBuilder(context: HTMLContext(report: report, site: true)).stylesheet)
        try write(HTMLSite.scriptFile, HTMLScript.filters + "\n")
    }

    static let styleFile = "zitat.css"
    static let scriptFile = "zitat.js"

    static func articleFile(_ document: Int) -> String { String(format: "a%05d.html", document + 1) }
    static func topicFile(_ id: String) -> String { "t-" + HTMLReport.slug(id) + ".html" }
    static func sideFile(_ column: String) -> String { "s-" + HTMLReport.slug(column) + ".html" }
    static func articlesFile(_ page: Int) -> String { "artikel-\(page + 1).html" }

    func write(_ name: String, _ text: String) throws {
        let url = directory.appendingPathComponent(name)
        try OutputFile.write(text, to: url.path)
    }

    /// The page of one article, the `position`-th of the corpus.
    public func writeArticle(_ document: ReportDocument, text: String, position: Int) throws {
        try writeArticle(document, body: articleBody(document, text: text), position: position)
    }

    /// The marked text and notes of an article page: the costly part, which needs no position, so
    /// parallel workers can render it.
    public func articleBody(_ document: ReportDocument, text: String) -> String {
        let report = Report(title: "", sources: sources, groups: [], matrix: [], documents: [], articles: [], articleCount: 1, claimCount: 0)
        let html = HTMLBuilder(context: HTMLContext(report: report, site: true))
        return html.articleBody(ArticleView(document: 0, id: document.id, text: text, claims: document.claims), anchor: "")
    }

    public func writeArticle(_ document: ReportDocument, body: String, position: Int) throws {
        let entry = DocumentEntry(id: document.id, title: document.title, path: document.path, date: document.date, outlet: document.outlet,
                                  url: document.url, claimCount: document.claims.count, sourceCounts: [], otherCount: 0, hasText: true)
        let report = Report(title: document.title ?? document.id, sources: sources, groups: [], matrix: [], documents: [], articles: [],
                            articleCount: 1, claimCount: document.claims.count)
        var html = HTMLBuilder(context: HTMLContext(report: report, site: true))
        html.open(title: document.title ?? document.id)
        html.line("<header><nav aria-label=\"Navigation\"><a href=\"index.html\">Übersicht</a><a href=\"\(HTMLSite.articlesFile(position / HTMLSite.articlesPerPage))\">Alle Artikel</a></nav>")
        html.line("<h1>\(html.esc(document.title ?? document.id))<small>Artikel \(position + 1)\(document.date.map { " · " + html.esc($0) } ?? "")</small></h1></header>")
        html.line("<main id=\"inhalt\">")
        html.line(html.articleFacts(entry))
        html.line(body)
        html.close()
        try write(HTMLSite.articleFile(position), html.output)
    }

    /// Everything else, once the corpus is read. Without an `index` that took the articles as they
    /// came, the index pages list `report.documents`.
    public func finish(_ report: Report, index: SiteIndex? = nil) throws {
        var streamed = index ?? SiteIndex(site: self)
        if index == nil {
            for (position, entry) in report.documents.enumerated() { try streamed.add(entry, position: position) }
        }
        try streamed.finish()
        var context = HTMLContext(report: report, site: true)
        let topics = Array(report.matrix.prefix(report.limits.keyTermTopics + 50))
        context.topicPages = Set(topics.map(\.topic.id))
        try write("index.html", indexPage(context, articles: streamed.count))
        for row in topics {
            var html = page(context, title: row.topic.label)
            html.comparison(rows: [row], heading: "Thema: " + row.topic.label)
            html.close()
            try write(HTMLSite.topicFile(row.topic.id), html.output)
        }
        for column in context.columns {
            var html = page(context, title: context.name(of: column))
            html.sources(only: column)
            html.close()
            try write(HTMLSite.sideFile(column), html.output)
        }
    }

    var navigation: [(href: String, label: String)] {
        [("index.html", "Überblick"), ("index.html#vergleich", "Themen"), ("index.html#seiten", "Seiten"), (HTMLSite.articlesFile(0), "Artikel")]
    }

    /// A page of the folder up to its content: head, the header with the navigation, the filters.
    func page(_ context: HTMLContext, title: String) -> HTMLBuilder {
        var html = HTMLBuilder(context: context)
        html.open(title: title)
        html.header(links: navigation)
        html.filters()
        return html
    }

    func indexPage(_ context: HTMLContext, articles: Int) -> String {
        var html = page(context, title: context.report.title)
        html.overview()
        html.comparison(rows: context.report.matrix.filter { context.topicPages.contains($0.topic.id) }, full: false)
        html.line("<section id=\"seiten\"><h2>Seiten</h2><ul>")
        for (index, column) in context.columns.enumerated() {
            let total = context.report.sides.first { $0.column == column }?.total ?? 0
            html.line("<li class=\"s\(index)\"><i class=\"sw\" aria-hidden=\"true\"></i><a href=\"\(HTMLSite.sideFile(column))\">\(html.esc(context.name(of: column)))</a> (\(total) Aussagen)</li>")
        }
        html.line("</ul></section>")
        html.line("<section id=\"artikel\"><h2>Artikel</h2>")
        html.pager(articles: articles)
        html.line("</section>")
        html.failures()
        html.close()
        return html.output
    }
}

/// The folder's article index, written a page of `HTMLSite.articlesPerPage` at a time while the
/// corpus streams by: only the current page's entries are held.
public struct SiteIndex: Sendable {
    let site: HTMLSite
    var pending: [(position: Int, entry: DocumentEntry)] = []
    public private(set) var count = 0
    var page = 0

    public init(site: HTMLSite) {
        self.site = site
    }

    /// The `position`-th article; a full page is written when the next one comes (so its link onwards is sure).
    public mutating func add(_ document: ReportDocument, position: Int) throws {
        let columns = site.sources.map(\.id)
        var counts = Array(repeating: 0, count: columns.count + 1)
        for claim in document.claims { counts[columns.firstIndex(of: claim.group) ?? columns.count] += 1 }
        try add(ReportAccumulator.entry(document, counts: counts, hasText: true), position: position)
    }

    mutating func add(_ entry: DocumentEntry, position: Int) throws {
        if pending.count == HTMLSite.articlesPerPage { try writePage(last: false) }
        pending.append((position, entry))
        count += 1
    }

    /// The last page (the first, empty, when no article came).
    mutating func finish() throws {
        try writePage(last: true)
    }

    mutating func writePage(last: Bool) throws {
        let report = Report(title: "Artikel", sources: site.sources, groups: [], matrix: [], documents: [], articles: [],
                            articleCount: count, claimCount: 0)
        var html = HTMLBuilder(context: HTMLContext(report: report, site: true))
        let first = page * HTMLSite.articlesPerPage + 1
        let title = "Artikel \(first)–\(first + max(0, pending.count - 1))"
        html.open(title: title)
        html.line("<header><nav aria-label=\"Navigation\"><a href=\"index.html\">Übersicht</a><a href=\"index.html#artikel\">Alle Artikelseiten</a></nav>")
        html.line("<h1>\(title)</h1></header>")
        html.line("<main id=\"inhalt\">")
        html.filters()
        var steps = "<nav class=\"pager\" aria-label=\"Seiten der Artikelliste\">"
        if page > 0 { steps += "<a href=\"\(HTMLSite.articlesFile(page - 1))\" rel=\"prev\">← vorige 500</a>" }
        if !last { steps += "<a href=\"\(HTMLSite.articlesFile(page + 1))\" rel=\"next\">nächste →</a>" }
        html.line(steps + "</nav>")
        html.line("<h2>Artikel mit Datum, Medium und Aussagen je Seite</h2>")
        html.index(pending)
        html.close()
        try site.write(HTMLSite.articlesFile(page), html.output)
        pending.removeAll(keepingCapacity: true)
        page += 1
    }
}

extension HTMLBuilder {
    /// Links to every page of the folder's article index, with the articles each lists.
    mutating func pager(articles: Int) {
        let pages = max(1, (articles + HTMLSite.articlesPerPage - 1) / HTMLSite.articlesPerPage)
        var text = "<nav class=\"pager\" aria-label=\"Seiten der Artikelliste\">Artikel: "
        for page in 0..<pages {
            let first = page * HTMLSite.articlesPerPage + 1
            let last = min(articles, (page + 1) * HTMLSite.articlesPerPage)
            text += "<a href=\"\(HTMLSite.articlesFile(page))\">\(first)–\(last)</a>"
        }
        line(text + "</nav>")
    }
}
