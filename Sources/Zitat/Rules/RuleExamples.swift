import Foundation

/// A German example a rule carries: a text it must match, or one it must not.
public struct RuleExample: Hashable, Sendable, CustomStringConvertible {
    /// How an example is checked, by the kind of rule that carries it.
    public enum Kind: Hashable, Sendable {
        /// `match` stays one sentence; `no_match` is split.
        case abbreviation
        /// The furniture pattern marks something as ignored.
        case boilerplate
        /// An analysis of the text has a claim decided by `cue:<rule>`.
        case cue
        /// A word of the text has a form of the rule (`indicative-lookalikes`: any form).
        case subjunctive
        /// The text belongs to the speaker word class (raw value of `SpeakerLexicon.WordClass`).
        case speaker(wordClass: String)
        /// The text's longest alias belongs to the source.
        case source
        /// The topic tagger gives the text the topic.
        case topic
        /// A claim of the text has the addressee in [brackets], decided by `addressee:<rule>`
        /// (`no_match`: no claim has an addressee by the rule).
        case addressee
        /// A knowledge-base entry (`kb/*.yaml`, `affiliation.yaml`): "der US-Präsident @2015-06"
        /// resolves to the entry that carries it.
        case knowledge
        /// An analysis of the text has a claim detected as `direct:unmarked/<rule>` (rules/unmarked.yaml).
        case unmarked
    }

    /// Relative path in the rules folder ("cues.yaml", "kb/people.yaml").
    public var file: String
    public var rule: String
    public var text: String
    public var shouldMatch: Bool
    public var kind: Kind
    /// The file as a user finds it, and the example's position in it (1-based).
    public var origin: String
    public var line: Int
    public var column: Int

    public init(
        file: String, rule: String, text: String, shouldMatch: Bool, kind: Kind,
        origin: String? = nil, line: Int = 0, column: Int = 0
    ) {
        self.file = file
        self.rule = rule
        self.text = text
        self.shouldMatch = shouldMatch
        self.kind = kind
        self.origin = origin ?? file
        self.line = line
        self.column = column
    }

    public var description: String { "\(file) \(rule) \(shouldMatch ? "match" : "no_match"): \(text)" }

    /// `origin:line:column`, as compilers print positions.
    public var location: String { "\(origin):\(line):\(column)" }
}

/// Runs the `match`/`no_match` examples of a rule set against the mechanisms they document; shared by
/// the test suite and `zitat rules check`.
public struct RuleExampleRunner: Sendable {
    public let rules: RuleSet
    let analyzer: Analyzer
    let segmenter: Segmenter
    let sourceMatcher: SourceMatcher
    let resolver: AffiliationResolver
    let topics: TopicTagger?

    public init(rules: RuleSet) {
        self.rules = rules
        analyzer = Analyzer(rules: rules)
        segmenter = Segmenter(rules: rules.abbreviations)
        sourceMatcher = SourceMatcher(rules: rules.sources)
        resolver = AffiliationResolver(index: rules.knowledge)
        topics = try? TopicTagger(rules: rules)
    }

    /// A failed example and what went wrong.
    public struct Failure: Sendable, CustomStringConvertible {
        public var example: RuleExample
        public var message: String
        public var description: String {
            "\(example.location): error: \(example.rule): \(message): \(example.text)"
        }
    }

    /// The failure of one example, or nil when it behaves as its rule says.
    public func check(_ example: RuleExample) -> Failure? {
        guard let matched = matches(example) else {
            return Failure(example: example, message: "no way to run an example of this kind")
        }
        if matched == example.shouldMatch { return nil }
        return Failure(example: example, message: example.shouldMatch ? "match example does not match" : "no_match example matches")
    }

    /// Whether the example's text matches its rule; nil when its kind cannot be run.
    public func matches(_ example: RuleExample) -> Bool? {
        switch example.kind {
        case .abbreviation:
            let document = Document(id: example.rule, text: example.text)
            return segmenter.segment(document).sentences.count == 1
        case .boilerplate:
            let rule = rules.boilerplate.filter { $0.id == example.rule }
            return !FurnitureFinder(rules: rule).ignoredSpans(in: Document(id: "example", text: example.text)).isEmpty
        case .cue:
            let claims = analyzer.analyze(Document(id: "example", text: example.text)).claims
            return claims.contains { $0.rule.split(separator: " ").contains("cue:\(example.rule)"[...]) }
        case .subjunctive:
            let found = subjunctiveRules(in: example.text)
            return found.contains(example.rule) || (example.rule == "indicative-lookalikes" && !found.isEmpty)
        case .speaker(let name):
            guard let wordClass = SpeakerLexicon.WordClass(rawValue: name) else { return nil }
            return speakerClass(wordClass, contains: example.text)
        case .source:
            // Through the knowledge base first, as the analysis decides sides; sources.yaml aliases after.
            let (mention, date) = AffiliationResolver.exampleParts(example.text)
            return resolver.decide(mention, date: date, fallback: sourceMatcher)?.side == example.rule
        case .knowledge:
            return resolver.exampleMatches(rule: example.rule, text: example.text)
        case .topic:
            return topics?.ruleTopics(of: example.text).contains(example.rule)
        case .addressee:
            return addresseeMatches(example)
        case .unmarked:
            let claims = analyzer.analyze(Document(id: "example", text: example.text)).claims
            return claims.contains { $0.rule.hasPrefix("direct:unmarked/\(example.rule) ") || $0.rule == "direct:unmarked/\(example.rule)" }
        }
    }

    /// The subjunctive rules whose forms occur in the text (capitalised nouns aside).
    func subjunctiveRules(in text: String) -> Set<String> {
        let document = Document(id: "example", text: text)
        let segmentation = analyzer.segment(document)
        var found = Set<String>()
        for (index, token) in segmentation.tokens.enumerated() where token.kind == .word {
            let isFirst = segmentation.sentences[token.sentence].tokens.lowerBound == index
            if token.isCapitalized && !isFirst { continue }
            if let match = rules.subjunctive.mood(of: token.text) { found.insert(match.rule) }
        }
        return found
    }

    /// Whether the word belongs to the speaker word class.
    func speakerClass(_ wordClass: SpeakerLexicon.WordClass, contains word: String) -> Bool {
        let lexicon = rules.speakers
        switch wordClass {
        case .title: return lexicon.isTitle(word)
        case .institution: return lexicon.isInstitution(word)
        case .adverbEnding, .adjectiveSuffix: return lexicon.hasEnding(word, of: wordClass)
        case .statement:
            return lexicon.contains(word, .statement) || (lexicon.words[.statement] ?? []).contains { word.lowercased().hasSuffix($0) }
        default: return lexicon.contains(word, wordClass)
        }
    }

    /// Whether a claim of the example (brackets removed) has the bracketed addressee by the example's rule;
    /// for an example without brackets, any addressee by the rule.
    func addresseeMatches(_ example: RuleExample) -> Bool {
        let text = example.text.filter { $0 != "[" && $0 != "]" }
        let expected = example.text.firstIndex(of: "[").flatMap { open in
            example.text[open...].firstIndex(of: "]").map { String(example.text[example.text.index(after: open)..<$0]) }
        }
        let claims = analyzer.analyze(Document(id: "example", text: text)).claims
        return claims.contains { claim in
            claim.rule.split(separator: " ").contains("addressee:\(example.rule)"[...])
                && (expected == nil || claim.addressee?.text == expected)
        }
    }
}
