/// Stages in text order: claims per sentence (frames, direct quotes, free-indirect continuations,
/// speech acts), then speaker sieves (pronouns, continuation, nesting) on what is still open.
extension TextView {
    /// A mention that a later pronoun or continuation can point back to.
    struct Antecedent {
        var mention: Range<Int>
        /// The mention it resolves to when it is itself a pronoun.
        var resolved: Range<Int>
        var sentence: Int
    }

    func draftClaims() -> [DraftClaim] {
        let sentences = segmentation.sentences
        let perSentence = sentences.indices.map { frames(inSentence: $0) }
        let (quotationFrames, joined) = quotationFrames(of: perSentence)
        let joinedFirsts = Set(joined.values)
        var drafts: [DraftClaim] = []
        var antecedents: [Antecedent] = []
        var lastSpeaker: (draft: Int, sentence: Int)?
        // A sentence with a cue verb and a speaking subject but nothing reported ("Die Stadtreinigung
        // äußerte Zweifel an der Darstellung."): a Konjunktiv sentence right after it continues that subject.
        var introducer: (speaker: Range<Int>, antecedent: Range<Int>, sentence: Int)?

        for sentence in sentences.indices {
            let range = contentTokens(ofSentence: sentence)
            guard !range.isEmpty, !range.allSatisfy({ ignored[$0] }) else { continue }
            let paragraph = sentences[sentence].paragraph
            var claims = perSentence[sentence].claims
            // Direct quotes that open in this sentence.
            let opening = (quotationsBySentence[sentence] ?? []).filter { index in
                !ignored[TextView.firstToken(atOrAfter: quotations[index].open.start, in: tokens).clamped(to: tokens.count)]
            }
            // The first two quotes of the sentence with a frame: a sibling of any quote is one of them.
            let framedOpenings = Array(opening.lazy.filter { quotationFrames.index(forKey: $0) != nil }.prefix(2))
            let (framed, unframed) = framedQuotes(opening.filter { !joinedFirsts.contains($0) }, sentence: sentence,
                                                  quotationFrames: quotationFrames, joined: joined)
            claims += framed
            // Free indirect speech: a subjunctive sentence with no cue continues the last speaker,
            // in the same or the next paragraph; a gap of a sentence or two needs Konjunktiv I.
            // A continuation repeats the last claim's own mention, a pronoun included ("Er sagte, …
            // Russland habe …" continues "Er"); its antecedent keeps the name.
            let distance = lastSpeaker.map { sentence - $0.sentence - skippedSentences(between: $0.sentence, and: sentence) } ?? Int.max
            let recentParagraph = lastSpeaker.map { sentences[$0.sentence].paragraph >= paragraph - 1 } ?? false
            let recent = distance <= 1
            // "Bush befürchtet, sobald er …, werde der Druck zunehmen": a main clause with a subject of
            // its own before a Konjunktiv I clause frames it, though its verb is in no cue list.
            if claims.isEmpty, let framed = ownFrame(range, sentence: sentence) {
                claims.append(framed)
            }
            // The sentence's own mood, needed only while it has no claim.
            let sentenceMood = claims.isEmpty ? mainSubjunctive(range) ?? continuationMood(range) : nil
            let introduced = introducer.flatMap { intro in
                sentence - intro.sentence - skippedSentences(between: intro.sentence, and: sentence) == 1
                    && intro.sentence > (lastSpeaker?.sentence ?? -1) ? intro : nil
            }
            // "soll … verletzt worden sein" reports as surely as Konjunktiv I does.
            let reports = sentenceMood == .konjunktiv1
                || (sentenceMood == .reportative && perSentence[sentence].reported.isEmpty && reportsByPerfectInfinitive(range))
            if claims.isEmpty, distance <= 3, recentParagraph, let last = lastSpeaker, let mood = sentenceMood,
               reports || (recent && drafts[last.draft].type != .direct) {
                var frame = Frame(cue: nil, speaker: drafts[last.draft].frame.speaker, speakerSieve: "continuation",
                                  tokens: [], rule: "continuation")
                var antecedent = drafts[last.draft].antecedent ?? drafts[last.draft].frame.speaker
                if let intro = introduced {
                    frame.speaker = intro.speaker
                    frame.speakerSieve = "introduced"
                    antecedent = intro.antecedent
                } else if let document = documentPrefield(range) {
                    frame.speaker = document
                    frame.speakerSieve = "document"
                    antecedent = document
                }
                var draft = DraftClaim(type: .freeIndirect, content: [range], frame: frame, sentence: sentence,
                                       detection: "free_indirect:\(mood.rawValue)")
                draft.antecedent = antecedent
                claims.append(draft)
            }
            // "Der Täter soll geflohen sein.": hearsay by its own "soll" before anyone in the article has spoken
            // (train: after a named speaker, a far "soll" is mostly narration).
            if claims.isEmpty, lastSpeaker == nil || !recentParagraph, sentenceMood == .reportative, perSentence[sentence].reported.isEmpty, reportsByItself(range) {
                let frame = Frame(cue: nil, speaker: nil, speakerSieve: nil, tokens: [], rule: "continuation")
                claims.append(DraftClaim(type: .freeIndirect, content: [range], frame: frame, sentence: sentence,
                                         detection: "free_indirect:reportative"))
            }
            // "Die Prüfer fanden Lücken im Antrag. Zudem sei die Frist versäumt worden.": a
            // Konjunktiv I sentence with no speaker in reach continues the subject just introduced.
            if claims.isEmpty, let intro = introduced, sentenceMood == .konjunktiv1 {
                let frame = Frame(cue: nil, speaker: intro.speaker, speakerSieve: "introduced", tokens: [], rule: "continuation")
                var draft = DraftClaim(type: .freeIndirect, content: [range], frame: frame, sentence: sentence,
                                       detection: "free_indirect:konjunktiv1")
                draft.antecedent = intro.antecedent
                claims.append(draft)
            }
            // "Zudem sei die Frist versäumt worden.": a main clause in Konjunktiv I reports by its mood
            // alone, though no speaker is in reach.
            if claims.isEmpty, sentenceMood == .konjunktiv1, perSentence[sentence].reported.isEmpty, reportsByListedKonjunktiv1(range) {
                let frame = Frame(cue: nil, speaker: nil, speakerSieve: nil, tokens: [], rule: "continuation")
                claims.append(DraftClaim(type: .freeIndirect, content: [range], frame: frame, sentence: sentence,
                                         detection: "free_indirect:konjunktiv1"))
            }
            if claims.isEmpty, var reported = perSentence[sentence].reported.first {
                // "Als Grund wurde ein Defekt genannt.": a passive speech act with no agent reports the
                // one who just spoke, else the subject introduced a sentence or two before.
                if reported.frame.speaker == nil, recent, recentParagraph, let last = lastSpeaker {
                    reported.frame.speaker = drafts[last.draft].frame.speaker
                    reported.frame.speakerSieve = "continuation"
                    reported.antecedent = drafts[last.draft].antecedent ?? drafts[last.draft].frame.speaker
                } else if reported.frame.speaker == nil, let subject = antecedents.last, subject.sentence >= sentence - 2,
                          sentences[subject.sentence].paragraph >= paragraph - 1 {
                    reported.frame.speaker = subject.mention
                    reported.frame.speakerSieve = "subject-before"
                    reported.antecedent = subject.resolved
                }
                claims.append(reported)
            }
            // Quotes without a frame: inside a claim they are partial quotes of it; whole-sentence
            // quotes continue the last speaker; short quotes without a cue are names or scare quotes.
            for quotation in unframed {
                let outer = quotations[quotation].outer
                // A quote that is part of a speaker's name ("laut „Tagesspiegel“") is no claim.
                if claims.contains(where: { $0.frame.speaker.flatMap { span($0) }.map { $0.overlaps(outer) } ?? false }) { continue }
                let words = quotationWordCount(quotation)
                if words == 0 || followsWorkNoun(quotation) || isName(quotation) || isLabel(quotation, words: words) || isApostropheQuote(quotation) { continue }
                if let host = claims.firstIndex(where: { claim in claim.type != .direct && claim.content.contains { span($0)?.contains(outer) ?? false } }) ?? claims.firstIndex(where: { claim in
                    claim.type != .direct && claim.content.contains { range in span(range).map { $0.overlaps(outer) } ?? false }
                }) {
                    var draft = directDraft(quotation, frame: claims[host].frame, sentence: sentence, detection: "direct:partial")
                    draft.frame.speakerSieve = "nested"
                    draft.antecedent = claims[host].antecedent
                    let openToken = TextView.firstToken(atOrAfter: quotations[quotation].open.start, in: tokens)
                    if let own = colonSubject(in: claims[host].content, before: openToken) {
                        (draft.frame.speaker, draft.frame.speakerSieve, draft.antecedent) = (own, "nested-colon", nil)
                    }
                    draft.hostOffset = claims[host].firstOffset
                    claims.append(draft)
                    continue
                }
                let lowercaseStart = firstWordIsLowercase(quotation)
                if let frame = colonFrame(for: quotation), !isTitle(quotation, words: words) || words >= 2 {
                    claims.append(directDraft(quotation, frame: frame, sentence: sentence, detection: "direct:colon"))
                    continue
                }
                // A sibling quote's frame in the same sentence speaks this one too ("„…“ hätten „…“, so Murtha").
                if let sibling = framedOpenings.first(where: { $0 != quotation }), let frame = quotationFrames[sibling],
                   lowercaseStart || words >= 2 {
                    var draft = directDraft(quotation, frame: frame, sentence: sentence, detection: "direct:sibling")
                    draft.frame.tokens = []
                    claims.append(draft)
                    continue
                }
                // A cue elsewhere in the sentence speaks the quote ("spricht von einer „…“").
                if let frame = perSentence[sentence].cueFrames.first(where: { ($0.cue?.entry.complements.contains(.nominal) ?? false) && ($0.cue?.anchor ?? 0) < tokenRange(of: outer)?.lowerBound ?? 0 })
                    ?? perSentence[sentence].cueFrames.first.flatMap({ lowercaseStart || words >= 4 || !isTitle(quotation, words: words) ? $0 : nil }) {
                    var draft = directDraft(quotation, frame: frame, sentence: sentence, detection: "direct:sentence-cue")
                    draft.frame.tokens = []
                    claims.append(draft)
                    continue
                }
                if isTitle(quotation, words: words) { continue }
                // Lower-case quotes of two words or more are speech (partial quotes); so are long
                // capitalised ones; shorter capitalised ones need the sentence to be mostly quote.
                let share = Double(words) / Double(max(1, wordCount(range)))
                guard (lowercaseStart && words >= 2) || words >= 8 || (words >= 4 && share >= 0.5) else { continue }
                var frame = Frame(cue: nil, speaker: nil, speakerSieve: nil, tokens: [], rule: "continuation")
                var antecedent: Range<Int>?
                // A quote inside a sentence of its own words speaks for that sentence's subject
                // ("Ursprünglich wollte er „ein Konzept vorlegen“"); else it continues the last speaker
                // of its paragraph or the one before.
                let openToken = TextView.firstToken(atOrAfter: quotations[quotation].open.start, in: tokens)
                let outside = wordCount(range) - words
                let closeToken = quotations[quotation].close.map { TextView.firstToken(atOrAfter: $0.start, in: tokens) }
                if outside >= 4, let subject = localSubject(range, before: openToken) ?? closeToken.flatMap({ subjectAfterQuote(range, opening: openToken, closing: $0) }) {
                    frame.speaker = subject
                    frame.speakerSieve = "sentence-subject"
                } else if let intro = introduced {
                    // A speaker who just spoke up without a claim ("Die Kanzlerin äußerte sich zuversichtlich.").
                    frame.speaker = intro.speaker
                    frame.speakerSieve = "introduced"
                    antecedent = intro.antecedent
                } else if recentParagraph, distance <= 4, let last = lastSpeaker {
                    frame.speaker = drafts[last.draft].frame.speaker
                    frame.speakerSieve = "continuation"
                    antecedent = drafts[last.draft].antecedent ?? drafts[last.draft].frame.speaker
                }
                // With no one to attribute it to, a short capitalised quote must speak in the first or second person.
                if frame.speaker == nil && !lowercaseStart && words < 8 && !speaksInPerson(quotation) { continue }
                var draft = directDraft(quotation, frame: frame, sentence: sentence,
                                        detection: frame.speaker == nil ? "direct:unattributed" : "direct:continuation")
                draft.antecedent = antecedent
                claims.append(draft)
            }

            resolveAnaphors(in: &claims, sentence: sentence, distance: distance, lastSpeaker: lastSpeaker,
                            drafts: drafts, antecedents: antecedents)
            // One claim per content: a second cue over the same words adds nothing.
            var seenContent = Set<[Range<Int>]>()
            claims = claims.filter { $0.type == .direct && $0.contentSpans != nil ? true : seenContent.insert($0.content).inserted }
            // Speaker sieves for what the frame left open: pronouns resolve to the latest compatible mention.
            claims.sort { $0.firstOffset < $1.firstOffset }
            let base = drafts.count
            for var claim in claims {
                if let hostOffset = claim.hostOffset {
                    claim.nestedIn = drafts[base...].firstIndex { $0.type != .direct && $0.firstOffset == hostOffset }
                }
                resolveSpeaker(of: &claim, in: range, antecedents: antecedents)
                drafts.append(claim)
                if claim.frame.speaker != nil {
                    lastSpeaker = (drafts.count - 1, sentence)
                    if let speaker = claim.frame.speaker {
                        antecedents.append(Antecedent(mention: speaker, resolved: claim.antecedent ?? speaker, sentence: sentence))
                    }
                }
            }
            let subject = sentenceSubject(range)
            if claims.isEmpty, let found = introducedSpeaker(cueFrame: perSentence[sentence].cueFrames.first, subject: subject,
                                                            reported: sentenceMood != nil, antecedents: antecedents) {
                introducer = (found.speaker, found.antecedent, sentence)
            }
            // Subjects that open a sentence are antecedents too ("Schoigu begründete …", then "sagte er").
            if let subject, !has(subject.lowerBound, .pronoun) {
                antecedents.append(Antecedent(mention: subject, resolved: subject, sentence: sentence))
            }
        }
        // Speech whose quotation marks were stripped (UnmarkedSpeech.swift).
        return unmarkedSpeech(revising: drafts)
    }

    /// The frames of quotations from all sentences (the first sentence's wins), shared by the parts of a
    /// quote continued over paragraphs, and the joined parts of quotes interrupted by their frame.
    private func quotationFrames(of perSentence: [SentenceFrames]) -> (frames: [Int: Frame], joined: [Int: Int]) {
        var quotationFrames: [Int: Frame] = [:]
        var joined: [Int: Int] = [:]
        for frames in perSentence {
            quotationFrames.merge(frames.quotationFrames) { first, _ in first }
            joined.merge(frames.joined) { first, _ in first }
        }
        // A quote continued over paragraphs shares the frame of any of its parts.
        for (index, quotation) in quotations.enumerated() {
            if let head = quotation.continues, quotationFrames[head] == nil, let frame = quotationFrames[index] {
                quotationFrames[head] = frame
            }
        }
        return (quotationFrames, joined)
    }

    /// The direct claims of the quotes that open in a sentence and have a frame (both parts of a quote
    /// around its frame as one claim), and the quotes without one.
    private func framedQuotes(_ opening: [Int], sentence: Int, quotationFrames: [Int: Frame],
                              joined: [Int: Int]) -> (claims: [DraftClaim], unframed: [Int]) {
        var claims: [DraftClaim] = []
        var unframed: [Int] = []
        for quotation in opening {
            if let frame = quotationFrames[quotation] {
                var draft = directDraft(quotation, frame: frame, sentence: sentence, detection: "direct:\(frame.rule)")
                if let first = joined[quotation] {
                    // One quote around its frame: both parts are one claim.
                    draft.contentSpans = [quotations[first].content] + (draft.contentSpans ?? [])
                    draft.content = (draft.contentSpans ?? []).compactMap { tokenRange(of: $0) }
                    draft.detection = "direct:frame-inside"
                }
                claims.append(draft)
            } else {
                unframed.append(quotation)
            }
        }
        return (claims, unframed)
    }

    /// "Demnach …" without a speaker of its own reports what the last speaker said (`distance`: sentences
    /// since that speaker's claim), or what the subject of the sentence just before said.
    private func resolveAnaphors(in claims: inout [DraftClaim], sentence: Int, distance: Int, lastSpeaker: (draft: Int, sentence: Int)?,
                                 drafts: [DraftClaim], antecedents: [Antecedent]) {
        for index in claims.indices where claims[index].detection == "indirect:anaphoric" && claims[index].frame.speakerSieve == "anaphor" {
            // The nearer source counts: a subject of the sentence just before outranks an older speaker.
            let subjectBefore = antecedents.last.flatMap { $0.sentence == sentence - 1 && $0.sentence > (lastSpeaker?.sentence ?? -1) ? $0 : nil }
            if let last = lastSpeaker, distance <= 3, subjectBefore == nil {
                claims[index].antecedent = drafts[last.draft].antecedent ?? drafts[last.draft].frame.speaker
            } else if let subject = antecedents.last, subject.sentence >= sentence - 1 {
                // "Die Polizei veröffentlichte einen Bericht. Demnach …": the subject just before.
                claims[index].antecedent = subject.resolved
            }
            // Otherwise "Demnach" stays the mention, pointing back to a source the text does not name.
        }
    }

    /// Speaker sieve for a claim whose frame named a speaker but no antecedent: a pronoun resolves to
    /// the latest compatible mention, "nach eigenen Angaben" to the sentence's subject; else the speaker itself.
    private func resolveSpeaker(of claim: inout DraftClaim, in range: Range<Int>, antecedents: [Antecedent]) {
        guard let speaker = claim.frame.speaker, claim.antecedent == nil else { return }
        if speaker.count == 1, has(speaker.lowerBound, .pronoun) {
            if let resolved = resolvePronoun(speaker.lowerBound, antecedents: antecedents) {
                claim.antecedent = resolved
                claim.frame.speakerSieve = (claim.frame.speakerSieve ?? "") + "+pronoun"
            }
        } else if isOwnStatement(speaker) {
            // "nach eigenen Angaben": the sentence's subject, else the one who spoke last.
            claim.antecedent = localSubject(range, before: speaker.lowerBound) ?? antecedents.last?.resolved ?? speaker
            claim.frame.speakerSieve = (claim.frame.speakerSieve ?? "") + "+own"
        } else {
            claim.antecedent = speaker
        }
    }

    /// Who speaks up in a sentence that reports nothing: the subject of its cue verb ("Der Minister
    /// äußerte Zweifel …"), or a titled person or body heading its subject ("Greenpeace-Atomexperte
    /// Mathias Edler sieht …", not "Der Versuch des Präsidenten") when the sentence is not itself reported.
    private func introducedSpeaker(cueFrame: Frame?, subject: Range<Int>?, reported: Bool,
                                   antecedents: [Antecedent]) -> (speaker: Range<Int>, antecedent: Range<Int>)? {
        let titledSubject = subject.flatMap { subject -> Range<Int>? in
            let head = subject.prefix { !has($0, .headEnd) || $0 == subject.lowerBound }
            return !reported && head.contains(where: isTitledNoun) ? subject : nil
        }
        guard let speaker = cueFrame?.speaker ?? titledSubject, namesSomeone(speaker) else { return nil }
        let isPronoun = speaker.count == 1 && has(speaker.lowerBound, .pronoun)
        guard let resolved = isPronoun ? resolvePronoun(speaker.lowerBound, antecedents: antecedents) : speaker else { return nil }
        return (speaker, resolved)
    }

    /// Whether a subject surely names a person or body: a pronoun, a title or institution
    /// ("Die Hamburger Stadtreinigung" does not), or a name of two words without an article.
    private func namesSomeone(_ phrase: Range<Int>) -> Bool {
        if phrase.count == 1, has(phrase.lowerBound, .pronoun) { return true }
        // "Anna Roth, eine der Stadträtinnen": the name before an apposition decides.
        if let comma = phrase.first(where: { tokens[$0].text == "," }), comma > phrase.lowerBound {
            return namesSomeone(phrase.lowerBound..<comma)
        }
        if isObliqueDeterminer(phrase.lowerBound) { return false }
        if phrase.contains(where: isTitledNoun) { return true }
        let nominals = phrase.filter { isNominal($0) && !has($0, .statement) && !isAdjective($0) }
        return !has(phrase.lowerBound, .determiner) && nominals.count >= 2 && nominals.count == phrase.count
    }

    /// The number of sentences between two that hold nothing to read (furniture, headings).
    private func skippedSentences(between first: Int, and second: Int) -> Int {
        guard second - first > 1 else { return 0 }
        return ((first + 1)..<second).filter { index in
            let range = contentTokens(ofSentence: index)
            return range.isEmpty || range.allSatisfy { ignored[$0] }
        }.count
    }

    private func directDraft(_ quotation: Int, frame: Frame, sentence: Int, detection: String) -> DraftClaim {
        var spans = [quotations[quotation].content]
        for other in continuations[quotation] ?? [] {
            spans.append(quotations[other].content)
        }
        let content = spans.compactMap { tokenRange(of: $0) }
        return DraftClaim(type: .direct, content: content, contentSpans: spans, frame: frame, sentence: sentence,
                          quotation: quotation, detection: detection)
    }

    func tokenRange(of span: Span) -> Range<Int>? {
        let first = TextView.firstToken(atOrAfter: span.start, in: tokens)
        var last = first
        while last < tokens.count, tokens[last].span.end <= span.end { last += 1 }
        return first < last ? first..<last : nil
    }

}

private extension Int {
    func clamped(to count: Int) -> Int { Swift.max(0, Swift.min(self, count - 1)) }
}
