import Foundation

/// Stage 1, page furniture: needs the document and `rules/boilerplate.yaml`; adds ignored spans.
///
/// Paywall promos, teasers, consent notices and photo credits yield no claims; each ignored span
/// says which pattern matched.
public struct FurnitureFinder: Sendable {
    public let rules: [BoilerplateRule]

    public init(rules: [BoilerplateRule]) {
        self.rules = rules
    }

    public func ignoredSpans(in document: Document) -> [IgnoredSpan] {
        furniture(in: document).ignored
    }

    /// The furniture of a document, and the date a metadata rule read from it: a rule whose regex
    /// has a group named `date` ("date 2021-04") dates the article.
    public func furniture(in document: Document) -> (ignored: [IgnoredSpan], date: String?) {
        let offsets = ScalarOffsets(document.text)
        var result: [IgnoredSpan] = []
        var date: String?
        for line in Self.lines(of: document.scalars) {
            let lineText = document.text(line)
            let lineNS = lineText as NSString
            let utf16Start = offsets.utf16Offset(ofScalar: line.start)
            for rule in rules {
                for match in rule.regex.matches(in: lineText, range: NSRange(location: 0, length: lineNS.length)) {
                    guard match.range.length > 0 else { continue }
                    if date == nil, rule.capturesDate, case let group = match.range(withName: "date"), group.location != NSNotFound {
                        date = lineNS.substring(with: group)
                    }
                    let lower = offsets.scalarOffset(ofUTF16: utf16Start + match.range.location)
                    let upper = offsets.scalarOffset(ofUTF16: utf16Start + match.range.location + match.range.length)
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
        // One entry per span: the first rule (in file order) that claimed it.
        var seen = Set<Span>()
        let ignored = result.sorted { $0.start != $1.start ? $0.start < $1.start : $0.end > $1.end }
            .filter { seen.insert($0.span).inserted }
            .filter { candidate in
                !result.contains { $0.span != candidate.span && $0.span.contains(candidate.span) }
            }
        return (ignored, date)
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
