/// The feature codes of the lexicon file (rules/lexicon/expand.py).
enum LexiconFeatures {
    static let genders: [UInt8: Gender] = [UInt8(ascii: "m"): .masculine, UInt8(ascii: "f"): .feminine, UInt8(ascii: "n"): .neuter]
    static let nonFinite: [String: VerbForm] = ["inf": .infinitive, "zu": .zuInfinitive, "pp": .pastParticiple, "prp": .presentParticiple]
    static let finite: [UInt8: (Mood, Tense)] = [
        UInt8(ascii: "i"): (.indicative, .present), UInt8(ascii: "p"): (.indicative, .preterite),
        UInt8(ascii: "k"): (.konjunktivI, .present), UInt8(ascii: "c"): (.konjunktivII, .preterite),
    ]

    /// Closed-class features: cells "n.s.m", "3.d.p", governed cases "a d", or "pp" (past participle).
    static func closed(_ field: Substring) -> (Agreement, Persons, VerbForm?)? {
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
            let gender = parts.count > 2 ? parts[2].utf8.first.flatMap { genders[$0] } : nil
            if parts.count > 2 && (gender == nil || parts[2].count != 1) { return nil }
            for number in numbers {
                agreement.insert(Agreement(grammaticalCase, number, gender))
                if let person { persons.insert(Persons(person: person, number)) }
            }
        }
        return (agreement, persons, verbForm)
    }

    static let caseLetters: [Substring: GrammaticalCase] = ["n": .nominative, "g": .genitive, "d": .dative, "a": .accusative]
    static let numberLetters: [Substring: GrammaticalNumber] = ["s": .singular, "p": .plural]
}

extension SortedLines {
    /// The first problem of the file: a form not after the one before it, or a reading that does not decode.
    func validate(_ bytes: UnsafeBufferPointer<UInt8>, path: String) -> LexiconError? {
        var line = start, number = SortedLines.lineNumber(bytes, at: start), previous: Range<Int>?
        var scratch: [WordAnalysis] = []
        while line < end {
            let lineEnd = Self.lineEnd(bytes, from: line)
            var tab = line
            while tab < lineEnd, bytes[tab] != Self.tab { tab += 1 }
            let form = UnsafeBufferPointer(rebasing: bytes[line..<tab])
            if form.isEmpty || tab == lineEnd {
                return .malformed(path: path, line: number, reason: "a line needs a form, a tab and its readings")
            }
            if let previous, !UnsafeBufferPointer(rebasing: bytes[previous]).lexicographicallyPrecedes(form) {
                return .malformed(path: path, line: number, reason: "forms must be unique and sorted by their bytes")
            }
            scratch.removeAll(keepingCapacity: true)
            if !ReadingDecoder(bytes: bytes, form: form).decode((tab + 1)..<lineEnd, into: &scratch) {
                return .malformed(path: path, line: number, reason: "a reading does not decode (format: rules/lexicon/expand.py)")
            }
            previous = line..<tab
            line = lineEnd + 1
            number += 1
        }
        return nil
    }
}
