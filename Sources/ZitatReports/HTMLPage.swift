import Foundation
import Zitat

/// Builds page text, section by section (the sections live in the HTML*.swift files beside this).
struct HTMLBuilder {
    var output = ""
    var context: HTMLContext
    var report: Report { context.report }

    init(context: HTMLContext) {
        self.context = context
    }

    mutating func line(_ text: String) { output += text + "\n" }

    func esc(_ text: String) -> String { HTMLReport.escape(text) }

    /// The one-file report: overview, comparison, claims per source, articles.
    mutating func singlePage() {
        open(title: report.title)
        header(links: [("#zahlen", "Überblick"), ("#vergleich", "Vergleich"), ("#quellen", "Quellen"), ("#artikel", "Artikel")]
            + (report.failures.isEmpty ? [] : [("#fehler", "Fehler")]))
        filters()
        overview()
        comparison(rows: report.matrix)
        sources()
        articles()
        failures()
        close()
    }

    /// Everything up to and including the opening `<main>`.
    mutating func open(title: String) {
        line("<!DOCTYPE html>")
        line("<html lang=\"de\">")
        line("<head>")
        line("<meta charset=\"utf-8\">")
        line("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        line("<meta name=\"generator\" content=\"Zitat\">")
        line("<title>\(esc(title)) – Zitat</title>")
        // The folder's pages share one stylesheet and one script (written once by `HTMLSite`).
        line(context.site ? "<link rel=\"stylesheet\" href=\"\(HTMLSite.styleFile)\">" : "<style>\n\(stylesheet)</style>")
        line("</head>")
        line("<body>")
        line("<a class=\"skip\" href=\"#inhalt\">Zum Inhalt</a>")
    }

    mutating func close() {
        line("</main>")
        line("<footer>Erzeugt von Zitat. Aussagen, Sprecher und Cues sind automatisch gefunden: nur direkte Zitate stehen in Anführungszeichen; indirekte Rede und Redeberichte sind sinngemäß wiedergegeben – der Satz im Artikel ist einen Klick entfernt. Die Regel, die entschied, steht in den Anmerkungen zu jedem Artikel.</footer>")
        line(context.site ? "<script src=\"\(HTMLSite.scriptFile)\"></script>" : "<script>\n\(HTMLScript.filters)\n</script>")
        line("</body>")
        line("</html>")
    }

    /// The page's styles: the common ones, then one class per side.
    var stylesheet: String { HTMLStyles.css + "\n" + sideStyles() }

    /// One class per side: its colour, and a border style and pattern so sides differ without colour.
    func sideStyles() -> String {
        var css = ""
        for (index, column) in context.columns.enumerated() {
            let color = column == MatrixRow.others ? HTMLReport.neutral : context.color(of: column)
            let pattern = HTMLStyles.patterns[index % HTMLStyles.patterns.count]
            css += ".s\(index){--c:\(color);--bg:\(HTMLReport.tint(color, 0.16));--bs:\(pattern.border);--pat:\(pattern.css)}\n"
        }
        return css
    }

    mutating func header(links: [(href: String, label: String)]) {
        line("<header>")
        line("<h1>Wer sagte was?<small>\(esc(report.title))</small></h1>")
        var lead = report.articleCount == 1 ? "1 Artikel" : "\(report.articleCount) Artikel"
        lead += " · " + (report.claimCount == 1 ? "1 Aussage" : "\(report.claimCount) Aussagen")
        if !report.failures.isEmpty { lead += " · \(report.failures.count) nicht lesbar" }
        line("<p class=\"lead\">\(lead)</p>")
        var chips = "<ul class=\"chips\" aria-label=\"Aussagen je Seite\">"
        for (index, column) in context.columns.enumerated() {
            let total = report.sides.first { $0.column == column }?.total ?? 0
            if column == MatrixRow.others, total == 0 { continue }
            let label = "\(esc(context.name(of: column))) <b>\(total)</b>"
            let link = context.site ? "<a href=\"\(HTMLSite.sideFile(column))\">\(label)</a>" : label
            chips += "<li class=\"s\(index)\"><i class=\"sw\" aria-hidden=\"true\"></i>\(link)</li>"
        }
        line(chips + "</ul>")
        line("<nav aria-label=\"Abschnitte\">" + links.map { "<a href=\"\($0.href)\">\(esc($0.label))</a>" }.joined() + "</nav>")
        line("</header>")
        line("<main id=\"inhalt\">")
    }

    /// The filter form: hidden until the script shows it, so the page without scripts shows no dead controls.
    mutating func filters() {
        line("<form class=\"filters\" id=\"filter\" role=\"search\" aria-label=\"Aussagen filtern\" hidden>")
        var sides = "<label>Seite <select name=\"side\"><option value=\"\">alle</option>"
        for column in context.columns { sides += "<option value=\"\(esc(column))\">\(esc(context.name(of: column)))</option>" }
        line(sides + "</select></label>")
        var types = "<label>Art <select name=\"type\"><option value=\"\">alle</option>"
        for type in ClaimType.allCases { types += "<option value=\"\(type.rawValue)\">\(HTMLReport.typeLabel(type))</option>" }
        line(types + "</select></label>")
        var topics = "<label>Thema <select name=\"topic\"><option value=\"\">alle</option>"
        for row in report.matrix.prefix(200) { topics += "<option value=\"\(esc(row.topic.id))\">\(esc(row.topic.label))</option>" }
        line(topics + "</select></label>")
        let outlets = report.outlets.map(\.key).sorted()
        if !outlets.isEmpty {
            var select = "<label>Medium <select name=\"outlet\"><option value=\"\">alle</option>"
            for outlet in outlets.prefix(200) { select += "<option>\(esc(outlet))</option>" }
            line(select + "</select></label>")
        }
        line("<label>Sprecher <input type=\"search\" name=\"speaker\"></label>")
        line("<label>Text <input type=\"search\" name=\"q\"></label>")
        line("<label>von <input type=\"text\" name=\"from\" placeholder=\"JJJJ-MM-TT\" inputmode=\"numeric\" size=\"10\"></label>")
        line("<label>bis <input type=\"text\" name=\"to\" placeholder=\"JJJJ-MM-TT\" inputmode=\"numeric\" size=\"10\"></label>")
        line("<button type=\"reset\">Zurücksetzen</button>")
        line("<p class=\"count\" id=\"filter-count\" aria-live=\"polite\"></p>")
        line("</form>")
    }

    mutating func failures() {
        guard !report.failures.isEmpty else { return }
        line("<section id=\"fehler\">")
        line("<h2>Nicht gelesene Eingaben</h2>")
        line("<ul class=\"failures\">")
        for failure in report.failures { line("<li>\(esc(failure.errorDescription ?? failure.message))</li>") }
        line("</ul>")
        line("</section>")
    }
}
