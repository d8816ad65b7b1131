import Foundation

extension SpeakerLexicon {
    /// `isTitle` and `isInstitution` of a word already lowercased: whether it is an entry, inflected
    /// ("Präsidenten", "Ministerin") or as the last part of a compound ("Verteidigungsminister",
    /// "US-Kongress"). A compound part needs four letters and three before it; shorter entries ("UN",
    /// "Amt") match whole or after a hyphen, so "Insgesamt" is no "Amt". Linear in the word: the
    /// entries it ends in come from one walk of a trie per inflection, never from building its
    /// endings as strings.
    func titleAndInstitution(lowercased lower: String) -> (title: Bool, institution: Bool) {
        let scalars = Array(lower.unicodeScalars)
        guard ScalarTrie.isSimple(scalars[...]) else {
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
    private static func names(_ scalars: [Unicode.Scalar], candidates: [Int], trie: ScalarTrie) -> Bool {
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
    private static let inflectionStrings = ["innen", "in", "en", "es", "n", "s", "e"]
    private static let inflections: [[Unicode.Scalar]] = inflectionStrings.map { Array($0.unicodeScalars) }

    /// `names` for words outside the trie's simple alphabet (combining marks, other scripts), by
    /// string comparison; only endings of at most `longest` scalars can equal an entry.
    private func namesSlowly(_ lower: String, in entries: Set<String>, longest: Int) -> Bool {
        var candidates = [lower]
        let count = lower.count
        for ending in Self.inflectionStrings where lower.hasSuffix(ending) && count - ending.count >= 2 {
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
