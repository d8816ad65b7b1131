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
        var quotationFrames: [Int: Frame] = [:]
        var joined: [Int: Int] = [:]
        for frames in perSentence {
            quotationFrames.merge(frames.quotationFrames) { first, _ in first }
            joined.merge(frames.joined) { first, _ in first }
        }
        let joinedFirsts = Set(joined.values)
        // A quote continued over paragraphs shares the frame of any of its parts.
        for (index, quotation) in quotations.enumerated() {
            if let head = quotation.continues, quotationFrames[head] == nil, let frame = quotationFrames[index] {
                quotationFrames[head] = frame
            }
        }
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
            var unframed: [Int] = []
            // The first two quotes of the sentence with a frame: a sibling of any quote is one of them.
            let framedOpenings = Array(opening.lazy.filter { quotationFrames.index(forKey: $0) != nil }.prefix(2))
            for quotation in opening where !joinedFirsts.contains(quotation) {
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
            let sentenceMood = claims.isEmpty ? mainSubjunctive(range) : nil
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
                }
                var draft = DraftClaim(type: .freeIndirect, content: [range], frame: frame, sentence: sentence,
                                       detection: "free_indirect:\(mood.rawValue)")
                draft.antecedent = antecedent
                claims.append(draft)
            }
            // "Die Inspektoren stellten Mängel fest. Auch sei die Dokumentation nicht erfolgt.": a
            // Konjunktiv I sentence with no speaker in reach continues the subject just introduced.
            if claims.isEmpty, let intro = introduced, sentenceMood == .konjunktiv1 {
                let frame = Frame(cue: nil, speaker: intro.speaker, speakerSieve: "introduced", tokens: [], rule: "continuation")
                var draft = DraftClaim(type: .freeIndirect, content: [range], frame: frame, sentence: sentence,
                                       detection: "free_indirect:konjunktiv1")
                draft.antecedent = intro.antecedent
                claims.append(draft)
            }
            if claims.isEmpty, let reported = perSentence[sentence].reported.first { claims.append(reported) }
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
                if outside >= 4, let subject = localSubject(range, before: openToken) {
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

            // "Demnach …" without a speaker of its own reports what the last speaker said.
            for index in claims.indices where claims[index].detection == "indirect:anaphoric" && claims[index].frame.speakerSieve == "anaphor" {
                if let last = lastSpeaker, distance <= 3 {
                    claims[index].antecedent = drafts[last.draft].antecedent ?? drafts[last.draft].frame.speaker
                } else if let subject = antecedents.last, subject.sentence >= sentence - 1 {
                    // "Die Polizei veröffentlichte einen Bericht. Demnach …": the subject just before.
                    claims[index].antecedent = subject.resolved
                }
                // Otherwise "Demnach" stays the mention, pointing back to a source the text does not name.
            }
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
                if let speaker = claim.frame.speaker, claim.antecedent == nil {
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
        return drafts
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
        if has(phrase.lowerBound, .obliqueArticle) { return false }
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

    /// The subjunctive mood of the sentence's own verb, ignoring quoted words.
    private func mainSubjunctive(_ range: Range<Int>) -> SubjunctiveLexicon.Mood? {
        guard let first = range.first, !(lower[first] == "wenn" || lower[first] == "falls" || lower[first] == "ob") else { return nil }
        var weaker: SubjunctiveLexicon.Mood?
        for index in range where isOutsideQuotes(index) && !inSubordinateClause(index, sentence: range) {
            switch subjunctive(index) {
            case .konjunktiv1: return .konjunktiv1
            case .konjunktiv2: weaker = .konjunktiv2
            case .reportative:
                // Only "soll … gesagt haben" reports; "soll gezeigt werden" plans.
                if weaker == nil, closesWithPerfectInfinitive(after: index, in: range) || !closesWithPassive(after: index, in: range) { weaker = .reportative }
            case nil: break
            }
        }
        if weaker == nil, konjunktiv1ByShape(range) { return .konjunktiv1 }
        return weaker
    }

    /// Whether the token stands in a clause opened by a subordinating word ("ob er … halte",
    /// "nachdem …", a relative clause after a comma).
    private func inSubordinateClause(_ index: Int, sentence range: Range<Int>) -> Bool {
        var start = index
        while start > range.lowerBound, !isClauseSeparator(start - 1) { start -= 1 }
        guard start > range.lowerBound else { return false }
        while start < index, !isWord(start) { start += 1 }
        return has(start, .subordinator) && !["wie"].contains(lower[start])
    }

    /// The sentence's finite verb by position (the first lower-case word that is no article,
    /// attributive adjective, preposition, link or adverb) ends in -e but not -te: indicative third
    /// persons end in -t, so this is Konjunktiv I ("Daran ändere auch der Zwischenfall nichts").
    func konjunktiv1ByShape(_ range: Range<Int>) -> Bool {
        for index in range where isOutsideQuotes(index) && tokens[index].kind == .word {
            if isCapitalized(index) || has(index, .determiner) || has(index, .preposition) || has(index, .link)
                || has(index, .adverb) || has(index, .pronoun) || has(index, .subordinator) {
                continue
            }
            if isAdjective(index) && index + 1 < range.upperBound && (isNominal(index + 1) || isAdjective(index + 1)) { continue }
            if index > range.lowerBound, isClauseSeparator(index - 1) { return false }
            // An auxiliary ("wurde", "hat") is the finite verb; listed Konjunktiv forms were checked before.
            if has(index, .auxiliary) || has(index, .passive) { return false }
            let word = lower[index]
            if index > range.lowerBound, has(index - 1, .firstPerson) { return false }
            return word.count >= 4 && word.hasSuffix("e") && !word.hasSuffix("te") && !rules.subjunctive.isLookalike(word)
                && tokens[index].text.allSatisfy(\.isLetter)
        }
        return false
    }

    /// Whether the sentence's own "soll" closes with a participle and "haben" or "sein" ("soll …
    /// gefälscht haben"); a "sollte" that opens a clause is a condition ("…, sollten sie … gefallen sein,").
    private func reportsByPerfectInfinitive(_ range: Range<Int>) -> Bool {
        range.contains { index in
            guard isOutsideQuotes(index), subjunctive(index) == .reportative, !inSubordinateClause(index, sentence: range),
                  index == range.lowerBound || !isClauseSeparator(index - 1) else { return false }
            let last = lastWordOfClause(after: index, in: range)
            guard last > index + 1, has(last, .perfectInfinitive) else { return false }
            var participle = last - 1
            while participle > index, !isWord(participle) { participle -= 1 }
            return participle > index && !isCapitalized(participle) && !has(participle, .determiner) && !has(participle, .pronoun)
        }
    }

    /// The last word of the clause that `index` stands in (`index` itself when none follows).
    private func lastWordOfClause(after index: Int, in range: Range<Int>) -> Int {
        var end = index + 1
        while end < range.upperBound, !isClauseSeparator(end) { end += 1 }
        var last = end - 1
        while last > index, !isWord(last) { last -= 1 }
        return last
    }

    /// Whether the clause of `index` ends in "haben" or "sein" (a perfect infinitive).
    private func closesWithPerfectInfinitive(after index: Int, in range: Range<Int>) -> Bool {
        let last = lastWordOfClause(after: index, in: range)
        return last > index + 1 && has(last, .perfectInfinitive)
    }

    /// Whether the clause of `index` ends in a form of "werden" ("soll … gezeigt werden": a plan).
    private func closesWithPassive(after index: Int, in range: Range<Int>) -> Bool {
        let last = lastWordOfClause(after: index, in: range)
        return last > index && has(last, .passive)
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

    /// Whether the quote's first word is written in lower case (a partial quote).
    private func firstWordIsLowercase(_ quotation: Int) -> Bool {
        guard let range = tokenRange(of: quotations[quotation].content), let first = range.first(where: { isWord($0) }) else { return false }
        return tokens[first].kind == .word && !isCapitalized(first)
    }

    /// Whether a quote contains a first- or second-person pronoun ("ich", "wir", "Sie").
    private func speaksInPerson(_ quotation: Int) -> Bool {
        guard let range = tokenRange(of: quotations[quotation].content) else { return false }
        return speaksInPerson(range)
    }

    private func quotationWordCount(_ quotation: Int) -> Int {
        guard let range = tokenRange(of: quotations[quotation].content) else { return 0 }
        return wordCount(range)
    }

    /// A short quote after a title noun ("die Zeitung „Die Welt“") or of capitalised words only is a name.
    private func isTitle(_ quotation: Int, words: Int) -> Bool {
        guard words <= 5, let range = tokenRange(of: quotations[quotation].content) else { return words == 0 }
        let contentWords = range.filter { isWord($0) }
        return contentWords.count <= 4 && contentWords.allSatisfy { isCapitalized($0) || has($0, .determiner) || has($0, .link) }
            && contentWords.contains { isCapitalized($0) && !has($0, .determiner) }
    }

    /// A quote of two words or more, every one capitalised or a number ("„Black Lion Hospital“",
    /// "„Hvalur 9“", "„People's Power Party“"), names something; it is not speech.
    private func isName(_ quotation: Int) -> Bool {
        guard let range = tokenRange(of: quotations[quotation].content) else { return false }
        let words = range.filter { isWord($0) }
        guard words.count >= 2, words.count <= 8 else { return false }
        let connectors: Set<String> = ["de", "du", "des", "la", "le", "of", "the", "and", "for", "&", "y", "e", "di", "del", "van", "von", "der"]
        return words.allSatisfy { tokens[$0].kind == .number || isCapitalized($0) || connectors.contains(lower[$0]) }
            && words.contains { isCapitalized($0) && !has($0, .determiner) }
            && !words.contains { ["ich", "wir", "sie", "er", "es"].contains(lower[$0]) && $0 != words.first }
    }

    /// A short quote that labels rather than speaks: a gloss in brackets ("Kreuzungen („Hybride“)"),
    /// a word mixing letters and digits ("„E1“", "„Muslix64“"), or one capitalised word after a
    /// definite article, a possessive or a noun it names ("dem „Tagesspiegel“", "Nachrichtenagentur „Interfax“").
    private func isLabel(_ quotation: Int, words: Int) -> Bool {
        guard words <= 3, let range = tokenRange(of: quotations[quotation].content) else { return false }
        let open = TextView.firstToken(atOrAfter: quotations[quotation].open.start, in: tokens)
        let sentenceStart = segmentation.sentences[tokens[min(open, tokens.count - 1)].sentence].tokens.lowerBound
        let before = open - 1
        if before >= sentenceStart, tokens[before].text == "(" { return true }
        let contentWords = range.filter { isWord($0) }
        if contentWords.count == 1, let word = contentWords.first {
            let letters = tokens[word].text.unicodeScalars
            if letters.contains(where: { $0.properties.numericType != nil }) && letters.contains(where: { $0.properties.isAlphabetic }) { return true }
            guard isCapitalized(word), before > sentenceStart, isWord(before) else { return false }
            return has(before, .labelBefore) || (isCapitalized(before) && !has(before, .determiner))
        }
        return false
    }

    /// Quotes in ASCII apostrophes ('…' or wiki italics ''…'') are emphasis or names unless a frame
    /// says otherwise (1 of 604 direct quotes in the train split).
    private func isApostropheQuote(_ quotation: Int) -> Bool {
        document.scalars[quotations[quotation].open.start] == "'"
    }

    /// A quote right after a noun naming a work ("die Zeitung „Die Welt“") is its name.
    private func followsWorkNoun(_ quotation: Int) -> Bool {
        let open = TextView.firstToken(atOrAfter: quotations[quotation].open.start, in: tokens)
        var before = open - 1
        while before >= 0, !isWord(before), open - before < 3 { before -= 1 }
        return before >= 0 && isWord(before) && (has(before, .work) || isCapitalized(before) && rules.speakers.isCompound(lower[before], of: .work))
    }

    /// An indicative main clause "Subject Verb …," whose subject can speak, before a clause in
    /// Konjunktiv I: the clause is what the subject said; the verb is the cue.
    private func ownFrame(_ range: Range<Int>, sentence: Int) -> DraftClaim? {
        guard let subject = sentenceSubject(range) else { return nil }
        let verb = subject.upperBound
        guard verb < range.upperBound, isWord(verb), !isCapitalized(verb) else { return nil }
        var comma = verb
        while comma < range.upperBound, !(tokens[comma].text == "," && isOutsideQuotes(comma)) { comma += 1 }
        guard comma < range.upperBound, wordCount(range.lowerBound..<comma) <= 12 else { return nil }
        let frameClause = range.lowerBound..<comma
        let content = (comma + 1)..<range.upperBound
        guard !frameClause.contains(where: { isOutsideQuotes($0) && subjunctive($0) != nil }),
              content.contains(where: { isOutsideQuotes($0) && subjunctive($0) == .konjunktiv1 }),
              wordCount(content) >= 3 else { return nil }
        var trimmed = content
        while let last = trimmed.last, !isWord(last), !isQuoteMark[last] { trimmed = trimmed.lowerBound..<last }
        let cue = CueMatch(entry: CueEntry(rule: "unlisted-verb", kind: .verb, lemma: lower[verb], particle: [], forms: [lower[verb]],
                                           joinedForms: [], medium: nil, complements: [.clause], words: []),
                           tokens: [verb], anchor: verb)
        let frame = Frame(cue: cue, speaker: subject, speakerSieve: "cue-subject", tokens: [range.lowerBound..<(comma + 1)], rule: "frame-before/own-subject")
        return DraftClaim(type: .indirect, content: [trimmed], frame: frame, sentence: sentence, detection: "indirect:frame-before/own-subject")
    }

    /// The subject of a sentence before `limit`: the phrase that opens it, or a personal pronoun
    /// right after its finite verb ("Ursprünglich wollte er …").
    private func localSubject(_ range: Range<Int>, before limit: Int) -> Range<Int>? {
        if let subject = sentenceSubject(range), subject.upperBound <= limit, !has(subject.lowerBound, .pronoun) || subject.count == 1 {
            return subject
        }
        return pronounAfterVerb(from: range.lowerBound, to: min(limit, range.lowerBound + 8)).map { $0..<($0 + 1) }
    }

    /// The noun phrase that opens a sentence as its subject, if it names a speaker.
    private func sentenceSubject(_ range: Range<Int>) -> Range<Int>? {
        // "Steuern: Die SPD will …": a label before a colon is no subject; the subject follows it.
        if let label = nounPhrase(from: range.lowerBound, limit: range.upperBound), label.upperBound < range.upperBound,
           tokens[label.upperBound].text == ":", label.upperBound + 1 < range.upperBound {
            return sentenceSubject((label.upperBound + 1)..<range.upperBound)
        }
        var start = range.lowerBound
        // "MOSKAU – Der Kreml …": a dateline is page furniture, no subject.
        while start < range.upperBound, ignored[start] { start += 1 }
        while start < range.upperBound, has(start, .adverb) || !isWord(start) {
            // "Am Dienstag zog …": a fronted prepositional phrase is no subject, nor is a fronted
            // object ("Den Unmut der CDU brachte …").
            if isWord(start), has(start, .preposition) || has(start, .obliqueArticle) { return nil }
            start += 1
        }
        guard start < range.upperBound, !has(start, .preposition), !has(start, .subordinator) || has(start, .determiner),
              let phrase = nounPhrase(from: start, limit: range.upperBound), looksLikeSpeaker(phrase),
              phrase.upperBound < range.upperBound, !isCapitalized(phrase.upperBound),
              tokens[phrase.upperBound].text != ":" else { return nil }
        // "Die Vorsitzende des Vereins, Jana Berg, will …": the apposition names the subject.
        return withApposition(phrase, limit: range.upperBound)
    }

    /// The latest antecedent a pronoun can point to: "er" skips feminine and plural mentions.
    private func resolvePronoun(_ pronoun: Int, antecedents: [Antecedent]) -> Range<Int>? {
        let word = lower[pronoun]
        guard has(pronoun, .subjectPronoun) else { return nil }
        // A pronoun points back a few sentences at most.
        let sentence = tokens[pronoun].sentence
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
    private func titledPersonBefore(_ pronoun: Int, compatibleWith word: String) -> Range<Int>? {
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

private extension Int {
    func clamped(to count: Int) -> Int { Swift.max(0, Swift.min(self, count - 1)) }
}
