import Foundation
public import Zitat

/// Finds the corpus's own topics while it streams by: key terms (noun stems, also as parts of
/// compounds) that claims of two or more sides share, with the rule topics of `rules/topics.yaml`
/// kept apart as named seeds.
///
/// Every claim costs a fixed number of table look-ups per noun (its stem's starts and ends), so the
/// work is linear in the corpus. Memory is bounded: the count table holds at most `capacity` stems
/// and parts (150,000 by default); past that the least frequent are dropped down to three quarters,
/// so a term that first appears late in a very large corpus is counted from then on only. Example
/// claims are kept for words used on their own, a few per word and column, the most characteristic.
public struct TopicMiner: Sendable {
    /// Counts for one stem or compound part.
    struct Counts: Sendable {
        var cells: [Int32]
        var total: Int32 = 0
        /// Up to three distinct sides (hashes of group keys), enough to tell one, two or more apart.
        var sides: (UInt32, UInt32, UInt32) = (0, 0, 0)
        var first: String?
        var last: String?

        var sideCount: Int { (sides.0 == 0 ? 0 : 1) + (sides.1 == 0 ? 0 : 1) + (sides.2 == 0 ? 0 : 1) }

        /// Counts a claim of `column` and `side`; mutated in place in the table, so no array is copied.
        mutating func record(column: Int, side: UInt32, date: String?) {
            cells[column] += 1
            total += 1
            if sides.0 == 0 { sides.0 = side } else if sides.0 != side {
                if sides.1 == 0 { sides.1 = side } else if sides.1 != side, sides.2 == 0 { sides.2 = side }
            }
            if let date {
                if first.map({ date < $0 }) ?? true { first = date }
                if last.map({ date > $0 }) ?? true { last = date }
            }
        }
    }

    /// What a stem seen as a word of its own (not only inside compounds) adds: its written forms
    /// and example claims.
    struct Word: Sendable {
        var forms: [String: Int] = [:]
        var samples: [[PlacedClaim]]
        var coveredByRule = false
        /// Claims that use it as a word of its own.
        var wholeTotal: Int32 = 0

        mutating func record(form: String, sample: PlacedClaim, column: Int, limit: Int) {
            if forms.count < 8 || forms[form] != nil { forms[form, default: 0] += 1 }
            wholeTotal += 1
            samples[column].offer(sample, limit: limit)
        }
    }

    let tagger: TopicTagger
    let columns: Int
    let perCell: Int
    let capacity: Int
    var counts: [String: Counts] = [:]
    var words: [String: Word] = [:]
    /// Claims with at least one key term: the corpus size the weights compare against.
    var claims = 0
    /// Example claims kept per word and column, so memory stays flat over a large vocabulary.
    static let samplesPerWord = 4
    /// Since the last `trimSamples`: the candidate topics whose words keep new example claims.
    var wanted: Set<String>?

    public init(tagger: TopicTagger, columns: Int, perCell: Int, capacity: Int = 150_000) {
        self.tagger = tagger
        self.columns = columns
        self.perCell = perCell
        self.capacity = capacity
    }

    /// Counts one claim in `column` (a source's position, or the last column for other speakers);
    /// `terms` are its key terms (`TopicTagger.keyTerms`).
    public mutating func add(_ placed: PlacedClaim, column: Int, terms: [KeyTerm]) {
        guard !terms.isEmpty else { return }
        claims += 1
        let parts = terms.map { TopicTagger.partSet(of: $0.stem) }
        let side = TopicMiner.hash(placed.claim.group)
        let empty = Counts(cells: Array(repeating: 0, count: columns))
        for key in parts.reduce(into: Set<String>(), { $0.formUnion($1) }) {
            counts[key, default: empty].record(column: column, side: side, date: placed.date)
        }
        let weights = terms.map { weight(of: $0.stem) }
        let sum = weights.reduce(0, +)
        let newWord = Word(samples: Array(repeating: [], count: columns))
        for (index, term) in terms.enumerated() {
            if words[term.stem] == nil { words[term.stem] = Word(samples: newWord.samples, coveredByRule: !tagger.ruleTopics(of: term.form).isEmpty) }
            var scored = placed
            let keeps = wanted.map { !parts[index].isDisjoint(with: $0) } ?? true
            scored.score = keeps ? TopicMiner.share(weights: weights, sum: sum) { parts[$0].contains(term.stem) } : 0
            words[term.stem, default: newWord].record(form: term.form, sample: scored, column: column,
                                                      limit: keeps ? min(perCell, TopicMiner.samplesPerWord) : 0)
        }
        if counts.count > capacity { dropRareTerms() }
    }

    /// Drops the least frequent stems and parts down to three quarters of the capacity.
    mutating func dropRareTerms() {
        BoundedTable.prune(&counts, keep: capacity * 3 / 4) { Int($0.total) }
        words = words.filter { counts[$0.key] != nil }
    }

    /// A side's key as a number that is never 0 (FNV-1a, the same in every run).
    static func hash(_ group: String) -> UInt32 {
        var value: UInt32 = 2_166_136_261
        for byte in group.utf8 { value = (value ^ UInt32(byte)) &* 16_777_619 }
        return value | 1
    }

    /// How much a stem tells about a claim: its inverse document frequency among the claims so far,
    /// log((N + 1) / (df + 1)) + 1, so a rare word weighs more than a common one and none weighs 0.
    func weight(of stem: String) -> Double {
        let df = Double(counts[stem]?.total ?? 0)
        return Foundation.log(Double(claims + 1) / (df + 1)) + 1
    }

    /// The share of a claim's weight that falls on the terms `matches` picks (0…1).
    static func share(weights: [Double], sum: Double, matches: (Int) -> Bool) -> Double {
        guard sum > 0 else { return 0 }
        let matched = weights.indices.filter(matches).reduce(0) { $0 + weights[$1] }
        return matched / sum
    }

    /// How characteristic a claim with these key terms is of the key-term topic `key`: the share of
    /// its terms' weight (`weight(of:)`) that falls on words holding `key` ("Grenze", "Grenzkontrolle"
    /// for `grenz`). A claim about little else than the topic scores near 1; one that names it in
    /// passing among rarer words scores low.
    public func score(_ terms: [KeyTerm], key: String) -> Double {
        let weights = terms.map { weight(of: $0.stem) }
        return TopicMiner.share(weights: weights, sum: weights.reduce(0, +)) { TopicTagger.partSet(of: terms[$0].stem).contains(key) }
    }

    /// The same for a rule topic: the share of weight on the terms the rule's words match. A claim
    /// the rule found outside its nouns (an adjective, a phrase) counts its match as one plain word.
    public func score(_ terms: [KeyTerm], ruleTopic id: String) -> Double {
        let weights = terms.map { weight(of: $0.stem) }
        let matches = terms.indices.filter { tagger.ruleTopics(of: terms[$0].form).contains(id) }
        let matched = matches.isEmpty ? 1 : matches.reduce(0) { $0 + weights[$1] }
        let rest = weights.indices.filter { !matches.contains($0) }.reduce(0) { $0 + weights[$1] }
        return matched / (matched + rest)
    }
}
