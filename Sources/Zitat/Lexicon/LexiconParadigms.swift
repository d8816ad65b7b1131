/// Expands noun and verb paradigms of the lexicon file into readings per form.
extension LexiconReader {
    /// Cells in file order: nominative, genitive, dative, accusative singular, then plural.
    func addNoun(lemma: String, genders: Substring, cells: [[Substring]], into entries: inout FormIndex) {
        let genderList = genders.compactMap { Self.genderLetters[Substring(String($0))] }
        // Few distinct forms per noun: a small list beats a dictionary here.
        var byForm: [(form: String, agreement: Agreement)] = []
        for (index, variants) in cells.enumerated() {
            let grammaticalCase = GrammaticalCase.allCases[index % 4]
            let number: GrammaticalNumber = index < 4 ? .singular : .plural
            // A plural has no gender of its own; a singular carries the lemma's (or none when unknown).
            let cellGenders: [Gender?] = number == .plural || genderList.isEmpty ? [nil] : genderList
            var agreement: Agreement = []
            for gender in cellGenders { agreement.insert(Agreement(grammaticalCase, number, gender)) }
            for code in variants {
                guard let form = Self.decode(code, reference: lemma) else { continue }
                if let at = byForm.firstIndex(where: { $0.form == form }) {
                    byForm[at].agreement.formUnion(agreement)
                } else {
                    byForm.append((form, agreement))
                }
            }
        }
        for (form, agreement) in byForm {
            entries.add(form, WordAnalysis(lemma: lemma, wordClass: .noun, agreement: agreement))
        }
    }

    /// Cells: present, preterite, Konjunktiv I, Konjunktiv II (six persons each), past participle,
    /// present participle, zu-infinitive. Finite forms of a separable verb are listed apart ("erkennt",
    /// separated) and joined to the particle, as at the end of a subordinate clause ("anerkennt").
    func addVerb(
        lemma: String, wordClass: WordClass, particle: String, cells: [[Substring]], into entries: inout FormIndex
    ) {
        let reference = String(lemma.dropFirst(particle.count))
        let finite: [(Mood, Tense)] = [(.indicative, .present), (.indicative, .preterite), (.konjunktivI, .present), (.konjunktivII, .preterite)]
        // About a dozen distinct finite readings per verb: a small list beats a dictionary here.
        var byForm: [(key: FiniteKey, persons: Persons)] = []
        func add(_ key: FiniteKey, _ persons: Persons) {
            if let at = byForm.firstIndex(where: { $0.key == key }) { byForm[at].persons.formUnion(persons) } else { byForm.append((key, persons)) }
        }
        for (block, (mood, tense)) in finite.enumerated() {
            for slot in 0..<6 {
                let persons = Persons(person: slot % 3 + 1, slot < 3 ? .singular : .plural)
                for code in cells[block * 6 + slot] {
                    guard let form = Self.decode(code, reference: reference) else { continue }
                    add(FiniteKey(form: form, mood: mood, tense: tense, separated: !particle.isEmpty), persons)
                    if !particle.isEmpty { add(FiniteKey(form: particle + form, mood: mood, tense: tense, separated: false), persons) }
                }
            }
        }
        for (key, persons) in byForm {
            entries.add(key.form, WordAnalysis(
                lemma: lemma, wordClass: wordClass, verbForm: .finite(key.mood, key.tense), persons: persons, separated: key.separated))
        }
        entries.add(lemma, WordAnalysis(lemma: lemma, wordClass: wordClass, verbForm: .infinitive))
        let nonfinite: [VerbForm] = [.pastParticiple, .presentParticiple, .zuInfinitive]
        for (offset, verbForm) in nonfinite.enumerated() {
            for code in cells[24 + offset] {
                guard let form = Self.decode(code, reference: reference, particle: particle) else { continue }
                entries.add(form, WordAnalysis(lemma: lemma, wordClass: wordClass, verbForm: verbForm))
            }
        }
    }

    struct FiniteKey: Hashable {
        var form: String
        var mood: Mood
        var tense: Tense
        var separated: Bool
    }
}
