/// World knowledge about who speaks for which side: institutions, offices with their holders over
/// time, people, generic role nouns, media outlets, nationalities and parties (`rules/kb/*.yaml`).
///
/// The base is data; ``AffiliationResolver`` holds the mechanism that reads a speaker mention
/// against it at an article's date.
public struct KnowledgeBase: Sendable {
    public enum Gender: String, Sendable, Hashable { case m, f }

    public struct Institution: Sendable, Hashable {
        public var id: String
        public var name: String
        public var kind: SpeakerKind
        public var side: String?
        public var parent: String?
        public var aliases: [String]
        public var markers: [String]
    }

    public struct Office: Sendable, Hashable {
        public var id: String
        public var name: String
        public var institution: String
        public var nouns: [String]
        public var titles: [String]
        public var unique: Bool
        public var side: String?
    }

    public struct Person: Sendable, Hashable {
        public var id: String
        public var name: String
        public var aliases: [String]
        public var gender: Gender?
        public var nationality: String?
        public var party: String?
        public var born: Int?
        public var tenures: [Tenure]
    }

    public struct Role: Sendable, Hashable {
        public var id: String
        public var nouns: [String]
        public var kind: SpeakerKind
        /// Whether the role takes the side of the body that qualifies it ("Pentagonsprecher").
        public var inheritsSide: Bool
    }

    public struct Outlet: Sendable, Hashable {
        public var id: String
        public var name: String
        public var aliases: [String]
        public var country: String?
        public var stateOwned: Bool
    }

    public struct Nationality: Sendable, Hashable {
        public var code: String
        public var demonyms: [String]
        public var adjective: String?
    }

    public struct Party: Sendable, Hashable {
        public var id: String
        public var name: String
        public var members: [String]
    }

    /// Words that change what an office noun says: "ehemalig" (former), "designiert" (not yet in
    /// office), "stellvertretend" (a deputy, not the holder); from `rules/affiliation.yaml`.
    public struct Modifiers: Sendable, Hashable {
        public var former: [String] = []
        public var elect: [String] = []
        public var deputy: [String] = []
        /// Prefixes of a hyphenated or closed compound with the same meaning ("Ex-", "Vize").
        public var formerPrefixes: [String] = []
        public var deputyPrefixes: [String] = []
        /// Prepositions that attach a place to a mention ("in", "im"): the mention ends before them.
        public var placePrepositions: [String] = []
        public var articles: [String] = []
        public var definiteArticles: [String] = []
        /// "ein Sprecher des Pentagons" is one of several, not the holder of the unique office.
        public var indefiniteArticles: [String] = []
        /// Nouns that pass the speaking on to their attachment: "Angaben des Kremls" is the Kremlin.
        public var transparentNouns: [String] = []
        /// Aliases that are common nouns ("Bündnis"): they name their body only after a definite article.
        public var definiteAliases: [String] = []
        /// Nouns of bodies whose seat names their state: "die Regierung in Washington", "die Führung in Moskau".
        public var seatNouns: [String] = []
        /// Prepositions that make a state the place of the events a sentence tells ("ein Anschlag in
        /// Russland", "Flüchtlinge aus Syrien"): a bare body noun of that sentence is that state's.
        public var originPrepositions: [String] = []
        /// Nouns of a government named by its leader: "die Obama-Regierung", "die Trump-Administration".
        public var leaderBodyNouns: [String] = []
        /// Nouns of the offices whose holder leads a government ("Staatschef", "Regierungschef").
        public var leaderTitles: [String] = []
        /// Endings of a capitalised adjective before its noun ("Vereinigten Staaten").
        public var adjectiveEndings: [String] = []
        /// Words that join the members of a joint speaker ("und", "sowie", "als auch").
        public var coordinators: [String] = []
        /// Words that open a joint speaker and belong to no member ("sowohl").
        public var correlatives: [String] = []
        /// "beide": with a `pairNouns` noun, the members of the latest joint mention ("die beiden Länder").
        public var pairWords: [String] = []
        public var pairNouns: [String] = []
        /// Nouns of bodies named by their field ("Ministerium"): "Verteidigungskreise" are the
        /// defence ministry's circles.
        public var fieldNouns: [String] = []
        /// Documents only a government issues ("Memorandum", "Dekret"): with no issuer named, they are
        /// the `executiveBody` the article names last.
        public var executiveDocuments: [String] = []
        public var executiveBody: String?
        /// "eigen" in its forms: "nach eigenen Angaben" speaks for the sentence's subject.
        public var reflexivePossessives: Set<String> = []
        /// Given names with their gender, for pronouns and epithets ("Hillary" → f).
        public var givenNames: [String: Gender] = [:]
    }

    public var institutions: [Institution] = []
    public var offices: [Office] = []
    public var people: [Person] = []
    public var roles: [Role] = []
    public var outlets: [Outlet] = []
    public var nationalities: [Nationality] = []
    public var parties: [Party] = []
    public var modifiers = Modifiers()
    /// Every example of every entry, for the test that runs them (`mention @date`).
    public var examples: [RuleExample] = []

    public init() {}

    public func institution(_ id: String) -> Institution? { institutionsByID[id].map { institutions[$0] } }
    public func office(_ id: String) -> Office? { officesByID[id].map { offices[$0] } }
    public func person(_ id: String) -> Person? { peopleByID[id].map { people[$0] } }

    var institutionsByID: [String: Int] = [:]
    var officesByID: [String: Int] = [:]
    var peopleByID: [String: Int] = [:]

    /// Fills the id indexes and checks that every reference names an entry.
    mutating func link() throws(KnowledgeError) {
        var seen = Set<String>()
        for id in institutions.map(\.id) + offices.map(\.id) + people.map(\.id) + outlets.map(\.id) + roles.map(\.id) {
            guard seen.insert(id).inserted else { throw KnowledgeError(message: "the id '\(id)' is used twice") }
        }
        institutionsByID = Dictionary(institutions.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        officesByID = Dictionary(offices.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        peopleByID = Dictionary(people.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        for institution in institutions {
            if let parent = institution.parent, institutionsByID[parent] == nil {
                throw KnowledgeError(message: "institution '\(institution.id)' names unknown parent '\(parent)'")
            }
        }
        for office in offices where institutionsByID[office.institution] == nil {
            throw KnowledgeError(message: "office '\(office.id)' names unknown institution '\(office.institution)'")
        }
        for person in people {
            for tenure in person.tenures where officesByID[tenure.office] == nil {
                throw KnowledgeError(message: "person '\(person.id)' names unknown office '\(tenure.office)'")
            }
        }
    }

    /// The side an institution speaks for, its own or its nearest ancestor's.
    public func side(ofInstitution id: String) -> String? {
        var current: String? = id
        var seen = Set<String>()
        while let id = current, !seen.contains(id), let institution = institution(id) {
            if let side = institution.side { return side }
            // A body without a side of its own under a side's state (the US Congress under the USA)
            // speaks for no side: only executive bodies carry one, so the chain stops at the first
            // body that is no state.
            if institution.kind != .state, institution.parent.flatMap(self.institution)?.kind == .state { return nil }
            seen.insert(id)
            current = institution.parent
        }
        return nil
    }

    /// The chain from an institution up to its root, itself first.
    public func ancestors(ofInstitution id: String) -> [String] {
        var chain: [String] = []
        var current: String? = id
        while let id = current, !chain.contains(id), let institution = institution(id) {
            chain.append(id)
            current = institution.parent
        }
        return chain
    }

    /// The side an office speaks for: its own, or its institution's.
    public func side(ofOffice office: Office) -> String? {
        office.side ?? side(ofInstitution: office.institution)
    }

    /// The holders of a unique office on a date (several only when the data overlaps).
    public func holders(of officeID: String, on date: KBDate) -> [Person] {
        people.filter { person in person.tenures.contains { $0.office == officeID && $0.covers(date) } }
    }

    /// The latest holder of an office, for articles with no date.
    public func latestHolder(of officeID: String) -> Person? {
        let tenures = people.flatMap { person in person.tenures.filter { $0.office == officeID }.map { (person, $0) } }
        return tenures.max { ($0.1.from?.start ?? 0) < ($1.1.from?.start ?? 0) }?.0
    }
}

/// A problem in the knowledge base that no single line shows (a reference to a missing entry).
public struct KnowledgeError: Error, Sendable, Equatable {
    public var message: String
}
