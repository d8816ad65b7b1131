import Zitat

extension TopicMiner {
    /// The key-term topics, best first: most sources, most sides, then the most uses as a word of its
    /// own. A part used mostly inside other words ("unter" of "Unternehmen", "stand" of "Zustand") is
    /// no topic: at least a quarter of its claims must use it as a word. A compound whose part is
    /// already a topic is left out (its claims are in the part's row). Each cell lists its most
    /// characteristic claims first (`score(_:key:)` by the final counts).
    public func rows(columnIDs: [String], limit: Int) -> [MatrixRow] {
        guard limit > 0 else { return [] }
        let ranked = candidates()
        var chosen: [(key: String, counts: Counts, word: Word)] = []
        var chosenSet = Set<String>()
        for candidate in ranked where chosen.count < limit {
            if TopicTagger.partSet(of: candidate.key).contains(where: { $0 != candidate.key && chosenSet.contains($0) }) { continue }
            chosen.append(candidate)
            chosenSet.insert(candidate.key)
        }
        let samples = gatherSamples(for: chosenSet)
        return chosen.map { key, entry, word in
            let cells = columnIDs.indices.map { column in
                MatrixCell(column: columnIDs[column], total: Int(entry.cells[column]), claims: samples[key]?[column] ?? [])
            }
            let label = TopicTagger.mostFrequent(word.forms) ?? key
            return MatrixRow(topic: Topic(id: "term:" + key, label: label, isKeyTerm: true), cells: cells,
                             sides: entry.sideCount, firstDate: entry.first, lastDate: entry.last)
        }
    }

    /// The words that may become topics, best first (see `rows`).
    func candidates() -> [(key: String, counts: Counts, word: Word)] {
        let candidates = words.compactMap { key, word -> (key: String, counts: Counts, word: Word)? in
            guard let entry = counts[key], !word.coveredByRule, entry.sideCount >= 2, 4 * Int(word.wholeTotal) >= Int(entry.total)
            else { return nil }
            return (key, entry, word)
        }
        return candidates.sorted { lhs, rhs in
            let l = (sources(lhs.counts), lhs.counts.sideCount, lhs.word.wholeTotal, lhs.counts.total)
            let r = (sources(rhs.counts), rhs.counts.sideCount, rhs.word.wholeTotal, rhs.counts.total)
            return l != r ? l > r : lhs.key < rhs.key
        }
    }

    /// Forgets the example claims of words that hold none of the `keep` best candidate topics so
    /// far: the examples kept stay bounded however large the vocabulary grows. A word that becomes a
    /// topic later shows examples from then on (its counts are complete).
    mutating func trimSamples(keep: Int) {
        let wanted = Set(candidates().prefix(keep).map(\.key))
        self.wanted = wanted
        let empty = Array(repeating: [PlacedClaim](), count: columns)
        let idle = words.compactMap { stem, word in
            word.samples.allSatisfy(\.isEmpty) || !TopicTagger.partSet(of: stem).isDisjoint(with: wanted) ? nil : stem
        }
        for stem in idle { words[stem]?.samples = empty }
    }

    func sources(_ entry: Counts) -> Int { entry.cells.dropLast().filter { $0 > 0 }.count }

    /// Example claims of each chosen topic, from its own word and from the compounds holding it,
    /// scored against the topic by the final counts and cut to `perCell`, most characteristic first.
    func gatherSamples(for chosen: Set<String>) -> [String: [[PlacedClaim]]] {
        var pools: [String: [[PlacedClaim]]] = [:]
        let empty = [[PlacedClaim]](repeating: [], count: columns)
        for (stem, word) in words {
            for part in TopicTagger.partSet(of: stem) where chosen.contains(part) {
                // In place: a list taken out of the table and put back would be copied.
                for column in 0..<columns { pools[part, default: empty][column] += word.samples[column] }
            }
        }
        // A claim kept for several topics is read for its key terms once.
        var termsOf: [String: [KeyTerm]] = [:]
        var result: [String: [[PlacedClaim]]] = [:]
        for (key, lists) in pools {
            result[key] = lists.map { pool in
                var seen = Set<String>()
                let unique = pool.compactMap { placed in
                    let id = "\(placed.document) \(placed.claim.id)"
                    return seen.insert(id).inserted ? (id, placed) : nil
                }
                let scored = unique.map { id, placed in
                    var placed = placed
                    let terms = termsOf[id] ?? tagger.keyTerms(in: placed.claim.text)
                    termsOf[id] = terms
                    placed.score = score(terms, key: key)
                    return placed
                }
                return Array(scored.sorted(by: PlacedClaim.characteristicFirst).prefix(perCell))
            }
        }
        return result
    }
}
