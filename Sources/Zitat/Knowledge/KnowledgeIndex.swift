/// Hashed lookups over the knowledge base, built once per rule set: every alias, marker, noun and
/// epithet as normalised stems (lower case, "ß" as "ss", German endings removed), so a mention is
/// read with a few dictionary lookups per word.
public struct KnowledgeIndex: Sendable {
    public enum Target: Sendable, Hashable {
        case person(Int), institution(Int), outlet(Int), officeTitle(Int)
    }

    public enum Noun: Sendable, Hashable {
        case office(Int), role(Int)
    }

    public let base: KnowledgeBase
    /// Aliases by their stems joined with spaces.
    var aliases: [String: [Target]] = [:]
    var longestAlias = 1
    /// Institutions by the stems of their markers; multi-word markers joined with spaces.
    var markers: [String: [Int]] = [:]
    var longestMarker = 1
    var nouns: [String: [Noun]] = [:]
    var demonyms: [String: String] = [:]
    var partyMembers: [String: String] = [:]
    var former: Set<String> = []
    var elect: Set<String> = []
    var deputy: Set<String> = []
    var formerPrefixes: Set<String> = []
    var deputyPrefixes: Set<String> = []

    public init(_ base: KnowledgeBase) {
        self.base = base
        for (index, person) in base.people.enumerated() {
            for alias in [person.name] + person.aliases { add(alias, .person(index)) }
        }
        for (index, institution) in base.institutions.enumerated() {
            for alias in [institution.name] + institution.aliases { add(alias, .institution(index)) }
            for marker in institution.markers {
                let key = Self.key(marker)
                guard !key.isEmpty else { continue }
                markers[key, default: []].append(index)
                longestMarker = max(longestMarker, key.split(separator: " ").count)
            }
        }
        for (index, outlet) in base.outlets.enumerated() {
            for alias in [outlet.name] + outlet.aliases { add(alias, .outlet(index)) }
        }
        for (index, office) in base.offices.enumerated() {
            for title in office.titles { add(title, .officeTitle(index)) }
            for noun in office.nouns { nouns[Self.key(noun), default: []].append(.office(index)) }
        }
        for (index, role) in base.roles.enumerated() {
            for noun in role.nouns { nouns[Self.key(noun), default: []].append(.role(index)) }
        }
        for nationality in base.nationalities {
            for demonym in nationality.demonyms { demonyms[Self.key(demonym)] = nationality.code }
        }
        for party in base.parties {
            for member in party.members { partyMembers[Self.key(member)] = party.id }
        }
        let modifiers = base.modifiers
        former = Set(modifiers.former.map(Self.key))
        elect = Set(modifiers.elect.map(Self.key))
        deputy = Set(modifiers.deputy.map(Self.key))
        formerPrefixes = Set(modifiers.formerPrefixes.map { $0.lowercased() })
        deputyPrefixes = Set(modifiers.deputyPrefixes.map { $0.lowercased() })
    }

    private mutating func add(_ alias: String, _ target: Target) {
        let key = Self.key(alias)
        guard !key.isEmpty else { return }
        if !(aliases[key]?.contains(target) ?? false) { aliases[key, default: []].append(target) }
        longestAlias = max(longestAlias, key.split(separator: " ").count)
    }

    /// The normalised stems of a text, joined by spaces ("Weißen Hauses" → "weiss haus").
    public static func key(_ text: String) -> String {
        words(text).map(\.stem).joined(separator: " ")
    }

    /// A word of a mention: as written, normalised, and stemmed.
    public struct Word: Sendable, Hashable {
        public var text: String
        public var lower: String
        public var stem: String
        public var isCapitalized: Bool
    }

    /// Splits a mention into words (letters, digits and inner hyphens; "US-Präsident" is one word).
    public static func words(_ text: String) -> [Word] {
        text.split { !($0.isLetter || $0.isNumber || $0 == "-") }.compactMap { raw in
            let trimmed = raw.drop { $0 == "-" }
            let word = trimmed.hasSuffix("-") ? String(trimmed.dropLast()) : String(trimmed)
            guard !word.isEmpty else { return nil }
            let lower = normalised(word)
            return Word(text: word, lower: lower, stem: SourceMatcher.stem(lower), isCapitalized: word.first?.isUppercase ?? false)
        }
    }

    /// Lower case with "ß" written "ss", as Swiss German does.
    static func normalised(_ word: String) -> String {
        word.lowercased().replacingOccurrences(of: "ß", with: "ss")
    }
}
