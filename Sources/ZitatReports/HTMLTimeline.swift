import Foundation
import Zitat

/// A calendar date as days since 1970-01-01, for bucketing the timeline.
struct CivilDate: Hashable, Comparable {
    var days: Int

    /// "2021-04-13", or "2021-04" (day 1, with `hasDay` false); nil for anything else.
    static func parse(_ text: String) -> (date: CivilDate, hasDay: Bool)? {
        let parts = text.prefix(10).split(separator: "-").map { Int($0) }
        guard parts.count >= 2, let year = parts[0], let month = parts[1], (1...12).contains(month), (1000...9999).contains(year) else { return nil }
        let day = parts.count >= 3 ? parts[2] : nil
        if parts.count >= 3, !(1...31).contains(day ?? 0) { return nil }
        return (CivilDate(year: year, month: month, day: day ?? 1), day != nil)
    }

    init(days: Int) { self.days = days }

    /// Howard Hinnant's days-from-civil.
    init(year: Int, month: Int, day: Int) {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        days = era * 146097 + doe - 719468
    }

    var civil: (year: Int, month: Int, day: Int) {
        let z = days + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// The Monday of the week (1970-01-01 was a Thursday).
    var monday: CivilDate { CivilDate(days: days - ((days + 3) % 7 + 7) % 7) }

    var iso: String {
        let (y, m, d) = civil
        return String(format: "%04d-%02d-%02d", y, m, d)
    }

    static func < (lhs: CivilDate, rhs: CivilDate) -> Bool { lhs.days < rhs.days }
}

/// How the timeline groups dates: by day for a few weeks, by week up to two years, else by month.
enum TimelineScale: String {
    case day, week, month

    static func choose(_ dates: [(date: CivilDate, hasDay: Bool)]) -> TimelineScale {
        guard dates.allSatisfy(\.hasDay), let first = dates.map(\.date).min(), let last = dates.map(\.date).max() else { return .month }
        let span = last.days - first.days
        return span <= 62 ? .day : span <= 731 ? .week : .month
    }

    func bucket(_ date: CivilDate) -> CivilDate {
        switch self {
        case .day: date
        case .week: date.monday
        case .month: CivilDate(year: date.civil.year, month: date.civil.month, day: 1)
        }
    }

    func next(_ date: CivilDate) -> CivilDate {
        switch self {
        case .day: CivilDate(days: date.days + 1)
        case .week: CivilDate(days: date.days + 7)
        case .month:
            date.civil.month == 12 ? CivilDate(year: date.civil.year + 1, month: 1, day: 1) : CivilDate(year: date.civil.year, month: date.civil.month + 1, day: 1)
        }
    }

    func label(_ date: CivilDate) -> String {
        switch self {
        case .day: date.iso
        case .week: "Woche ab " + date.iso
        case .month: String(date.iso.prefix(7))
        }
    }

    var caption: String {
        switch self {
        case .day: "je Tag"
        case .week: "je Woche"
        case .month: "je Monat"
        }
    }
}

extension HTMLBuilder {
    /// Claims per side over time, as stacked bars on a continuous axis, and as a table.
    mutating func timeline() {
        let parsed = report.days.compactMap { day in CivilDate.parse(day.key).map { (day, $0) } }
        guard !parsed.isEmpty else {
            if report.articleCount > 1 { line("<p class=\"note\">Keine Datumsangaben: keine Zeitleiste.</p>") }
            return
        }
        let scale = TimelineScale.choose(parsed.map(\.1))
        var buckets: [CivilDate: [Int]] = [:]
        for (entry, date) in parsed {
            var counts = buckets[scale.bucket(date.date)] ?? Array(repeating: 0, count: context.columns.count)
            for (index, count) in entry.counts.enumerated() where index < counts.count { counts[index] += count }
            buckets[scale.bucket(date.date)] = counts
        }
        guard let first = buckets.keys.min(), let last = buckets.keys.max() else { return }
        var axis: [CivilDate] = []
        var cursor = first
        while cursor <= last, axis.count < 2000 { axis.append(cursor); cursor = scale.next(cursor) }
        let maximum = max(1, buckets.values.map { $0.reduce(0, +) }.max() ?? 1)
        let plot = 160.0, left = 40.0
        let step = max(3.0, min(48.0, 900.0 / Double(axis.count)))
        let width = Int(left + Double(axis.count) * step + 20)
        var svg = "<svg\(width >= 560 ? " class=\"wide\"" : "") role=\"img\" aria-labelledby=\"timeline-title\" viewBox=\"0 0 \(width) 210\" width=\"\(width)\" height=\"210\" xmlns=\"http://www.w3.org/2000/svg\">"
        svg += "<title id=\"timeline-title\">Aussagen \(scale.caption), gestapelt nach Seite</title>\(svgPatterns("tp"))"
        svg += "<line x1=\"\(Int(left))\" y1=\"170\" x2=\"\(width - 10)\" y2=\"170\" stroke=\"#777\"/>"
        svg += "<text x=\"\(Int(left) - 6)\" y=\"16\" text-anchor=\"end\" font-size=\"11\">\(maximum)</text>"
        let labelEvery = max(1, Int((90.0 / step).rounded(.up)))
        for (index, bucket) in axis.enumerated() {
            let x = left + Double(index) * step
            var y = 170.0
            for (side, count) in (buckets[bucket] ?? []).enumerated() where count > 0 {
                let height = plot * Double(count) / Double(maximum)
                y -= height
                svg += svgBar(x: x + 1, y: y, width: max(1, step - 2), height: height, side: side, prefix: "tp")
            }
            if index % labelEvery == 0 { svg += "<text x=\"\(HTMLReport.format(x))\" y=\"188\" font-size=\"11\">\(esc(scale == .week ? bucket.iso : scale.label(bucket)))</text>" }
        }
        svg += "</svg>"
        line("<h3>Zeitleiste</h3>")
        let undated = report.articleCount - parsed.reduce(0) { $0 + $1.0.articles }
        line("<figure>\(svg)<figcaption>Aussagen \(scale.caption), gestapelt nach Seite (Farbe und Muster wie oben)\(undated > 0 ? "; \(undated) Artikel ohne Datum" : "").</figcaption></figure>")
        var table = "<details><summary>Zeitleiste als Tabelle</summary><div class=\"scroll\"><table><thead><tr><th scope=\"col\">Zeitraum</th>"
        for column in context.columns { table += "<th scope=\"col\" class=\"num\">\(esc(context.name(of: column)))</th>" }
        line(table + "</tr></thead><tbody>")
        for bucket in axis where buckets[bucket] != nil {
            line("<tr><th scope=\"row\">\(esc(scale.label(bucket)))</th>" + (buckets[bucket] ?? []).map { "<td class=\"num\">\($0)</td>" }.joined() + "</tr>")
        }
        line("</tbody></table></div></details>")
    }
}
