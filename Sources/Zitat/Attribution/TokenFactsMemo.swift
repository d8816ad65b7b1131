import Synchronization

/// `TokenFacts` by word form for the life of a lexicon, shared by every article and thread of a run: a
/// form's facts depend only on the form, whether it opens a clause, and the lexicon. Holds at most
/// `capacity` forms (the first ones asked for, which in news text are the frequent ones), so memory
/// stays flat however large the corpus.
final class TokenFactsMemo: Sendable {
    static let capacity = 100_000

    struct Key: Hashable, Sendable {
        var form: String
        var opens: Bool
    }

    /// Reserved at full size: growing a dictionary of 100,000 forms step by step rehashes it many times.
    private let table = Mutex<[Key: TokenFacts]>(Dictionary(minimumCapacity: capacity))

    /// The remembered facts, or `compute()`'s (computed outside the lock; remembered while there is room).
    func facts(_ form: String, opens: Bool, compute: () -> TokenFacts) -> TokenFacts {
        let key = Key(form: form, opens: opens)
        if let known = table.withLock({ $0[key] }) { return known }
        let facts = compute()
        table.withLock { table in
            if table.count < Self.capacity { table[key] = facts }
        }
        return facts
    }
}
