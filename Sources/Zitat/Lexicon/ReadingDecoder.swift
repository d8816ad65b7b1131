/// Decodes the readings of one line of the lexicon file (format: rules/lexicon/expand.py): tab-separated
/// readings "CLASS LEMMAS FEATURE…", the lemma coded against the form.
struct ReadingDecoder {
    let bytes: UnsafeBufferPointer<UInt8>
    /// The form the line is for, as UTF-8.
    let form: UnsafeBufferPointer<UInt8>
    /// Whether to build the lemmas (else each reading's lemma is "" and stands once for all of them).
    var withLemmas = true

    static let space = UInt8(ascii: " ")

    /// Appends the readings in `line` (the bytes after the form's tab); false when one is malformed (it
    /// is skipped).
    @discardableResult
    func decode(_ line: Range<Int>, into result: inout [WordAnalysis]) -> Bool {
        var wellFormed = true
        for reading in split(line, at: SortedLines.tab) where !decodeReading(reading, into: &result) {
            wellFormed = false
        }
        return wellFormed
    }

    func split(_ range: Range<Int>, at separator: UInt8) -> [Range<Int>] {
        var parts: [Range<Int>] = []
        var start = range.lowerBound
        for index in range where bytes[index] == separator {
            parts.append(start..<index)
            start = index + 1
        }
        parts.append(start..<range.upperBound)
        return parts
    }

    func text(_ range: Range<Int>) -> String { String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self) }

    func decodeReading(_ reading: Range<Int>, into result: inout [WordAnalysis]) -> Bool {
        let fields = split(reading, at: Self.space)
        guard fields.count >= 2, let wordClass = WordClass(rawValue: text(fields[0])),
              let lemmas = withLemmas ? lemmas(fields[1]) : [""] else {
            return false
        }
        let features = fields.dropFirst(2)
        var readings: [WordAnalysis] = []
        switch wordClass {
        case .noun:
            guard features.count == 2, let agreement = nounCells(genders: features[2], cells: features[3]) else { return false }
            readings.append(WordAnalysis(lemma: "", wordClass: .noun, agreement: agreement))
        case .verb, .auxiliary, .modal:
            for feature in features {
                guard let reading = verbReading(feature, wordClass) else { return false }
                readings.append(reading)
            }
        default:
            let rest = features.isEmpty ? "" : text(features[2].lowerBound..<reading.upperBound)
            guard let (agreement, persons, verbForm) = LexiconFeatures.closed(Substring(rest)) else { return false }
            readings.append(WordAnalysis(lemma: "", wordClass: wordClass, agreement: agreement, verbForm: verbForm, persons: persons))
        }
        for lemma in lemmas {
            for var reading in readings {
                reading.lemma = lemma
                result.append(reading)
            }
        }
        return true
    }

    /// "~", "<k><suffix>", "*<lemma>", optionally after "particle,particle+": the lemmas.
    func lemmas(_ field: Range<Int>) -> [String]? {
        var code = field
        var particles: [Range<Int>] = []
        if let plus = field.first(where: { bytes[$0] == UInt8(ascii: "+") }) {
            particles = split(field.lowerBound..<plus, at: UInt8(ascii: ","))
            code = (plus + 1)..<field.upperBound
        }
        guard let first = code.first.map({ bytes[$0] }) else { return nil }
        var lemma: [UInt8]
        if first == UInt8(ascii: "~") {
            lemma = Array(form)
        } else if first == UInt8(ascii: "*") {
            lemma = Array(bytes[(code.lowerBound + 1)..<code.upperBound])
        } else if (0x30...0x39).contains(first) {
            var end = form.count
            for _ in 0..<Int(first - 0x30) {
                guard end > 0 else { return nil }
                end -= 1
                while end > 0 && form[end] & 0xC0 == 0x80 { end -= 1 }
            }
            lemma = Array(form[..<end]) + bytes[(code.lowerBound + 1)..<code.upperBound]
        } else {
            return nil
        }
        if particles.isEmpty { return [String(decoding: lemma, as: UTF8.self)] }
        return particles.map { String(decoding: Array(bytes[$0]) + lemma, as: UTF8.self) }
    }

    /// Genders ("m", "fm", "-") and cell digits 0–7 (nominative … accusative singular, then plural).
    func nounCells(genders: Range<Int>, cells: Range<Int>) -> Agreement? {
        let genderList = genders.compactMap { LexiconFeatures.genders[bytes[$0]] }
        var agreement: Agreement = []
        for index in cells {
            let cell = Int(bytes[index]) - 0x30
            guard (0..<8).contains(cell) else { return nil }
            let number: GrammaticalNumber = cell < 4 ? .singular : .plural
            let cellGenders: [Gender?] = number == .plural || genderList.isEmpty ? [nil] : genderList
            for gender in cellGenders { agreement.insert(Agreement(GrammaticalCase.allCases[cell % 4], number, gender)) }
        }
        return agreement
    }

    /// "inf", "zu", "pp", "prp", or "[s]<i|p|k|c><persons 1–6>".
    func verbReading(_ feature: Range<Int>, _ wordClass: WordClass) -> WordAnalysis? {
        if let nonFinite = LexiconFeatures.nonFinite[text(feature)] {
            return WordAnalysis(lemma: "", wordClass: wordClass, verbForm: nonFinite)
        }
        var index = feature.lowerBound
        let separated = index < feature.upperBound && bytes[index] == UInt8(ascii: "s")
        if separated { index += 1 }
        guard index < feature.upperBound, let (mood, tense) = LexiconFeatures.finite[bytes[index]] else { return nil }
        var persons: Persons = []
        for digit in bytes[(index + 1)..<feature.upperBound] {
            guard (0x31...0x36).contains(digit) else { return nil }
            persons.insert(Persons(rawValue: 1 << (digit - 0x31)))
        }
        guard !persons.isEmpty else { return nil }
        return WordAnalysis(lemma: "", wordClass: wordClass, verbForm: .finite(mood, tense), persons: persons, separated: separated)
    }
}
