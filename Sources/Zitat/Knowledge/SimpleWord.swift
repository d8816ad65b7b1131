import Foundation

/// A word as UTF-8 bytes whose every scalar is a character of its own (all below U+0300, where
/// the combining marks start, and no CR): its suffix tests and letter counts against ASCII
/// endings are the `String`'s, without breaking it into grapheme clusters. The stemmers run on
/// every word of every mention.
struct SimpleWord {
    private let bytes: [UInt8]
    /// The bytes kept; the rest are endings removed.
    private(set) var end: Int
    /// Letters (scalars) kept.
    private(set) var count: Int

    /// Nil when a scalar of `text` is U+0300 or above, or a CR.
    init?(_ text: String) {
        var count = 0
        for scalar in text.unicodeScalars {
            guard scalar.standsAlone else { return nil }
            count += 1
        }
        bytes = Array(text.utf8)
        end = bytes.count
        self.count = count
    }

    /// Whether the kept word, without its last `dropping` letters, ends with the ASCII `ending`.
    func hasSuffix(_ ending: [UInt8], dropping: Int = 0) -> Bool {
        let last = end - dropping
        guard dropping <= count, ending.count <= count - dropping, last >= ending.count else { return false }
        return bytes[(last - ending.count)..<last].elementsEqual(ending)
    }

    /// Drops the last `letters` letters, which must be ASCII (an ending it has).
    mutating func removeLast(_ letters: Int) {
        end -= letters
        count -= letters
    }

    var string: String { String(decoding: bytes[..<end], as: UTF8.self) }

    /// Whether every letter is still kept.
    var isWhole: Bool { end == bytes.count }
}

extension StringProtocol {
    /// Whether the text contains `part`, as Foundation's `contains` answers it (canonical
    /// equivalence, by composed characters). Where both are simple scalars (below U+0300, where the
    /// combining marks start, and no CR) that is a plain byte search, without bridging to NSString:
    /// the attribution asks it of a word per cue and adjective.
    func containsWord(_ part: String) -> Bool {
        guard unicodeScalars.allSatisfy(\.standsAlone), part.unicodeScalars.allSatisfy(\.standsAlone),
              !part.isEmpty else { return contains(part) }
        return Array(utf8).containsRun(Array(part.utf8))
    }
}

extension Unicode.Scalar {
    /// Whether the scalar is a character of its own in any text: below U+0300, where the combining
    /// marks start, and no CR (which joins a following LF). Texts of such scalars can be searched,
    /// cut and lowercased by scalars or bytes with the `String`'s answers.
    var standsAlone: Bool { value < 0x300 && self != "\r" }
}

extension Array where Element == UInt8 {
    /// Whether `needle` (not empty) stands in these bytes as a run.
    func containsRun(_ needle: [UInt8]) -> Bool {
        guard let first = needle.first, count >= needle.count else { return false }
        return (0...(count - needle.count)).contains { start in
            self[start] == first && self[start..<(start + needle.count)].elementsEqual(needle)
        }
    }
}
