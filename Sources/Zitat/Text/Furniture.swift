import Foundation

/// Stage 1, page furniture: needs the document and `rules/boilerplate.yaml`; adds ignored spans.
///
/// Paywall promos, teasers, consent notices and photo credits yield no claims; each ignored span
/// says which pattern matched.
public struct FurnitureFinder: Sendable {
    public let rules: [BoilerplateRule]
    /// For each rule, the literals a line needs before its regex can match there (nil: always run).
    private let filters: [LiteralFilter?]
    /// For each rule, its regex compiled by the system ICU (nil: `NSRegularExpression` matches it).
    private let compiled: [ICURegex?]

    public init(rules: [BoilerplateRule]) {
        self.rules = rules
        filters = rules.map { LiteralFilter($0.regex) }
        compiled = rules.map { ICURegex($0.regex) }
    }

    public func ignoredSpans(in document: Document) -> [IgnoredSpan] {
        furniture(in: document).ignored
    }

    /// The furniture of a document, and the date a metadata rule read from it: a rule whose regex
    /// has a group named `date` ("date 2021-04") dates the article.
    ///
    /// The text is converted to UTF-16 once; each rule searches each line its filter lets through.
    public func furniture(in document: Document) -> (ignored: [IgnoredSpan], date: String?) {
        let offsets = ScalarOffsets(document.text)
        let utf16 = Array(document.text.utf16)
        var result: [IgnoredSpan] = []
        var date: String?
        utf16.withUnsafeBufferPointer { text in
            for line in Self.lines(of: document.scalars) {
                let lineUTF16 = offsets.utf16Offset(ofScalar: line.start)..<offsets.utf16Offset(ofScalar: line.end)
                let bytes = LineBytes(scalars: document.scalars[line.start..<line.end])
                for (index, rule) in rules.enumerated() {
                    if let filter = filters[index], !filter.mayMatch(bytes.get(foldingCase: filter.foldsCase)) { continue }
                    for match in matches(of: index, in: text, line: lineUTF16) where !match.range.isEmpty {
                        if date == nil, rule.capturesDate, let group = match.group {
                            date = String(decoding: text[group], as: UTF16.self)
                        }
                        let lower = offsets.scalarOffset(ofUTF16: match.range.lowerBound)
                        let upper = offsets.scalarOffset(ofUTF16: match.range.upperBound)
                        let span: Span
                        switch rule.scope {
                        case .match: span = Span(lower, upper)
                        case .paragraph: span = line
                        case .rest: span = Span(lower, line.end)
                        }
                        result.append(IgnoredSpan(start: span.start, end: span.end, reason: rule.reason))
                    }
                }
            }
        }
        return (Self.outermost(result), date)
    }

    /// The matches of rule `index` in one line of the text, in UTF-16 offsets of the whole text:
    /// by the system ICU, or by `NSRegularExpression` over the line where that cannot.
    private func matches(of index: Int, in text: UnsafeBufferPointer<UInt16>, line: Range<Int>) -> [ICURegex.Match] {
        if let compiled = compiled[index], let found = compiled.matches(in: text, range: line) { return found }
        let regex = rules[index].regex
        let lineText = String(decoding: text[line], as: UTF16.self)
        let length = (lineText as NSString).length
        return regex.matches(in: lineText, range: NSRange(location: 0, length: length)).map { match in
            let group = rules[index].capturesDate ? match.range(withName: "date") : NSRange(location: NSNotFound, length: 0)
            return ICURegex.Match(range: (line.lowerBound + match.range.location)..<(line.lowerBound + NSMaxRange(match.range)),
                                  group: group.location == NSNotFound ? nil
                                      : (line.lowerBound + group.location)..<(line.lowerBound + NSMaxRange(group)))
        }
    }

    /// One entry per span, without spans inside another.
    private static func outermost(_ result: [IgnoredSpan]) -> [IgnoredSpan] {
        // One entry per span: the first rule (in file order) that claimed it.
        var seen = Set<Span>()
        // Without spans inside another: sorted by start, then longest first, a span lies inside
        // another exactly when an earlier one reaches as far.
        var reach = Int.min
        let ignored = result.sorted { $0.start != $1.start ? $0.start < $1.start : $0.end > $1.end }
            .filter { seen.insert($0.span).inserted }
            .filter { candidate in
                defer { reach = max(reach, candidate.end) }
                return reach < candidate.end
            }
        return ignored
    }

    /// The non-empty lines of the text, without their line breaks.
    static func lines(of scalars: [Unicode.Scalar]) -> [Span] {
        var lines: [Span] = []
        var start = 0
        for (index, scalar) in scalars.enumerated() where scalar == "\n" || scalar == "\r" {
            if index > start { lines.append(Span(start, index)) }
            start = index + 1
        }
        if start < scalars.count { lines.append(Span(start, scalars.count)) }
        return lines
    }
}

/// A line's bytes for `LiteralFilter`, as is and case-folded, each made when first asked for.
private final class LineBytes {
    private let scalars: ArraySlice<Unicode.Scalar>
    private var plain: [UInt8]?
    private var folded: [UInt8]?

    init(scalars: ArraySlice<Unicode.Scalar>) {
        self.scalars = scalars
    }

    func get(foldingCase: Bool) -> [UInt8] {
        if foldingCase {
            if folded == nil { folded = LiteralFilter.bytes(of: scalars, foldingCase: true) }
            return folded!
        }
        if plain == nil { plain = LiteralFilter.bytes(of: scalars, foldingCase: false) }
        return plain!
    }
}

/// Converts between UTF-16 offsets (NSRegularExpression) and Unicode scalar offsets.
struct ScalarOffsets {
    /// utf16Start[i] = UTF-16 offset of scalar i; one extra entry for the end.
    private let utf16Start: [Int]

    init(_ text: String) {
        var starts: [Int] = []
        starts.reserveCapacity(text.unicodeScalars.count + 1)
        var offset = 0
        for scalar in text.unicodeScalars {
            starts.append(offset)
            offset += scalar.utf16.count
        }
        starts.append(offset)
        utf16Start = starts
    }

    func utf16Offset(ofScalar index: Int) -> Int { utf16Start[max(0, min(index, utf16Start.count - 1))] }

    func scalarOffset(ofUTF16 offset: Int) -> Int {
        var low = 0
        var high = utf16Start.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if utf16Start[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return low
    }
}
