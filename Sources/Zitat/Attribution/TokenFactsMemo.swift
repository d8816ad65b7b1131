import Foundation
import Synchronization

/// `TokenFacts` by word form for the life of a lexicon, shared by every article and thread of a run: a
/// form's facts depend only on its bytes, whether it opens a clause, and the lexicon. Holds at most
/// `capacity` forms (the first ones asked for, which in news text are the frequent ones), so memory
/// stays flat however large the corpus.
final class TokenFactsMemo: Sendable {
    static let capacity = 100_000

    /// A form hashed and compared by its UTF-8 bytes: facts are computed from the bytes, so canonically
    /// equivalent spellings are separate keys.
    struct Key: Hashable, Sendable {
        let form: String
        let opens: Bool

        func hash(into hasher: inout Hasher) {
            form.utf8.withContiguousStorageIfAvailable { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
                ?? Array(form.utf8).withUnsafeBytes { hasher.combine(bytes: $0) }
            hasher.combine(opens)
        }

        static func == (left: Key, right: Key) -> Bool {
            guard left.opens == right.opens, left.form.utf8.count == right.form.utf8.count else { return false }
            let same = left.form.utf8.withContiguousStorageIfAvailable { mine in
                right.form.utf8.withContiguousStorageIfAvailable { theirs in
                    mine.isEmpty || memcmp(mine.baseAddress!, theirs.baseAddress!, mine.count) == 0
                }
            }
            return (same ?? nil) ?? left.form.utf8.elementsEqual(right.form.utf8)
        }
    }

    /// Reserved at full size: growing a dictionary of 100,000 forms step by step rehashes it many times.
    private let table = Mutex<[Key: TokenFacts]>(Dictionary(minimumCapacity: capacity))

    /// The facts of each of an article's distinct forms: all looked up under one lock, `compute(index)`
    /// called (outside the lock) for those the run has not seen, which are remembered while there is room.
    func facts(of keys: [Key], compute: (Int) -> TokenFacts) -> [TokenFacts] {
        let known = table.withLock { table in keys.map { table[$0] } }
        var fresh: [(Key, TokenFacts)] = []
        let facts = known.indices.map { index in
            if let facts = known[index] { return facts }
            let facts = compute(index)
            fresh.append((keys[index], facts))
            return facts
        }
        if !fresh.isEmpty {
            table.withLock { table in
                for (key, facts) in fresh where table.count < Self.capacity { table[key] = facts }
            }
        }
        return facts
    }
}
