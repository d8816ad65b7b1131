public import Foundation

/// A problem with the lexicon file.
public enum LexiconError: Error, LocalizedError, Equatable {
    case unreadable(path: String, reason: String)
    case malformed(path: String, line: Int, reason: String)

    public var errorDescription: String? {
        switch self {
        case let .unreadable(path, reason): "\(path): cannot read the lexicon: \(reason)"
        case let .malformed(path, line, reason): "\(path):\(line): error: \(reason)"
        }
    }
}

/// German word forms → their readings (word class, lemma, case/number/gender, verb form, mood, person),
/// from `rules/lexicon/german.lexicon` (built by `rules/lexicon/generate.py`). Load once; lookups are hashed.
public struct GermanLexicon: Sendable {
    var entries = FormIndex()

    /// The lexicon of the rules directory of this checkout.
    public static var defaultPath: String {
        (RuleSet.checkoutDirectory as NSString).appendingPathComponent("lexicon/german.lexicon")
    }

    /// Reads and indexes a lexicon file.
    public static func load(path: String = defaultPath) throws(LexiconError) -> GermanLexicon {
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
            throw .unreadable(path: path, reason: error.localizedDescription)
        }
        return try GermanLexicon(parsing: String(decoding: data, as: UTF8.self), path: path)
    }

    /// Indexes the text of a lexicon file; `path` names it in errors.
    public init(parsing text: String, path: String) throws(LexiconError) {
        var reader = LexiconReader(path: path)
        entries.reserveCapacity(text.utf8.count / 5)
        // Split on bytes: splitting by Characters is several times slower on a file this size.
        for (index, line) in text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated() {
            try reader.read(Substring(line), number: index + 1, into: &entries)
        }
    }

    /// How many distinct word forms the lexicon knows.
    public var formCount: Int { entries.heads.count }

    /// The readings of exactly this form.
    public func analyses(of form: String) -> [WordAnalysis] {
        entries.analyses(of: form)
    }

    /// The readings of a word as it stands in a text: exact, and with its first letter in the other case
    /// (a verb at the start of a sentence, a noun written in capitals).
    public func lookup(_ word: String) -> [WordAnalysis] {
        guard let first = word.first else { return [] }
        let flipped = (first.isUppercase ? first.lowercased() : first.uppercased()) + word.dropFirst()
        return analyses(of: word) + (flipped == word ? [] : analyses(of: flipped))
    }
}

/// Readings by form, keyed by a 64-bit hash of the form's UTF-8 bytes so that loading never builds a
/// String per form (with about 500,000 forms a collision is a one-in-a-hundred-million chance); each
/// form's readings are a chain through `next`. Forms are compared byte for byte: text in NFC, as the file.
struct FormIndex: Sendable {
    /// Form key → its last added reading.
    var heads: [UInt64: Int32] = [:]
    var readings: [WordAnalysis] = []
    /// The reading added before this one for the same form, or -1.
    var next: [Int32] = []

    /// FNV-1a over the bytes (not generic: an unspecialised Sequence loop made loading three times slower).
    static func key(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return hash
    }

    static func key(_ bytes: [UInt8]) -> UInt64 { bytes.withUnsafeBufferPointer { key($0) } }

    static func key(_ text: String) -> UInt64 {
        var text = text
        return text.withUTF8 { key($0) }
    }

    mutating func reserveCapacity(_ forms: Int) {
        heads.reserveCapacity(forms)
        readings.reserveCapacity(forms * 2)
        next.reserveCapacity(forms * 2)
    }

    mutating func add(_ key: UInt64, _ reading: WordAnalysis) {
        let index = Int32(readings.count)
        readings.append(reading)
        next.append(heads.updateValue(index, forKey: key) ?? -1)
    }

    /// In the order they were added.
    func analyses(of form: String) -> [WordAnalysis] {
        var result: [WordAnalysis] = []
        var index = heads[Self.key(form)] ?? -1
        while index >= 0 {
            result.append(readings[Int(index)])
            index = next[Int(index)]
        }
        return result.reversed()
    }
}

/// Reads the lines of a lexicon file (format: rules/lexicon/README.md).
struct LexiconReader {
    let path: String
    /// Pattern id → cells, each a list of coded variants.
    var patterns: [Int: [[Substring]]] = [:]

    static let nounCells = 8
    static let verbCells = 27

    func failure(_ number: Int, _ reason: String) -> LexiconError {
        .malformed(path: path, line: number, reason: reason)
    }

    mutating func read(_ line: Substring, number: Int, into entries: inout FormIndex) throws(LexiconError) {
        if line.isEmpty || line.hasPrefix("#") { return }
        let fields = line.utf8.split(separator: 0x09, omittingEmptySubsequences: false).map { Substring($0) }
        switch fields[0] {
        case "P":
            guard fields.count == 2 + Self.nounCells || fields.count == 2 + Self.verbCells, let id = Int(fields[1]) else {
                throw failure(number, "a pattern needs an id and \(Self.nounCells) or \(Self.verbCells) cells")
            }
            patterns[id] = fields.dropFirst(2).map { $0.split(separator: "|") }
        case "N":
            guard fields.count == 4, let cells = pattern(fields[3]), cells.count == Self.nounCells else {
                throw failure(number, "a noun needs lemma, genders and a noun pattern defined above")
            }
            addNoun(lemma: String(fields[1]), genders: fields[2], cells: cells, into: &entries)
        case "V":
            guard fields.count == 5, let cells = pattern(fields[4]), cells.count == Self.verbCells,
                  let wordClass = WordClass(rawValue: String(fields[2])), wordClass.isVerb
            else { throw failure(number, "a verb needs lemma, VV/VA/VM, particle and a verb pattern defined above") }
            addVerb(lemma: String(fields[1]), wordClass: wordClass, particle: String(fields[3]), cells: cells, into: &entries)
        case "C":
            guard fields.count == 5, let wordClass = WordClass(rawValue: String(fields[2])) else {
                throw failure(number, "a closed-class line needs form, a known class, lemma and features")
            }
            guard let (agreement, persons, verbForm) = Self.features(fields[4]) else {
                throw failure(number, "unknown features '\(fields[4])'")
            }
            entries.add(
                FormIndex.key(String(fields[1])),
                WordAnalysis(lemma: String(fields[3]), wordClass: wordClass, agreement: agreement, verbForm: verbForm, persons: persons))
        default:
            throw failure(number, "unknown line kind '\(fields[0])' (P, N, V or C)")
        }
    }

    func pattern(_ field: Substring) -> [[Substring]]? {
        Int(field).flatMap { patterns[$0] }
    }

    /// Decodes a coded form (see generate.py: "~", "<k><suffix>", "*<form>", after prefixes p (particle),
    /// g (ge), z (zu)) into `form` as UTF-8; false for a malformed code. `k` counts Unicode scalars.
    static func decode(_ code: Substring, reference: [UInt8], particle: [UInt8] = [], into form: inout [UInt8]) -> Bool {
        form.removeAll(keepingCapacity: true)
        var rest = code.utf8[...]
        while let letter = rest.first, letter == UInt8(ascii: "p") || letter == UInt8(ascii: "g") || letter == UInt8(ascii: "z") {
            form += letter == UInt8(ascii: "p") ? particle : letter == UInt8(ascii: "g") ? Self.ge : Self.zu
            rest = rest.dropFirst()
        }
        guard let first = rest.first else { return false }
        if first == UInt8(ascii: "~") {
            form += reference
        } else if first == UInt8(ascii: "*") {
            form += rest.dropFirst()
        } else if (0x30...0x39).contains(first) {
            var end = reference.count
            for _ in 0..<Int(first - 0x30) {
                guard end > 0 else { return false }
                end -= 1
                while end > 0 && reference[end] & 0xC0 == 0x80 { end -= 1 }
            }
            form += reference[..<end]
            form += rest.dropFirst()
        } else {
            return false
        }
        return true
    }

    static let ge = Array("ge".utf8)
    static let zu = Array("zu".utf8)

    /// Closed-class features: cells "n.s.m", "3.d.p", governed cases "a d", or "pp" (past participle).
    static func features(_ field: Substring) -> (Agreement, Persons, VerbForm?)? {
        var agreement: Agreement = []
        var persons: Persons = []
        var verbForm: VerbForm?
        for item in field.split(separator: " ") {
            if item == "pp" {
                verbForm = .pastParticiple
                continue
            }
            var parts = item.split(separator: ".")
            var person: Int?
            if let first = parts.first, let value = Int(first) {
                person = value
                parts.removeFirst()
            }
            guard let caseCode = parts.first, let grammaticalCase = caseLetters[caseCode] else { return nil }
            let numbers = parts.count > 1 ? numberLetters[parts[1]].map { [$0] } : GrammaticalNumber.allCases
            guard let numbers else { return nil }
            let gender = parts.count > 2 ? genderLetters[parts[2]] : nil
            if parts.count > 2 && gender == nil { return nil }
            for number in numbers {
                agreement.insert(Agreement(grammaticalCase, number, gender))
                if let person { persons.insert(Persons(person: person, number)) }
            }
        }
        return (agreement, persons, verbForm)
    }

    static let caseLetters: [Substring: GrammaticalCase] = ["n": .nominative, "g": .genitive, "d": .dative, "a": .accusative]
    static let numberLetters: [Substring: GrammaticalNumber] = ["s": .singular, "p": .plural]
    static let genderLetters: [Substring: Gender] = ["m": .masculine, "f": .feminine, "n": .neuter]
}
