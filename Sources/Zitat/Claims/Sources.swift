/// Maps speaker names to sources by the aliases of `rules/sources.yaml`, inflection aside.
public struct SourceMatcher: Sendable {
    struct Alias: Sendable {
        var stems: [String]
        var source: String
        var text: String
    }

    let aliases: [Alias]

    public init(rules: [SourceRule]) {
        var aliases: [Alias] = []
        for rule in rules {
            for alias in rule.aliases {
                let stems = SourceMatcher.stems(alias)
                if !stems.isEmpty { aliases.append(Alias(stems: stems, source: rule.id, text: alias)) }
            }
        }
        // Longest alias first; file order breaks ties.
        self.aliases = aliases.enumerated().sorted { lhs, rhs in
            lhs.element.stems.count != rhs.element.stems.count ? lhs.element.stems.count > rhs.element.stems.count : lhs.offset < rhs.offset
        }.map(\.element)
    }

    /// The source whose longest alias occurs in `text`, with that alias.
    public func match(_ text: String) -> (source: String, alias: String)? {
        let stems = SourceMatcher.stems(text)
        guard !stems.isEmpty else { return nil }
        for alias in aliases where alias.stems.count <= stems.count {
            for start in 0...(stems.count - alias.stems.count) where Array(stems[start..<(start + alias.stems.count)]) == alias.stems {
                return (alias.source, alias.text)
            }
        }
        return nil
    }

    /// The alias written exactly like `text` (articles and inflection aside), for canonical names.
    public func canonicalAlias(_ text: String, ignoring: Set<String>) -> String? {
        let stems = SourceMatcher.stems(text).filter { !ignoring.contains($0) }
        guard !stems.isEmpty else { return nil }
        if let exact = aliases.first(where: { $0.stems == stems }) {
            // A single family name stands for the person's full alias: "Putin" → "Wladimir Putin".
            if stems.count == 1, let full = aliases.first(where: { $0.stems.count > 1 && $0.stems.last == stems[0] && $0.source == exact.source }) {
                return full.text
            }
            return exact.text
        }
        return nil
    }

    /// Lowercased words with German inflection endings removed ("Weißen Hauses" → "weiß haus").
    /// A lowercased text of the simple scalars (below U+0300, no CR) is split by scalars, which are
    /// its Characters; any other by Characters.
    public static func stems(_ text: String) -> [String] {
        let lower = ScalarCase.lowercased(text)
        guard lower.unicodeScalars.allSatisfy(\.standsAlone) else { return characterStems(lower) }
        var result: [String] = []
        var word = String.UnicodeScalarView()
        func flush() {
            guard !word.isEmpty else { return }
            let stemmed = stem(String(word))
            if !stemmed.isEmpty && stemmed != "-" { result.append(stemmed) }
            word = String.UnicodeScalarView()
        }
        for scalar in lower.unicodeScalars {
            // Character.isLetter and isNumber of a one-scalar Character are its scalar's properties.
            let inWord = scalar.isASCII
                ? (scalar >= "a" && scalar <= "z") || (scalar >= "A" && scalar <= "Z") || (scalar >= "0" && scalar <= "9") || scalar == "-"
                : scalar.properties.isAlphabetic || scalar.properties.numericType != nil
            if inWord { word.append(scalar) } else { flush() }
        }
        flush()
        return result
    }

    /// `stems` of a lowercased text split by Characters.
    static func characterStems(_ lower: String) -> [String] {
        lower.split { !($0.isLetter || $0.isNumber || $0 == "-") }
            .map { stem(String($0)) }
            .filter { !$0.isEmpty && $0 != "-" }
    }

    static func stem(_ text: String) -> String {
        guard var word = SimpleWord(text) else { return characterStem(text) }
        for _ in 0..<2 {
            guard let ending = endings.first(where: { word.hasSuffix($0) && word.count - $0.count >= 4 }) else { break }
            word.removeLast(ending.count)
        }
        return word.isWhole ? text : word.string
    }

    /// The inflectional endings `stem` cuts, in the order it tries them; `endings` is the same as UTF-8.
    private static let endingStrings = ["es", "en", "em", "er", "e", "s", "n"]
    private static let endings = endingStrings.map { Array($0.utf8) }

    /// `stem` by Characters, for words beyond `SimpleWord`.
    static func characterStem(_ word: String) -> String {
        var word = word
        for _ in 0..<2 {
            guard let ending = endingStrings.first(where: { word.hasSuffix($0) && word.count - $0.count >= 4 })
            else { break }
            word.removeLast(ending.count)
        }
        return word
    }
}
