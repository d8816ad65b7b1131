/// Pronouns and reflexive statements: which earlier mention a pronoun points to, by gender.
extension TextView {
    /// The latest antecedent a pronoun can point to: "er" skips feminine and plural mentions.
    func resolvePronoun(_ pronoun: Int, antecedents: [Antecedent]) -> Range<Int>? {
        let word = lower[pronoun]
        guard has(pronoun, .subjectPronoun) else { return nil }
        // A pronoun points back a few sentences at most.
        let sentence = tokens[pronoun].sentence
        // A person of the base named before it in its own sentence comes first, unless a speaker or
        // subject of that sentence stands after the name.
        let start = segmentation.sentences[sentence].tokens.lowerBound
        if let own = knownPersonBefore(pronoun, from: start, compatibleWith: word),
           !antecedents.contains(where: { $0.sentence == sentence && $0.mention.lowerBound > own.lowerBound }) {
            return own
        }
        for antecedent in antecedents.reversed() {
            if sentence - antecedent.sentence > 6 { break }
            let mention = antecedent.resolved
            if mention.count == 1, has(mention.lowerBound, .pronoun) { continue }
            let gender = grammaticalGender(mention)
            if word == "er", gender == .feminine || gender == .neuter { continue }
            if word == "sie", gender == .masculine || gender == .neuter { continue }
            return mention
        }
        return titledPersonBefore(pronoun, compatibleWith: word)
    }

    /// A titled person named earlier in the pronoun's own sentence ("Bei der Ankündigung durch den
    /// US-Präsidenten George W. Bush hatte er …"), when no earlier speaker or subject fits.
    func titledPersonBefore(_ pronoun: Int, compatibleWith word: String) -> Range<Int>? {
        let start = segmentation.sentences[tokens[pronoun].sentence].tokens.lowerBound
        var found: Range<Int>?
        var index = start
        while index < pronoun {
            defer { index += 1 }
            guard isNominal(index), isTitleToken(index), index + 1 < pronoun, isNominal(index + 1), !isTitleToken(index + 1) else { continue }
            var end = index + 1
            while end < pronoun, isNominal(end), !isTitleToken(end), !isInstitutionToken(end) { end += 1 }
            let gender = naturalGender(index..<end)
            if word == "er", gender == .feminine || gender == .neuter { continue }
            if word == "sie", gender == .masculine || gender == .neuter { continue }
            found = index..<end
            index = end - 1
        }
        return found
    }

    /// A person of the knowledge base named by two or more capitalised words earlier in the
    /// pronoun's sentence ("Der auf dem Gipfel anwesende Außenminister Russlands Sergej Lawrow
    /// reagierte gelassen: Mit den Worten „…“ richtete er …"), the latest that fits the pronoun.
    func knownPersonBefore(_ pronoun: Int, from start: Int, compatibleWith word: String) -> Range<Int>? {
        let knowledge = AffiliationResolver(index: rules.knowledge)
        var found: Range<Int>?
        var index = start
        while index < pronoun {
            var end = index
            while end < pronoun, isNominal(end), isCapitalized(end), !isTitleToken(end), !isInstitutionToken(end) { end += 1 }
            defer { index = max(end, index + 1) }
            guard end - index >= 2, let known = knowledge.resolve(text(index..<end), date: nil),
                  known.kind == .person, known.entity != nil else { continue }
            let gender = naturalGender(index..<end)
            if word == "er", gender == .feminine || gender == .neuter { continue }
            if word == "sie", gender == .masculine || gender == .neuter { continue }
            found = index..<end
        }
        return found
    }

    /// Whether a mention is a reflexive statement ("eigenen Angaben", "eigener Darstellung"): its
    /// speaker is whoever the sentence is about, not the phrase.
    func isOwnStatement(_ mention: Range<Int>) -> Bool {
        let own = rules.knowledge.base.modifiers.reflexivePossessives
        return mention.count <= 3 && mention.contains { own.contains(lower[$0]) }
    }

    enum Gender { case masculine, feminine, neuter, unknown }

    /// Gender from the article and a feminine title ("die Ministerin").
    func grammaticalGender(_ mention: Range<Int>) -> Gender {
        let first = lower[mention.lowerBound]
        switch first {
        case "der", "ein", "des", "dem", "den", "eines", "einem", "einen": return .masculine
        case "die", "eine", "einer": return .feminine
        case "das": return .neuter
        default: break
        }
        for index in mention where isCapitalized(index) && isTitleToken(index) {
            return lower[index].hasSuffix("in") ? .feminine : .masculine
        }
        return naturalGender(mention)
    }

    /// Gender of a name: a person of the knowledge base, else a known given name ("Hillary", "Jens");
    /// a country or capital as actor is neuter ("Russland … es").
    func naturalGender(_ mention: Range<Int>) -> Gender {
        let knowledge = rules.knowledge
        if let first = mention.first(where: { isCapitalized($0) }), let given = knowledge.base.modifiers.givenNames[lower[first]] {
            return given == .f ? .feminine : .masculine
        }
        guard let known = AffiliationResolver(index: knowledge).resolve(text(mention), date: nil) else { return .unknown }
        if known.kind == .state { return .neuter }
        switch known.gender {
        case .f?: return .feminine
        case .m?: return .masculine
        case nil: return .unknown
        }
    }
}
