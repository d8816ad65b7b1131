/// What the word that opens a noun phrase says about the phrase's case (from the lexicon's cells).
public enum PhraseCase: String, Sendable, CaseIterable {
    case dative
    case dativeOrGenitive = "dative_or_genitive"
    case dativePluralOrAccusative = "dative_plural_or_accusative"
    case accusative
    case nominativeOrAccusative = "nominative_or_accusative"
    case nominative
}

/// Which part of a cue's clause names the addressee.
public enum AddresseeSlot: String, Sendable {
    /// The verb's dative object ("warf der Regierung vor").
    case dative
    /// The verb's accusative object ("forderte die Partei auf"); in the passive its subject.
    case accusative
    /// The phrase after a preposition ("gegenüber der Zeitung").
    case preposition
}

/// One rule of `rules/addressees.yaml`.
public struct AddresseeRule: Sendable {
    public var id: String
    public var slot: AddresseeSlot
    /// Cue lemmas the rule holds for (empty: any cue).
    public var verbs: Set<String>
    /// Prepositions, lowercased.
    public var words: Set<String>
    /// Nouns the preposition must follow ("Interview" of "im Interview mit").
    public var after: [String]
    /// Nouns one of which must head the phrase ("Presse" of "vor der Presse").
    public var heads: Set<String>
    /// Whether the preposition belongs to the addressee.
    public var keepsPreposition: Bool
    /// Whether a preposition that carries the phrase's article belongs to it ("vom Ministerium", not
    /// "von der Stadt").
    public var keepsContraction = false
    /// Whether the phrase must name a person, body or medium ("gegenüber der Zeitung", not "gegenüber
    /// den Plänen"); `strictly`: a title, body, acronym, known entity or a name of two words ("zu Reportern", not "zum Abschluss").
    public var named: Naming?

    public enum Naming: String, Sendable {
        case yes = "true", strictly = "strict"
    }

    /// Whether the rule holds for a cue of this lemma ("drohen mit" counts as "drohen").
    public func holds(forLemma lemma: String) -> Bool {
        verbs.contains(lemma) || lemma.split(separator: " ").first.map { verbs.contains(String($0)) } == true
    }
}

/// The addressee rules and the closed-class words that tell a phrase's case.
public struct AddresseeRules: Sendable {
    public var rules: [AddresseeRule] = []
    /// Lowercased pronouns that stand as a phrase of their own ("ihm", "sie").
    public var pronouns: Set<String> = []
    /// Endings of abstract nouns, which name no one to speak to ("-ung" of "Begründung").
    public var abstractEndings: [String] = []

    public init() {}

    init(_ root: RuleNode, examples: inout [RuleExample]) throws(RuleFileError) {
        pronouns = Set(try root.optionalStrings("pronouns").map { $0.lowercased() })
        abstractEndings = try root.optionalStrings("abstract_endings").map { $0.lowercased() }
        for node in try root.required("addressees").list() {
            try node.allowKeys(["id", "description", "slot", "verbs", "words", "after", "heads", "keep", "named", "match", "no_match"])
            let id = try node.required("id").string()
            let slotNode = try node.required("slot")
            guard let slot = AddresseeSlot(rawValue: try slotNode.string()) else {
                throw slotNode.error("slot must be dative, accusative or preposition")
            }
            let keep = try node.optionalString("keep")
            if let keep, keep != "true", keep != "contracted" { throw node.error("keep must be true or contracted") }
            let rule = AddresseeRule(
                id: id, slot: slot, verbs: Set(try node.optionalStrings("verbs").map { $0.lowercased() }),
                words: Set(try node.optionalStrings("words").map { $0.lowercased() }),
                after: try node.optionalStrings("after").map { $0.lowercased() },
                heads: Set(try node.optionalStrings("heads").map { $0.lowercased() }),
                keepsPreposition: keep == "true", keepsContraction: keep == "contracted", named: try Self.naming(node))
            if slot != .preposition, rule.named != nil { throw node.error("'named' is for preposition rules") }
            if slot == .preposition, rule.words.isEmpty { throw node.error("a preposition rule needs 'words'") }
            if slot != .preposition, rule.verbs.isEmpty { throw node.error("a \(slot.rawValue) rule needs 'verbs'") }
            rules.append(rule)
            try node.collectExamples(rule: id, kind: .addressee, into: &examples)
        }
    }

    static func naming(_ rule: RuleNode) throws(RuleFileError) -> AddresseeRule.Naming? {
        guard let node = try rule.optional("named") else { return nil }
        guard let value = AddresseeRule.Naming(rawValue: try node.string()) else { throw node.error("named must be true or strict") }
        return value
    }
}
