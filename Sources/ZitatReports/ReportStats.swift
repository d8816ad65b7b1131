public import Zitat

/// A speaker and how often a side quoted them.
public struct SpeakerCount: Hashable, Sendable, Codable {
    public var name: String
    public var kind: SpeakerKind?
    public var count: Int

    public init(name: String, kind: SpeakerKind? = nil, count: Int) {
        self.name = name
        self.kind = kind
        self.count = count
    }
}

/// How one side sources its claims: the most quoted speakers, and claims per kind of speaker.
public struct SideStats: Hashable, Sendable, Codable {
    /// A source id, or `others`.
    public var column: String
    public var total: Int
    /// Most claims first.
    public var speakers: [SpeakerCount]
    /// Claims per speaker kind (`SpeakerKind` raw values, and `unknown` while the kind is not known).
    public var kinds: [String: Int]

    public init(column: String, total: Int = 0, speakers: [SpeakerCount] = [], kinds: [String: Int] = [:]) {
        self.column = column
        self.total = total
        self.speakers = speakers
        self.kinds = kinds
    }

    public static let unknownKind = "unknown"

    /// Claims whose speaker's kind is known.
    public var known: Int { kinds.filter { $0.key != SideStats.unknownKind }.values.reduce(0, +) }
    public var anonymous: Int { kinds[SpeakerKind.anonymous.rawValue] ?? 0 }
}

/// Counts speakers per side while a corpus streams by; the speaker tables stay bounded.
struct SideCounter: Sendable {
    var stats: SideStats
    var speakers: [String: SpeakerCount] = [:]
    /// Speakers tracked at most; when full, the ones quoted once are dropped (they are still counted in totals).
    static let capacity = 5000

    init(column: String) { stats = SideStats(column: column) }

    mutating func add(_ claim: ReportClaim) {
        stats.total += 1
        stats.kinds[claim.speakerKind?.rawValue ?? SideStats.unknownKind, default: 0] += 1
        let name = claim.speakerCanonical ?? claim.speaker ?? "ohne Sprecher"
        var entry = speakers[name] ?? SpeakerCount(name: name, kind: claim.speakerKind, count: 0)
        entry.count += 1
        if entry.kind == nil { entry.kind = claim.speakerKind }
        speakers[name] = entry
        if speakers.count > SideCounter.capacity { BoundedTable.prune(&speakers, keep: SideCounter.capacity * 3 / 4) { $0.count } }
    }

    func result(top: Int) -> SideStats {
        var result = stats
        result.speakers = Array(speakers.values.sorted { ($1.count, $0.name) < ($0.count, $1.name) }.prefix(top))
        return result
    }
}

/// Articles and claims per matrix column (the chosen sources, then `others`) under one key: a day
/// of the timeline (the article date's first ten characters, "2021-04-13" or "2021-04") or an outlet.
public struct ColumnCount: Hashable, Sendable, Codable {
    public var key: String
    public var articles: Int
    public var counts: [Int]

    public init(key: String, articles: Int = 0, counts: [Int]) {
        self.key = key
        self.articles = articles
        self.counts = counts
    }
}

/// Counts articles and their claims per column under a key while a corpus streams by. With a
/// capacity, the table keeps the keys of most articles when it passes it and counts what it dropped.
struct ColumnCounter: Sendable {
    private(set) var table: [String: ColumnCount] = [:]
    private(set) var dropped = DroppedCount()
    let capacity: Int?

    init(capacity: Int? = nil) { self.capacity = capacity }

    /// Counts one article under `key` whose claims fall `counts` per column.
    mutating func add(_ key: String, counts: [Int]) {
        var entry = table[key] ?? ColumnCount(key: key, counts: Array(repeating: 0, count: counts.count))
        entry.articles += 1
        for column in counts.indices { entry.counts[column] += counts[column] }
        table[key] = entry
        if let capacity, table.count > capacity {
            let removed = BoundedTable.prune(&table, keep: capacity * 3 / 4) { $0.articles }
            dropped.keys += removed.count
            // The claims the dropped keys held (the table ranks by articles).
            dropped.claims += removed.reduce(0) { $0 + $1.counts.reduce(0, +) }
        }
    }
}

/// What a bounded table dropped: how many keys, and the claims they held.
public struct DroppedCount: Hashable, Sendable, Codable {
    public var keys = 0
    public var claims = 0

    public init(keys: Int = 0, claims: Int = 0) {
        self.keys = keys
        self.claims = claims
    }
}

/// Keeps a table that grows with the corpus (speakers, outlets, words) within a capacity.
enum BoundedTable {
    /// Keeps the `keep` entries of largest weight (ties by key, so the result never depends on the
    /// hash order) and returns the dropped values. Called when a table passes its capacity, it
    /// costs O(n log n) once per `capacity - keep` new keys: amortised O(log n) a key.
    @discardableResult
    static func prune<Value>(_ table: inout [String: Value], keep: Int, weight: (Value) -> Int) -> [Value] {
        guard table.count > keep else { return [] }
        let ranked = table.map { (key: $0.key, weight: weight($0.value)) }
            .sorted { $0.weight != $1.weight ? $0.weight > $1.weight : $0.key < $1.key }
        return ranked[keep...].compactMap { table.removeValue(forKey: $0.key) }
    }
}
