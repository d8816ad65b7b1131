import Foundation
import Zitat
import ZitatReports

// A libFuzzer target, built only by reports/scripts/fuzz.sh (ZITAT_FUZZ=1 adds it to the package).
// SwiftPM links an executable with `--defsym main=ZitatFuzz_main`, so that symbol starts the driver.

@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

@_cdecl("ZitatFuzz_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var argc = argc
    var argv = argv
    return runFuzzerDriver(&argc, &argv) { data, size in
        FuzzOne.run(data.map { Data(bytes: $0, count: size) } ?? Data())
        return 0
    }
}

/// One input through decoding, analysis, every output format and the report, checking invariants.
enum FuzzOne {
    static let rules: RuleSet = {
        do { return try RuleSet.load(files: .embedded) } catch { fatalError("built-in rules do not load: \(error)") }
    }()
    static let analyzer = Analyzer(rules: rules)
    static let builder: ReportBuilder = {
        do { return try ReportBuilder(rules: rules) } catch { fatalError("report sources: \(error)") }
    }()
    /// Tag names the HTML template writes (from reports on harmless articles) and plain structural
    /// ones it may write for other content; never script, style, img, iframe, svg or the like twice.
    static let templateTags: Set<String> = tags(in: templateHTML)

    /// Reports on harmless articles: what the template writes by itself.
    static let templateHTML: String = {
        var documents = [Document(id: "t", text: "„Wir sind bereit“, sagte der Kremlsprecher. Biden erklärte, er sei besorgt.")]
        if let example = try? ExampleArticle.load() { documents.append(example) }
        return documents.map { html(for: $0, analysis: analyzer.analyze($0)) }.joined()
    }()

    static let structuralTags: Set<String> = {
        let tags: Set<String> = [
            "h1", "h2", "h3", "h4", "h5", "h6", "p", "div", "span", "section", "article", "table", "thead", "tbody",
            "tfoot", "tr", "td", "th", "ul", "ol", "li", "a", "b", "i", "em", "strong", "small", "mark", "details",
            "summary", "nav", "header", "footer", "main", "figure", "figcaption", "blockquote", "q", "abbr", "code",
            "pre", "br", "hr", "sup", "sub", "time", "caption", "dl", "dt", "dd", "",
        ]
        return tags
    }()

    static func run(_ data: Data) {
        guard let document = try? Document.decode(data, id: "fuzz", path: "fuzz.txt") else { return }
        let analysis = analyzer.analyze(document)
        checkSpans(analysis, document: document)
        checkMachineOutputs(analysis)
        checkHTML(html(for: document, analysis: analysis), document: document)
    }

    static func fail(_ message: String) -> Never {
        FileHandle.standardError.write(Data("zitat-fuzz: invariant broken: \(message)\n".utf8))
        abort()
    }

    /// Every span lies in the text, and each claim's text is the text of its spans.
    static func checkSpans(_ analysis: Analysis, document: Document) {
        let count = document.text.unicodeScalars.count
        for claim in analysis.claims {
            let spans = claim.spans + (claim.cue?.spans ?? []) + (claim.speaker?.spans ?? []) + (claim.frame?.spans ?? [])
            for span in spans where span.start < 0 || span.end > count || span.start > span.end {
                fail("claim \(claim.id) span \(span) outside 0..<\(count)")
            }
            if claim.spans.isEmpty { fail("claim \(claim.id) has no span") }
            if !isText(claim.text, of: claim.spans, in: document) { fail("claim \(claim.id) text is not the text of its spans") }
            if let cue = claim.cue, !isText(cue.text, of: cue.spans, in: document) { fail("claim \(claim.id) cue text is not its spans") }
            if let speaker = claim.speaker, !isText(speaker.text, of: speaker.spans, in: document) {
                fail("claim \(claim.id) speaker text is not its spans")
            }
        }
        for span in analysis.ignored where span.start < 0 || span.end > count || span.start > span.end {
            fail("ignored span \(span.start)..<\(span.end) outside the text")
        }
    }

    /// Whether `text` is the text of the spans, joined by " … " (or by a space where only
    /// whitespace lies between two spans, as in the cue "hieß es").
    static func isText(_ text: String, of spans: [Span], in document: Document) -> Bool {
        if text == document.text(spans) { return true }
        var joined = ""
        for (index, span) in spans.enumerated() {
            if index > 0 {
                let gap = document.text(Span(spans[index - 1].end, span.start))
                joined += gap.allSatisfy(\.isWhitespace) ? " " : " … "
            }
            joined += document.text(span)
        }
        return text == joined
    }

    /// JSON parses back to the same analysis, JSONL is one line, CSV has the header's columns.
    static func checkMachineOutputs(_ analysis: Analysis) {
        guard let json = try? AnalysisOutput.json(analysis), let line = try? AnalysisOutput.json(analysis, pretty: false) else {
            fail("JSON encoding failed")
        }
        guard let decoded = try? JSONDecoder().decode(Analysis.self, from: Data(json.utf8)) else { fail("JSON does not parse") }
        if decoded != analysis { fail("JSON does not round-trip") }
        if line.contains("\n") { fail("a JSONL record spans lines") }
        if (try? JSONSerialization.jsonObject(with: Data(line.utf8))) == nil { fail("JSONL does not parse") }
        let rows = CSV.parse(AnalysisOutput.csvRows(analysis))
        if rows.count != analysis.claims.count { fail("CSV has \(rows.count) rows for \(analysis.claims.count) claims") }
        for row in rows where row.count != AnalysisOutput.csvHeader.count { fail("CSV row with \(row.count) fields") }
        _ = AnalysisOutput.text(analysis)
    }

    /// The report of one document as HTML, with its CSV, JSON and text renderings checked on the way.
    static func html(for document: Document, analysis: Analysis) -> String {
        let reportDocument = builder.document(analysis)
        var accumulator = ReportAccumulator(sources: builder.sources, ruleTopics: builder.tagger.topics)
        accumulator.add(reportDocument, text: document.text)
        let report = accumulator.report(title: "fuzz")
        let csv = CSV.parse(CSVReport.header + CSVReport.rows(reportDocument))
        if csv.contains(where: { $0.count != CSVReport.columns.count }) { fail("report CSV row with the wrong field count") }
        guard let json = try? JSONReport.render([reportDocument], report: report, topics: builder.tagger.topics),
              (try? JSONSerialization.jsonObject(with: Data(json.utf8))) != nil else { fail("report JSON does not parse") }
        _ = TextReport.render(report)
        return HTMLReport.render(report)
    }

    /// No markup from the input: every tag is one the template writes, and no tag-like run of
    /// the input (`<x…>`) appears unescaped.
    static func checkHTML(_ html: String, document: Document) {
        let unknown = tags(in: html).subtracting(templateTags).subtracting(structuralTags)
        if !unknown.isEmpty { fail("HTML has tags the template never writes: \(unknown.sorted())") }
        let text = Array(document.text.unicodeScalars)
        for (index, scalar) in text.enumerated() where scalar == "<" && index + 1 < text.count {
            guard text[index + 1].properties.isAlphabetic || "/!?".unicodeScalars.contains(text[index + 1]) else { continue }
            var end = index + 1
            while end < text.count, end - index < 200, text[end] != "<", text[end] != "\n" {
                end += 1
                if text[end - 1] == ">" { break }
            }
            let run = String(String.UnicodeScalarView(text[index..<end]))
            if run.count > 3, run.hasSuffix(">"), html.contains(run), !templateHTML.contains(run) { fail("input markup \(run) appears unescaped in the HTML") }
        }
    }

    /// Lowercased names after `<` or `</` in HTML.
    static func tags(in html: String) -> Set<String> {
        var result = Set<String>()
        let scalars = Array(html.unicodeScalars)
        var index = 0
        while index < scalars.count {
            defer { index += 1 }
            guard scalars[index] == "<" else { continue }
            var start = index + 1
            if start < scalars.count, scalars[start] == "/" { start += 1 }
            var end = start
            while end < scalars.count, scalars[end].properties.isAlphabetic || ("0"..."9").contains(scalars[end]) { end += 1 }
            result.insert(String(String.UnicodeScalarView(scalars[start..<end])).lowercased())
        }
        return result
    }
}

/// A small RFC 4180 reader, to check the writers.
enum CSV {
    static func parse(_ text: String) -> [[String]] {
        var rows: [[String]] = [], row: [String] = [], field = "", quoted = false, atStart = true
        var scalars = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil
        while let scalar = pending ?? scalars.next() {
            pending = nil
            if quoted {
                if scalar == "\"" {
                    let next = scalars.next()
                    if next == "\"" { field.unicodeScalars.append("\"") } else { quoted = false; pending = next }
                } else {
                    field.unicodeScalars.append(scalar)
                }
                continue
            }
            switch scalar {
            case "\"" where atStart: quoted = true; atStart = false
            case ",": row.append(field); field = ""; atStart = true
            case "\r": break
            case "\n": row.append(field); rows.append(row); row = []; field = ""; atStart = true
            default: field.unicodeScalars.append(scalar); atStart = false
            }
        }
        if !row.isEmpty || !field.isEmpty { row.append(field); rows.append(row) }
        return rows
    }
}
