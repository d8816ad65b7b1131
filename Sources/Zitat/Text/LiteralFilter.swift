import Foundation

/// A necessary condition for a boilerplate regex to match in a line, checked without the regex
/// engine: a match of a pattern `A|B|…` is a match of one branch, and holds every run of ASCII
/// letters and digits that branch spells literally ("jetzt") and one word of each group of literal
/// alternatives in it ("(?:abonnieren|testen)"). A line without all of some branch's parts cannot
/// match, so the regex (which tries every position of every line) runs only on lines that may.
///
/// Only patterns of a simple shape get a filter (no options but a leading `(?i)`, no lookaround,
/// `\Q`, or other inline flags; a literal run of three or more in every branch); others always run.
struct LiteralFilter: Sendable, Equatable {
    /// For each branch, its parts; each part lists words of ASCII letters and digits (lowercased
    /// under `(?i)`) one of which a match of the branch holds.
    let branches: [[[[UInt8]]]]
    /// Whether the pattern ignores case: the line is then compared in its case folding.
    let foldsCase: Bool

    init?(_ regex: NSRegularExpression) {
        guard regex.options.isEmpty else { return nil }
        var pattern = Substring(regex.pattern)
        let folds = pattern.hasPrefix("(?i)")
        foldsCase = folds
        if folds { pattern = pattern.dropFirst(4) }
        guard let branches = LiteralFilter.branches(Array(pattern.utf8)) else { return nil }
        var required: [[[[UInt8]]]] = []
        for branch in branches {
            let parts = LiteralFilter.parts(of: branch)
            guard !parts.isEmpty else { return nil }
            required.append(parts.map { part in part.map { folds ? $0.map(LiteralFilter.lowercased) : $0 } })
        }
        self.branches = required
    }

    /// Whether the regex may match in the line; false only when it cannot.
    func mayMatch(_ line: [UInt8]) -> Bool {
        branches.contains { parts in
            parts.allSatisfy { words in words.contains { LiteralFilter.contains(line, $0) } }
        }
    }

    /// The line's scalars as ASCII bytes for `mayMatch`: under `foldsCase` in full case folding
    /// (Unicode CaseFolding.txt: "ß" is "ss", "K" (Kelvin) is "k", "ﬁ" is "fi"; these are every scalar
    /// beyond ASCII whose folding holds an ASCII letter); any other scalar is a byte 0x80 that no
    /// needle holds.
    static func bytes(of scalars: ArraySlice<Unicode.Scalar>, foldingCase: Bool) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(scalars.count)
        for scalar in scalars {
            let value = scalar.value
            if value < 0x80 {
                bytes.append(foldingCase ? lowercased(UInt8(value)) : UInt8(value))
            } else if foldingCase, let folding = foldings[value] {
                bytes.append(contentsOf: folding)
            } else {
                bytes.append(0x80)
            }
        }
        return bytes
    }

    /// Full case foldings with ASCII letters, the rest of the folding as 0x80.
    private static let foldings: [UInt32: [UInt8]] = [
        0xDF: Array("ss".utf8), 0x1E9E: Array("ss".utf8), 0x17F: Array("s".utf8), 0x212A: Array("k".utf8),
        0x130: [0x69, 0x80], 0x149: [0x80, 0x6E], 0x1F0: [0x6A, 0x80], 0x1E96: [0x68, 0x80], 0x1E97: [0x74, 0x80],
        0x1E98: [0x77, 0x80], 0x1E99: [0x79, 0x80], 0x1E9A: [0x61, 0x80],
        0xFB00: Array("ff".utf8), 0xFB01: Array("fi".utf8), 0xFB02: Array("fl".utf8), 0xFB03: Array("ffi".utf8),
        0xFB04: Array("ffl".utf8), 0xFB05: Array("st".utf8), 0xFB06: Array("st".utf8),
    ]

    /// One part of a branch: a literal ASCII letter or digit, a group of literal alternatives
    /// ("(?:plus|premium)"), or anything else.
    enum Item: Equatable {
        case literal(UInt8)
        case alternatives([[UInt8]])
        case other
    }

    /// What every match of the branch holds: each literal run, and one word of each literal group,
    /// of three characters or more (shorter ones find too much to be worth a search).
    static func parts(of items: [Item]) -> [[[UInt8]]] {
        var parts: [[[UInt8]]] = []
        var current: [UInt8] = []
        for item in items + [.other] {
            if case let .literal(byte) = item { current.append(byte); continue }
            if current.count >= 3 { parts.append([current]) }
            current = []
            if case let .alternatives(words) = item, words.allSatisfy({ $0.count >= 3 }) { parts.append(words) }
        }
        return parts
    }

    /// The alternatives of a group "(?:abc|def)" of literal letters and digits only, else nil.
    private static func literalAlternatives(_ group: ArraySlice<UInt8>) -> [[UInt8]]? {
        guard group.starts(with: Array("(?:".utf8)), group.last == UInt8(ascii: ")") else { return nil }
        let words = group.dropFirst(3).dropLast().split(separator: UInt8(ascii: "|"), omittingEmptySubsequences: false)
        guard words.allSatisfy({ !$0.isEmpty && $0.allSatisfy(isAlphanumeric) }) else { return nil }
        return words.map(Array.init)
    }

    /// The top-level branches of a pattern as items (a quantified item is `.other`); nil when the
    /// pattern holds a construct not understood here.
    static func branches(_ pattern: [UInt8]) -> [[Item]]? {
        var branches: [[Item]] = [[]]
        var index = 0
        while index < pattern.count {
            let byte = pattern[index]
            var item = Item.other
            switch byte {
            case UInt8(ascii: "|"):
                branches.append([])
                index += 1
                continue
            case UInt8(ascii: "\\"):
                guard let end = escapeEnd(pattern, at: index) else { return nil }
                index = end
            case UInt8(ascii: "["):
                guard let end = classEnd(pattern, at: index) else { return nil }
                index = end
            case UInt8(ascii: "("):
                guard let end = groupEnd(pattern, at: index) else { return nil }
                item = literalAlternatives(pattern[index..<end]).map(Item.alternatives) ?? .other
                index = end
            case UInt8(ascii: ")"), UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "?"), UInt8(ascii: "*"), UInt8(ascii: "+"):
                return nil
            default:
                item = isAlphanumeric(byte) ? .literal(byte) : .other
                index += 1
            }
            // A quantified item is no fixed literal.
            if index < pattern.count, [UInt8(ascii: "?"), UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: "{")].contains(pattern[index]) {
                item = .other
                if pattern[index] == UInt8(ascii: "{") {
                    guard let close = pattern[index...].firstIndex(of: UInt8(ascii: "}")) else { return nil }
                    index = close + 1
                } else {
                    index += 1
                }
                if index < pattern.count, pattern[index] == UInt8(ascii: "?") || pattern[index] == UInt8(ascii: "+") { index += 1 }
            }
            branches[branches.count - 1].append(item)
        }
        return branches
    }

    /// The index after an escape at `index`, for escapes of known length; nil for others.
    private static func escapeEnd(_ pattern: [UInt8], at index: Int) -> Int? {
        guard index + 1 < pattern.count else { return nil }
        let next = pattern[index + 1]
        if next == UInt8(ascii: "p") || next == UInt8(ascii: "P") {
            guard index + 2 < pattern.count else { return nil }
            guard pattern[index + 2] == UInt8(ascii: "{") else { return index + 3 }
            return pattern[(index + 2)...].firstIndex(of: UInt8(ascii: "}")).map { $0 + 1 }
        }
        if !isAlphanumeric(next) && next < 0x80 { return index + 2 }
        return Array("bBsSwWdDhHvVRXntrfae".utf8).contains(next) ? index + 2 : nil
    }

    /// The index after a character class opening at `index` (nested classes included).
    private static func classEnd(_ pattern: [UInt8], at index: Int) -> Int? {
        var depth = 0
        var position = index
        while position < pattern.count {
            let byte = pattern[position]
            if byte == UInt8(ascii: "\\") {
                guard let end = escapeEnd(pattern, at: position) else { return nil }
                position = end
                continue
            }
            if byte == UInt8(ascii: "[") {
                depth += 1
                // A "]" right after "[" or "[^" is a member.
                if position + 1 < pattern.count, pattern[position + 1] == UInt8(ascii: "^") { position += 1 }
                if position + 1 < pattern.count, pattern[position + 1] == UInt8(ascii: "]") { position += 1 }
            } else if byte == UInt8(ascii: "]") {
                depth -= 1
                if depth == 0 { return position + 1 }
            }
            position += 1
        }
        return nil
    }

    /// The index after a group opening at `index`: plain "(", "(?:" or a named "(?<name>" only.
    private static func groupEnd(_ pattern: [UInt8], at index: Int) -> Int? {
        if index + 1 < pattern.count, pattern[index + 1] == UInt8(ascii: "?") {
            guard index + 3 < pattern.count else { return nil }
            let kind = pattern[index + 2]
            let named = kind == UInt8(ascii: "<") && isAlphanumeric(pattern[index + 3]) && !(0x30...0x39).contains(pattern[index + 3])
            guard kind == UInt8(ascii: ":") || named else { return nil }
        }
        var depth = 0
        var position = index
        while position < pattern.count {
            switch pattern[position] {
            case UInt8(ascii: "\\"):
                guard let end = escapeEnd(pattern, at: position) else { return nil }
                position = end
                continue
            case UInt8(ascii: "["):
                guard let end = classEnd(pattern, at: position) else { return nil }
                position = end
                continue
            case UInt8(ascii: "("):
                if position + 2 < pattern.count, pattern[position + 1] == UInt8(ascii: "?"),
                   pattern[position + 2] != UInt8(ascii: ":"), pattern[position + 2] != UInt8(ascii: "<") { return nil }
                if position + 3 < pattern.count, pattern[position + 1] == UInt8(ascii: "?"), pattern[position + 2] == UInt8(ascii: "<"),
                   pattern[position + 3] == UInt8(ascii: "=") || pattern[position + 3] == UInt8(ascii: "!") { return nil }
                depth += 1
            case UInt8(ascii: ")"):
                depth -= 1
                if depth == 0 { return position + 1 }
            default: break
            }
            position += 1
        }
        return nil
    }

    private static func lowercased(_ byte: UInt8) -> UInt8 {
        byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte
    }

    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
            || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
    }

    private static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty, haystack.count >= needle.count else { return false }
        // The C library finds each candidate first byte (vectorised), memcmp the rest.
        return haystack.withUnsafeBufferPointer { hay in
            needle.withUnsafeBufferPointer { word in
                let base = hay.baseAddress!
                var index = 0
                let last = hay.count - word.count
                while index <= last {
                    guard let found = memchr(base + index, Int32(word[0]), last - index + 1) else { return false }
                    let position = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                    if memcmp(base + position, word.baseAddress!, word.count) == 0 { return true }
                    index = position + 1
                }
                return false
            }
        }
    }
}
