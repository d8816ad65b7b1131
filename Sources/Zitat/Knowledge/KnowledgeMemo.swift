import Foundation

/// A pure function of the knowledge index remembered for the run, shared by threads: the readings
/// and word facts that articles ask for again and again ("Wladimir Putin", "Regierungssprecher").
/// A remembered answer is the answer; only time changes. Stops growing at `capacity` keys.
final class KnowledgeMemo<Key: Hashable, Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var table: [Key: Value] = [:]
    let capacity: Int

    init(capacity: Int) {
        self.capacity = capacity
    }

    func value(for key: Key, compute: () -> Value) -> Value {
        if let known = lock.withLock({ table[key] }) { return known }
        let value = compute()
        lock.withLock {
            if table.count < capacity { table[key] = value }
        }
        return value
    }
}

/// The cuts of a lowercase word into a prefix and the rest, by letters (grapheme clusters) as
/// `Array(word)` counts them. A word whose every scalar is a letter of its own (below U+0300, where
/// the combining marks start, and no CR) is sliced as UTF-8 at scalar offsets, without breaking it
/// into clusters: compound splitting tries every cut of every capitalised word of a mention.
struct WordCuts {
    private let bytes: [UInt8]
    private let offsets: [Int]
    private let characters: [Character]
    /// Letters of the word.
    let count: Int

    init(_ word: String) {
        if word.unicodeScalars.allSatisfy(\.standsAlone) {
            bytes = Array(word.utf8)
            offsets = bytes.scalarOffsets
            characters = []
            count = offsets.count - 1
        } else {
            bytes = []
            offsets = []
            characters = Array(word)
            count = characters.count
        }
    }

    /// The first `cut` letters.
    func prefix(_ cut: Int) -> String {
        offsets.isEmpty ? String(characters[..<cut]) : String(decoding: bytes[..<offsets[cut]], as: UTF8.self)
    }

    /// The letters from `cut` on.
    func suffix(from cut: Int) -> String {
        offsets.isEmpty ? String(characters[cut...]) : String(decoding: bytes[offsets[cut]...], as: UTF8.self)
    }
}

extension AffiliationResolver {
    /// `resolve(text, date: nil)`, remembered for the run: pronouns ask the base about the names
    /// before them, and the gender of a name, in sentence after sentence.
    func resolveUndated(_ text: String) -> Affiliation? {
        index.undated.value(for: AnalysisMemo.Bytes(text)) { resolve(text, date: nil) }
    }

    /// `bareBodyNoun` of a mention text's words, remembered for the run ("der Sprecher", "die Regierung").
    func bareBodyNoun(ofText text: String) -> String? {
        index.bareBodyTexts.value(for: AnalysisMemo.Bytes(text)) { bareBodyNoun(KnowledgeIndex.words(text)) }
    }

    /// `stateBodyNoun` of a mention text's words, remembered for the run.
    func stateBodyNoun(ofText text: String) -> String? {
        index.stateBodyTexts.value(for: AnalysisMemo.Bytes(text)) { stateBodyNoun(KnowledgeIndex.words(text)) }
    }
}
