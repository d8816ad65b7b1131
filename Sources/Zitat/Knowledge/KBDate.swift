/// A calendar date of the knowledge base or an article, as precise as it was written: a year, a
/// month or a day ("2015", "2015-06", "2015-06-17").
///
/// Comparisons use the first day of what was written for the start of an office and for its end
/// (the first day out of office), and the middle of the month for an article dated only by month,
/// so "der US-Präsident" in an article of January 2021 is still the one who held office on the 15th.
public struct KBDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int?
    public var day: Int?

    public init(year: Int, month: Int? = nil, day: Int? = nil) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD" (a time after the date is ignored); nil otherwise.
    public init?(_ text: String) {
        let head = text.prefix(10)
        let parts = head.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].count == 4, let year = Int(parts[0]) else { return nil }
        self.year = year
        if parts.count > 1 {
            guard parts[1].count == 2, let month = Int(parts[1]), (1...12).contains(month) else { return nil }
            self.month = month
        }
        if parts.count > 2 {
            guard parts[2].count == 2, let day = Int(parts[2]), (1...31).contains(day) else { return nil }
            self.day = day
        }
    }

    /// yyyymmdd with the first day of what is unknown, for office boundaries.
    public var start: Int { year * 10_000 + (month ?? 1) * 100 + (day ?? 1) }

    /// yyyymmdd with the middle of what is unknown, for the date an article speaks at.
    public var middle: Int { year * 10_000 + (month ?? 7) * 100 + (day ?? (month == nil ? 1 : 15)) }

    public static func < (lhs: KBDate, rhs: KBDate) -> Bool { lhs.start < rhs.start }

    public var description: String {
        var text = String(year)
        if let month { text += "-" + (month < 10 ? "0" : "") + String(month) }
        if let day { text += "-" + (day < 10 ? "0" : "") + String(day) }
        return text
    }
}

/// A period in office: from its first day up to (not including) the first day out of it.
public struct Tenure: Sendable, Hashable {
    public var office: String
    public var from: KBDate?
    public var to: KBDate?

    /// Whether the office was held on `date` (an article date; see ``KBDate/middle``).
    public func covers(_ date: KBDate) -> Bool {
        let point = date.middle
        if let from, point < from.start { return false }
        if let to, point >= to.start { return false }
        return true
    }
}
