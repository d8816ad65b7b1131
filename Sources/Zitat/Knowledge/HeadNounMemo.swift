import Foundation

/// The head noun each word reads as (`AffiliationResolver.readSingleHeadNoun`), remembered by the
/// knowledge index for the run: splitting a compound tries every cut, and the same head words
/// ("Sprecher", "Regierungschef") recur in mention after mention. The reading depends on the word's
/// lowercase form and stem only (its position just numbers the head), so it is kept at position 0.
/// Stops growing at `capacity` words.
final class HeadNounMemo: @unchecked Sendable {
    private struct Key: Hashable {
        let lower: AnalysisMemo.Bytes
        let stem: AnalysisMemo.Bytes
    }

    private let lock = NSLock()
    private var heads: [Key: AffiliationResolver.Head?] = [:]
    let capacity = 20_000

    func head(of word: KnowledgeIndex.Word, read: (KnowledgeIndex.Word) -> AffiliationResolver.Head?) -> AffiliationResolver.Head? {
        let key = Key(lower: AnalysisMemo.Bytes(word.lower), stem: AnalysisMemo.Bytes(word.stem))
        if let known = lock.withLock({ heads[key] }) { return known }
        let head = read(word)
        lock.withLock {
            if heads.count < capacity { heads[key] = head }
        }
        return head
    }
}

extension AffiliationResolver {
    /// The office or role noun a single word reads as, at `position` (see `readSingleHeadNoun`).
    func singleHeadNoun(_ word: KnowledgeIndex.Word, at position: Int) -> Head? {
        index.heads.head(of: word) { readSingleHeadNoun($0, at: 0) }.map { head in
            var head = head
            head.word = position
            return head
        }
    }
}
