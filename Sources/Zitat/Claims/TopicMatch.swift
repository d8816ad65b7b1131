import Foundation

/// The rule terms of a `TopicTagger` as tries: single-word terms forwards (modifiers, exact words)
/// and backwards (heads), phrase words and inflection endings as NFC scalars.
struct TopicMatcher: Sendable {
    let prefixes: ScalarTrie
    let suffixes: ScalarTrie
    let exact: ScalarTrie
    /// Inflection endings in NFC, longest first; nil for one outside the simple range.
    let endings: [[Unicode.Scalar]?]
    /// The words of each phrase term in NFC; nil for one outside the simple range.
    let phrases: [[[Unicode.Scalar]?]]

    init(compound: [String: [Int]], exact: [String: [Int]], phrases: [[String]], endings: [String]) {
        let compoundTerms = compound.map { (term: $0.key, payload: $0.value) }
        prefixes = ScalarTrie(compoundTerms)
        suffixes = ScalarTrie(compoundTerms, backwards: true)
        self.exact = ScalarTrie(exact.map { (term: $0.key, payload: $0.value) })
        self.endings = endings.map(ScalarTrie.simpleScalars)
        self.phrases = phrases.map { $0.map(ScalarTrie.simpleScalars) }
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
        ruleTopicIndices(ofLowercasedScalars: Array(text.unicodeScalars))
    }

    /// `ruleTopicIndices(ofLowercased:)` of the scalars of a lowercased text.
    func ruleTopicIndices(ofLowercasedScalars scalars: [Unicode.Scalar]) -> [Int] {
        let ranges = TopicTagger.wordRanges(scalars)
        var found = [Bool](repeating: false, count: topics.count)
        var simple = [Bool](repeating: true, count: ranges.count)
        for (index, word) in ranges.enumerated() {
            guard ScalarTrie.isSimple(scalars[word]) else {
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

extension TopicTagger {
    /// The text cut at sentence marks (". ! ? : „ \"" and line feeds) as `String.split` cuts it by
    /// characters. A text whose every scalar is a character of its own is cut by scalars, without
    /// breaking it into grapheme clusters: the scalars below U+0300 (where the combining marks
    /// start) but CR, general punctuation without the joiners and format controls (U+2010–U+2027,
    /// U+2030–U+205E: „ “ – …) and currency signs (U+20A0–U+20CF).
    static func sentenceParts(_ text: String) -> [String] {
        func isMark(_ scalar: Unicode.Scalar) -> Bool {
            switch scalar {
            case ".", "!", "?", ":", "\n", "„", "\"": true
            default: false
            }
        }
        let simple = text.unicodeScalars.allSatisfy { scalar in
            scalar.standsAlone || (0x2010...0x2027).contains(scalar.value)
                || (0x2030...0x205E).contains(scalar.value) || (0x20A0...0x20CF).contains(scalar.value)
        }
        guard simple else {
            return text.split { $0 == "." || $0 == "!" || $0 == "?" || $0 == ":" || $0 == "\n" || $0 == "„" || $0 == "\"" }.map(String.init)
        }
        return text.unicodeScalars.split(whereSeparator: isMark).map { String(Substring($0)) }
    }
}
