/// Stage: addressees. Needs a claim's frame (cue, speaker, frame tokens) and content; adds the
/// phrase the words were said to, in the slot of the cue's clause that `rules/addressees.yaml`
/// names: a case-marked object of the verb ("sagte der Zeitung", "forderte die Partei auf") or a
/// prepositional phrase ("gegenüber der Presse"). Case comes from the word that opens the phrase.
extension TextView {
    /// The addressee of a claim and the id of the rule that found it.
    func addressee(of draft: DraftClaim) -> (range: Range<Int>, rule: String)? {
        guard let cue = draft.frame.cue else { return nil }
        let clause = addresseeClause(of: draft, cue: cue)
        guard !clause.isEmpty else { return nil }
        var taken = Set(cue.tokens)
        if let speaker = draft.frame.speaker { taken.formUnion(speaker) }
        // A reported claim's content is its whole sentence: the addressee stands inside it.
        if draft.type != .reported { for range in draft.content { taken.formUnion(range) } }
        let passive = cue.entry.kind == .verb && isPassive(cue, clause: clause)
        for rule in rules.addressees.rules {
            let found: Range<Int>?
            switch rule.slot {
            case .preposition:
                found = prepositionalAddressee(rule, cue: cue, clause: clause, taken: taken, passive: passive)
            case .dative, .accusative:
                guard cue.entry.kind == .verb, rule.holds(forLemma: cue.entry.lemma) else { continue }
                // "bezeichnete die Proteste als … und forderte X auf": the object of a coordinated
                // verb follows the "und".
                let verb = cue.tokens.min() ?? cue.anchor
                let start = coordinatingWord(before: verb, in: clause.lowerBound).map { $0 + 1 } ?? clause.lowerBound
                found = objectAddressee(ObjectSlot(slot: rule.slot, clause: start..<clause.upperBound, taken: taken,
                                                   passive: passive, speaker: draft.frame.speaker,
                                                   subjectless: isZuInfinitive(cue)))
            }
            if let found { return (found, rule.id) }
        }
        return nil
    }

    /// The cue's clause (up to the separators around it in its sentence) with the frame's tokens.
    private func addresseeClause(of draft: DraftClaim, cue: CueMatch) -> Range<Int> {
        let sentence = contentTokens(ofSentence: tokens[cue.anchor].sentence)
        guard sentence.contains(cue.anchor) else { return cue.anchor..<cue.anchor }
        var left = cue.tokens.min() ?? cue.anchor
        while left > sentence.lowerBound, !isClauseSeparator(left - 1) { left -= 1 }
        var right = (cue.tokens.max() ?? cue.anchor) + 1
        while right < sentence.upperBound, !isClauseSeparator(right) { right += 1 }
        for range in draft.frame.tokens where range.overlaps(sentence) {
            left = min(left, max(range.lowerBound, sentence.lowerBound))
            right = max(right, min(range.upperBound, sentence.upperBound))
        }
        return left..<right
    }

    /// "gegenüber der Presse", "im Interview mit X", "appellierte an X": the phrase after a
    /// preposition of the rule, where the rule's verb or noun before it allows it.
    private func prepositionalAddressee(_ rule: AddresseeRule, cue: CueMatch, clause: Range<Int>, taken: Set<Int>,
                                        passive: Bool) -> Range<Int>? {
        let verbHolds = cue.entry.kind == .verb && rule.holds(forLemma: cue.entry.lemma)
        if !rule.verbs.isEmpty, rule.after.isEmpty, !verbHolds { return nil }
        for index in clause where rule.words.contains(lower[index]) && isOutsideQuotes(index) && !taken.contains(index) {
            // In the passive "von X" names who spoke, not whom they spoke to.
            if passive, has(index, .agentPreposition) { continue }
            let afterNoun = index > clause.lowerBound && rule.after.contains { lower[index - 1].hasSuffix($0) }
            if !rule.after.isEmpty, !verbHolds, !afterNoun { continue }
            // "Deren Haltung gegenüber der Partei": after a noun the phrase is the noun's attribute; not after
            // the noun of an adverbial phrase ("sagte nach dem Spiel zum Stadtanzeiger").
            if index > clause.lowerBound, !taken.contains(index - 1), isNominal(index - 1), !has(index - 1, .time), !afterNoun,
               !endsPrepositionalPhrase(index - 1, clause: clause, taken: taken) { continue }
            guard let phrase = addresseePhrase(from: index + 1, clause: clause, taken: taken) else { continue }
            // A head of the rule's ("vor der Presse"), someone named ("gegenüber der Zeitung", not
            // "gegenüber den Plänen"), or any phrase but a time or statement ("appellierte an die Gläubigen").
            let fits: Bool
            if !rule.heads.isEmpty {
                fits = phrase.contains { rule.heads.contains(lower[$0]) }
            } else if let strictness = rule.named {
                fits = isQuotedName(phrase) || namesListener(phrase, bare: strictness == .strictly)
                    || (strictness == .strictly && isBareName(phrase))
            } else {
                fits = phrase.contains { isNominal($0) && !has($0, .time) && !has($0, .statement) }
            }
            if fits {
                let trimmed = withoutAbstractTail(phrase)
                let contracted = rule.keepsContraction && openingCase(trimmed.lowerBound) == nil
                return rule.keepsPreposition || contracted ? index..<trimmed.upperBound : trimmed
            }
        }
        return nil
    }

    /// Whether the noun at `index` closes a phrase opened by a preposition after the verb or speaker
    /// ("nach dem Spiel"): determiners, adjectives, numbers and nouns back to the preposition.
    private func endsPrepositionalPhrase(_ index: Int, clause: Range<Int>, taken: Set<Int>) -> Bool {
        var position = index - 1
        while position >= clause.lowerBound, index - position <= 3, !taken.contains(position), isOutsideQuotes(position),
              !has(position, .determiner), isAdjective(position) || isNominal(position) || tokens[position].kind == .number {
            position -= 1
        }
        // One article at most: "am Mittwoch den Rücktritt" is two phrases.
        if position >= clause.lowerBound, has(position, .determiner), !has(position, .preposition) { position -= 1 }
        guard position >= clause.lowerBound, position < index - 1, has(position, .preposition) else { return false }
        return position == clause.lowerBound || taken.contains(position - 1) || verbEntries(position - 1) != nil || has(position - 1, .adverb)
    }

    /// "sagte zu Müller": one capitalised word that the lexicon knows in no reading (not "zum Erliegen",
    /// whose lower-case form is a verb).
    private func isBareName(_ phrase: Range<Int>) -> Bool {
        let index = phrase.lowerBound
        guard phrase.count == 1, isCapitalized(index), !facts(index).isKnown else { return false }
        return rules.lexicon.lexicon?.analyses(of: lower[index]).isEmpty ?? false
    }

    /// "zum „Kölner Boten“", "gegenüber „Radio Nord“": a short quoted name, perhaps after an article.
    private func isQuotedName(_ phrase: Range<Int>) -> Bool {
        let open = has(phrase.lowerBound, .determiner) ? phrase.lowerBound + 1 : phrase.lowerBound
        guard let quoted = closedQuotation(at: open, limit: phrase.upperBound), quoted.end == phrase.upperBound,
              quotations[quoted.quotation].content.length <= 60 else { return false }
        // "zum „Umbau“ des Hafens": one common noun in marks, with an attribute, names no one.
        let words = (open + 1..<quoted.end).filter { isWord($0) }
        if words.count == 1, facts(words[0]).noun.isEmpty == false, quoted.end < tokens.count, has(quoted.end, .determiner) { return false }
        return open + 1 < phrase.upperBound && isCapitalized(open + 1)
    }

    /// A cue clause's object slot as `objectAddressee` reads it.
    private struct ObjectSlot {
        var slot: AddresseeSlot
        var clause: Range<Int>
        var taken: Set<Int>
        var passive: Bool
        var speaker: Range<Int>?
        /// The cue is a zu-infinitive ("um den Stadtrat aufzufordern"): its clause has no subject.
        var subjectless = false
    }

    /// Whether the cue's verb is a zu-infinitive ("aufzufordern", "zu bitten").
    private func isZuInfinitive(_ cue: CueMatch) -> Bool {
        cue.entry.kind == .verb && (facts(cue.anchor).nonFinite.contains(.zuInfinitive) || (cue.anchor > 0 && lower[cue.anchor - 1] == "zu"))
    }

    /// The verb's object in the slot's case, first in the clause: "sagte der Zeitung", "Ihm wird
    /// vorgeworfen", "bat den Minister"; in the passive an accusative verb's addressee is the subject.
    /// Phrases are read whole, left to right; a prepositional phrase is skipped whole.
    private func objectAddressee(_ search: ObjectSlot) -> Range<Int>? {
        let clause = search.clause, taken = search.taken
        var index = clause.lowerBound
        // Whether the word before `index` is the verb, the speaker, an adverb or the clause's start:
        // only there does a bare noun or name stand as an object ("sagte Reportern", "Müller wurde …").
        var adjacent = true
        while index < clause.upperBound {
            if taken.contains(index) || !isOutsideQuotes(index) || !isWord(index) {
                adjacent = taken.contains(index)
                index += 1
                continue
            }
            // "um den Stadtrat aufzufordern": "um", "ohne", "statt" open a zu-infinitive, no phrase.
            if search.subjectless, index == clause.lowerBound, has(index, .preposition) {
                index += 1
                continue
            }
            if has(index, .preposition) || ["als", "wie"].contains(lower[index]) {
                let skipped = addresseePhrase(from: index + 1, clause: clause, taken: taken)
                index = skipped.map { search.slot == .dative ? dativeAfterName(in: $0) ?? $0.upperBound : $0.upperBound } ?? index + 1
                adjacent = false
                continue
            }
            let opener = openingCase(index)
            // A pronoun stands alone; before a noun it is an article ("Ihr Vorsitzender").
            let pronoun = rules.addressees.pronouns.contains(lower[index])
                && !(index + 1 < clause.upperBound && (isNominal(index + 1) || isAdjective(index + 1)))
            guard let phrase = pronoun ? index..<(index + 1) : addresseePhrase(from: index, clause: clause, taken: taken) else {
                adjacent = has(index, .adverb) ? adjacent : !isCapitalized(index) && verbEntries(index) == nil && adjacent
                index += 1
                continue
            }
            if accepts(opener, search), fillsObject(phrase, opener: opener, search, adjacent: adjacent) { return withoutAbstractTail(phrase) }
            index = phrase.upperBound
            adjacent = false
        }
        return nil
    }

    /// The case the article or pronoun at `index` marks, from the lexicon's cells; a word that can also
    /// be dative says so first ("der": dative or genitive as an object; "den": dative plural or
    /// accusative). Nil for a bare noun or name.
    func openingCase(_ index: Int) -> PhraseCase? {
        let cases = Set(facts(index).determiner.cases)
        switch (cases.contains(.nominative), cases.contains(.accusative), cases.contains(.dative), cases.contains(.genitive)) {
        case (_, _, true, true): return .dativeOrGenitive
        case (_, true, true, _): return .dativePluralOrAccusative
        case (_, _, true, _): return .dative
        case (true, true, _, _): return .nominativeOrAccusative
        case (_, true, _, _): return .accusative
        case (true, _, _, _): return .nominative
        default: return nil
        }
    }

    /// Whether a phrase opened by a word of this case (nil: no case word, a bare noun or name) fills the slot.
    private func accepts(_ opener: PhraseCase?, _ search: ObjectSlot) -> Bool {
        // Without a subject elsewhere, "der Sprecher" or a bare name may be the speaker itself.
        let subjectElsewhere = search.speaker != nil || search.passive || search.subjectless
        switch (search.slot, search.passive) {
        case (.dative, _):
            switch opener {
            case .dative, .dativePluralOrAccusative: return true
            case .dativeOrGenitive, nil: return subjectElsewhere
            default: return false
            }
        case (.accusative, false):
            switch opener {
            case .accusative, .dativePluralOrAccusative: return true
            case .nominativeOrAccusative, nil: return subjectElsewhere
            default: return false
            }
        case (.accusative, true):
            switch opener {
            case .nominative, .nominativeOrAccusative, .dativeOrGenitive, nil: return true
            default: return false
            }
        case (.preposition, _):
            return false
        }
    }

    /// Whether a phrase that opens in the slot's case can be the addressee: not a time or statement,
    /// not a masculine title after "der" (a subject), not a singular after "den"; a bare one must
    /// name someone and stand next to the verb after the speaker.
    private func fillsObject(_ phrase: Range<Int>, opener: PhraseCase?, _ search: ObjectSlot, adjacent: Bool) -> Bool {
        guard let head = phrase.first(where: { isNominal($0) }) ?? (phrase.count == 1 ? phrase.lowerBound : nil) else { return false }
        // "das" alone is a demonstrative; "das Netzwerk X" is an article's phrase.
        let standsAlone = phrase.count == 1 || !isNominal(phrase.lowerBound + 1) && !isAdjective(phrase.lowerBound + 1)
        if has(head, .time) || has(head, .statement) || (has(phrase.lowerBound, .demonstrative) && standsAlone) { return false }
        // "einigen Teilnehmern zufolge", "ihr gegenüber": the phrase belongs to a postposition.
        if phrase.upperBound < search.clause.upperBound, phraseEntries(phrase.upperBound)?.contains(where: { $0.kind == .postposition }) == true
            || lower[phrase.upperBound] == "gegenüber" {
            return false
        }
        switch opener {
        case .dativeOrGenitive:
            // "der Sprecher" is a subject; "der Sprecherin", "der Zeitung" are not. In the passive only
            // a phrase that opens the clause is the dative ("Der Regierung wird vorgeworfen").
            if search.passive, search.slot == .dative, phrase.lowerBound != search.clause.lowerBound { return false }
            if search.passive, search.slot == .accusative { return true }
            return !(isTitleToken(head) && !lower[head].hasSuffix("in") && !lower[head].hasSuffix("innen"))
        case .dativePluralOrAccusative:
            // As a dative, "den" heads a plural, and German dative plurals end in -n ("den Behörden");
            // "den Vorfall" is an accusative.
            guard search.slot == .dative else { return true }
            return lower[head].hasSuffix("n") || isAcronym(head)
        case nil:
            // A bare name after the verb is its subject unless the speaker came first.
            let afterSpeaker = search.speaker.map { $0.upperBound <= phrase.lowerBound } ?? (phrase.lowerBound == search.clause.lowerBound)
            // One capitalised word may be a name where a person is the slot's usual filler: the
            // accusative of "auffordern", "bitten" ("bat Müller"), the opener of a passive ("Müller wurde vorgeworfen").
            let single = search.slot == .accusative || (search.passive && phrase.lowerBound == search.clause.lowerBound)
            // "empfahl am Freitag US-Bürgern": a noun whose every reading is dative needs no article to show it.
            let counted = phrase.lowerBound > search.clause.lowerBound
                && (tokens[phrase.lowerBound - 1].kind == .number || has(phrase.lowerBound - 1, .numeral) || has(phrase.lowerBound - 1, .preposition))
            if search.slot == .dative, isDativeOnly(head), afterSpeaker, !counted {
                return namesListener(phrase) || phrase.count <= 3
            }
            return adjacent && afterSpeaker && phrase.count <= 6 && isSubjectCandidate(phrase) && namesListener(phrase, bare: !single)
        default:
            return true
        }
    }

    /// The phrase without an abstract noun glued to its end ("dem Minister Einmischung" of "warf dem
    /// Minister Einmischung vor"): that is the accusative object, not part of the addressee.
    private func withoutAbstractTail(_ phrase: Range<Int>) -> Range<Int> {
        var end = phrase.upperBound
        while end - phrase.lowerBound > 1, isNominal(end - 1), isNominal(end - 2),
              rules.addressees.abstractEndings.contains(where: { lower[end - 1].hasSuffix($0) }),
              !isTitleToken(end - 1), !isInstitutionToken(end - 1),
              memo.decide(AffiliationResolver(index: rules.knowledge), tokens[end - 1].text, date: nil, fallback: sources) == nil {
            end -= 1
        }
        return phrase.lowerBound..<end
    }

    /// Whether the lexicon reads the noun only as a dative ("Bürgern", "Journalisten" is not).
    private func isDativeOnly(_ index: Int) -> Bool {
        let cases = facts(index).noun.cases
        return cases == [.dative]
    }

    /// "sagte in Graz der Presse", "empfahl am Freitag Reisenden": a name or a time takes no attribute
    /// after it, so a dative there opens the object; its position, else nil.
    private func dativeAfterName(in phrase: Range<Int>) -> Int? {
        let first = phrase.lowerBound, next = phrase.lowerBound + 1
        guard phrase.count >= 2, isCapitalized(first), isNominal(first), has(first, .time) || !facts(first).isKnown else { return nil }
        switch openingCase(next) {
        case .dative, .dativeOrGenitive: return phrase.count > 2 ? next : nil
        case nil: return isNominal(next) && isDativeOnly(next) ? next : nil
        default: return nil
        }
    }

    private func isAcronym(_ index: Int) -> Bool {
        let letters = tokens[index].text.unicodeScalars.filter { $0.properties.isAlphabetic }
        return letters.count >= 2 && letters.allSatisfy { $0.properties.isUppercase }
    }

    /// Whether a phrase names a person, body or medium one speaks to: a pronoun, a title or
    /// institution, an acronym, a known entity, or a name of capitalised words that are not common nouns.
    /// With `bare` (a phrase without article, or a strict rule) one common noun ("Hassparolen",
    /// "zum Rücktritt") names no one unless it is a title, body or known entity.
    func namesListener(_ phrase: Range<Int>, bare: Bool = false) -> Bool {
        if phrase.count == 1, rules.addressees.pronouns.contains(lower[phrase.lowerBound]) { return true }
        let hasArticle = openingCase(phrase.lowerBound) != nil
        if !hasArticle || bare, !looksLikeSpeaker(phrase) { return false }
        let nominals = phrase.filter { isNominal($0) }
        if nominals.contains(where: { isTitleToken($0) || isInstitutionToken($0) || isAcronym($0) }) { return true }
        if memo.decide(AffiliationResolver(index: rules.knowledge), text(phrase), date: nil, fallback: sources) != nil { return true }
        // "zum Abschluss des Treffens": a common noun with a genitive attribute is a topic.
        if bare, nominals.count < 2 { return false }
        // "den Kölner Nachrichten": a capitalised word in -er right before a noun is a place adjective
        // (common nouns do not stand side by side), and the two make a name.
        if zip(nominals, nominals.dropFirst()).contains(where: { $0 + 1 == $1 && lower[$0].hasSuffix("er") }) {
            return true
        }
        if bare, let first = nominals.first, facts(first).isKnown, first + 1 < phrase.upperBound, has(first + 1, .determiner) { return false }
        // Abstract nouns ("Begründung", "Gelegenheit") are no one to speak to.
        return !nominals.contains { index in
            rules.addressees.abstractEndings.contains { lower[index].hasSuffix($0) } || lowercaseWords.contains(lower[index])
                || has(index, .statement) || has(index, .time)
        }
    }

    /// The noun phrase (with an apposition) at `start`, ending before the claim's other parts and the clause's end.
    private func addresseePhrase(from start: Int, clause: Range<Int>, taken: Set<Int>) -> Range<Int>? {
        guard start < clause.upperBound, !taken.contains(start) else { return nil }
        var open = start
        while open < clause.upperBound, !taken.contains(open) { open += 1 }
        var limit = start
        while limit < open, !isClauseSeparator(limit) { limit += 1 }
        // "zum „Kölner Boten“": a quoted name without an article.
        if let quoted = closedQuotation(at: start, limit: limit), isQuotedName(start..<quoted.end) {
            return start..<quoted.end
        }
        guard var phrase = nounPhrase(from: start, limit: limit) else { return nil }
        // "der Nachrichtenagentur dpa": a medium's name in lower case after its noun.
        let next = phrase.upperBound
        if next < limit, isWord(next), !isCapitalized(next),
           memo.decide(AffiliationResolver(index: rules.knowledge), tokens[next].text, date: nil, fallback: sources)?.kind == .media {
            phrase = phrase.lowerBound..<(next + 1)
        }
        return withApposition(phrase, limit: open)
    }
}
