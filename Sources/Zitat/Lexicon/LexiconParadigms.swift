/// Expands noun and verb paradigms of the lexicon file into readings per form.
extension LexiconReader {
    /// Cells in file order: nominative, genitive, dative, accusative singular, then plural.
    func addNoun(lemma: String, genders: Substring, cells: [[Substring]], into entries: inout FormIndex) {
        let genderList = genders.compactMap { Self.genderLetters[Substring(String($0))] }
        let reference = Array(lemma.utf8)
        var form: [UInt8] = []
        // Few distinct forms per noun: a small list beats a dictionary here.
        var byForm: [(key: UInt64, agreement: Agreement)] = []
        for (index, variants) in cells.enumerated() {
            let grammaticalCase = GrammaticalCase.allCases[index % 4]
            let number: GrammaticalNumber = index < 4 ? .singular : .plural
            // A plural has no gender of its own; a singular carries the lemma's (or none when unknown).
            let cellGenders: [Gender?] = number == .plural || genderList.isEmpty ? [nil] : genderList
            var agreement: Agreement = []
            for gender in cellGenders { agreement.insert(Agreement(grammaticalCase, number, gender)) }
            for code in variants where Self.decode(code, reference: reference, into: &form) {
                let key = FormIndex.key(form)
                if let at = byForm.firstIndex(where: { $0.key == key }) {
                    byForm[at].agreement.formUnion(agreement)
                } else {
                    byForm.append((key, agreement))
                }
            }
        }
        for (key, agreement) in byForm {
            entries.add(key, WordAnalysis(lemma: lemma, wordClass: .noun, agreement: agreement))
        }
    }

    /// Cells: present, preterite, Konjunktiv I, Konjunktiv II (six persons each), past participle,
    /// present participle, zu-infinitive. Finite forms of a separable verb are listed apart ("erkennt",
    /// separated) and joined to the particle, as at the end of a subordinate clause ("anerkennt").
    func addVerb(
        lemma: String, wordClass: WordClass, particle: String, cells: [[Substring]], into entries: inout FormIndex
    ) {
        let particleBytes = Array(particle.utf8)
        let reference = Array(lemma.utf8.dropFirst(particleBytes.count))
        let finite: [(Mood, Tense)] = [(.indicative, .present), (.indicative, .preterite), (.konjunktivI, .present), (.konjunktivII, .preterite)]
        var form: [UInt8] = []
        // About a dozen distinct finite readings per verb: a small list beats a dictionary here.
        var byForm: [(key: FiniteKey, persons: Persons)] = []
        func add(_ key: FiniteKey, _ persons: Persons) {
            if let at = byForm.firstIndex(where: { $0.key == key }) { byForm[at].persons.formUnion(persons) } else { byForm.append((key, persons)) }
        }
        for (block, (mood, tense)) in finite.enumerated() {
            for slot in 0..<6 {
                let persons = Persons(person: slot % 3 + 1, slot < 3 ? .singular : .plural)
                for code in cells[block * 6 + slot] where Self.decode(code, reference: reference, into: &form) {
                    add(FiniteKey(form: FormIndex.key(form), mood: mood, tense: tense, separated: !particle.isEmpty), persons)
                    if !particle.isEmpty {
                        add(FiniteKey(form: FormIndex.key(particleBytes + form), mood: mood, tense: tense, separated: false), persons)
                    }
                }
            }
        }
        for (key, persons) in byForm {
            entries.add(key.form, WordAnalysis(
                lemma: lemma, wordClass: wordClass, verbForm: .finite(key.mood, key.tense), persons: persons, separated: key.separated))
        }
        entries.add(FormIndex.key(lemma), WordAnalysis(lemma: lemma, wordClass: wordClass, verbForm: .infinitive))
        let nonfinite: [VerbForm] = [.pastParticiple, .presentParticiple, .zuInfinitive]
        for (offset, verbForm) in nonfinite.enumerated() {
            for code in cells[24 + offset] where Self.decode(code, reference: reference, particle: particleBytes, into: &form) {
                entries.add(FormIndex.key(form), WordAnalysis(lemma: lemma, wordClass: wordClass, verbForm: verbForm))
            }
        }
    }

    struct FiniteKey: Hashable {
        var form: UInt64
        var mood: Mood
        var tense: Tense
        var separated: Bool
    }
}
