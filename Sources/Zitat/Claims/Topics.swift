import Foundation

/// A topic a claim is about: one of `rules/topics.yaml`, or a key term shared by several sides.
public struct Topic: Hashable, Sendable, Codable, Comparable {
    /// The rule id ("troop-buildup"), or `term:` and the stem for a shared key term ("term:grenz").
    public var id: String
    public var label: String
    /// True for a topic found as a key term several sides share rather than from a rule.
    public var isKeyTerm: Bool

    public init(id: String, label: String, isKeyTerm: Bool = false) {
        self.id = id
        self.label = label
        self.isKeyTerm = isKeyTerm
    }

    public static func < (lhs: Topic, rhs: Topic) -> Bool {
        (lhs.isKeyTerm ? 1 : 0, lhs.id) < (rhs.isKeyTerm ? 1 : 0, rhs.id)
    }
}

/// How key terms are found in claims: the `key_terms:` table of `rules/topics.yaml`.
public struct KeyTermRules: Sendable, Hashable {
    /// Shortest word (in letters) that can be a key term.
    public var minLength: Int
    /// Inflection endings stripped to get a stem ("en", "es", "e" …), longest first.
    public var endings: [String]
    /// Lowercased words that are never key terms.
    public var stopwords: Set<String>

    public init(minLength: Int = 5, endings: [String] = [], stopwords: Set<String> = []) {
        self.minLength = minLength
        self.endings = endings.map { $0.lowercased() }.sorted { ($0.count, $0) > ($1.count, $1) }
        self.stopwords = Set(stopwords.map { $0.lowercased() })
    }

    /// The `key_terms:` table of a topics file; defaults when it is absent.
    init(_ root: RuleNode) throws(RuleFileError) {
        self.init()
        guard let table = try root.optional("key_terms") else { return }
        try table.allowKeys(["min_length", "endings", "stopwords", "description"])
        self.init(
            minLength: try table.optional("min_length")?.int() ?? 5,
            endings: try table.optionalStrings("endings"),
            stopwords: Set(try table.optionalStrings("stopwords"))
        )
    }
}

/// Tags claims with topics: the rules' terms (also inside German compounds) and key terms shared
/// by claims of two or more sides of one document.
///
/// Needs the topic rules (words from `rules/topics.yaml`) and the sources (whose names are never key terms).
public struct TopicTagger: Sendable {
    struct Term: Sendable {
        /// Lowercased words of the term.
        var words: [String]
        /// Written with a leading `=`: the word must match whole (or as a hyphenated part).
        var exact: Bool
    }

    public let topics: [Topic]
    let terms: [[Term]]
    public let keyTerms: KeyTermRules
    /// Lowercased words of every source alias; a source's name is not a topic.
    let sourceWords: Set<String>

    public init(topics: [TopicRule], keyTerms: KeyTermRules = KeyTermRules(), sources: [SourceRule] = []) {
        self.topics = topics.map { Topic(id: $0.id, label: $0.label) }
        self.terms = topics.map { rule in
            rule.terms.map { raw in
                let exact = raw.hasPrefix("=")
                let text = exact ? String(raw.dropFirst()) : raw
                return Term(words: TopicTagger.words(in: text.lowercased(), splitHyphens: false), exact: exact)
            }
        }
        self.keyTerms = keyTerms
        var words = Set<String>()
        for source in sources {
            for alias in source.aliases + [source.id, source.name] {
                words.formUnion(TopicTagger.words(in: alias.lowercased(), splitHyphens: true))
            }
        }
        self.sourceWords = words
    }

    /// A tagger for a rule set: its topics, sources and the `key_terms:` of its `topics.yaml`.
    public init(rules: RuleSet) throws {
        self.init(topics: rules.topics, keyTerms: rules.keyTerms, sources: rules.sources)
    }

    /// The ids of the rule topics whose terms occur in `text`, in rule order.
    public func ruleTopics(of text: String) -> [String] {
        let whole = TopicTagger.words(in: text.lowercased(), splitHyphens: false)
        var parts: [String] = []
        for word in whole {
            parts.append(word)
            if word.contains("-") { parts += word.split(separator: "-").map(String.init) }
        }
        var result: [String] = []
        for (index, topic) in topics.enumerated() where terms[index].contains(where: { matches($0, whole: whole, parts: parts) }) {
            result.append(topic.id)
        }
        return result
    }

    func matches(_ term: Term, whole: [String], parts: [String]) -> Bool {
        guard let first = term.words.first else { return false }
        if term.words.count == 1 {
            return parts.contains { term.exact ? $0 == first : compoundMatch(word: $0, stem: first) }
        }
        // Several words: consecutive words, each starting with the term's word.
        guard whole.count >= term.words.count else { return false }
        for start in 0...(whole.count - term.words.count) {
            if term.words.indices.allSatisfy({ whole[start + $0].hasPrefix(term.words[$0]) }) { return true }
        }
        return false
    }

    /// A compound contains a stem at its start (modifier) or at its end (head, possibly inflected).
    func compoundMatch(word: String, stem: String) -> Bool {
        if word.hasPrefix(stem) || word.hasSuffix(stem) { return true }
        return keyTerms.endings.contains { word.hasSuffix(stem + $0) }
    }

    /// Topics for each claim of one document: rule topics, then key terms its claims share across sides.
    public func tag(_ claims: [Claim]) -> [[Topic]] {
        var result = claims.map { claim in
            ruleTopics(of: claim.text).compactMap { id in topics.first { $0.id == id } }
        }
        for topic in sharedKeyTerms(claims) {
            for index in topic.claims { result[index].append(topic.topic) }
        }
        return result
    }

    /// Key terms (as stems) that claims of two or more sides share and that no rule topic covers.
    func sharedKeyTerms(_ claims: [Claim]) -> [(topic: Topic, claims: [Int])] {
        // The stems of each claim, with the surface form they came from.
        let stemsByClaim: [[(stem: String, form: String)]] = claims.map { keyStems(in: $0.text) }
        let side: [String] = claims.map { $0.source ?? "speaker:" + ($0.speaker?.canonical ?? "?") }
        let candidates = Set(stemsByClaim.flatMap { $0.map(\.stem) }).sorted { ($0.count, $0) < ($1.count, $1) }
        var chosen: [(topic: Topic, claims: [Int])] = []
        var chosenStems: [String] = []
        for stem in candidates {
            // A shorter stem already names it and holds its claims ("trupp" before "truppenaufmarsch").
            if chosenStems.contains(where: { compoundMatch(word: stem, stem: $0) }) { continue }
            // A rule topic already says this ("Truppen" is troop build-up, "Ukraine" the conflict).
            let forms = stemsByClaim.flatMap { $0 }.filter { $0.stem == stem }.map(\.form)
            if !ruleTopics(of: stem).isEmpty || !ruleTopics(of: forms.joined(separator: " ")).isEmpty { continue }
            let members = claims.indices.filter { index in
                stemsByClaim[index].contains { compoundMatch(word: $0.stem, stem: stem) }
            }
            guard Set(members.map { side[$0] }).count >= 2 else { continue }
            let label = TopicTagger.mostFrequent(forms) ?? stem
            chosen.append((Topic(id: "term:" + stem, label: label, isKeyTerm: true), members))
            chosenStems.append(stem)
        }
        return chosen
    }

    /// Capitalised words (nouns, in German) of a text as stems, without stopwords and source names.
    func keyStems(in text: String) -> [(stem: String, form: String)] {
        var result: [(stem: String, form: String)] = []
        for word in TopicTagger.words(in: text, splitHyphens: true) {
            guard let first = word.first, first.isUppercase, word.count >= keyTerms.minLength else { continue }
            let lower = word.lowercased()
            if keyTerms.stopwords.contains(lower) || sourceWords.contains(lower) { continue }
            if word.allSatisfy({ $0.isUppercase || $0.isNumber }) { continue }
            result.append((stem(lower), word))
        }
        return result
    }

    /// The word without one inflection ending, keeping at least four letters.
    func stem(_ word: String) -> String {
        for ending in keyTerms.endings where word.hasSuffix(ending) && word.count - ending.count >= 4 {
            return String(word.dropLast(ending.count))
        }
        return word
    }

    /// Words of letters, digits and inner hyphens; with `splitHyphens`, hyphenated parts separately.
    static func words(in text: String, splitHyphens: Bool) -> [String] {
        var result: [String] = []
        var current = ""
        func flush() {
            let trimmed = current.trimmingCharacters(in: CharacterSet(charactersIn: "-"))
            if !trimmed.isEmpty {
                if splitHyphens { result += trimmed.split(separator: "-").map(String.init) } else { result.append(trimmed) }
            }
            current = ""
        }
        for character in text {
            if character.isLetter || character.isNumber || character == "-" { current.append(character) } else { flush() }
        }
        flush()
        return result
    }

    static func mostFrequent(_ forms: [String]) -> String? {
        var counts: [String: Int] = [:]
        for form in forms { counts[form, default: 0] += 1 }
        return counts.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
    }
}
