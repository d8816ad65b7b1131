import Foundation

/// The entries of a word class spelled backwards in a trie, so that every entry a word ends in is
/// found in one backward walk over its scalars, without building a string per ending.
///
/// Entries are stored in NFC. A word whose scalars all lie in U+0020..<U+0300 is in NFC and has one
/// scalar per `Character`, so for it scalar equality is `String` equality; other words take the
/// string path of `SpeakerLexicon`, bounded by `longest`.
struct SuffixTrie: Sendable {
    /// Child of a node by `node << 32 | scalar`.
    private var children: [UInt64: Int32] = [:]
    /// Whether the path from the root to a node spells an entry (backwards).
    private var terminal: [Bool] = [false]
    /// The most scalars any entry has in NFD: a text longer than that is canonically equivalent to
    /// no entry, since decomposition never shortens a text.
    private(set) var longest = 0

    init(_ entries: Set<String>) {
        for entry in entries {
            longest = max(longest, entry.decomposedStringWithCanonicalMapping.unicodeScalars.count)
            var node: Int32 = 0
            for scalar in entry.precomposedStringWithCanonicalMapping.unicodeScalars.reversed() {
                let key = UInt64(node) << 32 | UInt64(scalar.value)
                if let child = children[key] {
                    node = child
                } else {
                    let child = Int32(terminal.count)
                    terminal.append(false)
                    children[key] = child
                    node = child
                }
            }
            terminal[Int(node)] = true
        }
    }

    /// Whether the scalars are a text the trie can answer for exactly (see the type's note).
    static func isSimple(_ scalars: [Unicode.Scalar]) -> Bool {
        scalars.allSatisfy { $0.value >= 0x20 && $0.value < 0x300 }
    }

    /// Calls `body` with the length of every entry that `scalars[..<end]` ends in, shortest first,
    /// until it returns true; returns whether it did.
    func anyEntry(endingAt end: Int, in scalars: [Unicode.Scalar], where body: (Int) -> Bool) -> Bool {
        var node: Int32 = 0
        var position = end
        while position > 0 {
            position -= 1
            guard let child = children[UInt64(node) << 32 | UInt64(scalars[position].value)] else { return false }
            node = child
            if terminal[Int(node)], body(end - position) { return true }
        }
        return false
    }
}

extension SpeakerLexicon {
    /// `isTitle` and `isInstitution` of a word already lowercased: whether it is an entry, inflected
    /// ("Präsidenten", "Ministerin") or as the last part of a compound ("Verteidigungsminister",
    /// "US-Kongress"). A compound part needs four letters and three before it; shorter entries ("UN",
    /// "Amt") match whole or after a hyphen, so "Insgesamt" is no "Amt". Linear in the word: the
    /// entries it ends in come from one walk of a trie per inflection, never from building its
    /// endings as strings.
    func titleAndInstitution(lowercased lower: String) -> (title: Bool, institution: Bool) {
        let scalars = Array(lower.unicodeScalars)
        guard SuffixTrie.isSimple(scalars) else {
            return (namesSlowly(lower, in: words[.title] ?? [], longest: titles.longest),
                    namesSlowly(lower, in: words[.institution] ?? [], longest: institutions.longest))
        }
        var candidates = [scalars.count]
        for ending in Self.inflections where scalars.count - ending.count >= 2 && scalars.suffix(ending.count).elementsEqual(ending) {
            candidates.append(scalars.count - ending.count)
        }
        return (Self.names(scalars, candidates: candidates, trie: titles), Self.names(scalars, candidates: candidates, trie: institutions))
    }

    /// Whether one of the candidate prefixes of `scalars` (the word and its uninflected stems) is an
    /// entry of `trie` or ends in one as a compound part.
    private static func names(_ scalars: [Unicode.Scalar], candidates: [Int], trie: SuffixTrie) -> Bool {
        candidates.contains { count in
            trie.anyEntry(endingAt: count, in: scalars) { length in
                let split = count - length
                if split == 0 { return true }
                guard count >= 4, length >= 2 else { return false }
                return scalars[split - 1] == "-" || (split >= 3 && length >= 4)
            }
        }
    }

    /// Endings an inflected title or body may carry ("Ministerinnen", "Präsidenten").
    private static let inflections: [[Unicode.Scalar]] = ["innen", "in", "en", "es", "n", "s", "e"].map { Array($0.unicodeScalars) }

    /// `names` for words outside the trie's simple alphabet (combining marks, other scripts), by
    /// string comparison; only endings of at most `longest` scalars can equal an entry.
    private func namesSlowly(_ lower: String, in entries: Set<String>, longest: Int) -> Bool {
        var candidates = [lower]
        let count = lower.count
        for ending in ["innen", "in", "en", "es", "n", "s", "e"] where lower.hasSuffix(ending) && count - ending.count >= 2 {
            candidates.append(String(lower.dropLast(ending.count)))
        }
        for candidate in candidates {
            if entries.contains(candidate) { return true }
            let scalars = Array(candidate.unicodeScalars)
            guard scalars.count >= 4 else { continue }
            for split in max(1, scalars.count - longest)..<(scalars.count - 1) {
                let tail = String(String.UnicodeScalarView(scalars[split...]))
                let afterHyphen = scalars[split - 1] == "-"
                guard afterHyphen || (split >= 3 && scalars.count - split >= 4) else { continue }
                if entries.contains(tail) { return true }
            }
        }
        return false
    }
}
