import Foundation

/// What may follow a cue as the reported content.
public enum Complement: String, Sendable, CaseIterable {
    /// A comma and a subjunctive clause ("sagte, er sei …").
    case clause
    /// A comma and any main clause ("sagte, die USA hielten sich an …").
    case mainClause = "main_clause"
    /// "dass …" / "ob …" / "wie …" clauses.
    case dass
    /// An infinitive with "zu" ("forderte, die Truppen abzuziehen").
    case zu
    /// A colon, then the content.
    case colon
    /// A quotation directly attached.
    case direct
    /// A noun phrase object: a reported speech act ("forderte den Rücktritt").
    case nominal
}

/// How a cue relates to its speaker and content.
public enum CueKind: String, Sendable {
    /// A verb of saying; the speaker is its subject.
    case verb
    /// "laut X", "nach Angaben X": the speaker follows.
    case preposition
    /// "X zufolge": the speaker precedes.
    case postposition
    /// "hieß es (in/aus X)": an impersonal report; the speaker is the place or text named.
    case impersonal
    /// ", so X.": the speaker follows "so" at the end of the sentence.
    case so
    /// "Demnach …", "…, wonach …": according to what was just reported.
    case anaphoric
}

/// One cue of the lexicon, with the forms it is recognised by.
public struct CueEntry: Hashable, Sendable {
    public var rule: String
    public var kind: CueKind
    public var lemma: String
    /// Separable particle words that stand apart in main clauses ("mit" of "teilte … mit").
    public var particle: [String]
    /// Lowercased forms; for particle verbs without the particle.
    public var forms: Set<String>
    /// Lowercased forms with the particle joined on ("mitteilte", "mitgeteilt").
    public var joinedForms: Set<String>
    public var medium: Medium?
    public var complements: Set<Complement>
    /// For prepositions and impersonal cues: the words, lowercased, in order.
    public var words: [String]
    /// For prepositions: the phrase must be headed by a statement noun ("nach Angaben …").
    public var requiresStatementHead: Bool = false
    /// Whether the particle joins the verb in subordinate clauses ("mitteilte"); false for a
    /// preposition the verb needs ("sprechen (von)").
    public var joinable: Bool = true
    /// For verbs whose object is the speaker ("Die Agentur zitiert den Minister mit den Worten …");
    /// in the passive the subject is ("Der Minister wird mit den Worten zitiert").
    public var speakerIsObject: Bool = false
    /// For verbs: the lowercased infinitives ("teilen", "mitteilen"), which a form of "werden" before
    /// them makes future or subjunctive, not passive.
    public var infinitives: Set<String> = []
}

/// The cue lexicon of `rules/cues.yaml`.
public struct CueLexicon: Sendable {
    public var entries: [CueEntry]
    /// Verb entries by lowercased form (separate or joined).
    public var verbsByForm: [String: [CueEntry]]
    /// Multi-word and single-word non-verb cues, by their first lowercased word.
    public var phrasesByFirstWord: [String: [CueEntry]]

    init(_ root: RuleNode, examples: inout [RuleExample]) throws(RuleFileError) {
        entries = []
        verbsByForm = [:]
        phrasesByFirstWord = [:]
        for rule in try root.required("cues").list() {
            try rule.allowKeys(["id", "kind", "medium", "complements", "verbs", "words", "head", "speaker", "description", "match", "no_match"])
            let id = try rule.required("id").string()
            let kindNode = try rule.required("kind")
            guard let kind = CueKind(rawValue: try kindNode.string()) else {
                throw kindNode.error("kind must be verb, preposition, postposition, impersonal, so or anaphoric")
            }
            var medium: Medium?
            if let node = try rule.optional("medium") {
                guard let value = Medium(rawValue: try node.string()) else { throw node.error("medium must be speech, writing or thought") }
                medium = value
            }
            var complements: Set<Complement> = []
            if let node = try rule.optional("complements") {
                for item in try node.list() {
                    guard let value = Complement(rawValue: try item.string()) else {
                        throw item.error("unknown complement; expected one of: \(Complement.allCases.map(\.rawValue).joined(separator: ", "))")
                    }
                    complements.insert(value)
                }
            }
            var speakerIsObject = false
            if let node = try rule.optional("speaker") {
                guard kind == .verb, try node.string() == "object" else { throw node.error("speaker must be 'object' (verbs only)") }
                speakerIsObject = true
            }
            if kind == .verb {
                for item in try rule.required("verbs").list() {
                    var entry = try Self.verbEntry(item, rule: id, medium: medium, complements: complements)
                    entry.speakerIsObject = speakerIsObject
                    entries.append(entry)
                    for form in entry.forms.union(entry.joinedForms) { verbsByForm[form, default: []].append(entry) }
                }
            } else {
                var statementHead = false
                if let head = try rule.optional("head") {
                    guard try head.string() == "statement" else { throw head.error("head must be 'statement'") }
                    statementHead = true
                }
                for phrase in try rule.required("words").strings() {
                    let words = phrase.lowercased().split(separator: " ").map(String.init)
                    guard let first = words.first else { throw rule.error("empty cue phrase") }
                    let entry = CueEntry(rule: id, kind: kind, lemma: phrase, particle: [], forms: [], joinedForms: [],
                                         medium: medium, complements: complements, words: words,
                                         requiresStatementHead: statementHead)
                    entries.append(entry)
                    phrasesByFirstWord[first, default: []].append(entry)
                }
            }
            try rule.collectExamples(rule: id, into: &examples)
        }
    }

    /// A verb written `sagen`, `mit|teilen`, or `sprechen: spricht sprach sprachen gesprochen`.
    static func verbEntry(_ node: RuleNode, rule: String, medium: Medium?, complements: Set<Complement>) throws(RuleFileError) -> CueEntry {
        var lemma: String
        var listed: [String] = []
        if let mapping = node.node.mapping, mapping.count == 1, let key = mapping.keys.first?.string {
            lemma = key
            let value = RuleNode(node: mapping.values.first!, file: node.file)
            listed = try value.string().split(whereSeparator: { $0 == " " || $0 == "," }).map { String($0).lowercased() }
        } else {
            lemma = try node.string()
        }
        lemma = lemma.lowercased()
        var particle: [String] = []
        var joinable = true
        // "sprechen (von)": a preposition the verb needs in this sense, never joined to it.
        if let open = lemma.firstIndex(of: "("), let close = lemma.firstIndex(of: ")"), open < close {
            particle = lemma[lemma.index(after: open)..<close].split(separator: " ").map(String.init)
            lemma = lemma[..<open].trimmingCharacters(in: .whitespaces)
            joinable = false
        }
        var base = lemma
        if let bar = lemma.lastIndex(of: "|") {
            particle = lemma[..<bar].split(separator: " ").map(String.init)
            base = String(lemma[lemma.index(after: bar)...])
        }
        guard base.count >= 3, base.hasSuffix("n") else { throw node.error("'\(lemma)' is not a verb infinitive") }
        var forms = Set(listed)
        forms.insert(base)
        forms.formUnion(weakForms(of: base, explicit: !listed.isEmpty))
        var joined: Set<String> = []
        if joinable, let last = particle.last {
            for form in forms { joined.insert(last + form) }
            joined.insert(last + "zu" + base)
        }
        let display = particle.isEmpty ? base : joinable ? particle.joined(separator: " ") + base
            : base + " " + particle.joined(separator: " ")
        var entry = CueEntry(rule: rule, kind: .verb, lemma: display, particle: particle, forms: forms, joinedForms: joined,
                             medium: medium, complements: complements, words: [])
        entry.joinable = joinable
        entry.infinitives = Set([base] + (joinable ? particle.last.map { [$0 + base] } ?? [] : []))
        return entry
    }

    /// Regular (weak) forms of an infinitive: present, past, subjunctive and participle.
    /// With `explicit` forms listed for a strong verb, only the present-tense ones are added.
    static func weakForms(of infinitive: String, explicit: Bool) -> Set<String> {
        let stem: String
        if infinitive.hasSuffix("eln") || infinitive.hasSuffix("ern") {
            stem = String(infinitive.dropLast())
        } else if infinitive.hasSuffix("en") {
            stem = String(infinitive.dropLast(2))
        } else {
            stem = String(infinitive.dropLast())
        }
        let needsE = stem.hasSuffix("t") || stem.hasSuffix("d") || stem.hasSuffix("chn") || stem.hasSuffix("ffn")
            || stem.hasSuffix("gn") || stem.hasSuffix("tm")
        let t = needsE ? "et" : "t"
        var forms: Set<String> = [stem + "e", stem + t]
        if stem.hasSuffix("el") || stem.hasSuffix("er") { forms.insert(stem + "n") }
        if explicit { return forms }
        forms.formUnion([stem + t + "e", stem + t + "en", stem + t + "est"])
        let inseparable = ["be", "emp", "ent", "er", "ge", "miss", "ver", "zer", "hinter", "über", "wider"]
        let noGe = infinitive.hasSuffix("ieren") || inseparable.contains { infinitive.hasPrefix($0) && infinitive.count > $0.count + 3 }
        forms.insert(noGe ? stem + t : "ge" + stem + t)
        return forms
    }
}

/// Konjunktiv forms of `rules/subjunctive.yaml`, and indicative look-alikes to guard against.
public struct SubjunctiveLexicon: Sendable {
    public enum Mood: String, Sendable { case konjunktiv1, konjunktiv2, reportative }

    /// Lowercased forms and the rule that lists them.
    public var forms: [String: (mood: Mood, rule: String)]
    /// Lowercased words that look like subjunctives but are not, whatever else says.
    public var lookalikes: Set<String>

    init(_ root: RuleNode, examples: inout [RuleExample]) throws(RuleFileError) {
        forms = [:]
        lookalikes = []
        for rule in try root.required("rules").list() {
            try rule.allowKeys(["id", "mood", "forms", "description", "match", "no_match"])
            let id = try rule.required("id").string()
            let words = try rule.required("forms").strings().map { $0.lowercased() }
            let moodNode = try rule.required("mood")
            switch try moodNode.string() {
            case "konjunktiv1": for word in words { forms[word] = (.konjunktiv1, id) }
            case "konjunktiv2": for word in words { forms[word] = (.konjunktiv2, id) }
            case "reportative": for word in words { forms[word] = (.reportative, id) }
            case "indicative": lookalikes.formUnion(words)
            default: throw moodNode.error("mood must be konjunktiv1, konjunktiv2, reportative or indicative")
            }
            try rule.collectExamples(rule: id, into: &examples)
        }
        for word in lookalikes { forms[word] = nil }
    }

    public func mood(of word: String) -> (mood: Mood, rule: String)? {
        forms[word.lowercased()]
    }

    /// Whether the word is listed as never being a Konjunktiv.
    public func isLookalike(_ word: String) -> Bool {
        lookalikes.contains(word.lowercased())
    }
}

/// Word classes for finding speakers: pronouns, titles, bodies, and what starts or ends a noun phrase.
public struct SpeakerLexicon: Sendable {
    public enum WordClass: String, Sendable, CaseIterable {
        /// Personal pronouns that can be speakers.
        case pronoun
        /// Feminine or plural pronouns ("sie").
        case femininePronoun = "feminine_pronoun"
        /// Person titles and roles ("Präsident", "Sprecher"); compounds ending in them count too.
        case title
        /// Bodies that speak ("Regierung", "Ministerium", "Polizei"); compounds count too.
        case institution
        /// Articles and possessives that open a noun phrase.
        case determiner
        /// Lowercase words allowed inside a noun phrase ("von", "und", "der").
        case link
        /// Words that always end a noun phrase.
        case stop
        /// Nouns that name a text or statement, not a speaker ("Mitteilung", "Angaben").
        case statement
        /// Nouns after which a quotation is a name or title, not speech ("Titel", "Zeitung").
        case work
        /// Words that start a clause or sentence without being its subject ("Dazu", "Allerdings").
        case adverb
        /// Prepositions: a phrase starting with one is not a subject.
        case preposition
        /// Subordinating words after which a clause is not a frame ("nachdem", "weil").
        case subordinator
        /// Nouns of time: a phrase headed by one ("vergangene Woche") is not a speaker.
        case time
        /// Finite auxiliaries that can open a frame after the content (", hatte Obama gesagt").
        case auxiliary
        /// Forms of "werden" that make a participle passive ("wurde abgelehnt").
        case passive
        /// Words that belong to a cue in its clause ("verwies darauf", "äußerte sich").
        case correlate
        /// Pronouns pointing back to the previous sentence as what was said ("Das teilte X mit.").
        case demonstrative
        /// Endings of adverbs ("Ähnlich", "Möglicherweise"): a lone opener with one is no name.
        case adverbEnding = "adverb_ending"
        /// Infinitives that close a perfect infinitive ("soll … veruntreut haben").
        case perfectInfinitive = "perfect_infinitive"
        /// Words after which a one-word capitalised quotation is a label ("dem „Tagesspiegel“", "kurz „DFB“").
        case labelBefore = "label_before"
        /// Nominative personal pronouns that name a person ("er", "wir").
        case subjectPronoun = "subject_pronoun"
        /// Relative pronouns ("denen", "welcher").
        case relative
        /// Prepositions naming where words came from ("aus Washington", "im Bericht").
        case sourcePreposition = "source_preposition"
        /// Prepositions naming the origin before a verb without subject ("Aus Militärkreisen verlautete").
        case originPreposition = "origin_preposition"
        /// Prepositions of a passive's agent ("von der Opposition").
        case agentPreposition = "agent_preposition"
        /// Words picking one or some of a group ("Einer der …").
        case partitive
        /// Number words ("drei").
        case numeral
        /// Lower-case particles inside names ("bin", "da").
        case nameParticle = "name_particle"
        /// Words after which a phrase's names no longer name the speaker ("des", "von").
        case headEnd = "head_end"
        /// Prepositions of a place after a speaker ("in Moskau").
        case placePreposition = "place_preposition"
        /// "ich": a verb in -e after it is indicative.
        case firstPerson = "first_person"
        /// First- and second-person pronouns ("wir", "uns").
        case inPerson = "in_person"
        /// Articles that open a genitive attached to a noun ("Angaben seines Anwalts").
        case genitiveArticle = "genitive_article"
        /// Personal pronouns in the dative ("ihm", "Ihnen"): before "zufolge" the source.
        case dativePronoun = "dative_pronoun"
        /// Third-person possessive articles ("seiner", "ihrer").
        case possessive
        /// Words opening an infinitive clause of what was not done ("ohne … zu verweisen").
        case negatedInfinitive = "negated_infinitive"
        /// Endings of inflected adjectives ("-ischen", "-lichen").
        case adjectiveSuffix = "adjective_suffix"
    }

    public private(set) var words: [WordClass: Set<String>]
    /// Each word's classes as bits (`bit(of:)`), built once so that a token's classes are one lookup.
    public private(set) var classMask: [String: UInt64] = [:]
    /// Titles and institutions spelled backwards, for `names`.
    private(set) var titles = SuffixTrie([])
    private(set) var institutions = SuffixTrie([])

    /// The bit of a word class in `classMask`.
    /// Asked for every predicate on every token, so no hashing: a case without payload is stored as
    /// its index in declaration order (the Swift ABI's enum layout), which is its index in `allCases`.
    public static func bit(of wordClass: WordClass) -> UInt64 {
        withUnsafeBytes(of: wordClass) { UInt64(1) << UInt64($0[0]) }
    }

    init(_ root: RuleNode, examples: inout [RuleExample]) throws(RuleFileError) {
        words = [:]
        for rule in try root.required("rules").list() {
            try rule.allowKeys(["id", "class", "words", "description", "match", "no_match"])
            let id = try rule.required("id").string()
            let classNode = try rule.required("class")
            guard let wordClass = WordClass(rawValue: try classNode.string()) else {
                throw classNode.error("class must be one of: \(WordClass.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            words[wordClass, default: []].formUnion(try rule.required("words").strings().map { $0.lowercased() })
            try rule.collectExamples(rule: id, into: &examples)
        }
        for (wordClass, members) in words {
            for word in members { classMask[word, default: 0] |= Self.bit(of: wordClass) }
        }
        titles = SuffixTrie(words[.title] ?? [])
        institutions = SuffixTrie(words[.institution] ?? [])
    }

    public func contains(_ word: String, _ wordClass: WordClass) -> Bool {
        words[wordClass]?.contains(word.lowercased()) ?? false
    }

    /// Whether a word ends in one of the class's endings (`adverb_ending`, `adjective_suffix`).
    public func hasEnding(_ word: String, of wordClass: WordClass) -> Bool {
        let lower = word.lowercased()
        return words[wordClass]?.contains { lower.hasSuffix($0) } ?? false
    }

    /// Whether a noun is a title or role, itself or as the last part of a compound
    /// ("Verteidigungsminister", "US-Präsident"), inflected forms included.
    public func isTitle(_ word: String) -> Bool { titleAndInstitution(lowercased: word.lowercased()).title }

    public func isInstitution(_ word: String) -> Bool { titleAndInstitution(lowercased: word.lowercased()).institution }

    /// Whether a noun is of `wordClass` itself or as a compound ending in one of its words
    /// ("Polizeiangaben", "Wahlkampfslogan"). Only entries of six letters or more head a compound, so
    /// short roots do not match inside other words ("Antwort" is no "Wort", "Aufstand" no "Stand").
    public func isCompound(_ word: String, of wordClass: WordClass) -> Bool {
        let lower = word.lowercased()
        guard let entries = words[wordClass] else { return false }
        if entries.contains(lower) { return true }
        let count = lower.count
        return entries.contains { $0.count >= 6 && count >= $0.count + 3 && lower.hasSuffix($0) }
    }
}
