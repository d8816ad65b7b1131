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

/// Readings by form without an array per form: each form's readings are a chain through `next`.
struct FormIndex: Sendable {
    /// Form → its last added reading.
    var heads: [String: Int32] = [:]
    var readings: [WordAnalysis] = []
    /// The reading added before this one for the same form, or -1.
    var next: [Int32] = []

    mutating func reserveCapacity(_ forms: Int) {
        heads.reserveCapacity(forms)
        readings.reserveCapacity(forms * 2)
        next.reserveCapacity(forms * 2)
    }

    mutating func add(_ form: String, _ reading: WordAnalysis) {
        let index = Int32(readings.count)
        readings.append(reading)
        next.append(heads.updateValue(index, forKey: form) ?? -1)
    }

    /// In the order they were added.
    func analyses(of form: String) -> [WordAnalysis] {
        var result: [WordAnalysis] = []
        var index = heads[form] ?? -1
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
            guard let (agreement, persons) = Self.features(fields[4]) else { throw failure(number, "unknown features '\(fields[4])'") }
            entries.add(String(fields[1]), WordAnalysis(lemma: String(fields[3]), wordClass: wordClass, agreement: agreement, persons: persons))
        default:
            throw failure(number, "unknown line kind '\(fields[0])' (P, N, V or C)")
        }
    }

    func pattern(_ field: Substring) -> [[Substring]]? {
        Int(field).flatMap { patterns[$0] }
    }

    /// A coded form (see generate.py): "~", "<k><suffix>", "*<form>", after prefixes p (particle), g (ge), z (zu).
    static func decode(_ code: Substring, reference: String, particle: String = "") -> String? {
        var rest = code
        var prefix = ""
        while let letter = rest.first, letter == "p" || letter == "g" || letter == "z" {
            prefix += letter == "p" ? particle : letter == "g" ? "ge" : "zu"
            rest = rest.dropFirst()
        }
        guard let first = rest.first else { return nil }
        if first == "~" { return prefix + reference }
        if first == "*" { return prefix + rest.dropFirst() }
        // An ASCII digit (Character.wholeNumberValue is a slow Unicode property lookup).
        guard let byte = rest.utf8.first, (0x30...0x39).contains(byte) else { return nil }
        let cut = Int(byte - 0x30)
        guard cut <= reference.unicodeScalars.count else { return nil }
        let kept = String(String.UnicodeScalarView(reference.unicodeScalars.dropLast(cut)))
        return prefix + kept + rest.dropFirst()
    }

    /// Closed-class features: cells "n.s.m", "3.d.p", or governed cases "a d".
    static func features(_ field: Substring) -> (Agreement, Persons)? {
        var agreement: Agreement = []
        var persons: Persons = []
        for item in field.split(separator: " ") {
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
        return (agreement, persons)
    }

    static let caseLetters: [Substring: GrammaticalCase] = ["n": .nominative, "g": .genitive, "d": .dative, "a": .accusative]
    static let numberLetters: [Substring: GrammaticalNumber] = ["s": .singular, "p": .plural]
    static let genderLetters: [Substring: Gender] = ["m": .masculine, "f": .feminine, "n": .neuter]
}
