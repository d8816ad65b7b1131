import Foundation

/// What the rules say of one word form (a token's exact text): worked out once per run and kept by
/// the `AnalysisMemo`, so a document only looks its forms up.
struct FormFacts {
    /// The form (a token's text) and its lower case.
    let text: String
    let lower: String
    /// Whether its first scalar is upper case (`Token.isCapitalized`).
    let capitalized: Bool
    /// The marks the form is (`Mark`), so predicates compare no strings.
    let mark: Mark
    /// What the speaker, cue and subjunctive lexicons say of `lower`.
    let word: TextView.WordFacts
    /// What the German lexicon says of the form inside a clause and where it opens one (`TokenGrammar`),
    /// each computed when a word token first asks for it.
    var inside: TokenFacts?
    var opening: TokenFacts?

    func grammar(opens: Bool) -> TokenFacts? { opens ? opening : inside }

    /// What a punctuation form does for the predicates of `TextView`.
    enum Mark: UInt8 {
        case none
        /// ",", ";", ":", "–", "—", "-" (`TextView.isClauseSeparator`).
        case clauseSeparator
        /// ".", "!", "?", "…", "..." (`TextView.isSentenceFinal`).
        case sentenceFinal
        case openingBracket, closingBracket

        init(_ text: String) {
            switch text {
            case ",", ";", ":", "–", "—", "-": self = .clauseSeparator
            case ".", "!", "?", "…", "...": self = .sentenceFinal
            case "(": self = .openingBracket
            case ")": self = .closingBracket
            default: self = .none
            }
        }
    }

    mutating func setGrammar(_ facts: TokenFacts, opens: Bool) {
        if opens { opening = facts } else { inside = facts }
    }
}

/// The per-token facts of a document in one table, built in one pass: each token's form is hashed
/// once (by its UTF-8 bytes, FNV-1a) and interned as an id into `forms`, whose facts the run's memo
/// supplies; every predicate of `TextView` and `TokenGrammar` is then an array lookup.
struct TokenTable {
    /// For each token, the index of its form in `forms`.
    let formOf: [Int32]
    /// The document's distinct forms.
    let forms: [FormFacts]
    /// For each token, its word classes of `rules/speakers.yaml` as bits.
    let classes: [UInt64]
    /// For each token, what the German lexicon says of it (empty for tokens that are no words).
    let grammar: [TokenFacts]
    /// For each token, its shape and name facts (`Flags`).
    let flags: [Flags]
    /// For each token, the mark it is.
    let marks: [FormFacts.Mark]

    struct Flags: OptionSet {
        let rawValue: UInt8
        /// Its first scalar is upper case.
        static let capitalized = Flags(rawValue: 1)
        /// A word naming a title or role ("Präsident") / a speaking body ("Regierung").
        static let title = Flags(rawValue: 2)
        static let institution = Flags(rawValue: 4)
    }

    init(tokens: [Token], rules: RuleSet, memo: AnalysisMemo) {
        var index = FormIndex(expected: tokens.count)
        var texts: [String] = []
        var hashes: [UInt64] = []
        var formOf = [Int32](repeating: 0, count: tokens.count)
        // Per distinct form, the grammar facts its word tokens ask for (bit 0 inside, bit 1 opening).
        var wanted: [UInt8] = []
        var opens = [Bool](repeating: false, count: tokens.count)
        for (position, token) in tokens.enumerated() {
            let hash = FormIndex.hash(token.text)
            var slot = texts.count
            if let known = index.find(hash, where: { FormIndex.same(texts[$0], token.text) }) {
                slot = known
            } else {
                index.insert(hash, entry: slot)
                texts.append(token.text)
                hashes.append(hash)
                wanted.append(0)
            }
            formOf[position] = Int32(slot)
            if token.kind == .word {
                opens[position] = TokenTable.opens(position, in: tokens)
                wanted[slot] |= opens[position] ? 2 : 1
            }
        }
        let forms = memo.forms(texts, hashes: hashes, wanted: wanted, rules: rules)
        self.formOf = formOf
        self.forms = forms
        classes = formOf.map { forms[Int($0)].word.classes }
        marks = formOf.map { forms[Int($0)].mark }
        flags = tokens.indices.map { position in
            let form = forms[Int(formOf[position])]
            var flags: Flags = form.capitalized ? .capitalized : []
            if tokens[position].kind == .word {
                if form.word.title { flags.insert(.title) }
                if form.word.institution { flags.insert(.institution) }
            }
            return flags
        }
        grammar = tokens.indices.map { position in
            guard tokens[position].kind == .word else { return TokenFacts() }
            return forms[Int(formOf[position])].grammar(opens: opens[position]) ?? TokenFacts()
        }
    }

    /// Whether the word at `position` opens a sentence, a quotation or a colon's clause: then the lexicon
    /// reads it in both cases ("Sagte", "Die").
    static func opens(_ position: Int, in tokens: [Token]) -> Bool {
        position == 0 || tokens[position - 1].sentence != tokens[position].sentence || TokenGrammar.opensClause(tokens[position - 1].text)
    }

    func form(_ token: Int) -> FormFacts { forms[Int(formOf[token])] }

    /// A form's facts worked out from the rules; the grammar facts only for the readings in `wanted`.
    static func facts(of text: String, wanted: UInt8, rules: RuleSet) -> FormFacts {
        let lower = text.lowercased()
        var facts = FormFacts(text: text, lower: lower, capitalized: Token.isCapitalized(text), mark: FormFacts.Mark(text), word: TextView.wordFacts(of: lower, rules: rules))
        fillGrammar(&facts, text: text, wanted: wanted, rules: rules)
        return facts
    }

    /// Adds the grammar facts `wanted` asks for and `facts` lacks; whether it added any.
    @discardableResult
    static func fillGrammar(_ facts: inout FormFacts, text: String, wanted: UInt8, rules: RuleSet) -> Bool {
        var added = false
        for opens in [false, true] where wanted & (opens ? 2 : 1) != 0 && facts.grammar(opens: opens) == nil {
            let grammar = rules.lexicon.lexicon.map { TokenGrammar.facts(of: text, capitalized: facts.capitalized, opens: opens, in: $0) }
            facts.setGrammar(grammar ?? TokenFacts(), opens: opens)
            added = true
        }
        return added
    }
}

/// An open-addressing index from a form's hash to an entry number (linear probing, at most half
/// full); the caller keeps the forms and says whether an entry's form is the one sought.
struct FormIndex {
    /// A slot: the hash and entry side by side (one cache line read per probe); entry -1 when empty.
    private struct Slot {
        var hash: UInt64 = 0
        var entry: Int32 = -1
    }

    private var slots: [Slot]
    private var mask: Int
    private(set) var count = 0

    init(expected: Int) {
        var size = 16
        while size < expected * 2 { size *= 2 }
        slots = [Slot](repeating: Slot(), count: size)
        mask = size - 1
    }

    /// FNV-1a of the form's UTF-8 bytes: canonically equivalent spellings are different forms.
    static func hash(_ text: String) -> UInt64 {
        text.utf8.withContiguousStorageIfAvailable(hash) ?? Array(text.utf8).withUnsafeBufferPointer(hash)
    }

    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return hash
    }

    /// Whether two forms have the same UTF-8 bytes.
    static func same(_ left: String, _ right: String) -> Bool {
        guard left.utf8.count == right.utf8.count else { return false }
        let equal = left.utf8.withContiguousStorageIfAvailable { mine in
            right.utf8.withContiguousStorageIfAvailable { theirs in mine.isEmpty || memcmp(mine.baseAddress!, theirs.baseAddress!, mine.count) == 0 }
        }
        return (equal ?? nil) ?? left.utf8.elementsEqual(right.utf8)
    }

    /// The entry of the first slot with this hash, or -1: the probe alone, so a caller can probe all
    /// its forms before reading any entry (the memory reads of independent probes overlap).
    func candidate(_ hash: UInt64) -> Int {
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot].entry >= 0 {
            if slots[slot].hash == hash { return Int(slots[slot].entry) }
            slot = (slot + 1) & mask
        }
        return -1
    }

    func find(_ hash: UInt64, where isForm: (Int) -> Bool) -> Int? {
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot].entry >= 0 {
            if slots[slot].hash == hash, isForm(Int(slots[slot].entry)) { return Int(slots[slot].entry) }
            slot = (slot + 1) & mask
        }
        return nil
    }

    mutating func insert(_ hash: UInt64, entry: Int) {
        if (count + 1) * 2 > slots.count { grow() }
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot].entry >= 0 { slot = (slot + 1) & mask }
        slots[slot] = Slot(hash: hash, entry: Int32(entry))
        count += 1
    }

    private mutating func grow() {
        let old = slots.filter { $0.entry >= 0 }
        slots = [Slot](repeating: Slot(), count: slots.count * 2)
        mask = slots.count - 1
        count = 0
        for slot in old { insert(slot.hash, entry: Int(slot.entry)) }
    }
}
