/// Stage: frame detection for verb cues and "hieß es". The cue's clause is found between clause
/// separators; then its frame comes first ("X sagte, …"), follows or interrupts the content ("…, sagte X"),
/// is a "wie" clause after it, points back to the previous sentence ("Das teilte … mit."), or stands next
/// to a quote without a comma.
extension TextView {
    func verbFrame(_ cue: CueMatch, range: Range<Int>, sentence: Int, into result: inout SentenceFrames) {
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
        let verb = VerbClause(cue: cue, left: left, right: right, range: range, sentence: sentence, firstCue: firstCue,
                              lastCue: lastCue, opensWithWie: opensWithWie, followsQuote: followsQuote)
        if frameBefore(verb, into: &result) || frameAfter(verb, into: &result) || wieAfter(verb, into: &result)
            || frameNextSentence(verb, into: &result) {
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
        if let reported = speechAct(cue, clause: clauseStart..<right, range: range, sentence: sentence) {
            result.reported.append(reported)
        }
    }

    /// A verb cue's clause, as the frame stages of `verbFrame` see it.
    private struct VerbClause {
        /// The cue, extended by the words of its clause.
        var cue: CueMatch
        /// The clause separator before the clause (or one before the sentence's content) and after it
        /// (or the end of the sentence's content).
        var left: Int
        var right: Int
        var range: Range<Int>
        var sentence: Int
        var firstCue: Int
        var lastCue: Int
        var opensWithWie: Bool
        /// The clause follows a quote after a comma; what follows it is content only if it is a quote.
        var followsQuote: Bool
        var clauseStart: Int { left + 1 }
    }

    /// "X sagte, …" / "X sagte: …" / "Wie X mitteilte, …": the frame comes first.
    /// Returns whether this stage took the clause.
    private func frameBefore(_ verb: VerbClause, into result: inout SentenceFrames) -> Bool {
        let (cue, left, right, range, sentence) = (verb.cue, verb.left, verb.right, verb.range, verb.sentence)
        let (clauseStart, lastCue) = (verb.clauseStart, verb.lastCue)
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
            var complement = verb.opensWithWie ? "wie" : complementKind(content, cue: cue, separator: tokens[content.lowerBound - 1].text)
            // "forderte einen Korridor, um Hilfe zu bringen": a speech act's object is what was said.
            if cue.entry.complements.contains(.nominal), tokens[right].text == ",", modifiesObject(content),
               holdsObject((lastCue + 1)..<right, cue: cue) {
                complement = nil
            }
            if let complement, !content.isEmpty, !verb.followsQuote || quotationFilling(content) != nil {
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
                return true
            }
        }
        return false
    }

    /// "…, sagte X." / "…, sagte X, …": the frame follows or interrupts the content.
    /// Returns whether this stage took the clause.
    private func frameAfter(_ verb: VerbClause, into result: inout SentenceFrames) -> Bool {
        let (cue, left, right, range, sentence) = (verb.cue, verb.left, verb.right, verb.range, verb.sentence)
        let (clauseStart, firstCue, lastCue) = (verb.clauseStart, verb.firstCue, verb.lastCue)
        let auxiliaryLed = left >= range.lowerBound && firstWord(after: left, before: right).map { $0 < firstCue && has($0, .auxiliary) } == true
            && lastCue == right - 1
        // "„…“, so charakterisierte ihn der Funktionär": "so" before the verb.
        let soLed = left >= range.lowerBound && firstWord(after: left, before: right).map { word in
            word + 1 == firstCue && phraseEntries(word)?.contains { $0.kind == .so } == true
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
           !apposedOpener, !namesQuote || soLed, !wieClauseBefore, !holdsObjectAfterSubject(cue, clause: clauseStart..<right) {
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
                : verb.opensWithWie || isPassive(cue, clause: clauseStart..<right) ? subject(clause: clauseStart..<right, cue: cue)
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
            if !claimedQuote, wordCount(before) >= 2, !framesNothing, isReportableBeforeFrame(before, sentence: sentence) {
                var content = [before]
                if let after, !after.isEmpty, wordCount(after) >= 1 { content.append(after) }
                // Without quotation marks, speech is direct only when it speaks in the first or second person.
                let subjunctive = content.contains { hasSubjunctive($0) }
                let type: ClaimType = !subjunctive && cue.entry.medium != .thought && content.contains(where: { speaksInPerson($0) }) ? .direct : .indirect
                // Unmarked direct speech (quote marks stripped) needs a verb of saying and a real sentence.
                if type == .direct, cue.entry.complements.contains(.nominal) || wordCount(before) < 4 { return true }
                let rule = type == .indirect ? "indirect:\(frame.rule)" : "direct:unmarked/\(frame.rule)"
                result.claims.append(DraftClaim(type: type, content: content, frame: frame, sentence: sentence, detection: rule))
            }
            return true
        }
        return false
    }

    /// "…, wie X sagte.": a verb-final "wie" clause after the content.
    /// Returns whether this stage took the clause.
    private func wieAfter(_ verb: VerbClause, into result: inout SentenceFrames) -> Bool {
        let (cue, left, right, range, sentence) = (verb.cue, verb.left, verb.right, verb.range, verb.sentence)
        let clauseStart = verb.clauseStart
        if verb.opensWithWie, left > range.lowerBound, tokens[left].text == ",", right >= range.upperBound || tokens[right].text == "," {
            let before = range.lowerBound..<left
            let speaker = subject(clause: clauseStart..<right, cue: cue)
            let frame = Frame(cue: cue, speaker: speaker?.range, speakerSieve: speaker?.sieve, tokens: [left..<right], rule: "wie-after")
            if let quotation = quotationEnding(at: left - 1) {
                result.quotationFrames[quotation] = frame
            } else if wordCount(before) >= 2 {
                result.claims.append(DraftClaim(type: .indirect, content: [before], frame: frame, sentence: sentence,
                                                detection: "indirect:wie-after"))
            }
            return true
        }
        return false
    }

    /// "… ausgefallen. Das teilte das Institut mit.": the previous sentence is what was said.
    /// Returns whether this stage took the clause.
    private func frameNextSentence(_ verb: VerbClause, into result: inout SentenceFrames) -> Bool {
        let (cue, right, range, sentence) = (verb.cue, verb.right, verb.range, verb.sentence)
        let (clauseStart, firstCue) = (verb.clauseStart, verb.firstCue)
        if cue.entry.kind == .verb, clauseStart == range.lowerBound, has(clauseStart, .demonstrative), firstWord(after: clauseStart, before: right) == firstCue,
           right >= range.upperBound, sentence > 0, let previous = previousContentSentence(before: sentence) {
            let content = contentTokens(ofSentence: previous)
            // "Das wurde vom Presseamt bekannt gegeben.": in the passive the agent of a verb of saying or
            // informing speaks ("Das wurde von der Polizei bestritten" is no words of the police).
            let speaker = isPassive(cue, clause: clauseStart..<right) && ["say", "inform", "announce"].contains(cue.entry.rule)
                ? passiveAgent(clause: clauseStart..<right, cue: cue).map { ($0, "passive-agent") }
                : objectAfterVerb(from: cue.anchor + 1, limit: right, cue: cue).map { ($0, "cue-subject-inverted") }
            let frame = Frame(cue: cue, speaker: speaker?.0, speakerSieve: speaker?.1, tokens: [clauseStart..<right], rule: "frame-next-sentence")
            if let quotation = quotationFilling(content) {
                result.quotationFrames[quotation] = frame
            } else if wordCount(content) >= 3 {
                result.claims.append(DraftClaim(type: .indirect, content: [content], frame: frame,
                                                sentence: sentence, detection: "indirect:frame-next-sentence"))
            }
            return true
        }
        return false
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
        } else if cue.entry.complements.contains(.zu), !["um", "ohne", "anstatt", "statt"].contains(lower[right + 1]),
                  case let end = ((right + 1)..<range.upperBound).first(where: { tokens[$0].text == "," && isOutsideQuotes($0) }) ?? range.upperBound,
                  let last = ((right + 1)..<end).last(where: { isWord($0) }), hasZuInfinitive((last - 1)..<(last + 1)) {
            // "…, die angekündigt hatte, ihr Mandat niederzulegen, …": a zu-infinitive up to the next comma.
            content = (right + 1)..<end
        } else if cue.entry.complements.contains(.clause), !has(right + 1, .subordinator),
                  !clause.contains(where: { has($0, .passive) && isOutsideQuotes($0) }),
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

    /// A clause opened by a subordinating word or relative pronoun is not a frame.
    private func isSubordinateClause(start: Int, end: Int, cue: CueMatch, sentenceStart: Int) -> Bool {
        guard start < tokens.count, has(start, .subordinator) else { return false }
        if separatesParticle(cue) || !verbIsLast(cue, clause: start..<end) { return false }
        // "Als Ursache wurde ein Defekt genannt": a finite auxiliary before the participle is verb-second.
        if cue.tokens.contains(where: { $0 < cue.anchor && $0 > start + 1 && (has($0, .auxiliary) || has($0, .passive)) }) { return false }
        if has(start, .determiner) {
            // "der/die/das" open a relative clause only after a comma.
            return start > sentenceStart && tokens[start - 1].text == ","
        }
        return true
    }

    private func firstWord(after index: Int, before end: Int) -> Int? {
        var position = index + 1
        while position < end, !isWord(position) { position += 1 }
        return position < end ? position : nil
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
}
