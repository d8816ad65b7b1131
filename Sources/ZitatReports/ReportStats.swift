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
        if speakers.count > SideCounter.capacity { speakers = speakers.filter { $0.value.count > 1 } }
    }

    func result(top: Int) -> SideStats {
        var result = stats
        result.speakers = Array(speakers.values.sorted { ($1.count, $0.name) < ($0.count, $1.name) }.prefix(top))
        return result
    }
}
