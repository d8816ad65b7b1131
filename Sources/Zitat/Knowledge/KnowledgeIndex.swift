/// Hashed lookups over the knowledge base, built once per rule set: every alias, marker, noun and
/// epithet as normalised stems (lower case, "ß" as "ss", German endings removed), so a mention is
/// read with a few dictionary lookups per word.
public struct KnowledgeIndex: Sendable {
    public enum Target: Sendable, Hashable {
        case person(Int), institution(Int), outlet(Int), officeTitle(Int)
    }

    public enum Noun: Sendable, Hashable {
        case office(Int), role(Int)
    }

    public let base: KnowledgeBase
    /// The head nouns words read as, remembered (filled while analysing, never while building).
    let heads = HeadNounMemo()
    /// Readings at no date (`AffiliationResolver.resolveUndated`) and the bare body noun of each word
    /// (`AffiliationResolver.bareNoun(in:)`), remembered for the run.
    let undated = KnowledgeMemo<AnalysisMemo.Bytes, Affiliation?>(capacity: 10_000)
    let bareNouns = KnowledgeMemo<AnalysisMemo.Bytes, String?>(capacity: 20_000)
    /// The bare and the state body noun of each mention text (`bareBodyNoun(ofText:)`, `stateBodyNoun(ofText:)`).
    let bareBodyTexts = KnowledgeMemo<AnalysisMemo.Bytes, String?>(capacity: 20_000)
    let stateBodyTexts = KnowledgeMemo<AnalysisMemo.Bytes, String?>(capacity: 20_000)
    /// Aliases by their stems joined with spaces.
    var aliases: [String: [Target]] = [:]
    /// The first stems of the aliases of several words ("weiss" of "weiss haus"): a run of words
    /// that starts with any other stem is no such alias, and its key is not built.
    var aliasStarts: Set<String> = []
    /// Each alias key as first written ("weiss haus" → "Weißes Haus"), for canonical names.
    var aliasForms: [String: String] = [:]
    var longestAlias = 1
    /// Institutions by the stems of their markers; multi-word markers joined with spaces.
    var markers: [String: [Int]] = [:]
    var longestMarker = 1
    var nouns: [String: [Noun]] = [:]
    /// People by the stem of their family name (the last word of their name), for a name alone
    /// that the base lists no alias for because several people share it ("Rice", "Bush").
    var familyNames: [String: [Int]] = [:]
    var demonyms: [String: String] = [:]
    var partyMembers: [String: String] = [:]
    var former: Set<String> = []
    var elect: Set<String> = []
    var deputy: Set<String> = []
    var formerPrefixes: Set<String> = []
    /// Prepositions that attach a place, after which a mention no longer names its speaker.
    var placePrepositions: Set<String> = []
    var articles: Set<String> = []
    var definiteArticles: Set<String> = []
    var indefiniteArticles: Set<String> = []
    /// Stems of nouns that pass the speaking on to their attachment ("Angaben", "Presseamt").
    var transparent: Set<String> = []
    /// The same nouns as normalised words, longest first, for the end of a compound ("Behördenangaben").
    var transparentForms: [String] = []
    /// Stems of the nouns whose seat names their state ("regierung" of "die Regierung in Moskau").
    var seatNouns: Set<String> = []
    var originPrepositions: Set<String> = []
    /// Stems of the nouns of a government named by its leader ("administration" of "Trump-Administration").
    var leaderBodyNouns: Set<String> = []
    /// Offices whose holder leads a government: those with a leader title among their nouns.
    var leaderOffices: Set<String> = []
    /// Stems of aliases that are common nouns, naming their body only after a definite article.
    var definiteAliases: Set<String> = []
    var adjectiveEndings: [String] = []
    var deputyPrefixes: Set<String> = []
    /// Bodies by the bare noun of their aliases ("militär" → the US and the Russian armed forces).
    var bareBodies: [String: [Int]] = [:]
    /// Coordinators as lowercased word sequences, longest first ("als auch" before "und").
    var coordinators: [[String]] = []
    var correlatives: Set<String> = []
    var pairWords: Set<String> = []
    /// Stems of the plural nouns that refer back to a joint mention with a pair word ("länder").
    var pairNouns: Set<String> = []
    /// Bare body nouns by their field, the first part before a `field_nouns` noun
    /// ("verteidigung" → "verteidigungsministerium"), when one noun has that field.
    var fieldBodies: [String: String] = [:]
    /// Stems of the documents only a government issues, and the bare body noun of their issuer.
    var executiveDocuments: Set<String> = []
    var executiveBody: String?
    /// Stems of the nationalities' adjectives ("deutsch", "russisch").
    var nationalAdjectives: Set<String> = []

    public init(_ base: KnowledgeBase) {
        self.base = base
        for (index, person) in base.people.enumerated() {
            for alias in [person.name] + person.aliases { add(alias, .person(index)) }
            if let family = Self.words(person.name).last, family.isCapitalized { familyNames[family.stem, default: []].append(index) }
        }
        for (index, institution) in base.institutions.enumerated() {
            for alias in [institution.name] + institution.aliases { add(alias, .institution(index)) }
            for marker in institution.markers {
                let key = Self.key(marker)
                guard !key.isEmpty else { continue }
                markers[key, default: []].append(index)
                longestMarker = max(longestMarker, key.split(separator: " ").count)
            }
        }
        for (index, outlet) in base.outlets.enumerated() {
            for alias in [outlet.name] + outlet.aliases { add(alias, .outlet(index)) }
        }
        for (index, office) in base.offices.enumerated() {
            for title in office.titles { add(title, .officeTitle(index)) }
            for noun in office.nouns { nouns[Self.key(noun), default: []].append(.office(index)) }
        }
        for (index, role) in base.roles.enumerated() {
            for noun in role.nouns { nouns[Self.key(noun), default: []].append(.role(index)) }
        }
        for nationality in base.nationalities {
            for demonym in nationality.demonyms { demonyms[Self.key(demonym)] = nationality.code }
        }
        for party in base.parties {
            for member in party.members { partyMembers[Self.key(member)] = party.id }
        }
        let modifiers = base.modifiers
        former = Set(modifiers.former.map(Self.key))
        elect = Set(modifiers.elect.map(Self.key))
        deputy = Set(modifiers.deputy.map(Self.key))
        formerPrefixes = Set(modifiers.formerPrefixes.map { $0.lowercased() })
        deputyPrefixes = Set(modifiers.deputyPrefixes.map { $0.lowercased() })
        placePrepositions = Set(modifiers.placePrepositions.map { $0.lowercased() })
        articles = Set(modifiers.articles.map { $0.lowercased() })
        definiteArticles = Set(modifiers.definiteArticles.map { $0.lowercased() })
        indefiniteArticles = Set(modifiers.indefiniteArticles.map { $0.lowercased() })
        transparent = Set(modifiers.transparentNouns.map(Self.key))
        transparentForms = Set(modifiers.transparentNouns.map(Self.normalised)).sorted { ($0.count, $0) > ($1.count, $1) }
        definiteAliases = Set(modifiers.definiteAliases.map(Self.key))
        seatNouns = Set(modifiers.seatNouns.map(Self.key))
        originPrepositions = Set(modifiers.originPrepositions.map { $0.lowercased() })
        leaderBodyNouns = Set(modifiers.leaderBodyNouns.map(Self.key))
        let leaderTitles = Set(modifiers.leaderTitles.map(Self.key))
        leaderOffices = Set(base.offices.filter { $0.nouns.contains { leaderTitles.contains(Self.key($0)) } }.map(\.id))
        adjectiveEndings = modifiers.adjectiveEndings
        coordinators = Set(modifiers.coordinators.map { $0.lowercased() }).map { $0.split(separator: " ").map(String.init) }
            .sorted { ($0.count, $0.joined(separator: " ")) > ($1.count, $1.joined(separator: " ")) }
        correlatives = Set(modifiers.correlatives.map { $0.lowercased() })
        pairWords = Set(modifiers.pairWords.map { $0.lowercased() })
        pairNouns = Set(modifiers.pairNouns.map(Self.key))
        bareBodies = Self.bareBodyNouns(base, markers: markers)
        executiveDocuments = Set(modifiers.executiveDocuments.map(Self.key))
        executiveBody = modifiers.executiveBody.map(Self.key)
        fieldBodies = Self.fieldBodies(bareBodies: bareBodies, fieldNouns: modifiers.fieldNouns.map(Self.normalised))
        nationalAdjectives = Set(base.nationalities.compactMap(\.adjective).map(Self.key))
    }

    private mutating func add(_ alias: String, _ target: Target) {
        let key = Self.key(alias)
        guard !key.isEmpty else { return }
        if !(aliases[key]?.contains(target) ?? false) { aliases[key, default: []].append(target) }
        if aliasForms[key] == nil { aliasForms[key] = alias }
        if let space = key.firstIndex(of: " ") { aliasStarts.insert(String(key[..<space])) }
        longestAlias = max(longestAlias, key.split(separator: " ").count)
    }

    /// An alias of the base written as the base writes it, when `text` (articles aside) is one:
    /// "das Weiße Haus" → "Weißes Haus".
    public func aliasForm(_ text: String) -> String? {
        let key = Self.words(text).filter { !articles.contains($0.lower) }.map(\.stem).joined(separator: " ")
        return aliasForms[key]
    }

    /// The normalised stems of a text, joined by spaces ("Weißen Hauses" → "weiss haus").
    public static func key(_ text: String) -> String {
        words(text).map(\.stem).joined(separator: " ")
    }

    /// A word of a mention: as written, normalised, and stemmed.
    public struct Word: Sendable, Hashable {
        public var text: String
        public var lower: String
        public var stem: String
        public var isCapitalized: Bool
        /// Whether a comma stands right before the word ("der Sprecher, Mark Smith").
        public var afterComma: Bool
    }

    /// Splits a mention into words (letters, digits and inner hyphens; "US-Präsident" is one word).
    /// A reading splits the same mention several times: recent splits are remembered (`RecentWords`).
    public static func words(_ text: String) -> [Word] {
        RecentWords.shared.words(of: text, split: splitWords)
    }

    static func splitWords(_ text: String) -> [Word] {
        var result: [Word] = []
        let scalars = text.unicodeScalars
        var start: String.UnicodeScalarView.Index?
        var comma = false
        func flush(upTo end: String.UnicodeScalarView.Index) {
            guard let from = start else { return }
            start = nil
            var slice = scalars[from..<end]
            while slice.first == "-" { slice = slice.dropFirst() }
            if slice.last == "-" { slice = slice.dropLast() }
            guard !slice.isEmpty else { return }
            let word = String(Substring(slice))
            let lower = normalised(word)
            result.append(Word(text: word, lower: lower, stem: stem(lower), isCapitalized: slice.first?.properties.isUppercase ?? false,
                               afterComma: comma))
            comma = false
        }
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            // Letters with their combining marks, digits and inner hyphens make words (ASCII read
            // without the property tables: its letters are alphabetic, its digits numeric, no mark).
            let inWord = scalar.isASCII
                ? (scalar >= "a" && scalar <= "z") || (scalar >= "A" && scalar <= "Z") || (scalar >= "0" && scalar <= "9") || scalar == "-"
                : scalar.properties.isAlphabetic || scalar.properties.numericType != nil
                    || start != nil && scalar.properties.generalCategory == .nonspacingMark
            if inWord {
                if start == nil { start = index }
            } else {
                flush(upTo: index)
                if scalar == "," { comma = true }
            }
            index = scalars.index(after: index)
        }
        flush(upTo: scalars.endIndex)
        return result
    }

    /// A lower-case word without its German inflection ending ("Präsidenten" → "präsident",
    /// "russischer" → "russisch"), keeping agent nouns apart from their stems ("Botschafter" is no
    /// "Botschaft", "Sprecher" no "Sprech"): "-er" goes only after an adjective or participle suffix.
    public static func stem(_ lower: String) -> String {
        guard var word = SimpleWord(lower) else { return characterStem(lower) }
        for _ in 0..<2 {
            if word.hasSuffix(Endings.er), word.count >= 6, Endings.beforeEr.contains(where: { word.hasSuffix($0, dropping: 2) }) {
                word.removeLast(2)
                continue
            }
            let keepsS = word.hasSuffix(Endings.ss) || word.hasSuffix(Endings.nis)
            guard let ending = Endings.inflection.first(where: { word.hasSuffix($0) && word.count - $0.count >= 4 && !(keepsS && $0 == Endings.s) })
            else { break }
            word.removeLast(ending.count)
        }
        if word.hasSuffix(Endings.niss) { word.removeLast(1) }
        return word.isWhole ? lower : word.string
    }

    /// The endings `stem` tests, as UTF-8.
    private enum Endings {
        static let er = Array("er".utf8), ss = Array("ss".utf8), nis = Array("nis".utf8), niss = Array("niss".utf8), s = Array("s".utf8)
        /// Suffixes before which an "-er" goes ("russischer" → "russisch"), and the inflectional
        /// endings, in the order they are tried; the byte arrays are the same words as UTF-8.
        static let beforeErStrings = ["isch", "ig", "lich", "er", "end", "iert"]
        static let inflectionStrings = ["es", "en", "em", "e", "s", "n"]
        static let beforeEr = beforeErStrings.map { Array($0.utf8) }
        static let inflection = inflectionStrings.map { Array($0.utf8) }
    }

    /// `stem` by Characters, for words beyond `SimpleWord`.
    static func characterStem(_ lower: String) -> String {
        var word = lower
        for _ in 0..<2 {
            if word.hasSuffix("er"), word.count >= 6 {
                let rest = word.dropLast(2)
                if Endings.beforeErStrings.contains(where: rest.hasSuffix) {
                    word = String(rest)
                    continue
                }
            }
            // "Kongress", "Bündnis" keep their s; only an inflectional s goes.
            let keepsS = word.hasSuffix("ss") || word.hasSuffix("nis")
            guard let ending = Endings.inflectionStrings.first(where: { word.hasSuffix($0) && word.count - $0.count >= 4 && !(keepsS && $0 == "s") })
            else { break }
            word.removeLast(ending.count)
        }
        // "Bündnisses" → "bündnis".
        if word.hasSuffix("niss") { word.removeLast() }
        return word
    }

    /// Lower case with "ß" written "ss", as Swiss German does.
    static func normalised(_ word: String) -> String {
        let lower = ScalarCase.lowercased(word)
        return lower.unicodeScalars.contains("ß") ? lower.replacingOccurrences(of: "ß", with: "ss") : lower
    }

    /// One word as `words` would read it, for text already split into tokens.
    public static func word(_ text: String) -> Word {
        let lower = normalised(text)
        return Word(text: text, lower: lower, stem: stem(lower), isCapitalized: text.first?.isUppercase ?? false, afterComma: false)
    }
}
