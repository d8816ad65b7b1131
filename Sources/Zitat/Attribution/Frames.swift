/// The words around reported content that say who spoke and how: cue, speaker, frame tokens.
struct Frame: Hashable {
    var cue: CueMatch?
    /// The speaker mention's tokens.
    var speaker: Range<Int>?
    /// The sieve that found the speaker, e.g. "cue-subject".
    var speakerSieve: String?
    var tokens: [Range<Int>]
    /// The detection rule, e.g. "frame-before".
    var rule: String
}

/// A claim as the detection stage finds it, in tokens, before speakers are resolved.
struct DraftClaim {
    var type: ClaimType
    var content: [Range<Int>]
    /// Exact content spans when they are not whole tokens (direct quotes: inside the marks).
    var contentSpans: [Span]?
    var frame: Frame
    var sentence: Int
    var quotation: Int?
    /// Index of the draft this one is nested in (a partial quote inside indirect speech).
    var nestedIn: Int?
    /// While drafting: the first content offset of the host claim of a partial quote.
    var hostOffset: Int?
    /// The mention a pronoun or continuation resolves to, for canonical names and sources.
    var antecedent: Range<Int>?
    var detection: String

    var firstOffset: Int {
        contentSpans?.first?.start ?? content.first?.lowerBound ?? 0
    }
}

/// Stage: frame detection. Needs cues and quotations; finds cue-introduced claims and the frames
/// of direct quotes (before, after or inside the content; prepositions; "so"; "hieß es").
extension TextView {
    struct SentenceFrames {
        var claims: [DraftClaim] = []
        /// Frames of quotations, by quotation index.
        var quotationFrames: [Int: Frame] = [:]
        /// Speech acts with a nominal object, used when nothing else claims the sentence.
        var reported: [DraftClaim] = []
        /// A quote interrupted by its frame ("„Das ist“, sagte er, „ein Schritt.“"): the second
        /// part's quotation index → the first part's.
        var joined: [Int: Int] = [:]
        /// Cues of the sentence with their subjects, for quotes that no frame claimed
        /// ("spricht von einer „überwältigenden Resonanz“").
        var cueFrames: [Frame] = []
        /// Separators whose content a cue nearer to it already frames: an earlier cue of the same
        /// clause does not frame it again ("bezeichnete … als „…“ und kündigte an, …").
        var framedSeparators: Set<Int> = []
    }

    func frames(inSentence sentence: Int) -> SentenceFrames {
        var result = SentenceFrames()
        let range = contentTokens(ofSentence: sentence)
        guard !range.isEmpty else { return result }
        if range.allSatisfy({ ignored[$0] }) { return result }
        var framedAnchors = Set<Int>()
        // Right to left: of two cues in one clause, the one next to the content frames it
        // ("bezeichnete … als „…“ und kündigte an, …").
        let found = cues(inSentence: sentence).enumerated().sorted { $0.element.anchor != $1.element.anchor ? $0.element.anchor > $1.element.anchor : $0.offset < $1.offset }.map(\.element)
        for cue in found where range.contains(cue.anchor) && !framedAnchors.contains(cue.anchor) {
            let before = result.claims.count + result.quotationFrames.count
            defer { if result.claims.count + result.quotationFrames.count > before { framedAnchors.insert(cue.anchor) } }
            switch cue.entry.kind {
            case .verb, .impersonal:
                verbFrame(cue, range: range, sentence: sentence, into: &result)
            case .preposition, .postposition:
                prepositionFrame(cue, range: range, sentence: sentence, into: &result)
            case .so:
                soFrame(cue, range: range, sentence: sentence, into: &result)
            case .anaphoric:
                anaphoricFrame(cue, range: range, sentence: sentence, into: &result)
            }
        }
        return result
    }

    // MARK: verbs and "hieß es"

    private func verbFrame(_ cue: CueMatch, range: Range<Int>, sentence: Int, into result: inout SentenceFrames) {
        var left = (cue.tokens.min() ?? cue.anchor) - 1
        while left >= range.lowerBound, !isClauseSeparator(left) { left -= 1 }
        var right = (cue.tokens.max() ?? cue.anchor) + 1
        while right < range.upperBound, !isClauseSeparator(right) { right += 1 }
        // "Wie der Direktor des Amtes, Smith Dharmmasaroj, mitteilte, …": the "wie" clause runs over
        // the apposition's commas.
        if left > range.lowerBound, lower[range.lowerBound] == "wie", cue.entry.kind == .verb,
           segments(between: range.lowerBound + 1, and: left).allSatisfy({ isNominalSegment($0) }) {
            left = range.lowerBound - 1
        }
        // "…, wie Burt Rutan, Chef der Firma, mitteilte.": the same inside the sentence.
        if left > range.lowerBound, cue.entry.kind == .verb, tokens[left].text == ",",
           let wie = (range.lowerBound..<left).last(where: { lower[$0] == "wie" && $0 > range.lowerBound && tokens[$0 - 1].text == "," }),
           wie + 1 < left, segments(between: wie + 1, and: left).allSatisfy({ isNominalSegment($0) }) {
            left = wie - 1
        }
        // "Das bestätigte der Präsident Indonesiens, Susilo Bambang Yudhoyono.": an apposition ending the
        // sentence belongs to the cue's clause.
        if right < range.upperBound, tokens[right].text == ",", right + 1 < range.upperBound,
           isNominalSegment((right + 1)..<range.upperBound), !(left >= range.lowerBound && tokens[left].text == ",") {
            right = range.upperBound
        }
        let clauseStart = left + 1
        let cue = cue.entry.kind == .verb ? extended(cue, clause: clauseStart..<right) : cue
        let firstCue = cue.tokens.min() ?? cue.anchor
        let lastCue = cue.tokens.max() ?? cue.anchor
        let opensWithWie = lower[clauseStart] == "wie"
        if !opensWithWie && isSubordinateClause(start: clauseStart, end: right, cue: cue, sentenceStart: range.lowerBound) {
            subordinateFrame(cue, clause: clauseStart..<right, range: range, sentence: sentence, into: &result)
            return
        }
        // "Biden habe … aufgefordert, „…“": a subjunctive clause is itself reported content, not a frame.
        // A verb coordinated after it is a frame again ("Er halte … für vertretbar und bezeichnete … als „maßvoll“").
        let coordination = coordinatingWord(before: firstCue, in: clauseStart)
        // But "Er habe darin geschrieben, er müsse …": the cue's own auxiliary in Konjunktiv still frames.
        if cue.entry.kind == .verb, (clauseStart..<right).contains(where: {
            isOutsideQuotes($0) && subjunctive($0) == .konjunktiv1 && $0 > (coordination ?? -1)
        }) {
            return
        }
        // "„…“, sagte der General, George Casey, heute …": after a quote the frame follows it; what
        // follows the comma is no content of its own unless it is another quote.
        let followsQuote = left >= range.lowerBound && tokens[left].text == "," && quotationEnding(at: left - 1) != nil
            && firstWord(after: left, before: right) == firstCue

        // "X sagte, …" / "X sagte: …" / "Wie X mitteilte, …": the frame comes first.
        if right < range.upperBound, tokens[right].text == "," || tokens[right].text == ":", !result.framedSeparators.contains(right),
           !(tokens[right].text == "," && isNominalSegment((right + 1)..<range.upperBound)) {
            // (", sagte Mark O'Keefe, der Sprecher der Ambulanz": an apposition, not content.)
            var content = (right + 1)..<range.upperBound
            var speaker = cue.entry.kind == .impersonal
                ? impersonalSpeaker(clause: clauseStart..<right, cue: cue)
                : subject(clause: clauseStart..<right, cue: cue)
            // "erklärte der Direktor der IAEO, Mohammed el-Baradei, Nordkorea besitze …": the name
            // after the inverted subject is its apposition, not content.
            if let found = speaker, found.sieve == "cue-subject-inverted", found.range.upperBound == right,
               case let extended = withApposition(found.range, limit: range.upperBound), extended != found.range,
               extended.upperBound < range.upperBound, tokens[extended.upperBound].text == "," {
                speaker = (extended, found.sieve)
                content = (extended.upperBound + 1)..<range.upperBound
            }
            let complement = opensWithWie ? "wie" : complementKind(content, cue: cue, separator: tokens[content.lowerBound - 1].text)
            if let complement, !content.isEmpty, !followsQuote || quotationFilling(content) != nil {
                let frame = Frame(cue: cue, speaker: speaker?.range, speakerSieve: speaker?.sieve,
                                  tokens: [clauseStart..<content.lowerBound], rule: "frame-before/\(complement)")
                result.framedSeparators.insert(right)
                if let quotation = quotationFilling(content) {
                    result.quotationFrames[quotation] = frame
                    if left >= range.lowerBound, tokens[left].text == ",", let first = quotationEnding(at: left - 1), first != quotation {
                        result.joined[quotation] = first
                    }
                } else {
                    result.claims.append(DraftClaim(type: .indirect, content: [content], frame: frame, sentence: sentence,
                                                    detection: "indirect:frame-before/\(complement)"))
                }
                return
            }
        }
        // "…, sagte X." / "…, sagte X, …": the frame follows or interrupts the content.
        let auxiliaryLed = left >= range.lowerBound && firstWord(after: left, before: right).map { $0 < firstCue && has($0, .auxiliary) } == true
            && lastCue == right - 1
        // "„…“, so charakterisierte ihn der Funktionär": "so" before the verb.
        let soLed = left >= range.lowerBound && firstWord(after: left, before: right).map { word in
            word + 1 == firstCue && rules.cues.phrasesByFirstWord[lower[word]]?.contains { $0.kind == .so } == true
        } == true
        // "Der Minister, Binali Yildirim, sagte …": what precedes is the subject, not content.
        let apposedOpener = apposedSubject(before: firstCue).map { $0.lowerBound <= range.lowerBound + 1 } ?? false
            || coordinatedPrefield(before: firstCue, clause: clauseStart..<right) != nil
        // "Die Bestrebungen …, bezeichnete er als einen „Akt …“": a naming verb's own quote is what was said.
        let namesQuote = cue.entry.complements.contains(.nominal)
            && (lastCue + 1..<right).contains { isQuoteMark[$0] && quotationOpening[tokens[$0].span.start] != nil }
        // "Wie X mitteilte, waren …": a "wie" clause frames what follows; it is never content.
        let wieClauseBefore = lower[range.lowerBound] == "wie"
        if left >= range.lowerBound, tokens[left].text == ",", firstWord(after: left, before: right) == firstCue || auxiliaryLed || soLed,
           !apposedOpener, !namesQuote || soLed, !wieClauseBefore {
            let before = range.lowerBound..<left
            var after: Range<Int>? = right < range.upperBound && tokens[right].text == "," ? (right + 1)..<range.upperBound : nil
            // ", sagte Mark O'Keefe, der Sprecher der Ambulanz.": the apposition belongs to the speaker.
            var speakerLimit = right
            if let rest = after, isNominalSegment(rest) {
                after = nil
                speakerLimit = range.upperBound
            }
            // ", wie eine Sprecherin mitteilte.": the subject stands between "wie" and the verb.
            let speaker = cue.entry.kind == .impersonal
                ? impersonalSpeaker(clause: clauseStart..<right, cue: cue)
                : opensWithWie || isPassive(cue, clause: clauseStart..<right) ? subject(clause: clauseStart..<right, cue: cue)
                : objectAfterVerb(from: (auxiliaryLed ? (left + 2) : firstCue + 1), limit: speakerLimit, cue: cue).map { ($0, "cue-subject-inverted") }
            let frame = Frame(cue: cue, speaker: speaker?.range, speakerSieve: speaker?.sieve,
                              tokens: [left..<(after == nil ? range.upperBound : right)], rule: after == nil ? "frame-after" : "frame-inside")
            var claimedQuote = false
            if let quotation = quotationEnding(at: left - 1) {
                result.quotationFrames[quotation] = frame
                claimedQuote = true
            }
            if let after, let quotation = quotationFilling(after) {
                result.quotationFrames[quotation] = frame
                claimedQuote = true
            }
            // "Ob alle Waffen funktionsfähig waren, ist nicht bekannt", "…, zugestimmt": a verb after the
            // content that has no speaker and is no "hieß es" or passive frames nothing.
            let framesNothing = speaker == nil && cue.entry.kind != .impersonal && !isPassive(cue, clause: clauseStart..<right)
            if !claimedQuote, wordCount(before) >= 2, !framesNothing {
                var content = [before]
                if let after, !after.isEmpty, wordCount(after) >= 1 { content.append(after) }
                // Without quotation marks, speech is direct only when it speaks in the first or second person.
                let subjunctive = content.contains { hasSubjunctive($0) }
                let type: ClaimType = !subjunctive && cue.entry.medium != .thought && content.contains(where: { speaksInPerson($0) }) ? .direct : .indirect
                // Unmarked direct speech (quote marks stripped) needs a verb of saying and a real sentence.
                if type == .direct, cue.entry.complements.contains(.nominal) || wordCount(before) < 4 { return }
                let rule = type == .indirect ? "indirect:\(frame.rule)" : "direct:unmarked/\(frame.rule)"
                result.claims.append(DraftClaim(type: type, content: content, frame: frame, sentence: sentence, detection: rule))
            }
            return
        }
        // "…, wie X sagte.": a verb-final "wie" clause after the content.
        if opensWithWie, left > range.lowerBound, tokens[left].text == ",", right >= range.upperBound || tokens[right].text == "," {
            let before = range.lowerBound..<left
            let speaker = subject(clause: clauseStart..<right, cue: cue)
            let frame = Frame(cue: cue, speaker: speaker?.range, speakerSieve: speaker?.sieve, tokens: [left..<right], rule: "wie-after")
            if let quotation = quotationEnding(at: left - 1) {
                result.quotationFrames[quotation] = frame
            } else if wordCount(before) >= 2 {
                result.claims.append(DraftClaim(type: .indirect, content: [before], frame: frame, sentence: sentence,
                                                detection: "indirect:wie-after"))
            }
            return
        }
        // "… ausgefallen. Das teilte das Institut mit.": the previous sentence is what was said.
        if cue.entry.kind == .verb, clauseStart == range.lowerBound, has(clauseStart, .demonstrative), firstWord(after: clauseStart, before: right) == firstCue,
           right >= range.upperBound, sentence > 0, let previous = previousContentSentence(before: sentence) {
            let content = contentTokens(ofSentence: previous)
            let speaker = objectAfterVerb(from: cue.anchor + 1, limit: right, cue: cue).map { ($0, "cue-subject-inverted") }
            let frame = Frame(cue: cue, speaker: speaker?.0, speakerSieve: speaker?.1, tokens: [clauseStart..<right], rule: "frame-next-sentence")
            if let quotation = quotationFilling(content) {
                result.quotationFrames[quotation] = frame
            } else if wordCount(content) >= 3 {
                result.claims.append(DraftClaim(type: .indirect, content: [content], frame: frame,
                                                sentence: sentence, detection: "indirect:frame-next-sentence"))
            }
            return
        }
        // "X sagte „…“" without a comma, and "„…“ sagte X" without one.
        if let quotation = adjacentQuotation(clause: clauseStart..<right, cue: cue) {
            let speaker = subject(clause: clauseStart..<right, cue: cue)
            result.quotationFrames[quotation] = Frame(cue: cue, speaker: speaker?.range, speakerSieve: speaker?.sieve,
                                                      tokens: [clauseStart..<right], rule: "frame-adjacent")
            return
        }
        if cue.entry.kind == .verb, let speaker = subject(clause: clauseStart..<right, cue: cue), looksLikeSpeaker(speaker.range) {
            result.cueFrames.append(Frame(cue: cue, speaker: speaker.range, speakerSieve: speaker.sieve,
                                          tokens: [clauseStart..<right], rule: "sentence-cue"))
        }
        // A speech act with a nominal object: "Russland verbat sich eine Einmischung."
        if cue.entry.complements.contains(.nominal), cue.entry.kind == .verb,
           clauseStart == range.lowerBound || opensMainClause(clauseStart)
            || (clauseStart == firstCue && apposedSubject(before: firstCue).map { $0.lowerBound <= range.lowerBound + 1 } == true) {
            // In the passive ("wurde abgelehnt") the subject is what was said, not who said it.
            let passive = (clauseStart..<right).contains { has($0, .passive) && ($0 < cue.anchor || lower[$0] == "worden") }
            if !passive, let speaker = subject(clause: clauseStart..<right, cue: cue), looksLikeSpeaker(speaker.range) {
                let frame = Frame(cue: cue, speaker: speaker.range, speakerSieve: speaker.sieve, tokens: [], rule: "speech-act")
                result.reported.append(DraftClaim(type: .reported, content: [range], frame: frame, sentence: sentence,
                                                  detection: "reported:speech-act"))
            }
        }
    }

    /// The cue with the words of its clause that belong to it: the finite auxiliary of a
    /// participle ("hat entschieden", "gesagt hatte"), "wie" of a "wie"-frame, a reflexive "sich"
    /// and correlates ("verwies darauf", "begründete dies damit").
    func extended(_ cue: CueMatch, clause: Range<Int>) -> CueMatch {
        var tokens = Set(cue.tokens)
        let anchor = cue.anchor
        if isParticiple(anchor, entry: cue.entry) {
            let auxiliary = clause.filter { ($0 < anchor || $0 <= anchor + 2) && $0 != anchor && isOutsideQuotes($0) && (has($0, .auxiliary) || has($0, .passive)) }
                .min { abs($0 - anchor) < abs($1 - anchor) }
            if let auxiliary { tokens.insert(auxiliary) }
        }
        if lower[clause.lowerBound] == "wie", clause.lowerBound < anchor { tokens.insert(clause.lowerBound) }
        for index in clause where isOutsideQuotes(index) && has(index, .correlate) && !tokens.contains(index) {
            let near = index == anchor + 1 || (index > anchor && index == clause.upperBound - 1) || (index == anchor + 2 && has(index, .correlate))
            if near { tokens.insert(index) }
        }
        var result = cue
        result.tokens = tokens.sorted()
        return result
    }

    /// Whether the cue's verb is a participle ("gesagt", "mitgeteilt", "erklärt" after an auxiliary).
    private func isParticiple(_ index: Int, entry: CueEntry) -> Bool {
        let word = lower[index]
        if word.hasPrefix("ge") && !entry.lemma.hasPrefix("ge") { return true }
        if entry.joinedForms.contains(word), word.contains("ge") { return true }
        // Participles without ge- ("erklärt", "kritisiert") look like the present: only with an auxiliary.
        return word.hasSuffix("t") || word.hasSuffix("en")
    }

    /// "Nachdem die Anwältin dem Richter mitgeteilt hatte, dass …, …": a cue in a subordinate or
    /// relative clause frames a "dass"/"ob" complement that ends at the next clause boundary.
    private func subordinateFrame(_ cue: CueMatch, clause: Range<Int>, range: Range<Int>, sentence: Int, into result: inout SentenceFrames) {
        let right = clause.upperBound
        guard right < range.upperBound, tokens[right].text == ",", right + 1 < range.upperBound else { return }
        let content: Range<Int>
        if ["dass", "daß", "ob"].contains(lower[right + 1]), cue.entry.complements.contains(.dass) {
            var end = right + 2
            while end < range.upperBound, !(tokens[end].text == "," && isOutsideQuotes(end)) { end += 1 }
            content = (right + 1)..<end
        } else if cue.entry.complements.contains(.clause), !has(right + 1, .subordinator),
                  case let rest = (right + 1)..<range.upperBound, hasSubjunctive(rest), wordCount(rest) >= 3 {
            // "…, da sie befürchtete, man wolle ihr die Kinder wegnehmen.": a Konjunktiv clause.
            var end = rest.upperBound
            while let last = (rest.lowerBound..<end).last, !isWord(last), !isQuoteMark[last] { end = last }
            content = rest.lowerBound..<end
        } else {
            return
        }
        var speaker: (range: Range<Int>, sieve: String)?
        if has(clause.lowerBound, .determiner), clause.lowerBound > 0, tokens[clause.lowerBound - 1].text == "," {
            // A relative clause: its pronoun stands for the phrase before the comma.
            speaker = apposedSubject(before: clause.lowerBound).map { ($0, "relative-antecedent") }
        } else if let phrase = nounPhrase(from: clause.lowerBound + 1, limit: cue.anchor), isSubjectCandidate(phrase) {
            speaker = (phrase, "cue-subject")
        }
        let frame = Frame(cue: cue, speaker: speaker?.range, speakerSieve: speaker?.sieve,
                          tokens: [clause.lowerBound..<(right + 1)], rule: "frame-subordinate")
        result.claims.append(DraftClaim(type: .indirect, content: [content], frame: frame, sentence: sentence,
                                        detection: "indirect:frame-subordinate/dass"))
    }

    /// The sentence before, in the same paragraph, if it has words and is not furniture.
    private func previousContentSentence(before sentence: Int) -> Int? {
        let previous = sentence - 1
        guard previous >= 0, segmentation.sentences[previous].paragraph == segmentation.sentences[sentence].paragraph else { return nil }
        let range = contentTokens(ofSentence: previous)
        return range.isEmpty || range.allSatisfy({ ignored[$0] }) ? nil : previous
    }

    private func opensMainClause(_ start: Int) -> Bool {
        start > 0 && (lower[start] == "und" || lower[start] == "aber" || lower[start] == "doch")
    }

    /// A clause opened by a subordinating word or relative pronoun is not a frame.
    private func isSubordinateClause(start: Int, end: Int, cue: CueMatch, sentenceStart: Int) -> Bool {
        guard start < tokens.count, has(start, .subordinator) else { return false }
        if separatesParticle(cue) || !verbIsLast(cue, clause: start..<end) { return false }
        if has(start, .determiner) {
            // "der/die/das" open a relative clause only after a comma.
            return start > sentenceStart && tokens[start - 1].text == ","
        }
        return true
    }

    /// Whether no word but the cue's own follows its verb in the clause: in a subordinate clause the
    /// verb comes last ("als die Behörde angab"); "Als Grund nannte die Behörde …" is a main clause.
    func verbIsLast(_ cue: CueMatch, clause: Range<Int>) -> Bool {
        !((cue.anchor + 1)..<max(cue.anchor + 1, clause.upperBound)).contains { isWord($0) && !cue.tokens.contains($0) && isOutsideQuotes($0) }
    }

    /// What kind of complement `content` is for this cue, or nil when it is none.
    private func complementKind(_ content: Range<Int>, cue: CueMatch, separator: String) -> String? {
        guard let first = content.first(where: { isWord($0) || isQuoteMark[$0] }) else { return nil }
        let complements = cue.entry.complements
        if isQuoteMark[first] || quotationOf[first] != nil {
            return complements.contains(.direct) || complements.contains(.colon) ? "direct" : nil
        }
        if separator == ":" && complements.contains(.colon) { return "colon" }
        let word = lower[first]
        if has(first, .subordinator), !has(first, .determiner), !["dass", "daß", "ob", "wie", "warum", "wo", "wann"].contains(word) {
            return nil
        }
        if ["dass", "daß", "ob"].contains(word) || ["wie", "warum", "weshalb", "wer", "was", "wann", "wo", "wieso", "welche", "welcher", "welches", "inwiefern"].contains(word) && complements.contains(.dass) {
            return complements.contains(.dass) ? "dass" : nil
        }
        if complements.contains(.clause) && hasSubjunctive(content) { return "subjunctive" }
        if complements.contains(.zu) && hasZuInfinitive(content) { return "zu" }
        // After a verb of saying or thinking (not a speech act, which may take other clauses),
        // a main clause is reported speech even in the indicative: "Rice sagte, die USA hielten …".
        if complements.contains(.mainClause), separator == ",", wordCount(content) >= 3, !has(first, .preposition),
           !has(first, .subordinator) || (has(first, .determiner) && first + 1 < content.upperBound && (isNominal(first + 1) || isAdjective(first + 1))),
           !isPassiveFrame(cue) {
            return "main-clause"
        }
        return nil
    }

    /// A cue in the passive or stative ("ist geplant", "wurde erklärt") frames no speaker's words.
    private func isPassiveFrame(_ cue: CueMatch) -> Bool {
        cue.tokens.contains { $0 != cue.anchor && (has($0, .passive) || ["ist", "sind", "war", "waren"].contains(lower[$0])) }
    }

    /// A Konjunktiv form from the lexicon, or a finite verb shaped like Konjunktiv I.
    func hasSubjunctive(_ range: Range<Int>) -> Bool {
        range.contains { isOutsideQuotes($0) && (subjunctive($0).map { $0 != .reportative } ?? false) } || konjunktiv1ByShape(range)
    }

    private func hasZuInfinitive(_ range: Range<Int>) -> Bool {
        range.contains { index in
            guard isOutsideQuotes(index), tokens[index].kind == .word, !isCapitalized(index) else { return false }
            if lower[index] == "zu", index + 1 < range.upperBound, !isCapitalized(index + 1), isWord(index + 1) { return true }
            let word = lower[index]
            if word.count >= 8, word.hasSuffix("en") || word.hasSuffix("ern") || word.hasSuffix("eln"),
               let zu = word.range(of: "zu"), word.distance(from: word.startIndex, to: zu.lowerBound) >= 2 {
                return true
            }
            return false
        }
    }

    /// Whether the words contain a first- or second-person pronoun ("ich", "wir", "Sie" aside).
    func speaksInPerson(_ range: Range<Int>) -> Bool {
        range.contains { has($0, .inPerson) }
    }

    func wordCount(_ range: Range<Int>) -> Int { range.filter { isWord($0) }.count }

    private func firstWord(after index: Int, before end: Int) -> Int? {
        var position = index + 1
        while position < end, !isWord(position) { position += 1 }
        return position < end ? position : nil
    }

    /// The quotation that makes up `content` (allowing closing punctuation after it).
    func quotationFilling(_ content: Range<Int>) -> Int? {
        guard let first = content.first(where: { isQuoteMark[$0] || isWord($0) }), isQuoteMark[first] else { return nil }
        guard let quotation = quotationOpening[tokens[first].span.start] else { return nil }
        let outer = quotations[quotation].outer
        let rest = content.filter { tokens[$0].span.start >= outer.end && isWord($0) }
        return rest.count <= 3 ? quotation : nil
    }

    /// The quotation whose closing mark is the token at `index` (or just before it).
    func quotationEnding(at index: Int) -> Int? {
        guard index >= 0 else { return nil }
        var position = index
        while position >= 0, !isQuoteMark[position], !isWord(position), index - position < 3 { position -= 1 }
        guard position >= 0, isQuoteMark[position] else { return nil }
        return quotationClosing[tokens[position].span.start]
    }

    private func adjacentQuotation(clause: Range<Int>, cue: CueMatch) -> Int? {
        let lastCue = cue.tokens.max() ?? cue.anchor
        // "sagte er „…“": a quote opening right after the clause's words.
        var position = lastCue + 1
        while position < tokens.count, position - lastCue <= 4, !isQuoteMark[position] {
            if isClauseSeparator(position) || isSentenceFinal(position) { break }
            position += 1
        }
        if position < tokens.count, isQuoteMark[position],
           let quotation = quotationOpening[tokens[position].span.start], quotations[quotation].depth == 0,
           wordCount(clause) <= 6 {
            return quotation
        }
        return nil
    }

    // MARK: colon-introduced quotes

    /// "Hier sparte der Bundespräsident nicht mit Kritik: „…“", "Zitat von Schröder: „…“": a quote
    /// right after a colon is framed by the clause before it; its speaker is that clause's subject.
    func colonFrame(for quotation: Int) -> Frame? {
        let open = TextView.firstToken(atOrAfter: quotations[quotation].open.start, in: tokens)
        let colon = open - 1
        guard colon > 0, tokens[colon].text == ":", isOutsideQuotes(colon), tokens[colon].sentence == tokens[open].sentence else { return nil }
        var start = colon - 1
        let sentenceStart = segmentation.sentences[tokens[colon].sentence].tokens.lowerBound
        while start > sentenceStart, !isClauseSeparator(start - 1), !isSentenceFinal(start - 1) { start -= 1 }
        // "… brachte die Sprecherin, Annette Widmann-Mauz, zum Ausdruck: „…“": the clause runs over an apposition.
        let pieces = segments(between: sentenceStart, and: colon)
        if start > sentenceStart, pieces.count >= 3, pieces.dropFirst().dropLast().allSatisfy({ isNominalSegment($0) }),
           let last = pieces.last, wordCount(last) <= 3, !isNominalSegment(last) || has(last.lowerBound, .preposition) {
            start = sentenceStart
        }
        let clause = start..<colon
        guard wordCount(clause) >= 1 else { return nil }
        var speaker: (Range<Int>, String)?
        // "Zitat von Schröder", "Seine Meinung zu Kirchhoff" aside: "von X" names the speaker.
        if let von = clause.first(where: { lower[$0] == "von" }), von + 1 < colon, let phrase = nounPhrase(from: von + 1, limit: colon),
           looksLikeSpeaker(phrase), clause.prefix(while: { $0 < von }).allSatisfy({ !isWord($0) || isNominal($0) || has($0, .determiner) }) {
            speaker = (phrase, "colon-von")
        }
        // "Bundesinnenminister Schäuble: „…“", "Erkki Tuomioja, Präsident des Rats der EU: „…“": a name alone.
        let segments = segments(between: sentenceStart, and: colon)
        if speaker == nil, !segments.isEmpty, segments.count <= 3, segments.allSatisfy({ isNominalSegment($0) }),
           let phrase = nounPhrase(from: segments[0].lowerBound, limit: segments[0].upperBound), phrase == segments[0], looksLikeSpeaker(phrase) {
            speaker = (segments[0].lowerBound..<(segments.last?.upperBound ?? colon), "colon-name")
        }
        if speaker == nil {
            // ("Im Kongress warb Obama …:": a fronted prepositional phrase is no subject.)
            let opening = prefieldStart(from: start, to: colon)
            let first = opening ?? start
            if let opening, opening < colon, !has(opening, .preposition), let phrase = nounPhrase(from: opening, limit: colon), isSubjectCandidate(phrase),
               looksLikeSpeaker(phrase), phrase.upperBound < colon, isWord(phrase.upperBound), !isCapitalized(phrase.upperBound) {
                speaker = (phrase, "colon-subject")
            } else if let verb = (first..<colon).first(where: { isWord($0) && !isCapitalized($0) && !has($0, .preposition) && !has($0, .determiner)
                        // (an adjective never stands right before an article: "brachte die Sprecherin")
                        && (!isAdjective($0) || $0 + 1 < colon && (has($0 + 1, .determiner) || has($0 + 1, .subjectPronoun))) }),
                      let phrase = objectAfterVerb(from: verb + 1, limit: colon, cue: nil), looksLikeSpeaker(phrase), !has(phrase.lowerBound, .obliqueArticle) {
                speaker = (phrase, "colon-subject-inverted")
            }
        }
        guard let speaker else { return nil }
        return Frame(cue: nil, speaker: speaker.0, speakerSieve: speaker.1, tokens: [start..<(colon + 1)], rule: "colon")
    }

    // MARK: speakers found with the frame

    /// The subject of a cue verb: before it ("Stoltenberg sagte", "Die Bundeswehr hat entschieden",
    /// "Der Gouverneur, Gabino Cué, sagte") or after it ("sagte Stoltenberg").
    func subject(clause: Range<Int>, cue: CueMatch) -> (range: Range<Int>, sieve: String)? {
        // "Dem Minister wurde vorgeworfen, …", "Es wird vermutet, …": in the passive the subject is
        // who was addressed or nobody; the speaker is the agent ("von der Opposition"), if named.
        if isPassive(cue, clause: clause), !cue.entry.speakerIsObject {
            return passiveAgent(clause: clause, cue: cue).map { ($0, "passive-agent") }
        }
        var candidate = subjectCandidate(clause: clause, cue: cue)
        // "Der Sprecher beeilte sich, gegenüber Journalisten zu erklären, …": an infinitive clause
        // without a subject of its own speaks for the subject of the clause it completes.
        if candidate == nil, cue.anchor > clause.lowerBound, lower[cue.anchor - 1] == "zu", clause.lowerBound > 0,
           tokens[clause.lowerBound - 1].text == ",",
           case let sentenceStart = segmentation.sentences[tokens[cue.anchor].sentence].tokens.lowerBound,
           let start = prefieldStart(from: sentenceStart, to: clause.lowerBound - 1),
           let phrase = nounPhrase(from: start, limit: clause.lowerBound - 1), isSubjectCandidate(phrase),
           !has(phrase.lowerBound, .obliqueArticle), looksLikeSpeaker(phrase),
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
        return candidate.map { (cutAtOtherSource($0.range), $0.sieve) }
    }

    private func subjectCandidate(clause: Range<Int>, cue: CueMatch) -> (range: Range<Int>, sieve: String)? {
        let verb = cue.anchor
        // A finite auxiliary before a participle cue ("hatte die Gewerkschaft erklärt").
        let finite = cue.tokens.filter { $0 < verb && (has($0, .auxiliary) || has($0, .passive)) }.min()
        let prefieldEnd = finite ?? verb
        let start = prefieldStart(from: clause.lowerBound, to: prefieldEnd, skipping: cue.tokens) ?? prefieldEnd
        // "…, bei dem sie gesagt hatte", "…, von dem die Polizei glaubt": a relative clause after a preposition.
        let prepositionalRelative = clause.lowerBound > 0 && tokens[clause.lowerBound - 1].text == ","
            && has(clause.lowerBound, .preposition) && clause.lowerBound + 2 < verb && has(clause.lowerBound + 1, .relative)
            // (not an article: "…, für die PlayStation ein Update anzubieten")
            && !isNominal(clause.lowerBound + 2) && !isAdjective(clause.lowerBound + 2)
            && !separatesParticle(cue) && !isPassive(cue, clause: clause)
        let subordinate = start > clause.lowerBound && lower[start - 1] == "wie" || lower[clause.lowerBound] == "wie"
            || (has(clause.lowerBound, .subordinator) && !has(clause.lowerBound, .determiner) && !separatesParticle(cue)
                && verbIsLast(cue, clause: clause))
            || prepositionalRelative
        if subordinate {
            // "Wie die Polizei gestern mitteilte": the subject follows the conjunction, the verb is last.
            var first = prepositionalRelative ? clause.lowerBound + 2 : clause.lowerBound
            while first < verb, has(first, .adverb) && !has(first, .pronoun) || has(first, .subordinator) && !has(first, .determiner)
                    || cue.tokens.contains(first) || !isWord(first) {
                first += 1
            }
            if first < verb, let phrase = nounPhrase(from: first, limit: verb), isSubjectCandidate(phrase) {
                return (withApposition(phrase, limit: verb), "cue-subject")
            }
        } else if let coordinated = coordinatedPrefield(before: prefieldEnd, clause: clause) {
            return (coordinated, "cue-subject-coordinated")
        } else if start < prefieldEnd {
            // "Der Politik schlug er vor, …": a pronoun that can only be a subject, right after the
            // finite verb, makes the phrase before the verb a fronted object.
            let afterVerb = prefieldEnd + 1
            if afterVerb < clause.upperBound, has(afterVerb, .nominativePronoun), isOutsideQuotes(afterVerb), !has(start, .pronoun) {
                return (afterVerb..<(afterVerb + 1), "cue-subject-inverted")
            }
            if !has(start, .preposition), let phrase = nounPhrase(from: start, limit: prefieldEnd), isSubjectCandidate(phrase),
               !has(phrase.lowerBound, .obliqueArticle),
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
               looksLikeSpeaker(phrase), !has(phrase.lowerBound, .obliqueArticle) {
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
        return nil
    }

    /// "Die Sprecherin der Partei, Anna Roth, und Jan Berg, Experte für
    /// Verkehr, sprachen …": speakers joined by "und" over appositions' commas, from the start of
    /// the sentence to the finite verb.
    private func coordinatedPrefield(before verb: Int, clause: Range<Int>) -> Range<Int>? {
        let sentenceStart = segmentation.sentences[tokens[verb].sentence].tokens.lowerBound
        guard clause.lowerBound > sentenceStart, verb > clause.lowerBound || tokens[verb - 1].text == "," else { return nil }
        let pieces = segments(between: sentenceStart, and: verb)
        guard pieces.count >= 2, pieces.first?.lowerBound == sentenceStart, pieces.allSatisfy({ isNominalSegment($0) }),
              pieces.dropFirst().contains(where: { piece in piece.first.map { ["und", "sowie"].contains(lower[$0]) } ?? false }),
              let first = nounPhrase(from: sentenceStart, limit: pieces[0].upperBound), first.upperBound == pieces[0].upperBound,
              looksLikeSpeaker(first), !has(sentenceStart, .preposition), !has(sentenceStart, .obliqueArticle) else { return nil }
        return sentenceStart..<(pieces.last?.upperBound ?? verb)
    }

    /// A noun phrase headed by a title or institution that opens the sentence and ends at the comma
    /// `comma` ("Ein Sprecher der Polizei,").
    /// A name before the comma is taken when the phrase after it is titled: "Stephen Singer, ein
    /// Klimaexperte vom WWF erklärte" (the second comma left out).
    private func titledPhrase(endingAt comma: Int, before apposition: Range<Int>) -> Range<Int>? {
        guard comma > 0, comma < tokens.count, tokens[comma].text == "," else { return nil }
        let sentenceStart = segmentation.sentences[tokens[comma].sentence].tokens.lowerBound
        guard let phrase = nounPhrase(from: sentenceStart, limit: comma), phrase.upperBound == comma else { return nil }
        if phrase.contains(where: isTitledNoun) { return phrase }
        let names = phrase.filter { isNominal($0) }
        guard !has(phrase.lowerBound, .determiner), names.count >= 2, names.count == phrase.count,
              apposition.contains(where: isTitledNoun) else { return nil }
        return phrase
    }

    /// The comma-separated pieces of `start..<end` (clause separators excluded).
    func segments(between start: Int, and end: Int) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var pieceStart = start
        for index in start..<max(start, end) where isClauseSeparator(index) {
            result.append(pieceStart..<index)
            pieceStart = index + 1
        }
        result.append(pieceStart..<max(pieceStart, end))
        return result.filter { !$0.isEmpty }
    }

    /// Whether the cue verb is a participle made passive by a form of "werden" in its clause
    /// ("wurde vorgeworfen", "wird vermutet", "war … bezeichnet worden"); not "wird erklären".
    func isPassive(_ cue: CueMatch, clause: Range<Int>) -> Bool {
        guard cue.entry.kind == .verb, !cue.entry.infinitives.contains(lower[cue.anchor]) else { return false }
        return clause.contains { index in
            has(index, .passive) && isOutsideQuotes(index) && (index < cue.anchor || lower[index] == "worden")
        }
    }

    /// The agent of a passive cue: "von der Polizei", "vom Ministerium", "seitens der Regierung";
    /// else the text it stands in: "In einem Memorandum wird … gekennzeichnet, …".
    private func passiveAgent(clause: Range<Int>, cue: CueMatch) -> Range<Int>? {
        for index in clause where has(index, .agentPreposition) && isOutsideQuotes(index) && !cue.tokens.contains(index) {
            if let phrase = nounPhrase(from: index + 1, limit: clause.upperBound), looksLikeSpeaker(phrase) {
                return withApposition(phrase, limit: clause.upperBound)
            }
        }
        // "In einer Stellungnahme wird … begründet", "So wird in einer Mitteilung gefordert": the
        // statement it stands in, before the participle.
        let sentenceStart = segmentation.sentences[tokens[cue.anchor].sentence].tokens.lowerBound
        for index in sentenceStart..<cue.anchor where ["in", "im"].contains(lower[index]) && isOutsideQuotes(index) {
            if let phrase = nounPhrase(from: index + 1, limit: cue.anchor), isStatementHeaded(phrase) { return phrase }
        }
        return nil
    }

    /// The "und"/"sowie" that coordinates the verb at `verb` with an earlier one in its clause
    /// (adverbs may stand between: "und bezeichnete", "und forderte zudem").
    func coordinatingWord(before verb: Int, in clauseStart: Int) -> Int? {
        var previous = verb - 1
        while previous > clauseStart, has(previous, .adverb) && !["und", "sowie"].contains(lower[previous]) { previous -= 1 }
        return previous > clauseStart && ["und", "sowie"].contains(lower[previous]) ? previous : nil
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
            if isWord(index), has(index, .preposition) || has(index, .obliqueArticle), !skipping.contains(index) { return nil }
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
        guard let head = phrase.first(where: { isNominal($0) }) ?? phrase.first else { return false }
        if has(head, .time) { return false }
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

    /// "Der Gouverneur von Oaxaca, Gabino Cué, sagte": the phrase and its apposition before the verb.
    func apposedSubject(before verb: Int) -> Range<Int>? {
        var segmentEnd = verb - 1
        var first: Int?
        var last: Int?
        for _ in 0..<3 {
            guard segmentEnd > 0, tokens[segmentEnd].text == "," else { break }
            var segmentStart = segmentEnd - 1
            while segmentStart > 0, !isClauseSeparator(segmentStart - 1), !isSentenceFinal(segmentStart - 1),
                  tokens[segmentStart - 1].sentence == tokens[verb].sentence {
                segmentStart -= 1
            }
            guard segmentStart < segmentEnd else { break }
            let covering = nounPhrase(from: segmentStart, limit: segmentEnd).flatMap { $0.upperBound == segmentEnd ? $0 : nil }
            if covering == nil, has(segmentStart, .subordinator), segmentStart > 0, tokens[segmentStart - 1].text == "," {
                // A relative clause ("…, der in der ARD verantwortlich ist,") is skipped.
                segmentEnd = segmentStart - 1
                continue
            }
            guard let phrase = nounPhrase(from: segmentStart, limit: segmentEnd),
                  phrase.upperBound == segmentEnd || (last != nil || segmentEnd == verb - 1) && isNominalSegment(segmentStart..<segmentEnd),
                  isSubjectCandidate(phrase), !has(phrase.lowerBound, .obliqueArticle) else { break }
            first = phrase.lowerBound
            if last == nil { last = phrase.upperBound }
            let opener = segmentStart - 1
            if segmentStart == 0 || tokens[opener].sentence != tokens[verb].sentence || tokens[opener].text != "," { break }
            segmentEnd = opener
        }
        guard let first, let last else { return nil }
        return first..<last
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
        if ["dem", "der"].contains(lower[phrase.lowerBound]), phrase.upperBound < limit,
           !phrase.contains(where: { isNominal($0) && isTitleToken($0) }),
           let next = nounPhrase(from: phrase.upperBound, limit: limit), looksLikeSpeaker(next),
           next.contains(where: { isNominal($0) && isTitleToken($0) }) || !has(next.lowerBound, .determiner) {
            phrase = next
        }
        if !isSubjectCandidate(phrase) { return nil }
        phrase = withApposition(phrase, limit: limit)
        return phrase
    }

    /// "hieß es in der Mitteilung", "hieß es aus Washington", "In der Erklärung hieß es".
    private func impersonalSpeaker(clause: Range<Int>, cue: CueMatch) -> (range: Range<Int>, sieve: String)? {
        let last = cue.tokens.max() ?? cue.anchor
        var index = last + 1
        while index < clause.upperBound, index - last <= 4 {
            if has(index, .sourcePreposition), let phrase = nounPhrase(from: index + 1, limit: clause.upperBound) {
                return (phrase, "impersonal-place")
            }
            index += 1
        }
        var start = clause.lowerBound
        while start < cue.anchor, has(start, .adverb) && !has(start, .preposition) { start += 1 }
        if start < cue.anchor, has(start, .sourcePreposition), let phrase = nounPhrase(from: start + 1, limit: cue.anchor) {
            return (phrase, "impersonal-place")
        }
        return nil
    }

    // MARK: "laut X", "nach Angaben X", "X zufolge"

    private func prepositionFrame(_ cue: CueMatch, range: Range<Int>, sentence: Int, into result: inout SentenceFrames) {
        let first = cue.tokens.first ?? cue.anchor
        let last = cue.tokens.last ?? cue.anchor
        var speaker: Range<Int>?
        var frameRange: Range<Int>
        var cueTokens = cue.tokens
        if cue.entry.kind == .preposition {
            // "nach Angaben der Polizei": the cue is the preposition, the speaker "Angaben der Polizei".
            var phraseStart = cue.tokens.count > 1 ? first + 1 : last + 1
            while phraseStart < range.upperBound, has(phraseStart, .adverb), !has(phraseStart, .determiner), !has(phraseStart, .pronoun) {
                phraseStart += 1
            }
            if cue.tokens.count > 1 { cueTokens = [first] }
            // "Studien der Charité, nach denen Homöopathie ebenbürtig sei": the relative pronoun speaks
            // for the statement before the comma; what follows in its clause is the content.
            if cue.entry.requiresStatementHead, cue.tokens.count == 1, first > range.lowerBound, tokens[first - 1].text == ",",
               phraseStart < range.upperBound, has(phraseStart, .relative),
               let antecedent = phraseEnding(before: first - 1, from: range.lowerBound), isStatementHeaded(antecedent) {
                var end = phraseStart + 1
                while end < range.upperBound, !(isClauseSeparator(end) && hasSubjunctive((phraseStart + 1)..<end)) { end += 1 }
                while end > phraseStart + 1, !isWord(end - 1), !isQuoteMark[end - 1] { end -= 1 }
                let content = (phraseStart + 1)..<end
                guard wordCount(content) >= 2, hasSubjunctive(content) else { return }
                var adjusted = cue
                adjusted.tokens = [first]
                let frame = Frame(cue: adjusted, speaker: phraseStart..<(phraseStart + 1), speakerSieve: "relative-pronoun",
                                  tokens: [first..<(phraseStart + 1)], rule: cue.entry.kind.rawValue)
                var draft = DraftClaim(type: .indirect, content: [content], frame: frame, sentence: sentence,
                                       detection: "indirect:\(cue.entry.kind.rawValue)")
                draft.antecedent = antecedent
                result.claims.append(draft)
                // The verb before the comma does not frame the relative clause as well.
                result.framedSeparators.insert(first - 1)
                return
            }
            guard let phrase = nounPhrase(from: phraseStart, limit: range.upperBound)
                    ?? (cue.entry.requiresStatementHead ? nil : bareName(at: phraseStart, limit: range.upperBound)) else { return }
            if cue.entry.requiresStatementHead && !isStatementHeaded(phrase) { return }
            let extended = withApposition(phrase, limit: range.upperBound)
            speaker = extended
            frameRange = first..<extended.upperBound
        } else {
            guard let phrase = phraseEnding(before: first, from: range.lowerBound) else { return }
            if cue.entry.requiresStatementHead && !isStatementHeaded(phrase) { return }
            // "Studien nach der Katastrophe": a word that is also a preposition and has an article
            // after it is that preposition, not a postposition ("die seiner Meinung nach wachsenden
            // Gefahren" is one).
            if has(last, .preposition), last + 1 < range.upperBound, has(last + 1, .determiner), !has(last + 1, .pronoun) { return }
            speaker = phrase
            frameRange = phrase.lowerBound..<(last + 1)
        }
        var content: [Range<Int>] = []
        let before = range.lowerBound..<frameRange.lowerBound
        let after = frameRange.upperBound..<range.upperBound
        for part in [before, after] {
            var trimmed = part
            while let first = trimmed.first, !isWord(first), !isQuoteMark[first] { trimmed = (first + 1)..<trimmed.upperBound }
            while let last = trimmed.last, !isWord(last), !isQuoteMark[last] { trimmed = trimmed.lowerBound..<last }
            if wordCount(trimmed) >= 2 { content.append(trimmed) }
        }
        guard !content.isEmpty else { return }
        var adjusted = cue
        adjusted.tokens = cueTokens
        let frame = Frame(cue: adjusted, speaker: speaker, speakerSieve: "cue-object", tokens: [frameRange], rule: cue.entry.kind.rawValue)
        if content.count == 1, let quotation = quotationFilling(content[0]) {
            result.quotationFrames[quotation] = frame
            return
        }
        result.claims.append(DraftClaim(type: .indirect, content: content, frame: frame, sentence: sentence,
                                        detection: "indirect:\(cue.entry.kind.rawValue)"))
    }

    /// Whether the phrase's head noun names a statement ("Angaben", "Polizeiangaben", "Studie",
    /// "Grupps Meinung"): the last noun before any attachment.
    func isStatementHeaded(_ phrase: Range<Int>) -> Bool {
        guard let first = phrase.first(where: { isNominal($0) }) else { return false }
        var head = first
        while head + 1 < phrase.upperBound, isNominal(head + 1) { head += 1 }
        for index in Set([first, head]) {
            if has(index, .statement) || rules.speakers.isCompound(lower[index], of: .statement) { return true }
        }
        return false
    }

    /// What "laut" names when it is no ordinary phrase: a quoted name ("laut „Reuters“") or a
    /// single word such as "ndr.de" or "taz".
    private func bareName(at index: Int, limit: Int) -> Range<Int>? {
        guard index < limit else { return nil }
        if let quoted = closedQuotation(at: index, limit: limit) { return index..<quoted.end }
        guard tokens[index].kind == .word, !has(index, .determiner), !has(index, .preposition), !has(index, .adverb),
              !has(index, .pronoun), verbEntries(index) == nil else { return nil }
        // "das laut geworden war": "laut" is loud when a participle and its auxiliary follow.
        let word = lower[index]
        if word.count >= 6, word.hasPrefix("ge"), word.hasSuffix("en") || word.hasSuffix("t"),
           index + 1 >= limit || has(index + 1, .auxiliary) || has(index + 1, .passive) || isClauseSeparator(index + 1) || isSentenceFinal(index + 1) {
            return nil
        }
        return index..<(index + 1)
    }

    /// The noun phrase that ends right before `end` ("Dem Bericht" of "Dem Bericht zufolge").
    func phraseEnding(before end: Int, from lowerLimit: Int) -> Range<Int>? {
        // "zufolge" opening a sentence has no phrase before it in this sentence.
        guard end > lowerLimit else { return nil }
        // "Ihnen zufolge": a pronoun in the dative.
        if has(end - 1, .dativePronoun) { return (end - 1)..<end }
        var start = end - 1
        while start > lowerLimit, end - start < 12, !isClauseSeparator(start - 1), !isSentenceFinal(start - 1),
              isWord(start - 1) || ["(", ")"].contains(tokens[start - 1].text),
              !has(start - 1, .adverb) || has(start - 1, .determiner)
                // "Berichten der Sender Sky News und BBC zufolge": coordinated names.
                || has(start - 1, .link) && start - 2 >= lowerLimit && isNominal(start - 2) && isNominal(start) {
            start -= 1
        }
        for candidate in start..<end {
            // "Am Samstag starben behördlichen Angaben zufolge": a lower-case word in -en right after the
            // noun or pronoun that opens the clause is its verb, not an adjective of the phrase.
            if candidate > lowerLimit, !has(candidate, .determiner), isAdjective(candidate),
               isNominal(candidate - 1) || has(candidate - 1, .pronoun) {
                continue
            }
            // "die Organisation Schätzungen zufolge": a noun before the statement noun is the subject.
            if end - candidate >= 2, isNominal(end - 2), !isAdjective(end - 2), !lower[end - 2].hasSuffix("s"), has(end - 1, .statement),
               !has(end - 2, .statement), !isTitleToken(end - 2), candidate <= end - 2 {
                continue
            }
            if let phrase = nounPhrase(from: candidate, limit: end), phrase.upperBound == end { return phrase }
        }
        return nil
    }

    // MARK: "Demnach …", "…, wonach …"

    private func anaphoricFrame(_ cue: CueMatch, range: Range<Int>, sentence: Int, into result: inout SentenceFrames) {
        let word = cue.anchor
        var content: [Range<Int>] = []
        var speaker: (Range<Int>, String)?
        if lower[word] == "wonach" {
            // "ein Bericht, wonach …": the content is the clause after it, the speaker the phrase before.
            guard word > range.lowerBound, tokens[word - 1].text == "," else { return }
            var end = word + 1
            while end < range.upperBound, !(tokens[end].text == "," && isOutsideQuotes(end) && hasSubjunctive((word + 1)..<end)) { end += 1 }
            content = [(word + 1)..<end]
            if let phrase = phraseEnding(before: word - 1, from: range.lowerBound) { speaker = (phrase, "cue-object") }
        } else {
            // "Demnach hat der Sohn …": the sentence without the cue continues the last speaker; "Demnach"
            // is the mention that points back to it, as a pronoun would.
            // ("Der Abzug soll demnach nur parallel erfolgen": also after the finite verb of the main clause.)
            guard word == range.lowerBound || (word > range.lowerBound && !isWord(word - 1)) || isWord(word - 1) && word == range.lowerBound + 1
                    || !(range.lowerBound..<word).contains(where: { isClauseSeparator($0) || has($0, .subordinator) && !has($0, .determiner) }) else { return }
            content = [range.lowerBound..<word, (word + 1)..<range.upperBound].filter { wordCount($0) >= 1 }
            speaker = (word..<(word + 1), "anaphor")
        }
        guard content.contains(where: { wordCount($0) >= 2 }) else { return }
        let frame = Frame(cue: cue, speaker: speaker?.0, speakerSieve: speaker?.1, tokens: [word..<(word + 1)], rule: "anaphoric")
        result.claims.append(DraftClaim(type: .indirect, content: content, frame: frame, sentence: sentence,
                                        detection: "indirect:anaphoric"))
    }

    // MARK: ", so X."

    private func soFrame(_ cue: CueMatch, range: Range<Int>, sentence: Int, into result: inout SentenceFrames) {
        let so = cue.anchor
        guard so > range.lowerBound, tokens[so - 1].text == "," else { return }
        guard let found = nounPhrase(from: so + 1, limit: range.upperBound) else { return }
        let phrase = withApposition(found, limit: range.upperBound)
        // The speaker phrase must end the sentence or its clause.
        var end = phrase.upperBound
        while end < range.upperBound, !isClauseSeparator(end) { end += 1 }
        guard end - phrase.upperBound <= 16 else { return }
        let before = range.lowerBound..<(so - 1)
        let frame = Frame(cue: cue, speaker: phrase, speakerSieve: "cue-object", tokens: [(so - 1)..<end], rule: "so")
        if let quotation = quotationEnding(at: so - 2) {
            result.quotationFrames[quotation] = frame
        } else if wordCount(before) >= 3 {
            let type: ClaimType = !hasSubjunctive(before) && speaksInPerson(before) ? .direct : .indirect
            result.claims.append(DraftClaim(type: type, content: [before], frame: frame, sentence: sentence,
                                            detection: type == .indirect ? "indirect:so" : "direct:unmarked/so"))
        }
    }
}
