/// What the knowledge base says about a speaker mention at an article's date: the side it speaks
/// for (if any), what kind of speaker it is, the entry and office that decided, and why.
public struct Affiliation: Sendable, Hashable {
    public var side: String?
    public var kind: SpeakerKind?
    /// The knowledge-base entry ("sergej-lawrow", "pentagon", "washington-post").
    public var entity: String?
    /// The entry's canonical name ("Sergej Lawrow").
    public var canonical: String?
    /// The office held at the date ("Außenminister Russlands").
    public var office: String?
    public var gender: KnowledgeBase.Gender?
    /// The rule parts that explain the decision, e.g. ["source:kb:sergej-lawrow", "office:ru-foreign-minister@2022-10"].
    public var trace: [String]
    /// How strongly the mention names its entry: a person by name beats an office read at a date,
    /// which beats a role or a body. Coreference keeps the strongest reading of an entity.
    public var strength: Int
    /// A family name alone read as the one person of that name in a side's office at the date:
    /// good enough for a mention of its own, never enough to rename an entity the article named.
    public var guessed = false
    /// The alias of a body as the base writes it, when the mention named the body by it
    /// ("Angaben der NATO" → "NATO", "des Weißen Hauses" → "Weißes Haus"): its canonical name.
    public var alias: String?
    /// Why the reading speaks for no side, when that is what it is and not what its qualifiers
    /// leave open; its trace part opens `trace`.
    public var sideless: Sideless?

    public init(side: String? = nil, kind: SpeakerKind? = nil, entity: String? = nil, canonical: String? = nil,
                office: String? = nil, gender: KnowledgeBase.Gender? = nil, trace: [String] = [], strength: Int = 0) {
        self.side = side
        self.kind = kind
        self.entity = entity
        self.canonical = canonical
        self.office = office
        self.gender = gender
        self.trace = trace
        self.strength = strength
    }

    /// A reading of no side by what it is, its trace that part.
    public init(kind: SpeakerKind?, office: String? = nil, sideless: Sideless, strength: Int) {
        self.init(kind: kind, office: office, trace: [sideless.trace], strength: strength)
        self.sideless = sideless
    }

    /// Readings that speak for no side whatever qualifies them: neither a user's own side
    /// (`sources.yaml`) nor a body the article names lends them one.
    public enum Sideless: Sendable, Hashable {
        /// A former holder of an office ("der frühere Außenminister"), by the office's id.
        case formerOffice(String)
        /// An office not yet taken up ("der designierte US-Präsident", "der künftige Außenminister"),
        /// by the office's id.
        case electOffice(String)
        /// A government named by a leader out of office at the date ("die Obama-Regierung" in 2020),
        /// by the leader's id.
        case formerLeader(String)
        /// A role whose `side` is `none` in kb/roles.yaml ("ein Experte"), by the role's id.
        case role(String)
        /// A joint speaker whose members speak for different sides ("Washington und Moskau"), by the
        /// sides' ids joined with "+".
        case jointSides(String)

        /// The trace part that names it.
        public var trace: String {
            switch self {
            case let .formerOffice(office): "source:kb-former:\(office)"
            case let .electOffice(office): "source:kb-elect:\(office)"
            case let .formerLeader(person): "source:kb-former-leader:\(person)"
            case let .role(role): "source:kb-role:\(role)"
            case let .jointSides(sides): "source:joint-sides:\(sides)"
            }
        }
    }
}

/// An epithet that stands for a person mentioned before: "der Norweger", "der Republikaner",
/// "der 71-Jährige".
public enum Epithet: Sendable, Hashable {
    case nationality(String)
    case party(String)
    case age(Int)
}
