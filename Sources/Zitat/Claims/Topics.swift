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

/// A key term of one claim: a noun's stem ("truppenaufmarsch") and the word it came from.
public struct KeyTerm: Hashable, Sendable {
    public var stem: String
    public var form: String

    public init(stem: String, form: String) {
        self.stem = stem
        self.form = form
    }
}

/// Tags claims with topics: the rules' terms (also inside German compounds), and finds the key
/// terms (noun stems) a corpus-wide topic miner counts across sides.
///
/// Matching is linear in the text: each word is looked up by its prefixes and suffixes in tables
/// built once from the rules, never compared with every term or every other claim.
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
    /// Single-word terms by their word: topic indices for compound matches and for exact ones.
    let compoundTerms: [String: [Int]]
    let exactTerms: [String: [Int]]
    /// Terms of several words, with their topic index.
    let phraseTerms: [(topic: Int, words: [String])]
    let shortestTerm: Int
    /// The lengths (in characters) single-word terms have, so a word is cut only where a term could fit.
    let termLengths: [Int]
    /// The same terms as tries, for words in the simple scalar range (`TopicMatch.swift`).
    let matcher: TopicMatcher

    public init(topics: [TopicRule], keyTerms: KeyTermRules = KeyTermRules(), sources: [SourceRule] = []) {
        self.topics = topics.map { Topic(id: $0.id, label: $0.label) }
        let terms = topics.map { rule in
            rule.terms.map { raw in
                let exact = raw.hasPrefix("=")
                let text = exact ? String(raw.dropFirst()) : raw
                return Term(words: TopicTagger.words(in: text.lowercased(), splitHyphens: false), exact: exact)
            }
        }
        self.terms = terms
        var compound: [String: [Int]] = [:], exact: [String: [Int]] = [:], phrases: [(Int, [String])] = []
        for (index, list) in terms.enumerated() {
            for term in list {
                if term.words.count > 1 { phrases.append((index, term.words)); continue }
                guard let word = term.words.first else { continue }
                if term.exact { exact[word, default: []].append(index) } else { compound[word, default: []].append(index) }
            }
        }
        compoundTerms = compound
        exactTerms = exact
        phraseTerms = phrases
        shortestTerm = max(1, compound.keys.map(\.count).min() ?? 1)
        termLengths = Set(compound.keys.map(\.count)).sorted()
        matcher = TopicMatcher(compound: compound, exact: exact, phrases: phrases.map(\.1), endings: keyTerms.endings)
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
        ruleTopicIndices(ofLowercased: text.lowercased()).map { topics[$0].id }
    }

    /// Topics of the single-word terms found at the start of `word` (modifier) or at its end
    /// (head, possibly with an inflection ending): one lookup per prefix and suffix.
    func compoundHits(_ word: String) -> [Int] {
        let letters = Array(word)
        guard letters.count >= shortestTerm else { return [] }
        var result: [Int] = []
        for length in termLengths where length <= letters.count {
            if let hit = compoundTerms[String(letters[0..<length])] { result += hit }
            if length < letters.count, let hit = compoundTerms[String(letters[(letters.count - length)...])] { result += hit }
        }
        for ending in keyTerms.endings where word.hasSuffix(ending) {
            let base = letters.dropLast(ending.count)
            for length in termLengths where length <= base.count {
                if let hit = compoundTerms[String(base.suffix(length))] { result += hit }
            }
        }
        return result
    }

    /// The rule topics of each claim, in rule order. Key terms are counted over the whole corpus
    /// (see `keyTerms(in:)`), not per article.
    public func tag(_ claims: [Claim]) -> [[Topic]] {
        claims.map { claim in
            ruleTopicIndices(ofLowercasedScalars: ScalarCase.lowercasedScalars(claim.text)).map { index in topics.first { $0.id == topics[index].id }! }
        }
    }

    /// The key terms of a text: its capitalised words (nouns, in German) as stems, once each, without
    /// stopwords and source names.
    public func keyTerms(in text: String) -> [KeyTerm] {
        var seen = Set<String>()
        return keyStems(in: text).compactMap { seen.insert($0.stem).inserted ? KeyTerm(stem: $0.stem, form: $0.form) : nil }
    }

    /// The stems a compound can be found under: itself, and its starts and ends of at least five
    /// letters that leave at least three letters of the word (a real compound, not "Angriff" ~ "griff"
    /// or "Deutschland" ~ "land"). "truppenaufmarsch" is found under "trupp", "truppen", "aufmarsch"
    /// and so on; only parts that also occur as words of their own become topics.
    public static func parts(of stem: String) -> [String] {
        partSet(of: stem).sorted()
    }

    ///
    /// A stem whose every scalar is a character of its own (all below U+0300, the combining marks,
    /// and no CR) is cut as UTF-8 at scalar boundaries, not as grapheme clusters: the report calls
    /// this for every noun of every claim.
    public static func partSet(of stem: String) -> Set<String> {
        guard stem.unicodeScalars.allSatisfy(\.standsAlone) else { return characterPartSet(of: stem) }
        let bytes = Array(stem.utf8)
        let offsets = bytes.scalarOffsets
        let count = offsets.count - 1
        guard count >= 8 else { return [stem] }
        var result: Set<String> = [stem]
        result.reserveCapacity(2 * (count - 7) + 1)
        for length in 5...(count - 3) {
            result.insert(String(decoding: bytes[0..<offsets[length]], as: UTF8.self))
            result.insert(String(decoding: bytes[offsets[count - length]...], as: UTF8.self))
        }
        return result
    }

    /// `partSet` by grapheme clusters, for stems beyond the simple scalars.
    static func characterPartSet(of stem: String) -> Set<String> {
        let letters = Array(stem)
        guard letters.count >= 8 else { return [stem] }
        var result: Set<String> = [stem]
        for length in 5...(letters.count - 3) {
            result.insert(String(letters[0..<length]))
            result.insert(String(letters[(letters.count - length)...]))
        }
        return result
    }

    /// Capitalised words (nouns, in German) of a text as stems, without stopwords and source names.
    ///
    /// The first word of each sentence is skipped: capitalised there, "Unter", "Dies" or "Gleich"
    /// would pass for nouns (a real noun usually recurs elsewhere in the corpus).
    func keyStems(in text: String) -> [(stem: String, form: String)] {
        var result: [(stem: String, form: String)] = []
        for word in TopicTagger.sentenceParts(text).flatMap({ TopicTagger.words(in: $0, splitHyphens: true).dropFirst() }) {
            // Cheap tests first: a word of fewer bytes than letters needed, or one that opens with an
            // ASCII lower-case letter (never an upper-case character), is no key term.
            guard word.utf8.count >= keyTerms.minLength, let byte = word.utf8.first, !(0x61...0x7A).contains(byte) else { continue }
            guard let first = word.first, first.isUppercase, word.count >= keyTerms.minLength else { continue }
            let lower = ScalarCase.lowercased(word)
            if keyTerms.stopwords.contains(lower) || sourceWords.contains(lower) { continue }
            if word.allSatisfy({ $0.isUppercase || $0.isNumber }) { continue }
            result.append((stem(lower), word))
        }
        return result
    }

    /// The word without one inflection ending, keeping at least four letters.
    public func stem(_ word: String) -> String {
        for ending in keyTerms.endings where word.hasSuffix(ending) && word.count - ending.count >= 4 {
            return String(word.dropLast(ending.count))
        }
        return word
    }

    /// Words of letters, digits and inner hyphens; with `splitHyphens`, hyphenated parts separately.
    /// Works on scalars, not grapheme clusters, and slices the text once per word: it runs over
    /// every claim, several times.
    static func words(in text: String, splitHyphens: Bool) -> [String] {
        var result: [String] = []
        let scalars = text.unicodeScalars
        var start: String.UnicodeScalarView.Index?
        var index = scalars.startIndex
        func flush(_ end: String.UnicodeScalarView.Index) {
            guard var lower = start else { return }
            start = nil
            var upper = end
            while lower < upper, scalars[lower] == "-" { lower = scalars.index(after: lower) }
            while lower < upper, scalars[scalars.index(before: upper)] == "-" { upper = scalars.index(before: upper) }
            guard lower < upper else { return }
            let word = Substring(scalars[lower..<upper])
            if splitHyphens, word.unicodeScalars.contains("-") {
                result += word.split(separator: "-").map(String.init)
            } else {
                result.append(String(word))
            }
        }
        while index < scalars.endIndex {
            let scalar = scalars[index]
            let inWord: Bool
            if scalar.isASCII {
                inWord = (scalar >= "a" && scalar <= "z") || (scalar >= "A" && scalar <= "Z") || (scalar >= "0" && scalar <= "9") || scalar == "-"
            } else {
                let properties = scalar.properties
                inWord = properties.isAlphabetic || properties.numericType != nil || properties.generalCategory == .nonspacingMark
            }
            if inWord {
                if start == nil { start = index }
            } else {
                flush(index)
            }
            index = scalars.index(after: index)
        }
        flush(scalars.endIndex)
        return result
    }

    public static func mostFrequent(_ forms: [String: Int]) -> String? {
        forms.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
    }
}
