/// Speakers found with the frame: subjects of cue verbs before or after them, appositions,
/// passive agents, impersonal and coordinated subjects.
extension TextView {
    /// The subject of a cue verb: before it ("Stoltenberg sagte", "Die Bundeswehr hat entschieden",
    /// "Der Gouverneur, Gabino Cué, sagte") or after it ("sagte Stoltenberg").
    func subject(clause: Range<Int>, cue: CueMatch) -> (range: Range<Int>, sieve: String)? {
        // "Dem Minister wurde vorgeworfen, …", "Es wird vermutet, …": in the passive the subject is
        // who was addressed or nobody; the speaker is the agent ("von der Opposition"), if named.
        if isPassive(cue, clause: clause), !cue.entry.speakerIsObject {
            return passiveAgent(clause: clause, cue: cue).map { ($0, "passive-agent") }
        }
        // The clause segmenter's clause of the cue, worked out once for both checks below.
        let segmented = self.clause(containing: cue.anchor, in: clauses(ofSentence: tokens[cue.anchor].sentence))
        var candidate = subjectCandidate(clause: clause, cue: cue, segmented: segmented)
        // "Der Sprecher beeilte sich, gegenüber Journalisten zu erklären, …": an infinitive clause
        // without a subject of its own speaks for the subject of the clause it completes.
        if candidate == nil, cue.anchor > clause.lowerBound, lower[cue.anchor - 1] == "zu", clause.lowerBound > 0,
           tokens[clause.lowerBound - 1].text == ",",
           case let sentenceStart = segmentation.sentences[tokens[cue.anchor].sentence].tokens.lowerBound,
           let start = prefieldStart(from: sentenceStart, to: clause.lowerBound - 1),
           let phrase = nounPhrase(from: start, limit: clause.lowerBound - 1), isSubjectCandidate(phrase),
           !isObliqueDeterminer(phrase.lowerBound), looksLikeSpeaker(phrase),
           phrase.upperBound < clause.lowerBound - 1, isWord(phrase.upperBound), !isCapitalized(phrase.upperBound) {
            candidate = (phrase, "cue-subject-control")
        }
        // The expletive "es" ("hält es für möglich") never speaks.
        if let range = candidate?.range, range.count == 1, lower[range.lowerBound] == "es" { return nil }
        // "Die Agentur zitiert den Minister mit den Worten": the object speaks (not in the passive).
        if cue.entry.speakerIsObject, candidate?.sieve == "cue-subject",
           !(clause.lowerBound..<cue.anchor).contains(where: { has($0, .passive) }),
           let object = objectAfterVerb(from: (cue.tokens.max() ?? cue.anchor) + 1, limit: clause.upperBound, cue: cue) {
            return (cutAtOtherSource(object), "cue-object")
        }
        // "… und priesen den König", "bekräftigte gegenüber mehreren Medien": a phrase the lexicon reads
        // as an object, or in another number than the finite verb of the cue's clause, is no subject.
        if let range = candidate?.range, candidate?.sieve != "cue-subject-correlative",
           !agreesAsSubject(range, cue: cue, segmented: segmented) { return nil }
        return candidate.map { (cutAtOtherSource($0.range), $0.sieve) }
    }

    /// Whether a subject candidate can be the subject of the cue's clause by case and number; a phrase
    /// coordinated with what follows it ("Er sowie die Ministerin befürchten") is not checked.
    func agreesAsSubject(_ phrase: Range<Int>, cue: CueMatch, segmented: Clause?) -> Bool {
        if phrase.upperBound < tokens.count, ["und", "sowie", "oder"].contains(lower[phrase.upperBound]) { return true }
        let finite = segmented?.finite
            ?? cue.tokens.filter { finiteCandidate($0) }.min()
        return canBeSubject(phrase, ofVerb: finite)
    }

    func subjectCandidate(clause: Range<Int>, cue: CueMatch, segmented: Clause?) -> (range: Range<Int>, sieve: String)? {
        let verb = cue.anchor
        // A finite auxiliary before a participle cue ("hatte die Gewerkschaft erklärt").
        let finite = cue.tokens.filter { $0 < verb && (has($0, .auxiliary) || has($0, .passive)) }.min()
        let prefieldEnd = finite ?? verb
        let start = prefieldStart(from: clause.lowerBound, to: prefieldEnd, skipping: cue.tokens) ?? prefieldEnd
        // "…, bei dem sie gesagt hatte", "…, von dem die Polizei glaubt": a relative clause after a
        // preposition (the clause segmenter's; not "…, für die PlayStation ein Update anzubieten").
        let relativeOpener = segmented.flatMap { $0.kind == .relative && $0.leftBracket.count >= 2 && $0.leftBracket.lowerBound == clause.lowerBound
                && facts(clause.lowerBound).governs != [] ? $0.leftBracket : nil }
        let prepositionalRelative = relativeOpener.map { $0.upperBound < verb } == true && !separatesParticle(cue) && !isPassive(cue, clause: clause)
        let subordinate = start > clause.lowerBound && lower[start - 1] == "wie" || lower[clause.lowerBound] == "wie"
            || (has(clause.lowerBound, .subordinator) && !has(clause.lowerBound, .determiner) && !separatesParticle(cue)
                && verbIsLast(cue, clause: clause))
            || prepositionalRelative
        if subordinate {
            // "Wie die Polizei gestern mitteilte": the subject follows the conjunction, the verb is last.
            var first = prepositionalRelative ? relativeOpener?.upperBound ?? clause.lowerBound : clause.lowerBound
            while first < verb, has(first, .adverb) && !has(first, .pronoun) || has(first, .subordinator) && !has(first, .determiner)
                    || cue.tokens.contains(first) || !isWord(first) {
                first += 1
            }
            if first < verb, let phrase = nounPhrase(from: first, limit: verb), isSubjectCandidate(phrase) {
                return (withApposition(phrase, limit: verb), "cue-subject")
            }
        } else if let coordinated = coordinatedPrefield(before: prefieldEnd, clause: clause) {
            return (coordinated, "cue-subject-coordinated")
        } else if let conjunct = conjunctSubject(before: prefieldEnd, clause: clause) {
            return (conjunct, "cue-subject-conjunct")
        } else if let correlative = correlativeSubject(from: start, to: prefieldEnd)
                    // "Sowohl X, Y als auch Z sagten": the list's commas open the cue's clause after "Sowohl X".
                    ?? correlativeSubject(from: segmentation.sentences[tokens[verb].sentence].tokens.lowerBound, to: prefieldEnd) {
            return (correlative, "cue-subject-correlative")
        } else if start < prefieldEnd {
            // "Der Politik schlug er vor, …": a pronoun that can only be a subject, right after the
            // finite verb, makes the phrase before the verb a fronted object.
            let afterVerb = prefieldEnd + 1
            if afterVerb < clause.upperBound, isNominativePronoun(afterVerb), isOutsideQuotes(afterVerb), !has(start, .pronoun) {
                return (afterVerb..<(afterVerb + 1), "cue-subject-inverted")
            }
            if let inverted = subjectAfterFrontedObject(start: start, finite: prefieldEnd, clause: clause, cue: cue) {
                return (inverted, "cue-subject-inverted")
            }
            if !has(start, .preposition), let phrase = nounPhrase(from: start, limit: prefieldEnd), isSubjectCandidate(phrase),
               !isObliqueDeterminer(phrase.lowerBound), canBeSubject(phrase, ofVerb: phrase.upperBound),
               phrase.upperBound == prefieldEnd || (isWord(phrase.upperBound) && !isCapitalized(phrase.upperBound)) {
                // "Ein Sprecher der Polizei, Commander Randy Henderson sagte": the titled phrase before the comma belongs to it.
                if start == clause.lowerBound, let titled = titledPhrase(endingAt: start - 1, before: phrase) {
                    return (titled.lowerBound..<phrase.upperBound, "cue-subject-apposition")
                }
                // One constituent stands before the finite verb: "Die Arbeitsgemeinschaft im Kreis Lippe hat …".
                if phrase.upperBound < prefieldEnd, has(phrase.upperBound, .preposition),
                   (phrase.upperBound..<prefieldEnd).allSatisfy({ !isWord($0) || !cue.tokens.contains($0) && !has($0, .auxiliary) && !has($0, .passive) && !has($0, .subordinator) || has($0, .determiner) }) {
                    return (phrase.lowerBound..<prefieldEnd, "cue-subject")
                }
                return (phrase, "cue-subject")
            }
        } else if let apposed = apposedSubject(before: clause.lowerBound) {
            // "General Anupong Paochinda, Oberbefehlshaber der Armee, hat angekündigt".
            return (apposed, "cue-subject-apposition")
        }
        // "Russland verbat sich … und betonte …": a coordinated verb shares the clause's subject.
        if let previous = coordinatingWord(before: verb, in: clause.lowerBound) {
            if let phrase = nounPhrase(from: start, limit: previous), !has(start, .preposition), looksLikeSpeaker(phrase) {
                return (phrase, "cue-subject-coordinated")
            }
            // "Der Geschäftsführer, Volker Beck, sprach von … und forderte …": the subject before the commas.
            if isWord(start), !isCapitalized(start), start == clause.lowerBound,
               let apposed = coordinatedPrefield(before: start, clause: clause) ?? apposedSubject(before: start) {
                return (apposed, "cue-subject-coordinated")
            }
            // "biss der Randalierer den Fluggast und rief": the first verb's inverted subject.
            if isWord(start), !isCapitalized(start), !has(start, .preposition), let phrase = objectAfterVerb(from: start + 1, limit: previous, cue: nil),
               looksLikeSpeaker(phrase) {
                return (phrase, "cue-subject-coordinated")
            }
            // "Am Sonntag zogen Demonstranten vor den Sitz und skandierten": after a fronted phrase, the
            // first verb's inverted subject.
            if start == verb, let first = (clause.lowerBound..<previous).first(where: { index in
                   isWord(index) && !isCapitalized(index) && tokens[index].kind == .word && !has(index, .preposition)
                       && !has(index, .determiner) && !has(index, .adverb) && isOutsideQuotes(index)
                       // (an attributive adjective inside the fronted phrase: "am frühen Abend")
                       && !(isAdjective(index) && index > clause.lowerBound && (has(index - 1, .preposition) || has(index - 1, .determiner)))
               }), first > clause.lowerBound, let phrase = objectAfterVerb(from: first + 1, limit: previous, cue: nil),
               looksLikeSpeaker(phrase), !isObliqueDeterminer(phrase.lowerBound) {
                return (phrase, "cue-subject-coordinated")
            }
        }
        if let finite, let phrase = objectAfterVerb(from: finite + 1, limit: verb, cue: cue) {
            return (phrase, "cue-subject-inverted")
        }
        if let phrase = objectAfterVerb(from: verb + 1, limit: clause.upperBound, cue: cue) {
            return (phrase, "cue-subject-inverted")
        }
        // "Auf Nachfrage musste er betonen": a personal pronoun after the finite verb is the subject.
        if let pronoun = pronounAfterVerb(from: clause.lowerBound, to: verb) {
            return (pronoun..<(pronoun + 1), "cue-subject-inverted")
        }
        // "Aus Militärkreisen verlautete": where the words came from.
        if start < verb, has(start, .originPreposition), let phrase = nounPhrase(from: start + 1, limit: verb) {
            return (start..<phrase.upperBound, "cue-origin")
        }
        if start == prefieldEnd, let shared = asyndeticSubject(clauseStart: clause.lowerBound, finite: prefieldEnd) {
            return (shared, "cue-subject-coordinated")
        }
        return nil
    }

    /// "Die Behörde bestätigte den Vorfall, teilte jedoch mit, …": a clause that opens with its finite verb
    /// after a comma, with no subject of its own, shares the subject of the main clause before the comma
    /// (the sentence's first phrase, right before that clause's finite verb, agreeing with both verbs).
    func asyndeticSubject(clauseStart: Int, finite: Int) -> Range<Int>? {
        let comma = clauseStart - 1
        guard comma > 0, tokens[comma].text == ",", tokens[comma].sentence == tokens[clauseStart].sentence, isOutsideQuotes(comma), finiteCandidate(finite), !isCapitalized(finite),
              (clauseStart..<finite).allSatisfy({ !isWord($0) }) else { return nil }
        let sentenceStart = segmentation.sentences[tokens[comma].sentence].tokens.lowerBound
        guard let first = prefieldStart(from: sentenceStart, to: comma), first < comma,
              !(first..<comma).contains(where: { isClauseSeparator($0) || !isOutsideQuotes($0) }),
              let phrase = nounPhrase(from: first, limit: comma), phrase.upperBound < comma, isSubjectCandidate(phrase),
              looksLikeSpeaker(phrase), !isObliqueDeterminer(phrase.lowerBound), !has(phrase.lowerBound, .pronoun) || phrase.count == 1,
              finiteCandidate(phrase.upperBound), !isCapitalized(phrase.upperBound),
              canBeSubject(phrase, ofVerb: phrase.upperBound), canBeSubject(phrase, ofVerb: finite) else { return nil }
        return phrase
    }

    /// A noun phrase headed by a title or institution that opens the sentence and ends at the comma
    /// `comma` ("Ein Sprecher der Polizei,").
    /// A name before the comma is taken when the phrase after it is titled: "Stephen Singer, ein
    /// Klimaexperte vom WWF erklärte" (the second comma left out).
    func titledPhrase(endingAt comma: Int, before apposition: Range<Int>) -> Range<Int>? {
        guard comma > 0, comma < tokens.count, tokens[comma].text == "," else { return nil }
        let sentenceStart = segmentation.sentences[tokens[comma].sentence].tokens.lowerBound
        guard let phrase = nounPhrase(from: sentenceStart, limit: comma), phrase.upperBound == comma else { return nil }
        if phrase.contains(where: isTitledNoun) { return phrase }
        let names = phrase.filter { isNominal($0) }
        guard !has(phrase.lowerBound, .determiner), names.count >= 2, names.count == phrase.count,
              apposition.contains(where: isTitledNoun) else { return nil }
        return phrase
    }

    /// Whether the cue verb is a participle made passive by a form of "werden" in its clause
    /// ("wurde vorgeworfen", "wird vermutet", "war … bezeichnet worden"); not "wird erklären". Without
    /// a clause, by the cue's own words, where "sein" counts too ("ist geplant", "mitgeteilt wurde").
    /// The one passive test of attribution: subjects, speech acts, addressees and frames ask it.
    func isPassive(_ cue: CueMatch, clause: Range<Int>?) -> Bool {
        guard let clause else {
            return cue.tokens.contains { $0 != cue.anchor && (has($0, .passive) || ["ist", "sind", "war", "waren"].contains(lower[$0])) }
        }
        guard cue.entry.kind == .verb, !cue.entry.infinitives.contains(lower[cue.anchor]) else { return false }
        return clause.contains { index in
            has(index, .passive) && isOutsideQuotes(index) && (index < cue.anchor || lower[index] == "worden")
        }
    }

    /// Whether the cue verb stands apart from its particle ("Als Grund gab die Schule an", "Während der
    /// Sitzung teilte der Minister mit"): a main clause, whatever word opens it; in a subordinate
    /// clause the verb is last and joined ("als sie angab").
    func separatesParticle(_ cue: CueMatch) -> Bool {
        // The auxiliary of "mitgeteilt hatte" is a cue token too; only a particle of its own counts.
        guard cue.entry.kind == .verb, cue.entry.joinable, let particle = cue.entry.particle.last else { return false }
        return cue.tokens.contains { $0 != cue.anchor && lower[$0] == particle }
    }

    /// Where the prefield's words begin after its adverbs (and the `skipping` tokens); nil when a
    /// prepositional phrase opens it ("Im gleichen Interview sagte …"): no phrase there is a subject.
    func prefieldStart(from start: Int, to end: Int, skipping: [Int] = []) -> Int? {
        var index = start
        while index < end, has(index, .adverb) && !has(index, .pronoun) || !isWord(index) || skipping.contains(index) {
            if isWord(index), has(index, .preposition) || isObliqueDeterminer(index), !skipping.contains(index) { return nil }
            index += 1
        }
        return index
    }

    /// A nominative personal pronoun right after a lower-case word (the finite verb) in `start..<end`,
    /// before the clause ends: "Auf Nachfrage musste er …", "Ursprünglich wollte er …".
    func pronounAfterVerb(from start: Int, to end: Int) -> Int? {
        var index = start + 1
        while index < end, !isClauseSeparator(index) {
            if has(index, .subjectPronoun), isOutsideQuotes(index), isWord(index - 1), !isCapitalized(index - 1),
               !has(index - 1, .preposition), !has(index - 1, .determiner) {
                return index
            }
            index += 1
        }
        return nil
    }

    /// A phrase that can be a subject: not a time ("vergangene Woche") and not a lone adverb.
    func isSubjectCandidate(_ phrase: Range<Int>) -> Bool {
        // (Past an extended attribute: "die seit Jahren amtierende Vorsitzende" is headed by "Vorsitzende".)
        let attribute = has(phrase.lowerBound, .determiner) ? extendedAttribute(from: phrase.lowerBound + 1, limit: phrase.upperBound) : nil
        guard let head = phrase.first(where: { isNominal($0) && $0 >= (attribute ?? 0) }) ?? phrase.first else { return false }
        if has(head, .time) { return false }
        // "Einschränkend fügt sie hinzu", "Passend zu …": an uninflected present participle that the lexicon
        // knows as no noun opens the sentence as an adverbial.
        if head == phrase.lowerBound, isSentenceInitial(head), facts(head).nonFinite.contains(.presentParticiple), facts(head).noun.isEmpty {
            return false
        }
        // "der/dem/des" + adjective in -en ("Der englischsprachigen Zeitung"): dative or genitive.
        let first = lower[phrase.lowerBound]
        if first == "des" { return false }
        if ["der", "dem"].contains(first), phrase.count > 2, isAdjective(phrase.lowerBound + 1), lower[phrase.lowerBound + 1].hasSuffix("en") {
            return false
        }
        if phrase.count == 1, isSentenceInitial(head), !has(head, .pronoun), lower[head].count > 3,
           lowercaseWords.contains(lower[head])
            || rules.speakers.hasEnding(lower[head], of: .adverbEnding) {
            // A capitalised opener that the article also writes in lower case is no name.
            return false
        }
        return true
    }

    /// "Die Erhöhung der Gebühren lehnte der Vorsitzende ab", "Eine Verschiebung lehnte Huber ab": the
    /// phrase after the finite verb is the subject when the fronted one is no speaker or cannot be
    /// nominative only while it must be (the lexicon's cells), and it agrees with the verb.
    func subjectAfterFrontedObject(start: Int, finite: Int, clause: Range<Int>, cue: CueMatch) -> Range<Int>? {
        // (A bare fronted word may be a name that is also a noun: "Modder nannte …".)
        guard !has(start, .preposition), !facts(start).determiner.isEmpty, let fronted = nounPhrase(from: start, limit: finite),
              fronted.upperBound == finite, !has(start, .pronoun), !isNominativeOnly(fronted) else { return nil }
        var index = finite + 1
        while index < clause.upperBound, cue.tokens.contains(index) || has(index, .adverb) && !has(index, .pronoun) && !has(index, .determiner) {
            index += 1
        }
        let limit = cue.tokens.filter { $0 > index }.min().map { min($0, clause.upperBound) } ?? clause.upperBound
        guard index < limit, isOutsideQuotes(index), let phrase = nounPhrase(from: index, limit: limit), isSubjectCandidate(phrase),
              !isObliqueDeterminer(phrase.lowerBound), canBeSubject(phrase, ofVerb: finite),
              // A title, a body or a name the lexicon does not know: "die Realisierbarkeit des Projekts" is none.
              phrase.contains(where: { isNominal($0) && (isTitledNoun($0) || isUnlistedName($0)) }),
              !has(phrase.lowerBound, .pronoun), !phrase.contains(where: { isQuoteMark[$0] }), headAgreements(ofPhrase: phrase).allSatisfy({ $0.allows(.nominative) }),
              isSubjectByCase(phrase) || fronted.allSatisfy({ !isNominal($0) || !isUnlistedName($0) && !isTitledNoun($0) })
        else { return nil }
        return withApposition(phrase, limit: limit)
    }

    /// Whether a capitalised word is a name by the lexicon: it knows neither the word nor its last part.
    func isUnlistedName(_ index: Int) -> Bool {
        isNominal(index) && !facts(index).isKnown && facts(index).noun.isEmpty
    }

    /// Whether the lexicon reads a phrase as nominative and never accusative ("der Minister"; "er"):
    /// standing after the finite verb, it is the subject.
    func isSubjectByCase(_ phrase: Range<Int>) -> Bool {
        let cases = Set(headAgreements(ofPhrase: phrase).flatMap(\.cases))
        return cases.contains(.nominative) && !cases.contains(.accusative)
    }

    /// The subject after the finite verb of `start..<end` that runs up to `end`: "gab der Leiter der
    /// Dienststelle" (adverbs may stand between: "hatte zuvor der Sprecher").
    func invertedSubject(endingAt end: Int, from start: Int) -> Range<Int>? {
        guard let verb = (start..<end).last(where: { finiteCandidate($0) && isOutsideQuotes($0) && !isCapitalized($0) }) else { return nil }
        var index = verb + 1
        while index < end, has(index, .adverb) && !has(index, .pronoun) && !has(index, .determiner) { index += 1 }
        guard index < end, let phrase = nounPhrase(from: index, limit: end), isSubjectCandidate(phrase),
              !isObliqueDeterminer(phrase.lowerBound), canBeSubject(phrase, ofVerb: verb) else { return nil }
        // "der Investor für den Neubau, …": a prepositional phrase up to the comma belongs to it.
        let rest = phrase.upperBound
        guard rest == end || has(rest, .preposition) && isOutsideQuotes(rest)
                && nounPhrase(from: rest + 1, limit: end)?.upperBound == end else { return nil }
        return phrase.lowerBound..<end
    }

    /// The noun phrase right after a verb, skipping adverbs ("sagte zudem der Sprecher"); a dative
    /// listener before it ("sagte der Zeitung Ministerin X") and an apposition after it are handled.
    func objectAfterVerb(from start: Int, limit: Int, cue: CueMatch?) -> Range<Int>? {
        var index = start
        var skipped = 0
        while index < limit, skipped < 4 {
            if cue?.tokens.contains(index) == true || (has(index, .adverb) && !has(index, .pronoun) && !has(index, .determiner)) {
                index += 1
                skipped += 1
            } else {
                break
            }
        }
        // The phrase ends where the cue's own words begin again ("sprach die Polizei von …").
        let limit = cue.flatMap { cue in cue.tokens.filter { $0 > index }.min() }.map { min($0, limit) } ?? limit
        // "hält es der Präsident für möglich": the expletive "es" stands before the subject.
        if index + 1 < limit, lower[index] == "es", nounPhrase(from: index + 1, limit: limit) != nil { index += 1 }
        guard index < limit, var phrase = nounPhrase(from: index, limit: limit) else { return nil }
        // "sagte der Zeitung die Ministerin": a phrase the lexicon reads as dative or genitive only is
        // the listener; the subject follows it.
        if subjectNumbers(phrase)?.isEmpty == true, phrase.upperBound < limit,
           let next = nounPhrase(from: phrase.upperBound, limit: limit), looksLikeSpeaker(next), subjectNumbers(next)?.isEmpty != true {
            phrase = next
        } else if ["dem", "der"].contains(lower[phrase.lowerBound]), phrase.upperBound < limit,
           !phrase.contains(where: { isNominal($0) && isTitleToken($0) }),
           let next = nounPhrase(from: phrase.upperBound, limit: limit), looksLikeSpeaker(next),
           next.contains(where: { isNominal($0) && isTitleToken($0) }) || !has(next.lowerBound, .determiner) {
            phrase = next
        }
        if !isSubjectCandidate(phrase) { return nil }
        phrase = withApposition(phrase, limit: limit)
        return phrase
    }
}
