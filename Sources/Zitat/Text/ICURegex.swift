import Foundation
import ICUBreak

/// A boilerplate regex compiled by the system ICU, matched over a document's UTF-16 text once
/// converted: `NSRegularExpression` copies the whole line to UTF-16 again for every pattern.
///
/// The same ICU syntax and defaults as `NSRegularExpression` (which matches with ICU too): the
/// searched range's ends anchor `^` and `$`, lookaround sees nothing beyond them.
final class ICURegex: @unchecked Sendable {
    /// A match in UTF-16 offsets of the whole text, with the range of the group asked for.
    struct Match {
        var range: Range<Int>
        var group: Range<Int>?
    }

    /// Immutable once compiled; every search matches with its own clone.
    private let compiled: OpaquePointer
    /// The number of the group called `date`, or -1.
    let dateGroup: Int32

    /// Nil when the system ICU rejects the pattern or its options (the caller keeps `regex`).
    init?(_ regex: NSRegularExpression) {
        guard regex.options.isSubset(of: [.caseInsensitive]) else { return nil }
        let pattern = Array(regex.pattern.utf16)
        var error: UnsafePointer<CChar>?
        guard let compiled = zt_regex_open(pattern, Int32(pattern.count), regex.options.contains(.caseInsensitive) ? 1 : 0, &error)
        else { return nil }
        self.compiled = compiled
        dateGroup = zt_regex_group(compiled, "date")
    }

    deinit { zt_regex_close(compiled) }

    /// The matches within `range` of `text`; nil when ICU fails.
    func matches(in text: UnsafeBufferPointer<UInt16>, range: Range<Int>) -> [Match]? {
        var capacity = 8
        while true {
            var out = [Int32](repeating: 0, count: 4 * capacity)
            var error: UnsafePointer<CChar>?
            let count = Int(zt_regex_matches(compiled, text.baseAddress, Int32(text.count), Int32(range.lowerBound), Int32(range.upperBound),
                                             dateGroup, &out, Int32(capacity), &error))
            guard count >= 0 else { return nil }
            guard count <= capacity else {
                capacity = count
                continue
            }
            return (0..<count).map { index in
                let match = out[(4 * index)..<(4 * index + 4)].map(Int.init)
                let group = match[2] >= 0 && match[3] >= match[2] ? match[2]..<match[3] : nil
                return Match(range: match[0]..<match[1], group: group)
            }
        }
    }
}
