public import Foundation

/// A German example a rule carries: a text it must match, or one it must not.
public struct RuleExample: Hashable, Sendable, CustomStringConvertible {
    public var file: String
    public var rule: String
    public var text: String
    public var shouldMatch: Bool

    public var description: String { "\(file) \(rule) \(shouldMatch ? "match" : "no_match"): \(text)" }
}

/// All linguistic knowledge Zitat uses, loaded from the YAML files of a rules directory.
///
/// Code holds mechanisms; the words (cues, subjunctive forms, sources, topics, furniture,
/// abbreviations, speaker vocabulary) live in `rules/*.yaml`.
public struct RuleSet: Sendable {
    public var directory: String
    public var abbreviations: AbbreviationRules
    public var boilerplate: [BoilerplateRule]
    public var cues: CueLexicon
    public var subjunctive: SubjunctiveLexicon
    public var speakers: SpeakerLexicon
    public var sources: [SourceRule]
    public var topics: [TopicRule]
    /// How shared key terms become topics (`key_terms:` of topics.yaml).
    public var keyTerms: KeyTermRules
    /// Every example of every rule, for the test that runs them all.
    public var examples: [RuleExample]
    /// Who speaks for which side: people, offices, institutions, media (`kb/*.yaml`, `affiliation.yaml`).
    public var knowledge: KnowledgeIndex

    public static let fileNames = [
        "abbreviations.yaml", "boilerplate.yaml", "cues.yaml", "subjunctive.yaml",
        "speakers.yaml", "sources.yaml", "topics.yaml", "affiliation.yaml",
    ]

    /// Loads every rule file of `directory`; a missing or broken file is an error naming it.
    /// Extra `*.yaml` files whose top-level key is `sources` or `topics` extend those tables.
    public static func load(directory: String) throws -> RuleSet {
        func node(_ name: String) throws -> RuleNode {
            let path = (directory as NSString).appendingPathComponent(name)
            guard let data = FileManager.default.contents(atPath: path) else {
                throw RuleFileError(path: path, line: 0, column: 0, message: "rule file is missing")
            }
            guard let text = String(data: data, encoding: .utf8) else {
                throw RuleFileError(path: path, line: 1, column: 1, message: "rule file is not valid UTF-8")
            }
            return try RuleFile.parse(text: text, path: path)
        }
        var examples: [RuleExample] = []
        let abbreviations = try AbbreviationRules(node("abbreviations.yaml"), examples: &examples)
        let boilerplate = try BoilerplateRule.list(node("boilerplate.yaml"), examples: &examples)
        let cues = try CueLexicon(node("cues.yaml"), examples: &examples)
        let subjunctive = try SubjunctiveLexicon(node("subjunctive.yaml"), examples: &examples)
        let speakers = try SpeakerLexicon(node("speakers.yaml"), examples: &examples)
        var sources = try SourceRule.list(node("sources.yaml"), examples: &examples)
        let topicsRoot = try node("topics.yaml")
        var topics = try TopicRule.list(topicsRoot, examples: &examples)
        let keyTerms = try KeyTermRules(topicsRoot)
        // User extensions: any other YAML file with a `sources:` or `topics:` table.
        let others = ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? [])
            .filter { $0.hasSuffix(".yaml") && !fileNames.contains($0) }
            .sorted()
        for name in others {
            let root = try node(name)
            if try root.optional("sources") != nil { sources += try SourceRule.list(root, examples: &examples) }
            if try root.optional("topics") != nil { topics += try TopicRule.list(root, examples: &examples) }
        }
        var knowledge = KnowledgeBase()
        try knowledge.addModifiers(node("affiliation.yaml"))
        let kbFiles = ((try? FileManager.default.contentsOfDirectory(atPath: (directory as NSString).appendingPathComponent("kb"))) ?? [])
            .filter { $0.hasSuffix(".yaml") }
            .sorted()
        for name in kbFiles { try knowledge.add(node("kb/" + name)) }
        do {
            try knowledge.link()
        } catch {
            throw RuleFileError(path: (directory as NSString).appendingPathComponent("kb"), line: 0, column: 0, message: error.message)
        }
        return RuleSet(
            directory: directory, abbreviations: abbreviations, boilerplate: boilerplate, cues: cues,
            subjunctive: subjunctive, speakers: speakers, sources: sources, topics: topics, keyTerms: keyTerms,
            examples: examples, knowledge: KnowledgeIndex(knowledge)
        )
    }

    /// Finds the rules directory: an explicit one, `$ZITAT_RULES`, `./rules`, or the `rules/`
    /// of the checkout the executable was built in.
    public static func locate(explicit: String?) -> String? {
        let manager = FileManager.default
        func isRules(_ path: String) -> Bool {
            manager.fileExists(atPath: (path as NSString).appendingPathComponent("cues.yaml"))
        }
        if let explicit { return explicit }
        if let env = ProcessInfo.processInfo.environment["ZITAT_RULES"], !env.isEmpty { return env }
        let cwd = (manager.currentDirectoryPath as NSString).appendingPathComponent("rules")
        if isRules(cwd) { return cwd }
        var url = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath()
        for _ in 0..<8 {
            url.deleteLastPathComponent()
            let candidate = url.appendingPathComponent("rules").path
            if isRules(candidate) { return candidate }
        }
        return nil
    }

    /// The rules directory of this source checkout (for tests).
    public static var checkoutDirectory: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("rules").path
    }
}

extension RuleNode {
    /// Reads a rule's `match:` and `no_match:` examples.
    func collectExamples(rule: String, into examples: inout [RuleExample]) throws(RuleFileError) {
        let file = (self.file.path as NSString).lastPathComponent
        for text in try optionalStrings("match") {
            examples.append(RuleExample(file: file, rule: rule, text: text, shouldMatch: true))
        }
        for text in try optionalStrings("no_match") {
            examples.append(RuleExample(file: file, rule: rule, text: text, shouldMatch: false))
        }
    }
}

// MARK: - abbreviations.yaml

/// Words whose final period does not end a sentence, and what follows an ordinal's period.
public struct AbbreviationRules: Sendable {
    /// Lowercased abbreviations with their period, e.g. "dr.", "z.b.".
    public var abbreviations: Set<String>
    /// Lowercased words after "22." that keep the ordinal in the sentence (months, "Jahrhundert").
    public var ordinalFollowers: Set<String>
    /// Lowercased words that end a sentence even when an abbreviation list would keep it open.
    public var sentenceEnders: Set<String>

    public init(abbreviations: Set<String> = [], ordinalFollowers: Set<String> = [], sentenceEnders: Set<String> = []) {
        self.abbreviations = abbreviations
        self.ordinalFollowers = ordinalFollowers
        self.sentenceEnders = sentenceEnders
    }

    init(_ root: RuleNode, examples: inout [RuleExample]) throws(RuleFileError) {
        self.init()
        for rule in try root.required("rules").list() {
            try rule.allowKeys(["id", "description", "kind", "words", "match", "no_match"])
            let id = try rule.required("id").string()
            let words = try rule.required("words").strings().map { $0.lowercased() }
            switch try rule.required("kind").string() {
            case "abbreviation": abbreviations.formUnion(words)
            case "ordinal_follower": ordinalFollowers.formUnion(words)
            case "sentence_ender": sentenceEnders.formUnion(words)
            default: throw try rule.required("kind").error("kind must be abbreviation, ordinal_follower or sentence_ender")
            }
            try rule.collectExamples(rule: id, into: &examples)
        }
    }
}

// MARK: - boilerplate.yaml

/// A pattern for page furniture; what it matches yields no claims.
public struct BoilerplateRule: Sendable {
    public enum Scope: String, Sendable {
        /// Only the matched text.
        case match
        /// The whole paragraph (line) the match starts in.
        case paragraph
        /// From the match to the end of its paragraph.
        case rest
    }

    public var id: String
    public var reason: String
    public var regex: NSRegularExpression
    public var scope: Scope
    /// Whether the regex has a group named `date` that dates the article.
    public var capturesDate: Bool { regex.pattern.contains("(?<date>") }

    static func list(_ root: RuleNode, examples: inout [RuleExample]) throws(RuleFileError) -> [BoilerplateRule] {
        var result: [BoilerplateRule] = []
        for rule in try root.required("patterns").list() {
            try rule.allowKeys(["id", "reason", "regex", "scope", "description", "match", "no_match"])
            let id = try rule.required("id").string()
            let scopeNode = try rule.optional("scope")
            guard let scope = Scope(rawValue: try scopeNode?.string() ?? "match") else {
                throw scopeNode!.error("scope must be match, paragraph or rest")
            }
            result.append(BoilerplateRule(
                id: id, reason: try rule.optionalString("reason") ?? id,
                regex: try rule.required("regex").regex(), scope: scope
            ))
            try rule.collectExamples(rule: id, into: &examples)
        }
        return result
    }
}

// MARK: - sources.yaml

/// A source such as Washington: the names, titles and bodies that speak for it.
public struct SourceRule: Sendable {
    public var id: String
    public var name: String
    public var color: String?
    /// Aliases as written ("Weißes Haus", "US-Präsident", "Sergej Lawrow").
    public var aliases: [String]

    static func list(_ root: RuleNode, examples: inout [RuleExample]) throws(RuleFileError) -> [SourceRule] {
        var result: [SourceRule] = []
        for rule in try root.required("sources").list() {
            try rule.allowKeys(["id", "name", "color", "description", "aliases", "match", "no_match"])
            let id = try rule.required("id").string()
            result.append(SourceRule(
                id: id, name: try rule.optionalString("name") ?? id, color: try rule.optionalString("color"),
                aliases: try rule.optionalStrings("aliases")
            ))
            try rule.collectExamples(rule: id, into: &examples)
        }
        return result
    }
}

// MARK: - topics.yaml

/// A topic claims can be about, recognised by its terms (German compounds match by stem).
public struct TopicRule: Sendable {
    public var id: String
    public var label: String
    public var terms: [String]

    static func list(_ root: RuleNode, examples: inout [RuleExample]) throws(RuleFileError) -> [TopicRule] {
        var result: [TopicRule] = []
        for rule in try root.required("topics").list() {
            try rule.allowKeys(["id", "label", "description", "terms", "match", "no_match"])
            let id = try rule.required("id").string()
            result.append(TopicRule(
                id: id, label: try rule.optionalString("label") ?? id, terms: try rule.required("terms").strings()
            ))
            try rule.collectExamples(rule: id, into: &examples)
        }
        return result
    }
}
