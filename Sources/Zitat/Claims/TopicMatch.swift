import Foundation

/// Topic terms in a dense trie over scalars below U+0300: a step is two array reads, so a word's
/// prefixes and suffixes are matched in one walk each, without building strings.
///
/// Terms are stored in NFC. A word whose scalars all lie in U+0020..<U+0300 is in NFC with one scalar
/// per `Character` (as in `SuffixTrie`), so for it scalar equality is `String` equality; terms whose
/// NFC leaves that range can equal no such word and are left out.
struct TermTrie: Sendable {
    /// The letter index of each scalar value below U+0300 that occurs in a term, -1 for the others.
    private let letters: [Int32]
    private let width: Int
    /// Child of a node at `node * width + letter`; 0 for none (the root is nobody's child).
    private var children: [Int32]
    /// The topic indices of the terms spelled by the path to each node.
    private(set) var hits: [[Int]] = [[]]

    init(_ terms: [(scalars: [Unicode.Scalar], topics: [Int])]) {
        var letters = [Int32](repeating: -1, count: 0x300)
        var width = 0
        for term in terms {
            for scalar in term.scalars where letters[Int(scalar.value)] < 0 {
                letters[Int(scalar.value)] = Int32(width)
                width += 1
            }
        }
        self.letters = letters
        self.width = max(width, 1)
        children = [Int32](repeating: 0, count: self.width)
        for term in terms {
            var node = 0
            for scalar in term.scalars {
                let slot = node * self.width + Int(letters[Int(scalar.value)])
                if children[slot] == 0 {
                    children[slot] = Int32(hits.count)
                    hits.append([])
                    children.append(contentsOf: repeatElement(0, count: self.width))
                }
                node = Int(children[slot])
            }
            hits[node] += term.topics
        }
    }

    /// The node reached from `node` by `scalar`, or nil.
    @inline(__always)
    func child(of node: Int, _ scalar: Unicode.Scalar) -> Int? {
        guard scalar.value < 0x300 else { return nil }
        let letter = letters[Int(scalar.value)]
        guard letter >= 0 else { return nil }
        let next = children[node * width + Int(letter)]
        return next == 0 ? nil : Int(next)
    }

    /// The term's scalars in NFC when they all lie in the simple range, else nil.
    static func simpleScalars(_ term: String) -> [Unicode.Scalar]? {
        let scalars = Array(term.precomposedStringWithCanonicalMapping.unicodeScalars)
        return isSimple(scalars[...]) ? scalars : nil
    }

    static func isSimple(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
        scalars.allSatisfy { $0.value >= 0x20 && $0.value < 0x300 }
    }
}

/// The rule terms of a `TopicTagger` as tries: single-word terms forwards (modifiers, exact words)
/// and backwards (heads), phrase words and inflection endings as NFC scalars.
struct TopicMatcher: Sendable {
    let prefixes: TermTrie
    let suffixes: TermTrie
    let exact: TermTrie
    /// Inflection endings in NFC, longest first; nil for one outside the simple range.
    let endings: [[Unicode.Scalar]?]
    /// The words of each phrase term in NFC; nil for one outside the simple range.
    let phrases: [[[Unicode.Scalar]?]]

    init(compound: [String: [Int]], exact: [String: [Int]], phrases: [[String]], endings: [String]) {
        let compoundTerms = compound.compactMap { key, topics in TermTrie.simpleScalars(key).map { ($0, topics) } }
        prefixes = TermTrie(compoundTerms)
        suffixes = TermTrie(compoundTerms.map { (Array($0.0.reversed()), $0.1) })
        self.exact = TermTrie(exact.compactMap { key, topics in TermTrie.simpleScalars(key).map { ($0, topics) } })
        self.endings = endings.map(TermTrie.simpleScalars)
        self.phrases = phrases.map { $0.map(TermTrie.simpleScalars) }
    }

    /// Marks the topics of the single-word terms a simple word (or hyphenated part) contains:
    /// exact ones whole, others at its start, at its end, or before an inflection ending.
    func mark(_ scalars: [Unicode.Scalar], _ word: Range<Int>, in found: inout [Bool]) {
        var node: Int? = 0
        var position = word.lowerBound
        while let current = node, position < word.upperBound {
            node = exact.child(of: current, scalars[position])
            position += 1
        }
        if let node { for topic in exact.hits[node] { found[topic] = true } }
        node = 0
        position = word.lowerBound
        while let current = node, position < word.upperBound, let next = prefixes.child(of: current, scalars[position]) {
            for topic in prefixes.hits[next] { found[topic] = true }
            node = next
            position += 1
        }
        markHeads(scalars, from: word.upperBound, to: word.lowerBound, whole: false, in: &found)
        for case let ending? in endings where ending.count <= word.count
            && scalars[(word.upperBound - ending.count)..<word.upperBound].elementsEqual(ending) {
            markHeads(scalars, from: word.upperBound - ending.count, to: word.lowerBound, whole: true, in: &found)
        }
    }

    /// Terms ending at `end` and starting after `start` (or at it, when `whole`).
    private func markHeads(_ scalars: [Unicode.Scalar], from end: Int, to start: Int, whole: Bool, in found: inout [Bool]) {
        var node = 0
        var position = end
        while position > start {
            position -= 1
            guard let next = suffixes.child(of: node, scalars[position]) else { return }
            node = next
            if position > start || whole { for topic in suffixes.hits[node] { found[topic] = true } }
        }
    }

    /// Whether the simple word starts with the phrase word (String `hasPrefix` for simple words).
    static func starts(_ scalars: [Unicode.Scalar], _ word: Range<Int>, with prefix: [Unicode.Scalar]?) -> Bool {
        guard let prefix, prefix.count <= word.count else { return false }
        return scalars[word.lowerBound..<(word.lowerBound + prefix.count)].elementsEqual(prefix)
    }
}

extension TopicTagger {
    /// Ranges of the words `words(in:splitHyphens: false)` finds, in `scalars`.
    static func wordRanges(_ scalars: [Unicode.Scalar]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start: Int?
        func flush(_ end: Int) {
            guard var lower = start else { return }
            start = nil
            var upper = end
            while lower < upper, scalars[lower] == "-" { lower += 1 }
            while lower < upper, scalars[upper - 1] == "-" { upper -= 1 }
            if lower < upper { result.append(lower..<upper) }
        }
        for (index, scalar) in scalars.enumerated() {
            if isWordScalar(scalar) {
                if start == nil { start = index }
            } else {
                flush(index)
            }
        }
        flush(scalars.count)
        return result
    }

    /// Letters, digits, hyphens and nonspacing marks make words.
    @inline(__always)
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            return (scalar >= "a" && scalar <= "z") || (scalar >= "A" && scalar <= "Z") || (scalar >= "0" && scalar <= "9") || scalar == "-"
        }
        let properties = scalar.properties
        return properties.isAlphabetic || properties.numericType != nil || properties.generalCategory == .nonspacingMark
    }

    /// The rule topics of a lowercased text as topic indices: simple words through the tries,
    /// others through the string tables.
    func ruleTopicIndices(ofLowercased text: String) -> [Int] {
        let scalars = Array(text.unicodeScalars)
        let ranges = TopicTagger.wordRanges(scalars)
        var found = [Bool](repeating: false, count: topics.count)
        var simple = [Bool](repeating: true, count: ranges.count)
        for (index, word) in ranges.enumerated() {
            guard TermTrie.isSimple(scalars[word]) else {
                simple[index] = false
                markSlowly(String(String.UnicodeScalarView(scalars[word])), in: &found)
                continue
            }
            matcher.mark(scalars, word, in: &found)
            guard scalars[word].contains("-") else { continue }
            var partStart = word.lowerBound
            for position in word.lowerBound...word.upperBound where position == word.upperBound || scalars[position] == "-" {
                if position > partStart { matcher.mark(scalars, partStart..<position, in: &found) }
                partStart = position + 1
            }
        }
        for (number, phrase) in phraseTerms.enumerated() where !found[phrase.topic] {
            found[phrase.topic] = containsPhrase(number, scalars: scalars, ranges: ranges, simple: simple)
        }
        return found.indices.filter { found[$0] }
    }

    /// `ruleTopics`' string path for a word outside the tries' simple range.
    private func markSlowly(_ word: String, in found: inout [Bool]) {
        var parts = [word]
        if word.contains("-") { parts += word.split(separator: "-").map(String.init) }
        for part in parts {
            for topic in exactTerms[part] ?? [] { found[topic] = true }
            for topic in compoundHits(part) { found[topic] = true }
        }
    }

    /// `containsPhrase` for phrase term `number` over the word ranges.
    private func containsPhrase(_ number: Int, scalars: [Unicode.Scalar], ranges: [Range<Int>], simple: [Bool]) -> Bool {
        let words = phraseTerms[number].words
        guard !words.isEmpty, ranges.count >= words.count else { return false }
        for start in 0...(ranges.count - words.count) {
            let matches = words.indices.allSatisfy { offset in
                let index = start + offset
                if simple[index] { return TopicMatcher.starts(scalars, ranges[index], with: matcher.phrases[number][offset]) }
                return String(String.UnicodeScalarView(scalars[ranges[index]])).hasPrefix(words[offset])
            }
            if matches { return true }
        }
        return false
    }
}
