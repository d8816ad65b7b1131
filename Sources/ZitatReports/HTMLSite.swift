public import Foundation
public import Zitat

/// The report as a folder of small pages for large corpora (`--html-dir`): `index.html` (overview,
/// topics, sides), one page per topic and per side, the article index in pages of 500, and one page
/// per article, written while the corpus streams by so memory stays flat.
public struct HTMLSite: Sendable {
    public let directory: URL
    public let sources: [ReportSource]
    static let articlesPerPage = 500

    /// Creates the folder (and its parents) if needed.
    public init(directory: String, sources: [ReportSource]) throws {
        self.directory = URL(fileURLWithPath: directory, isDirectory: true)
        self.sources = sources
        do {
            try FileManager.default.createDirectory(at: self.directory, withIntermediateDirectories: true)
        } catch {
            throw OutputError(path: directory, reason: error.localizedDescription)
        }
    }

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

    /// Everything else, once the corpus is read.
    public func finish(_ report: Report) throws {
        var context = HTMLContext(report: report, site: true)
        let topics = Array(report.matrix.prefix(report.limits.keyTermTopics + 50))
        context.topicPages = Set(topics.map(\.topic.id))
        try write("index.html", indexPage(context))
        for row in topics {
            var html = HTMLBuilder(context: context)
            html.open(title: row.topic.label)
            html.header(links: navigation)
            html.filters()
            html.comparison(rows: [row], heading: "Thema: " + row.topic.label)
            html.close()
            try write(HTMLSite.topicFile(row.topic.id), html.output)
        }
        for column in context.columns {
            var html = HTMLBuilder(context: context)
            html.open(title: context.name(of: column))
            html.header(links: navigation)
            html.filters()
            html.sources(only: column)
            html.close()
            try write(HTMLSite.sideFile(column), html.output)
        }
        let pages = max(1, (report.documents.count + HTMLSite.articlesPerPage - 1) / HTMLSite.articlesPerPage)
        for page in 0..<pages {
            var html = HTMLBuilder(context: context)
            html.open(title: "Artikel \(page + 1) von \(pages)")
            html.header(links: navigation)
            html.filters()
            html.pager(pages: pages, current: page)
            let start = page * HTMLSite.articlesPerPage
            html.index(start..<min(report.documents.count, start + HTMLSite.articlesPerPage))
            html.pager(pages: pages, current: page)
            html.close()
            try write(HTMLSite.articlesFile(page), html.output)
        }
    }

    var navigation: [(href: String, label: String)] {
        [("index.html", "Überblick"), ("index.html#vergleich", "Themen"), ("index.html#seiten", "Seiten"), (HTMLSite.articlesFile(0), "Artikel")]
    }

    func indexPage(_ context: HTMLContext) -> String {
        var html = HTMLBuilder(context: context)
        html.open(title: context.report.title)
        html.header(links: navigation)
        html.filters()
        html.overview()
        html.comparison(rows: context.report.matrix.filter { context.topicPages.contains($0.topic.id) }, full: false)
        html.line("<section id=\"seiten\"><h2>Seiten</h2><ul>")
        for (index, column) in context.columns.enumerated() {
            let total = context.report.sides.first { $0.column == column }?.total ?? 0
            html.line("<li class=\"s\(index)\"><i class=\"sw\" aria-hidden=\"true\"></i><a href=\"\(HTMLSite.sideFile(column))\">\(html.esc(context.name(of: column)))</a> (\(total) Aussagen)</li>")
        }
        html.line("</ul></section>")
        html.line("<section id=\"artikel\"><h2>Artikel</h2>")
        let pages = max(1, (context.report.documents.count + HTMLSite.articlesPerPage - 1) / HTMLSite.articlesPerPage)
        html.pager(pages: pages, current: nil)
        html.line("</section>")
        html.failures()
        html.close()
        return html.output
    }
}

extension HTMLBuilder {
    mutating func pager(pages: Int, current: Int?) {
        var text = "<nav class=\"pager\" aria-label=\"Seiten der Artikelliste\">Artikel: "
        for page in 0..<pages {
            let first = page * HTMLSite.articlesPerPage + 1
            let last = min(report.documents.count, (page + 1) * HTMLSite.articlesPerPage)
            let label = "\(first)–\(last)"
            text += page == current ? "<a aria-current=\"page\" href=\"\(HTMLSite.articlesFile(page))\"><b>\(label)</b></a>" : "<a href=\"\(HTMLSite.articlesFile(page))\">\(label)</a>"
        }
        line(text + "</nav>")
    }
}
