import Foundation
/// Word classes a token can belong to by the lexicon, one bit each.
struct WordClasses: OptionSet, Sendable {
    let rawValue: UInt32

    init(rawValue: UInt32) { self.rawValue = rawValue }

    init(_ wordClass: WordClass) {
        rawValue = 1 << UInt32(WordClass.allCases.firstIndex(of: wordClass) ?? 0)
    }

    static let verbs: WordClasses = [.init(.verb), .init(.auxiliary), .init(.modal)]
    /// Articles and the pronouns that stand as or before a noun.
    static let determiners: WordClasses = [
        .init(.article), .init(.personalPronoun), .init(.reflexivePronoun), .init(.relativePronoun), .init(.demonstrative),
        .init(.possessive), .init(.indefinite),
    ]
}

/// The non-finite verb forms a token can be, one bit each.
struct NonFiniteForms: OptionSet, Sendable {
    let rawValue: UInt8
    static let infinitive = NonFiniteForms(rawValue: 1)
    static let zuInfinitive = NonFiniteForms(rawValue: 2)
    static let pastParticiple = NonFiniteForms(rawValue: 4)
    static let presentParticiple = NonFiniteForms(rawValue: 8)
}

/// What the German lexicon says about one token, reduced to what attribution asks of it.
struct TokenFacts: Sendable {
    var classes: WordClasses = []
    /// Persons and numbers of its finite verb readings; empty when it is no finite verb.
    var finitePersons: Persons = []
    /// Whether a finite reading is indicative (a Konjunktiv-only form is not).
    var indicative = false
    /// Whether a finite reading is the stem of a separable verb standing apart ("teilte" of "teilte … mit").
    var separated = false
    var nonFinite: NonFiniteForms = []
    /// Case–number–gender cells of its noun readings.
    var noun: Agreement = []
    /// Whether it is an inflected participle ("verbreiteten", "veröffentlichte"): an adjective before a noun.
    var participleAdjective = false
    /// Whether `noun` comes from the last part of a compound the lexicon does not list.
    var compoundHead = false
    /// Cells of its article and pronoun readings ("dem": dative singular masculine or neuter).
    var determiner: Agreement = []
    /// Persons of its personal pronoun readings.
    var pronounPersons: Persons = []
    /// Cases its preposition readings govern.
    var governs: Agreement = []

    var isKnown: Bool { !classes.isEmpty }
    var isFinite: Bool { !finitePersons.isEmpty }

    init() {}

    init(_ analyses: [WordAnalysis]) {
        for analysis in analyses {
            classes.insert(WordClasses(analysis.wordClass))
            switch analysis.wordClass {
            case .noun: noun.formUnion(analysis.agreement)
            case .preposition, .postposition: governs.formUnion(analysis.agreement)
            case .personalPronoun, .reflexivePronoun:
                determiner.formUnion(analysis.agreement)
                pronounPersons.formUnion(analysis.persons)
            case _ where WordClasses.determiners.contains(WordClasses(analysis.wordClass)):
                determiner.formUnion(analysis.agreement)
            default: break
            }
            switch analysis.verbForm {
            case let .finite(mood, _)?:
                finitePersons.formUnion(analysis.persons)
                indicative = indicative || mood == .indicative
                separated = separated || analysis.separated
            case .infinitive?: nonFinite.insert(.infinitive)
            case .zuInfinitive?: nonFinite.insert(.zuInfinitive)
            case .pastParticiple?: nonFinite.insert(.pastParticiple)
            case .presentParticiple?: nonFinite.insert(.presentParticiple)
            case nil: break
            }
        }
    }
}

/// Per-token lexicon facts of an article (`TokenTable` looks each form up once per run).
///
/// Empty facts without a lexicon, so every question falls back to word shape. A word that opens a
/// sentence, a quotation or a colon's clause is looked up in both cases ("Sagte", "Die"); elsewhere as
/// written, so a capitalised noun is not read as a verb ("Essen") nor a lower-case verb as a noun.
struct TokenGrammar: Sendable {
    let facts: [TokenFacts]

    init(facts: [TokenFacts]) { self.facts = facts }

    /// What the lexicon says of a word (never its lemmas: the facts need none); `capitalized` is
    /// `Token.isCapitalized(text)`.
    static func facts(of text: String, capitalized: Bool, opens: Bool, in lexicon: GermanLexicon) -> TokenFacts {
        var facts = TokenFacts(opens ? lexicon.lookup(text, withLemmas: false) : lexicon.analyses(of: text, withLemmas: false))
        if !facts.isKnown, capitalized, let head = TokenGrammar.compoundHead(text, in: lexicon) ?? TokenGrammar.suffixCells(text) {
            facts.noun = head
            facts.compoundHead = true
        }
        if !capitalized, facts.isFinite, let stem = TokenGrammar.participleStem(text) {
            facts.participleAdjective = lexicon.analyses(of: stem, withLemmas: false).contains {
                $0.verbForm == .pastParticiple || $0.verbForm == .presentParticiple
            }
        }
        // Acronyms ("USA", "NATO") name one body whatever number a dictionary gives them.
        // (The shape first: it stops at the first lower-case letter; counting characters reads them all.)
        if text.allSatisfy({ $0.isUppercase || !$0.isLetter }), text.count >= 2 { facts.noun = [] }
        // A noun declined as an adjective ("der Abgeordnete") is listed as masculine; its feminine
        // ("die Abgeordnete") reads the same.
        if text.hasSuffix("e"), facts.noun.contains(Agreement(.nominative, .singular, .masculine)) {
            facts.noun.formUnion([Agreement(.nominative, .singular, .feminine), Agreement(.accusative, .singular, .feminine)])
        }
        return facts
    }

    /// The noun cells of the longest last part of a compound that the lexicon lists as a noun
    /// ("Verteidigungsminister" → "Minister", "SPD-Vorsitzende" → "Vorsitzende"); the first part keeps
    /// at least three letters. Nil for acronyms and words without such a part.
    static func compoundHead(_ word: String, in lexicon: GermanLexicon) -> Agreement? {
        let scalars = Array(word.unicodeScalars)
        guard scalars.count >= 6, scalars.dropFirst().contains(where: { $0.properties.isLowercase }) else { return nil }
        func nounCells(_ part: UnsafeBufferPointer<UInt8>) -> Agreement? {
            let cells = lexicon.analyses(ofUTF8: part, withLemmas: false)
                .reduce(into: Agreement()) { if $1.wordClass == .noun { $0.formUnion($1.agreement) } }
            return cells.isEmpty ? nil : cells
        }
        let bytes = Array(word.utf8)
        // Where each scalar starts in `bytes`.
        var offsets: [Int] = []
        offsets.reserveCapacity(scalars.count)
        var offset = 0
        for scalar in scalars {
            offsets.append(offset)
            offset += UTF8.width(scalar)
        }
        if let dash = scalars.lastIndex(of: "-"), dash + 1 < scalars.count {
            return bytes[offsets[dash + 1]...].withUnsafeBufferPointer { nounCells($0) }
        }
        var part: [UInt8] = []
        for start in 3..<(scalars.count - 3) {
            part.removeAll(keepingCapacity: true)
            if capitalizesAlone(scalars, at: start) {
                let first = bytes[offsets[start]]
                part.append((0x61...0x7A).contains(first) ? first - 0x20 : first)
                part += bytes[(offsets[start] + 1)...]
            } else {
                let rest = String(String.UnicodeScalarView(scalars[start...]))
                part += (rest.prefix(1).uppercased() + rest.dropFirst()).utf8
            }
            if let cells = part.withUnsafeBufferPointer({ nounCells($0) }) { return cells }
        }
        return nil
    }

    private static let feminineSuffixes = ["keit", "heit", "ung", "schaft", "tät", "ion"]
    /// Their plurals ("-keiten", "-ionen"), built once, not per word.
    private static let femininePluralSuffixes = feminineSuffixes.flatMap { [$0 + "en", $0 + "nen"] }

    /// The cells a noun's derivational suffix gives when the lexicon lists neither it nor its last part:
    /// "-keit", "-heit", "-ung", "-schaft", "-tät", "-ion" make feminine nouns ("Realisierbarkeit":
    /// singular, every case; "Realisierbarkeiten": plural).
    static func suffixCells(_ word: String) -> Agreement? {
        let feminine = feminineSuffixes
        guard word.count >= 6, word.first?.isUppercase == true, word.dropFirst().allSatisfy({ $0.isLowercase || $0 == "-" }) else { return nil }
        let cases = GrammaticalCase.allCases
        if feminine.contains(where: { word.hasSuffix($0) }) {
            return cases.reduce(into: Agreement()) { $0.formUnion(Agreement($1, .singular, .feminine)) }
        }
        if femininePluralSuffixes.contains(where: { word.hasSuffix($0) }) {
            return cases.reduce(into: Agreement()) { $0.formUnion(Agreement($1, .plural, nil)) }
        }
        return nil
    }

    /// Whether upper-casing the first character of `scalars[start...]` is upper-casing its ASCII first
    /// scalar alone: the next scalar starts a new character (no combining mark or joiner).
    static func capitalizesAlone(_ scalars: [Unicode.Scalar], at start: Int) -> Bool {
        guard scalars[start].isASCII else { return false }
        guard start + 1 < scalars.count else { return true }
        let next = scalars[start + 1]
        return next.isASCII || (next.properties.generalCategory != .nonspacingMark && next.properties.generalCategory != .spacingMark
            && next.properties.generalCategory != .enclosingMark && !next.properties.isGraphemeExtend && next != "\u{200D}")
    }

    /// The word without an adjective ending ("verbreiteten" → "verbreitet"), if it has one.
    static func participleStem(_ word: String) -> String? {
        for ending in ["en", "em", "er", "es", "e"] where word.hasSuffix(ending) && word.count > ending.count + 3 {
            return String(word.dropLast(ending.count))
        }
        return nil
    }

    /// Marks after which a word is written as at the start of a sentence.
    static func opensClause(_ text: String) -> Bool {
        var scalars = text.unicodeScalars.makeIterator()
        guard let first = scalars.next(), scalars.next() == nil else { return false }
        switch first {
        case "„", "“", "\"", "»", "«", "‚", "‘", "'", ":", "(", "–": return true
        default: return false
        }
    }
}

/// Grammar questions attribution asks of tokens and noun phrases, answered from `TokenGrammar`; each
/// answer is "cannot tell" (nil or true) when the lexicon does not know the words.
extension TextView {
    func facts(_ index: Int) -> TokenFacts {
        index >= 0 && index < grammar.facts.count ? grammar.facts[index] : TokenFacts()
    }

    /// An article or pronoun of an accusative or dative phrase only ("den", "dem", "einem", "seinem"; a
    /// genitive may be adverbial: "seines Zeichens Direktor"). One before another determiner is a
    /// pronoun of a group ("Einer der Helfer").
    func isObliqueDeterminer(_ index: Int) -> Bool {
        let cells = facts(index).determiner
        return !cells.isEmpty && !cells.allows(.nominative) && !cells.allows(.genitive) && facts(index + 1).determiner.isEmpty
    }

    /// A personal pronoun the lexicon reads as nominative only ("er", "ich", "wir"; not "sie", "es").
    func isNominativePronoun(_ index: Int) -> Bool {
        facts(index).classes.contains(WordClasses(.personalPronoun)) && facts(index).determiner.cases == [.nominative]
    }

    /// Whether the lexicon knows the token as a finite verb form.
    func isFiniteVerb(_ index: Int) -> Bool { facts(index).isFinite }

    /// The case–number–gender cells a noun phrase can fill, once for each noun that can be its head:
    /// the cells its determiner and that noun share ("dem Minister": dative singular; "die Minister":
    /// nominative or accusative plural). Heads are the capitalised words the lexicon knows as nouns
    /// before the first lower-case word ("Die Süddeutsche Zeitung": both); a noun that shares no cell
    /// with the determiner is none. Empty when the lexicon knows no determiner and no noun.
    func headAgreements(ofPhrase phrase: Range<Int>) -> [Agreement] {
        var determiner: Agreement?
        var index = phrase.lowerBound
        if index < phrase.upperBound, tokens[index].kind == .word, !isCapitalized(index) || isSentenceInitial(index) || phrase.count == 1 {
            let cells = facts(index).determiner
            // "dessen Stellvertreter": a genitive pronoun names the owner, not the phrase's case.
            if cells.cases == [.genitive], phrase.count > 1 {
                index += 1
            } else if !cells.isEmpty {
                determiner = cells
                index += 1
            }
        }
        // Adjectives and numbers before the head.
        while index < phrase.upperBound, isWord(index), !isCapitalized(index),
              tokens[index].kind == .number || isAdjective(index) || !facts(index).isKnown {
            index += 1
        }
        var heads: [Agreement] = []
        while index < phrase.upperBound, isWord(index), isCapitalized(index) {
            if let cells = nounCells(index) {
                let shared = determiner.map { $0.unified(with: cells) } ?? cells
                if !shared.isEmpty { heads.append(shared) }
            }
            index += 1
        }
        if heads.isEmpty, let determiner { heads.append(determiner) }
        return heads
    }

    /// The cells of a capitalised token's noun readings, or of its last part when it is a compound the
    /// lexicon does not list ("Verteidigungsminister", "SPD-Vorsitzende"); nil when unknown.
    func nounCells(_ index: Int) -> Agreement? {
        let cells = facts(index).noun
        return cells.isEmpty ? nil : cells
    }

    /// The numbers a phrase can have as a subject: those of its heads' nominative cells; a
    /// coordination ("X und Y") may be plural. Nil when the lexicon cannot tell; only a phrase opened
    /// by an article or pronoun counts: a bare plural may name one body ("Ärzte ohne Grenzen teilte mit").
    func subjectNumbers(_ phrase: Range<Int>) -> Set<GrammaticalNumber>? {
        guard let first = phrase.first, !facts(first).determiner.isEmpty,
              // "Einer der Helfer": a pronoun before a genitive, not an article.
              phrase.count == 1 || facts(first + 1).determiner.isEmpty else { return nil }
        let heads = headAgreements(ofPhrase: phrase)
        guard !heads.isEmpty else { return nil }
        var numbers = Set(heads.flatMap { cells in GrammaticalNumber.allCases.filter { cells.allows(.nominative, $0) } })
        if !numbers.isEmpty, phrase.contains(where: { ["und", "sowie"].contains(lower[$0]) }) { numbers.insert(.plural) }
        return numbers
    }

    /// Whether a phrase can be the subject of the finite verb at `verb`: the lexicon leaves it a
    /// nominative reading, in a number the verb has ("die Minister sagten", not "dem Minister sagte").
    /// True when either is unknown.
    func canBeSubject(_ phrase: Range<Int>, ofVerb verb: Int?) -> Bool {
        guard let numbers = subjectNumbers(phrase) else { return true }
        if numbers.isEmpty { return false }
        guard let verb else { return true }
        let persons = facts(verb).finitePersons
        guard !persons.isEmpty else { return true }
        return numbers.contains { persons.contains(Persons(person: 3, $0)) }
    }

    /// Whether the lexicon reads a phrase as nominative only ("der Sprecher", "er"): then it is the subject.
    func isNominativeOnly(_ phrase: Range<Int>) -> Bool {
        let heads = headAgreements(ofPhrase: phrase)
        return !heads.isEmpty && heads.allSatisfy { $0.cases == [.nominative] }
    }
}

extension Agreement {
    /// The cells both allow, where a cell without gender matches every gender ("die" plural, a noun
    /// whose gender the lexicon does not give).
    func unified(with other: Agreement) -> Agreement {
        var result: UInt32 = 0
        for shift in stride(from: UInt32(0), to: 32, by: 4) {
            let mine = (rawValue >> shift) & 0xF
            let theirs = (other.rawValue >> shift) & 0xF
            guard mine != 0, theirs != 0 else { continue }
            let cell: UInt32 = mine & 1 != 0 ? theirs : theirs & 1 != 0 ? mine : mine & theirs
            result |= cell << shift
        }
        return Agreement(rawValue: result)
    }
}

extension TextView {
    /// Whether the lexicon reads a lower-case word as a finite verb of the third person that is no
    /// inflected participle ("lebte", "wohnten"; not "verbreiteten").
    func isThirdPersonVerb(_ index: Int) -> Bool {
        let facts = facts(index)
        return !facts.participleAdjective && !facts.finitePersons.isDisjoint(with: [.thirdSingular, .thirdPlural])
    }
}
