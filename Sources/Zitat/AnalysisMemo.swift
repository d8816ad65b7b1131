import Foundation

/// What one `Analyzer` has already worked out, shared by the articles of a run and its threads:
/// the knowledge base's reading of a mention text and the lexicons' facts about a lowercase word.
///
/// Both are pure functions of their keys and of the analyzer's rules, so a remembered answer is the
/// answer; only time changes. Each table stops growing at `capacity` entries, so memory stays
/// bounded however large the corpus.
final class AnalysisMemo: @unchecked Sendable {
    struct Mention: Hashable {
        var text: String
        var date: KBDate?
        var hasName: Bool
        var shadowed: Set<String>
    }

    private let lock = NSLock()
    private var readings: [Mention: Affiliation?] = [:]
    private var words: [String: TextView.WordFacts] = [:]
    let capacity: Int

    init(capacity: Int = 50_000) {
        self.capacity = capacity
    }

    /// `resolver.decide(…)`; `resolver` and `fallback` must be the same for every call on one memo
    /// (the analyzer's knowledge index and source matcher).
    func decide(_ resolver: AffiliationResolver, _ text: String, date: KBDate?, hasName: Bool = false, shadowed: Set<String> = [],
                fallback: SourceMatcher) -> Affiliation? {
        let key = Mention(text: text, date: date, hasName: hasName, shadowed: Self.relevant(shadowed, to: text))
        if let known = lock.withLock({ readings[key] }) { return known }
        let reading = resolver.decide(text, date: date, hasName: hasName, shadowed: shadowed, fallback: fallback)
        lock.withLock {
            if readings.count < capacity { readings[key] = reading }
        }
        return reading
    }

    /// The shadowed family names a reading of `text` can see. The resolver compares them with the
    /// stems of the text's words, and a stem is a prefix of a word's normalised form; in a text of
    /// simple scalars (below U+0300) lowercasing maps scalar by scalar, so that form stands in the
    /// normalised text. Names that do not stand there cannot change the reading, so articles with
    /// other shadowed names share it. Other texts keep all names.
    static func relevant(_ shadowed: Set<String>, to text: String) -> Set<String> {
        guard !shadowed.isEmpty, text.unicodeScalars.allSatisfy({ $0.value < 0x300 }) else { return shadowed }
        let normalised = Array(KnowledgeIndex.normalised(text).utf8)
        return shadowed.filter { name in
            let bytes = Array(name.utf8)
            guard !bytes.isEmpty, bytes.count <= normalised.count else { return bytes.isEmpty }
            return (0...(normalised.count - bytes.count)).contains { start in
                normalised[start] == bytes[0] && normalised[start..<(start + bytes.count)].elementsEqual(bytes)
            }
        }
    }

    /// The facts about a lowercase word, computed by `compute` the first time.
    func facts(of word: String, compute: (String) -> TextView.WordFacts) -> TextView.WordFacts {
        if let known = lock.withLock({ words[word] }) { return known }
        let facts = compute(word)
        lock.withLock {
            if words.count < capacity { words[word] = facts }
        }
        return facts
    }
}
