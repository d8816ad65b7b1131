/// Pronouns and reflexive statements: which earlier mention a pronoun points to, by gender and number.
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
        let number = pronounNumber(pronoun)
        if number == .plural {
            return pluralAntecedent(before: pronoun, antecedents: antecedents)
        }
        if let own = knownPersonBefore(pronoun, from: start, compatibleWith: word),
           !antecedents.contains(where: { $0.sentence == sentence && $0.mention.lowerBound > own.lowerBound }) {
            return own
        }
        for antecedent in antecedents.reversed() {
            if sentence - antecedent.sentence > 6 { break }
            let mention = antecedent.resolved
            if mention.count == 1, has(mention.lowerBound, .pronoun) { continue }
            let gender = grammaticalGender(mention)
            if !Self.pronoun(word, fits: gender) { continue }
            // "Die Behörden teilten mit … Sie sagte …": a singular "sie" skips a plural mention.
            if number == .singular, let numbers = phraseNumbers(mention), !numbers.contains(.singular) { continue }
            return mention
        }
        return titledPersonBefore(pronoun, compatibleWith: word)
    }

    /// The number a "sie" or "es" takes from its finite verb right before or after it ("Sie haben …",
    /// "sagten sie"); nil when the lexicon reads the verb as both or the pronoun has no verb beside it.
    func pronounNumber(_ pronoun: Int) -> GrammaticalNumber? {
        guard ["sie", "es"].contains(lower[pronoun]) else { return lower[pronoun] == "er" ? .singular : nil }
        let bounds = segmentation.sentences[tokens[pronoun].sentence].tokens
        for neighbour in [pronoun + 1, pronoun - 1] where bounds.contains(neighbour) && !isCapitalized(neighbour) {
            let persons = facts(neighbour).finitePersons
            guard !facts(neighbour).participleAdjective else { continue }
            let singular = persons.contains(.thirdSingular), plural = persons.contains(.thirdPlural)
            if singular != plural { return singular ? .singular : .plural }
            if singular { return nil }
        }
        return nil
    }

    /// The latest mention a plural "sie" can point to: a phrase the lexicon reads as plural or a
    /// coordination ("Die beiden Länder", "Die Minister", "X und Y"), whatever its gender.
    func pluralAntecedent(before pronoun: Int, antecedents: [Antecedent]) -> Range<Int>? {
        let sentence = tokens[pronoun].sentence
        // "Die beiden Länder sind … Sie haben angekündigt …": the plural subject of the sentence just
        // before, a speaker or not, when no later plural mention stands between.
        if sentence > 0, let subject = openingPhrase(contentTokens(ofSentence: sentence - 1)),
           phraseNumbers(subject) == [.plural],
           !antecedents.contains(where: { $0.mention.lowerBound > subject.lowerBound && phraseNumbers($0.resolved)?.contains(.plural) == true }) {
            return subject
        }
        var unknown: Range<Int>?
        for antecedent in antecedents.reversed() {
            if sentence - antecedent.sentence > 6 { break }
            let mention = antecedent.resolved
            if mention.count == 1, has(mention.lowerBound, .pronoun) { continue }
            guard let numbers = phraseNumbers(mention) else {
                // A bare phrase the lexicon cannot number, unless it names one person or state.
                if unknown == nil, naturalGender(mention) == .unknown { unknown = mention }
                continue
            }
            if numbers.contains(.plural) { return mention }
        }
        return unknown
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
            if !Self.pronoun(word, fits: gender) { continue }
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
            guard end - index >= 2, let known = knowledge.resolveUndated(text(index..<end)),
                  known.kind == .person, known.entity != nil else { continue }
            let gender = naturalGender(index..<end)
            if !Self.pronoun(word, fits: gender) { continue }
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
    /// Whether a mention of `gender` can be what the pronoun `word` stands for: "er" no feminine or
    /// neuter mention, "sie" no masculine or neuter one; other pronouns and unknown genders fit.
    static func pronoun(_ word: String, fits gender: Gender) -> Bool {
        switch word {
        case "er": gender != .feminine && gender != .neuter
        case "sie": gender != .masculine && gender != .neuter
        default: true
        }
    }

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
        guard let known = AffiliationResolver(index: knowledge).resolveUndated(text(mention)) else { return .unknown }
        if known.kind == .state { return .neuter }
        switch known.gender {
        case .f?: return .feminine
        case .m?: return .masculine
        case nil: return .unknown
        }
    }

    /// The noun phrase that opens a sentence when a lower-case word (its verb) follows it.
    func openingPhrase(_ range: Range<Int>) -> Range<Int>? {
        var start = range.lowerBound
        while start < range.upperBound, ignored[start] || !isWord(start) { start += 1 }
        guard start < range.upperBound, has(start, .determiner), let phrase = nounPhrase(from: start, limit: range.upperBound),
              phrase.upperBound < range.upperBound, isWord(phrase.upperBound), !isCapitalized(phrase.upperBound) else { return nil }
        return phrase
    }

    /// The numbers a mention can have as a subject, past a quantifier after its article ("Die beiden
    /// Länder", "Die drei Minister").
    func phraseNumbers(_ phrase: Range<Int>) -> Set<GrammaticalNumber>? {
        if phrase.count > 2, !facts(phrase.lowerBound).determiner.isEmpty, !facts(phrase.lowerBound + 1).determiner.isEmpty {
            // The quantifier inflects like an adjective there: the article and the head noun decide.
            guard let head = phrase.last(where: { isCapitalized($0) }), let noun = nounCells(head) else { return nil }
            let cells = facts(phrase.lowerBound).determiner.unified(with: noun)
            return Set(GrammaticalNumber.allCases.filter { cells.allows(.nominative, $0) })
        }
        return subjectNumbers(phrase)
    }
}

