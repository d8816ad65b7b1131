/// The grammatical cases of German.
public enum GrammaticalCase: Int, Sendable, CaseIterable {
    case nominative, genitive, dative, accusative
}

/// Singular and plural.
public enum GrammaticalNumber: Int, Sendable, CaseIterable {
    case singular, plural
}

/// The three genders of German.
public enum Gender: Int, Sendable, CaseIterable {
    case masculine = 1, feminine, neuter
}

/// The case–number–gender cells a form can fill ("der": nominative singular masculine, dative singular
/// feminine, …), one bit per cell; a cell without gender stands for plural or gender-free forms.
public struct Agreement: OptionSet, Hashable, Sendable {
    public let rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// One cell; `gender` nil where gender does not apply.
    public init(_ grammaticalCase: GrammaticalCase, _ number: GrammaticalNumber, _ gender: Gender?) {
        rawValue = 1 << UInt32(grammaticalCase.rawValue * 8 + number.rawValue * 4 + (gender?.rawValue ?? 0))
    }

    /// Whether the form can stand in this case (and number, and gender, when given); a cell without
    /// gender agrees with every gender.
    public func allows(_ grammaticalCase: GrammaticalCase, _ number: GrammaticalNumber? = nil, _ gender: Gender? = nil) -> Bool {
        let numbers = number.map { [$0] } ?? GrammaticalNumber.allCases
        return numbers.contains { number in
            contains(Agreement(grammaticalCase, number, nil))
                || (gender.map { [$0] } ?? Gender.allCases).contains { contains(Agreement(grammaticalCase, number, $0)) }
        }
    }

    /// The cases any cell is in.
    public var cases: [GrammaticalCase] { GrammaticalCase.allCases.filter { allows($0) } }
}

/// First, second, third person in singular and plural, one bit each.
public struct Persons: OptionSet, Hashable, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    /// Person 1…3 in a number.
    public init(person: Int, _ number: GrammaticalNumber) {
        rawValue = 1 << UInt8((person - 1) + number.rawValue * 3)
    }

    public static let thirdSingular = Persons(person: 3, .singular)
    public static let thirdPlural = Persons(person: 3, .plural)
}

/// Word classes of the lexicon (STTS-like names in the data file).
public enum WordClass: String, Sendable, CaseIterable {
    case noun = "N", verb = "VV", auxiliary = "VA", modal = "VM"
    case article = "ART", personalPronoun = "PPER", reflexivePronoun = "PRF", relativePronoun = "PREL"
    case demonstrative = "PDEM", possessive = "PPOSS", indefinite = "PIAT", preposition = "APPR", postposition = "APPO"
    case subordinator = "KOUS", coordinator = "KON", adverb = "ADV", negation = "PTKNEG", verbParticle = "PTKVZ"

    public var isVerb: Bool { self == .verb || self == .auxiliary || self == .modal }
}

/// How a verb form is used: finite (with mood and tense) or one of the non-finite forms.
public enum VerbForm: Sendable, Hashable {
    case finite(Mood, Tense)
    case infinitive, zuInfinitive, pastParticiple, presentParticiple
}

/// Indicative, Konjunktiv I, Konjunktiv II.
public enum Mood: Sendable, Hashable, CaseIterable {
    case indicative, konjunktivI, konjunktivII
}

/// The simple tenses; the Konjunktiv forms are listed under present (I) and preterite (II).
public enum Tense: Sendable, Hashable, CaseIterable {
    case present, preterite
}

/// One reading of a word form.
public struct WordAnalysis: Hashable, Sendable {
    public var lemma: String
    public var wordClass: WordClass
    /// Nouns, articles, pronouns: the cells the form fills; adpositions: the cases they govern.
    public var agreement: Agreement = []
    /// Verbs: the form; finite forms also their persons; pronouns: their person.
    public var verbForm: VerbForm?
    public var persons: Persons = []
    /// The finite stem of a separable verb standing apart from its particle ("erkennt" of "erkennt … an").
    public var separated = false

    public init(
        lemma: String, wordClass: WordClass, agreement: Agreement = [], verbForm: VerbForm? = nil, persons: Persons = [],
        separated: Bool = false
    ) {
        self.lemma = lemma
        self.wordClass = wordClass
        self.agreement = agreement
        self.verbForm = verbForm
        self.persons = persons
        self.separated = separated
    }

    /// Finite in the given mood.
    public func isFinite(_ mood: Mood? = nil) -> Bool {
        guard case let .finite(formMood, _) = verbForm else { return false }
        return mood == nil || mood == formMood
    }
}
