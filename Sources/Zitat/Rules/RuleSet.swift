public import Foundation

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
    /// Every example of every rule, for the test that runs them all (the knowledge base's are in
    /// `knowledge.base.examples`; `allExamples` has both).
    public var examples: [RuleExample]
    /// Who speaks for which side: people, offices, institutions, media (`kb/*.yaml`, `affiliation.yaml`).
    public var knowledge: KnowledgeIndex
    /// The German lexicon (`lexicon/german.lexicon`), parsed on first use.
    public var lexicon: LexiconSource = .none
    /// Direct speech whose quotation marks were stripped (`unmarked.yaml`; all off without it).
    public var unmarked = UnmarkedSpeechRules()
    /// To whom reported words were said: slots of cue clauses (`addressees.yaml`; none without it).
    public var addressees = AddresseeRules()

    /// The examples of the rule files and of the knowledge base, as `zitat rules check` runs them.
    public var allExamples: [RuleExample] { examples + knowledge.base.examples }

    public static let fileNames = [
        "abbreviations.yaml", "boilerplate.yaml", "cues.yaml", "subjunctive.yaml",
        "speakers.yaml", "sources.yaml", "topics.yaml", "affiliation.yaml",
    ]
    /// Rule files a rule set may lack (their mechanisms are then off).
    public static let optionalFileNames = ["unmarked.yaml", "addressees.yaml"]

    /// Loads exactly the rule files of `directory` (see `RuleFiles.directory`).
    public static func load(directory: String) throws(RuleFileError) -> RuleSet {
        try load(files: RuleFiles.directory(directory))
    }

    /// Loads a set of rule files; a missing or broken file is an error naming it.
    /// Extra `*.yaml` files whose top-level key is `sources` or `topics` extend those tables.
    public static func load(files: RuleFiles) throws(RuleFileError) -> RuleSet {
        func node(_ name: String) throws(RuleFileError) -> RuleNode {
            guard let file = files[path: name] else {
                throw RuleFileError(path: name, line: 0, column: 0, message: "rule file is missing from \(files.label)")
            }
            return try RuleFile.parse(text: file.text, path: file.origin, relativePath: file.path)
        }
        var examples: [RuleExample] = []
        let abbreviations = try AbbreviationRules(node("abbreviations.yaml"), examples: &examples)
        let boilerplate = try BoilerplateRule.list(node("boilerplate.yaml"), examples: &examples)
        let cues = try CueLexicon(node("cues.yaml"), examples: &examples)
        let subjunctive = try SubjunctiveLexicon(node("subjunctive.yaml"), examples: &examples)
        let speakers = try SpeakerLexicon(node("speakers.yaml"), examples: &examples)
        let addressees = files[path: "addressees.yaml"] == nil ? AddresseeRules()
            : try AddresseeRules(node("addressees.yaml"), examples: &examples)
        var sources = try SourceRule.list(node("sources.yaml"), examples: &examples)
        let topicsRoot = try node("topics.yaml")
        var topics = try TopicRule.list(topicsRoot, examples: &examples)
        let keyTerms = try KeyTermRules(topicsRoot)
        // User extensions: any other top-level YAML file with a `sources:` or `topics:` table.
        let unmarked = files[path: "unmarked.yaml"] == nil ? UnmarkedSpeechRules()
            : try UnmarkedSpeechRules(node("unmarked.yaml"), examples: &examples)
        for file in files.files where file.path.hasSuffix(".yaml") && !(fileNames + optionalFileNames).contains(file.path)
            && !file.path.contains("/") {
            let root = try node(file.path)
            if try root.optional("sources") != nil { sources += try SourceRule.list(root, examples: &examples) }
            if try root.optional("topics") != nil { topics += try TopicRule.list(root, examples: &examples) }
        }
        var knowledge = KnowledgeBase()
        try knowledge.addModifiers(node("affiliation.yaml"))
        for file in files.under("kb") where file.path.hasSuffix(".yaml") { try knowledge.add(node(file.path)) }
        do {
            try knowledge.link()
        } catch {
            throw RuleFileError(path: "kb/ of \(files.label)", line: 0, column: 0, message: error.message)
        }
        let lexiconFile = files[path: "lexicon/german.lexicon"]
        return RuleSet(
            directory: files.label, abbreviations: abbreviations, boilerplate: boilerplate, cues: cues,
            subjunctive: subjunctive, speakers: speakers, sources: sources, topics: topics, keyTerms: keyTerms,
            examples: examples, knowledge: KnowledgeIndex(knowledge),
            lexicon: LexiconSource(origin: lexiconFile?.origin, text: lexiconFile?.text),
            unmarked: unmarked, addressees: addressees
        )
    }

    /// The rule files to use: the embedded defaults, with a user directory laid over them
    /// (`--rules DIR`, else `$ZITAT_RULES`). A development build run from its source checkout (a
    /// `rules/` beside `Package.swift` above the binary) reads that checkout's `rules/` instead, so
    /// edits take effect without regenerating `EmbeddedRules.swift`.
    public static func files(explicit: String?) throws(RuleFileError) -> RuleFiles {
        if let explicit { return RuleFiles.embedded.overlaid(with: try RuleFiles.directory(explicit)) }
        if let env = ProcessInfo.processInfo.environment["ZITAT_RULES"], !env.isEmpty {
            return RuleFiles.embedded.overlaid(with: try RuleFiles.directory(env))
        }
        if let checkout = checkoutOfExecutable() { return try RuleFiles.directory(checkout) }
        return RuleFiles.embedded
    }

    /// The `rules/` of the source checkout the running executable was built in, if any.
    static func checkoutOfExecutable() -> String? {
        let manager = FileManager.default
        var url = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath()
        for _ in 0..<8 {
            url.deleteLastPathComponent()
            let rules = url.appendingPathComponent("rules")
            if manager.fileExists(atPath: rules.appendingPathComponent("cues.yaml").path),
               manager.fileExists(atPath: url.appendingPathComponent("Package.swift").path) {
                return rules.path
            }
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
    /// Reads a rule's examples, checked as the rules of its file are (a speakers.yaml rule by its `class`).
    func collectExamples(rule: String, into examples: inout [RuleExample]) throws(RuleFileError) {
        let kind: RuleExample.Kind
        switch file.relativePath {
        case "abbreviations.yaml": kind = .abbreviation
        case "boilerplate.yaml": kind = .boilerplate
        case "cues.yaml": kind = .cue
        case "subjunctive.yaml": kind = .subjunctive
        case "speakers.yaml": kind = .speaker(wordClass: try optionalString("class") ?? "")
        case "topics.yaml": kind = .topic
        case "unmarked.yaml": kind = .unmarked
        default: kind = .knowledge
        }
        try collectExamples(rule: rule, kind: kind, into: &examples)
    }

    /// Reads a rule's `match:` and `no_match:` examples with their positions.
    func collectExamples(rule: String, kind: RuleExample.Kind, into examples: inout [RuleExample]) throws(RuleFileError) {
        for (key, shouldMatch) in [("match", true), ("no_match", false)] {
            guard let list = try optional(key) else { continue }
            let items = list.node.sequence.map { $0.map { RuleNode(node: $0, file: file) } } ?? [list]
            for item in items {
                examples.append(RuleExample(
                    file: file.relativePath, rule: rule, text: try item.string(), shouldMatch: shouldMatch, kind: kind,
                    origin: file.path, line: item.line, column: item.column))
            }
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

    /// Whether a colour is `#rrggbb` or `#rgb`, the only forms reports use.
    public static func isColor(_ text: String) -> Bool {
        let digits = text.dropFirst()
        return text.first == "#" && (digits.count == 6 || digits.count == 3) && digits.allSatisfy { $0.isASCII && $0.isHexDigit }
    }

    static func list(_ root: RuleNode, examples: inout [RuleExample]) throws(RuleFileError) -> [SourceRule] {
        var result: [SourceRule] = []
        for rule in try root.required("sources").list() {
            try rule.allowKeys(["id", "name", "color", "description", "aliases", "match", "no_match"])
            let id = try rule.required("id").string()
            let color = try rule.optional("color")
            if let color, !SourceRule.isColor(try color.string()) {
                throw color.error("color must be a hex colour like \"#1f77b4\" (#rrggbb or #rgb)")
            }
            result.append(SourceRule(
                id: id, name: try rule.optionalString("name") ?? id, color: try color?.string(),
                aliases: try rule.optionalStrings("aliases")
            ))
            try rule.collectExamples(rule: id, kind: .source, into: &examples)
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
            try rule.collectExamples(rule: id, kind: .topic, into: &examples)
        }
        return result
    }
}
