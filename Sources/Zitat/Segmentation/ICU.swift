import ICUBreak

/// Boundary analysis by the system ICU library, over Unicode scalar offsets.
public enum ICU {
    public enum BreakKind: Sendable {
        case character, word, line, sentence

        var cValue: zt_break_kind {
            switch self {
            case .character: ZT_BREAK_CHARACTER
            case .word: ZT_BREAK_WORD
            case .line: ZT_BREAK_LINE
            case .sentence: ZT_BREAK_SENTENCE
            }
        }
    }

    /// A boundary as a scalar offset, with ICU's rule status for the segment ending there.
    public struct Boundary: Hashable, Sendable {
        public var offset: Int
        public var status: Int32
    }

    /// The version of the linked ICU, e.g. "72.1".
    public static var version: String { String(cString: zt_icu_version()) }

    /// Boundaries of `kind` in `scalars` (ICU's plain `de` rules), first 0 and last `scalars.count`.
    public static func boundaries(_ kind: BreakKind, in scalars: ArraySlice<Unicode.Scalar>, locale: String = "de") -> [Boundary] {
        var utf16: [UInt16] = []
        utf16.reserveCapacity(scalars.count + scalars.count / 8)
        // scalarAt[u] is the scalar offset (from the slice start) of UTF-16 unit u.
        var scalarAt: [Int32] = []
        scalarAt.reserveCapacity(scalars.count + 1)
        for (index, scalar) in scalars.enumerated() {
            for unit in UTF16.encode(scalar)! {
                utf16.append(unit)
                scalarAt.append(Int32(index))
            }
        }
        scalarAt.append(Int32(scalars.count))
        let capacity = utf16.count + 1
        var offsets = [Int32](repeating: 0, count: capacity)
        var statuses = [Int32](repeating: 0, count: capacity)
        var error: UnsafePointer<CChar>?
        let count = utf16.withUnsafeBufferPointer { text in
            zt_boundaries(kind.cValue, text.baseAddress, Int32(text.count), locale, &offsets, &statuses, Int32(capacity), &error)
        }
        let base = scalars.startIndex
        guard count > 0 else {
            // ICU failed (it reports why in `error`): treat the text as one segment.
            return [Boundary(offset: base, status: 0), Boundary(offset: base + scalars.count, status: 0)]
        }
        return (0..<Int(count)).map { index in
            Boundary(offset: base + Int(scalarAt[Int(offsets[index])]), status: statuses[index])
        }
    }
}
