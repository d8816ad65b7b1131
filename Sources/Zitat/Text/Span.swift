/// A half-open range of Unicode scalar offsets into a document's original text.
public struct Span: Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
    public var start: Int
    public var end: Int

    public init(_ start: Int, _ end: Int) {
        self.start = start
        self.end = max(start, end)
    }


    public var length: Int { end - start }
    public var isEmpty: Bool { end <= start }

    public func contains(_ offset: Int) -> Bool { offset >= start && offset < end }
    public func contains(_ other: Span) -> Bool { other.start >= start && other.end <= end }
    public func overlaps(_ other: Span) -> Bool { other.start < end && start < other.end }

    /// The smallest span covering both.
    public func union(_ other: Span) -> Span { Span(min(start, other.start), max(end, other.end)) }

    public static func < (lhs: Span, rhs: Span) -> Bool {
        lhs.start != rhs.start ? lhs.start < rhs.start : lhs.end < rhs.end
    }

    public var description: String { "\(start)..<\(end)" }
}

extension Array where Element == Span {
    /// Sorted, with overlapping or touching spans merged.
    public func normalized() -> [Span] {
        var result: [Span] = []
        for span in sorted() where !span.isEmpty {
            if let last = result.last, span.start <= last.end {
                result[result.count - 1] = last.union(span)
            } else {
                result.append(span)
            }
        }
        return result
    }
}
