public import Zitat

/// Finds the corpus's own topics while it streams by: key terms (noun stems, also as parts of
/// compounds) that claims of two or more sides share, with the rule topics of `rules/topics.yaml`
/// kept apart as named seeds.
///
/// Every claim costs a fixed number of table look-ups per noun (its stem's starts and ends), so the
/// work is linear in the corpus; the tables are pruned of terms seen once when they grow past
/// `capacity`, so memory stays bounded.
public struct TopicMiner: Sendable {
    /// Counts for one stem or compound part.
    struct Entry: Sendable {
        var cells: [Int32]
        var total: Int32 = 0
        /// Up to three distinct sides (group keys), enough to tell one, two or more apart.
        var sides: [String] = []
        var first: String?
        var last: String?
        /// Seen as a word of its own (not only inside compounds), with its written forms.
        var forms: [String: Int] = [:]
        var samples: [[PlacedClaim]]
        var coveredByRule = false
        /// Claims that use it as a word of its own, not only inside a compound.
        var wholeTotal: Int32 = 0
    }

    let tagger: TopicTagger
    let columns: Int
    let perCell: Int
    let capacity: Int
    var entries: [String: Entry] = [:]
    /// Example claims kept per word and column, so memory stays flat over a large vocabulary.
    static let samplesPerWord = 4

    public init(tagger: TopicTagger, columns: Int, perCell: Int, capacity: Int = 150_000) {
        self.tagger = tagger
        self.columns = columns
        self.perCell = perCell
        self.capacity = capacity
    }

    /// Counts one claim in `column` (a source's position, or the last column for other speakers).
    /// `terms`, when given, are the claim's key terms found beforehand (by a parallel worker).
    public mutating func add(_ placed: PlacedClaim, column: Int, date: String?, terms known: [KeyTerm]? = nil) {
        let terms = known ?? tagger.keyTerms(in: placed.claim.text)
        guard !terms.isEmpty else { return }
        var keys = Set<String>()
        for term in terms { keys.formUnion(TopicTagger.partSet(of: term.stem)) }
        for key in keys { count(key, placed: placed, column: column, date: date) }
        for term in terms {
            guard var entry = entries[term.stem] else { continue }
            if entry.forms.isEmpty { entry.coveredByRule = !tagger.ruleTopics(of: term.form).isEmpty }
            if entry.forms.count < 8 || entry.forms[term.form] != nil { entry.forms[term.form, default: 0] += 1 }
            entry.wholeTotal += 1
            // Each word keeps a few examples; a topic gathers its cells from all the words that hold it.
            if entry.samples[column].count < min(perCell, TopicMiner.samplesPerWord) { entry.samples[column].append(placed) }
            entries[term.stem] = entry
        }
        if entries.count > capacity { entries = entries.filter { $0.value.total > 1 } }
    }

    mutating func count(_ key: String, placed: PlacedClaim, column: Int, date: String?) {
        var entry = entries[key] ?? Entry(cells: Array(repeating: 0, count: columns), samples: Array(repeating: [], count: columns))
        entry.cells[column] += 1
        entry.total += 1
        if entry.sides.count < 3, !entry.sides.contains(placed.claim.group) { entry.sides.append(placed.claim.group) }
        if let date {
            if entry.first.map({ date < $0 }) ?? true { entry.first = date }
            if entry.last.map({ date > $0 }) ?? true { entry.last = date }
        }
        entries[key] = entry
    }

    /// The key-term topics, best first: most sources, most sides, then the most uses as a word of its
    /// own. A part used mostly inside other words ("unter" of "Unternehmen", "stand" of "Zustand") is
    /// no topic: at least a quarter of its claims must use it as a word. A compound whose part is
    /// already a topic is left out (its claims are in the part's row).
    public func rows(columnIDs: [String], limit: Int) -> [MatrixRow] {
        let candidates = entries.filter { entry in
            !entry.value.forms.isEmpty && !entry.value.coveredByRule && entry.value.sides.count >= 2
                && 4 * entry.value.wholeTotal >= entry.value.total
        }
        let ranked = candidates.sorted { lhs, rhs in
            let l = (sources(lhs.value), lhs.value.sides.count, lhs.value.wholeTotal, lhs.value.total)
            let r = (sources(rhs.value), rhs.value.sides.count, rhs.value.wholeTotal, rhs.value.total)
            return l != r ? l > r : lhs.key < rhs.key
        }
        var chosen: [String] = []
        var chosenSet = Set<String>()
        for (key, _) in ranked where chosen.count < limit {
            if TopicTagger.partSet(of: key).contains(where: { $0 != key && chosenSet.contains($0) }) { continue }
            chosen.append(key)
            chosenSet.insert(key)
        }
        let samples = gatherSamples(for: chosenSet)
        return chosen.compactMap { key in
            guard let entry = entries[key] else { return nil }
            let cells = columnIDs.indices.map { column in
                MatrixCell(column: columnIDs[column], total: Int(entry.cells[column]), claims: samples[key]?[column] ?? [])
            }
            let label = TopicTagger.mostFrequent(entry.forms) ?? key
            return MatrixRow(topic: Topic(id: "term:" + key, label: label, isKeyTerm: true), cells: cells,
                             sides: entry.sides.count, firstDate: entry.first, lastDate: entry.last)
        }
    }

    func sources(_ entry: Entry) -> Int { entry.cells.dropLast().filter { $0 > 0 }.count }

    /// Example claims of each chosen topic: its own word's first, then those of compounds holding it.
    func gatherSamples(for chosen: Set<String>) -> [String: [[PlacedClaim]]] {
        var result: [String: [[PlacedClaim]]] = [:]
        for key in chosen { result[key] = entries[key]?.samples ?? [] }
        for (stem, entry) in entries.sorted(by: { $0.key < $1.key }) where !entry.forms.isEmpty {
            for part in TopicTagger.partSet(of: stem) where part != stem && chosen.contains(part) {
                var lists = result[part] ?? Array(repeating: [], count: columns)
                for column in 0..<columns {
                    for placed in entry.samples[column] where lists[column].count < perCell
                        && !lists[column].contains(where: { $0.document == placed.document && $0.claim.id == placed.claim.id }) {
                        lists[column].append(placed)
                    }
                }
                result[part] = lists
            }
        }
        return result
    }
}
