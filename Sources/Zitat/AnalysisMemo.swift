import Foundation

/// What one `Analyzer` has already worked out, shared by the articles of a run and its threads:
/// the knowledge base's reading of a mention text and the lexicons' facts about a word form.
///
/// Both are pure functions of their keys and of the analyzer's rules, so a remembered answer is the
/// answer; only time changes. Each table stops growing at its capacity, so memory stays bounded
/// however large the corpus (readings carry traces and rarely recur across articles: fewer).
final class AnalysisMemo: @unchecked Sendable {
    struct Mention: Hashable {
        var text: String
        var date: KBDate?
        var hasName: Bool
        var shadowed: Set<String>
    }

    private let lock = NSLock()
    private var readings: [Mention: Affiliation?] = [:]
    /// Word forms (token texts, by UTF-8 bytes) and their facts.
    private var formIndex = FormIndex(expected: 1024)
    private var formFacts: [FormFacts] = []
    let formCapacity: Int
    let readingCapacity: Int

    init(formCapacity: Int = 100_000, readingCapacity: Int = 10_000) {
        self.formCapacity = formCapacity
        // Reserved, not touched: pages are only written as forms arrive, and the table never moves.
        formFacts.reserveCapacity(formCapacity)
        self.readingCapacity = readingCapacity
    }

    /// `resolver.decide(…)`; `resolver` and `fallback` must be the same for every call on one memo
    /// (the analyzer's knowledge index and source matcher).
    func decide(_ resolver: AffiliationResolver, _ text: String, date: KBDate?, hasName: Bool = false, shadowed: Set<String> = [],
                fallback: SourceMatcher) -> Affiliation? {
        let key = Mention(text: text, date: date, hasName: hasName, shadowed: Self.relevant(shadowed, to: text))
        if let known = lock.withLock({ readings[key] }) { return known }
        let reading = resolver.decide(text, date: date, hasName: hasName, shadowed: shadowed, fallback: fallback)
        lock.withLock {
            if readings.count < readingCapacity { readings[key] = reading }
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
        return shadowed.filter { name in name.isEmpty || normalised.containsRun(Array(name.utf8)) }
    }

    /// The facts of a document's distinct forms (`texts`, with their `FormIndex.hash`es): all looked
    /// up under one lock; those the run has not seen, or that lack the grammar readings `wanted` asks
    /// for (`TokenTable`), are worked out outside the lock and remembered while there is room.
    func forms(_ texts: [String], hashes: [UInt64], wanted: [UInt8], rules: RuleSet) -> [FormFacts] {
        let known: [FormFacts?] = lock.withLock {
            // Three passes, each over independent reads the processor overlaps (the table is too large
            // for the caches): the probes, then the candidates' texts, then the copies.
            let candidates = hashes.map { formIndex.candidate($0) }
            let entries = texts.indices.map { slot -> Int? in
                let candidate = candidates[slot]
                if candidate >= 0, FormIndex.same(formFacts[candidate].text, texts[slot]) { return candidate }
                return candidate < 0 ? nil : formIndex.find(hashes[slot], where: { FormIndex.same(formFacts[$0].text, texts[slot]) })
            }
            return entries.map { $0.map { formFacts[$0] } }
        }
        var fresh: [Int] = []
        let facts = texts.indices.map { slot in
            guard var facts = known[slot] else {
                fresh.append(slot)
                return TokenTable.facts(of: texts[slot], wanted: wanted[slot], rules: rules)
            }
            if TokenTable.fillGrammar(&facts, text: texts[slot], wanted: wanted[slot], rules: rules) { fresh.append(slot) }
            return facts
        }
        if !fresh.isEmpty { lock.withLock { remember(fresh.map { (texts[$0], hashes[$0], facts[$0]) }) } }
        return facts
    }

    /// Stores forms' facts (under the lock): a known form gains the grammar readings it lacked.
    private func remember(_ forms: [(text: String, hash: UInt64, facts: FormFacts)]) {
        for form in forms {
            if let entry = formIndex.find(form.hash, where: { FormIndex.same(formFacts[$0].text, form.text) }) {
                for opens in [false, true] where formFacts[entry].grammar(opens: opens) == nil {
                    if let grammar = form.facts.grammar(opens: opens) { formFacts[entry].setGrammar(grammar, opens: opens) }
                }
            } else if formFacts.count < formCapacity {
                formIndex.insert(form.hash, entry: formFacts.count)
                formFacts.append(form.facts)
            }
        }
    }

    /// A word hashed and compared by its UTF-8 bytes. Canonically equivalent spellings are separate
    /// keys, each with the facts computed for it (the lexicons answer them alike).
    struct Bytes: Hashable {
        let text: String

        init(_ text: String) { self.text = text }

        static func == (lhs: Bytes, rhs: Bytes) -> Bool { FormIndex.same(lhs.text, rhs.text) }

        func hash(into hasher: inout Hasher) {
            var text = text
            text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        }
    }
}

/// The words of the mention texts split last (`KnowledgeIndex.words`), shared by threads: one
/// reading splits its mention in several places. Emptied when it holds `capacity` texts.
final class RecentWords: @unchecked Sendable {
    static let shared = RecentWords()

    private let lock = NSLock()
    private var split: [AnalysisMemo.Bytes: [KnowledgeIndex.Word]] = [:]
    let capacity = 4096

    func words(of text: String, split compute: (String) -> [KnowledgeIndex.Word]) -> [KnowledgeIndex.Word] {
        let key = AnalysisMemo.Bytes(text)
        if let known = lock.withLock({ split[key] }) { return known }
        let words = compute(text)
        lock.withLock {
            if split.count >= capacity { split.removeAll(keepingCapacity: true) }
            split[key] = words
        }
        return words
    }
}
