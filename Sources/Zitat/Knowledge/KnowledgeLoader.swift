public import Foundation

/// Reads the knowledge base from YAML (`rules/kb/*.yaml`, `rules/affiliation.yaml`); every problem
/// names its file, line and column.
extension KnowledgeBase {
    static let topLevelKeys: Set<String> = ["institutions", "offices", "people", "roles", "media", "nationalities", "parties"]

    /// Adds the entries of one knowledge file.
    mutating func add(_ root: RuleNode) throws(RuleFileError) {
        try root.allowKeys(Self.topLevelKeys)
        for node in try root.optional("institutions")?.list() ?? [] { institutions.append(try institution(node)) }
        for node in try root.optional("offices")?.list() ?? [] { offices.append(try office(node)) }
        for node in try root.optional("people")?.list() ?? [] { people.append(try person(node)) }
        for node in try root.optional("roles")?.list() ?? [] { roles.append(try role(node)) }
        for node in try root.optional("media")?.list() ?? [] { outlets.append(try outlet(node)) }
        for node in try root.optional("nationalities")?.list() ?? [] {
            try node.allowKeys(["code", "demonyms", "adjective"])
            nationalities.append(Nationality(code: try node.required("code").string(), demonyms: try node.optionalStrings("demonyms"),
                                             adjective: try node.optionalString("adjective")))
        }
        for node in try root.optional("parties")?.list() ?? [] {
            try node.allowKeys(["id", "name", "members", "match", "no_match"])
            parties.append(Party(id: try node.required("id").string(), name: try node.required("name").string(),
                                 members: try node.optionalStrings("members")))
        }
    }

    private mutating func institution(_ node: RuleNode) throws(RuleFileError) -> Institution {
        try node.allowKeys(["id", "name", "kind", "side", "parent", "aliases", "markers", "description", "match", "no_match"])
        let id = try node.required("id").string()
        let kindNode = try node.optional("kind")
        let kind = try kindNode.map { node throws(RuleFileError) in try node.string() } ?? "institution"
        guard kind == "state" || kind == "institution" else { throw kindNode!.error("kind must be state or institution") }
        try node.collectExamples(rule: id, into: &examples)
        return Institution(id: id, name: try node.required("name").string(), kind: kind == "state" ? .state : .institution,
                           side: try node.optionalString("side"), parent: try node.optionalString("parent"),
                           aliases: try node.optionalStrings("aliases"), markers: try node.optionalStrings("markers"))
    }

    private mutating func office(_ node: RuleNode) throws(RuleFileError) -> Office {
        try node.allowKeys(["id", "name", "institution", "nouns", "titles", "unique", "side", "description", "match", "no_match"])
        let id = try node.required("id").string()
        try node.collectExamples(rule: id, into: &examples)
        return Office(id: id, name: try node.required("name").string(), institution: try node.required("institution").string(),
                      nouns: try node.optionalStrings("nouns"), titles: try node.optionalStrings("titles"),
                      unique: try node.optional("unique")?.bool() ?? false, side: try node.optionalString("side"))
    }

    private mutating func person(_ node: RuleNode) throws(RuleFileError) -> Person {
        try node.allowKeys(["id", "name", "aliases", "gender", "nationality", "party", "born", "offices", "description", "match", "no_match"])
        let id = try node.required("id").string()
        var tenures: [Tenure] = []
        for item in try node.optional("offices")?.list() ?? [] {
            try item.allowKeys(["office", "from", "to", "note"])
            let tenure = Tenure(office: try item.required("office").string(), from: try item.optional("from")?.date(),
                                to: try item.optional("to")?.date())
            if let from = tenure.from, let to = tenure.to, to.start < from.start {
                throw item.error("office ends (\(to)) before it starts (\(from))")
            }
            tenures.append(tenure)
        }
        let genderNode = try node.optional("gender")
        let gender = try genderNode.map { node throws(RuleFileError) -> Gender in
            guard let gender = Gender(rawValue: try node.string()) else { throw node.error("gender must be m or f") }
            return gender
        }
        try node.collectExamples(rule: id, into: &examples)
        return Person(id: id, name: try node.required("name").string(), aliases: try node.optionalStrings("aliases"),
                      gender: gender, nationality: try node.optionalString("nationality"), party: try node.optionalString("party"),
                      born: try node.optional("born")?.int(), tenures: tenures)
    }

    private mutating func role(_ node: RuleNode) throws(RuleFileError) -> Role {
        try node.allowKeys(["id", "nouns", "kind", "side", "description", "match", "no_match"])
        let id = try node.required("id").string()
        let kindNode = try node.required("kind")
        guard let kind = SpeakerKind(rawValue: try kindNode.string()) else {
            throw kindNode.error("kind must be one of: \(SpeakerKind.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        let sideNode = try node.optional("side")
        let side = try sideNode?.string() ?? "none"
        guard side == "inherit" || side == "none" else { throw sideNode!.error("side of a role must be inherit or none") }
        try node.collectExamples(rule: id, into: &examples)
        return Role(id: id, nouns: try node.required("nouns").strings(), kind: kind, inheritsSide: side == "inherit")
    }

    private mutating func outlet(_ node: RuleNode) throws(RuleFileError) -> Outlet {
        try node.allowKeys(["id", "name", "aliases", "country", "state_owned", "description", "match", "no_match"])
        let id = try node.required("id").string()
        try node.collectExamples(rule: id, into: &examples)
        return Outlet(id: id, name: try node.required("name").string(), aliases: try node.optionalStrings("aliases"),
                      country: try node.optionalString("country"), stateOwned: try node.optional("state_owned")?.bool() ?? false)
    }

    /// Reads `rules/affiliation.yaml`: modifier words and given names.
    mutating func addModifiers(_ root: RuleNode) throws(RuleFileError) {
        try root.allowKeys(["modifiers", "given_names", "place_prepositions", "articles", "definite_articles", "indefinite_articles",
                            "transparent_nouns", "definite_aliases", "adjective_endings", "reflexive_possessives",
                            "seat_nouns", "leader_body_nouns", "leader_titles", "origin_prepositions",
                            "coordinators", "correlatives", "pair_words", "pair_nouns", "field_nouns",
                            "executive_documents", "executive_body"])
        modifiers.reflexivePossessives.formUnion(try root.optionalStrings("reflexive_possessives").map { $0.lowercased() })
        modifiers.placePrepositions += try root.optionalStrings("place_prepositions")
        modifiers.articles += try root.optionalStrings("articles")
        modifiers.definiteArticles += try root.optionalStrings("definite_articles")
        modifiers.indefiniteArticles += try root.optionalStrings("indefinite_articles")
        modifiers.transparentNouns += try root.optionalStrings("transparent_nouns")
        modifiers.definiteAliases += try root.optionalStrings("definite_aliases")
        modifiers.seatNouns += try root.optionalStrings("seat_nouns")
        modifiers.originPrepositions += try root.optionalStrings("origin_prepositions")
        modifiers.leaderBodyNouns += try root.optionalStrings("leader_body_nouns")
        modifiers.leaderTitles += try root.optionalStrings("leader_titles")
        modifiers.adjectiveEndings += try root.optionalStrings("adjective_endings")
        modifiers.coordinators += try root.optionalStrings("coordinators")
        modifiers.correlatives += try root.optionalStrings("correlatives")
        modifiers.pairWords += try root.optionalStrings("pair_words")
        modifiers.pairNouns += try root.optionalStrings("pair_nouns")
        modifiers.fieldNouns += try root.optionalStrings("field_nouns")
        modifiers.executiveDocuments += try root.optionalStrings("executive_documents")
        if let body = try root.optionalString("executive_body") { modifiers.executiveBody = body }
        for node in try root.optional("modifiers")?.list() ?? [] {
            try node.allowKeys(["id", "kind", "words", "prefixes", "description", "match", "no_match"])
            let id = try node.required("id").string()
            let words = try node.optionalStrings("words")
            let prefixes = try node.optionalStrings("prefixes")
            switch try node.required("kind").string() {
            case "former": modifiers.former += words; modifiers.formerPrefixes += prefixes
            case "elect": modifiers.elect += words
            case "deputy": modifiers.deputy += words; modifiers.deputyPrefixes += prefixes
            default: throw try node.required("kind").error("kind must be former, elect or deputy")
            }
            try node.collectExamples(rule: id, into: &examples)
        }
        if let names = try root.optional("given_names") {
            try names.allowKeys(["m", "f"])
            for name in try names.optionalStrings("m") { modifiers.givenNames[name.lowercased()] = .m }
            for name in try names.optionalStrings("f") { modifiers.givenNames[name.lowercased()] = .f }
        }
    }
}

extension RuleNode {
    func bool() throws(RuleFileError) -> Bool {
        switch try string().lowercased() {
        case "true", "yes": return true
        case "false", "no": return false
        default: throw error("expected true or false")
        }
    }

    func date() throws(RuleFileError) -> KBDate {
        let text = try string()
        guard let date = KBDate(text) else { throw error("expected a date YYYY, YYYY-MM or YYYY-MM-DD, not '\(text)'") }
        return date
    }
}

extension KnowledgeBase {
    /// A knowledge base from YAML texts (for tests and tools): `affiliation` holds the modifiers,
    /// `files` the entries.
    public static func parse(files: [(path: String, text: String)], affiliation: String? = nil) throws -> KnowledgeBase {
        var base = KnowledgeBase()
        if let affiliation { try base.addModifiers(RuleFile.parse(text: affiliation, path: "affiliation.yaml")) }
        for file in files { try base.add(RuleFile.parse(text: file.text, path: file.path)) }
        try base.link()
        return base
    }
}

extension KnowledgeError: LocalizedError {
    public var errorDescription: String? { message }
}
