/// Stage (part of the unmarked-speech stage): statements after a colon without quotation marks —
/// interview turns ("Frage: … Berger: …"), a name label ("Berger: Wir …") and a clause ("Die
/// Stürmerin blieb vorsichtig: Wir …").
extension TextView {
    /// A sentence opened by a label of one to three capitalised words and a colon: the label's tokens.
    func label(ofSentence sentence: Int) -> Range<Int>? {
        let range = segmentation.sentences[sentence].tokens
        guard let colon = range.prefix(5).first(where: { tokens[$0].text == ":" }), colon > range.lowerBound,
              isOutsideQuotes(colon) else { return nil }
        let words = range.lowerBound..<colon
        guard words.allSatisfy(isLabelWord),
              colon + 1 < range.upperBound, isOutsideQuotes(colon + 1) else { return nil }
        return words
    }

    /// A word of a label before a colon: capitalised, no article or preposition ("Berger", "Frage").
    private func isLabelWord(_ index: Int) -> Bool {
        isWord(index) && isCapitalized(index) && !has(index, .determiner) && !has(index, .preposition)
    }

    /// Whether a label is the interviewer's: a word of `rules/unmarked.yaml` ("Frage"), or the paper's
    /// own name before its questions: one word in capitals ("TAGBLATT: Wie geht es weiter?") or a
    /// word of the article's outlet ("Tagblatt:" in the "Tagblatt Nord").
    private func isInterviewerLabel(_ label: Range<Int>) -> Bool {
        if rules.unmarked.interviewerLabels.contains(text(label)) { return true }
        guard label.count == 1 else { return false }
        let letters = tokens[label.lowerBound].text.unicodeScalars.filter(\.properties.isAlphabetic)
        if letters.count >= 2 && letters.allSatisfy(\.properties.isUppercase) { return true }
        let outlet = document.info.outlet?.lowercased().split(whereSeparator: { !$0.isLetter }) ?? []
        return outlet.contains { $0.count >= 4 && $0 == lower[label.lowerBound] }
    }

    /// Each turn of the interviewee, up to the next label: one direct claim spoken by the label.
    func interviewTurns() -> [DraftClaim] {
        var labels: [(sentence: Int, label: Range<Int>)] = []
        for sentence in segmentation.sentences.indices {
            if let label = label(ofSentence: sentence) { labels.append((sentence, label)) }
        }
        let names = labels.map { text($0.label) }
        let asking = labels.map { isInterviewerLabel($0.label) }
        let asks = asking.filter { $0 }.count
        var counts: [String: Int] = [:]
        for name in names { counts[name, default: 0] += 1 }
        let answers = names.indices.map { !asking[$0] && counts[names[$0]] ?? 0 >= 2 }
        guard asks >= 2, answers.contains(true) else { return [] }
        var result: [DraftClaim] = []
        for (position, entry) in labels.enumerated() where answers[position] {
            let end = position + 1 < labels.count ? labels[position + 1].sentence : segmentation.sentences.count
            var content: [Range<Int>] = []
            for sentence in entry.sentence..<end {
                var range = contentTokens(ofSentence: sentence)
                if sentence == entry.sentence { range = (entry.label.upperBound + 1)..<range.upperBound }
                if !range.isEmpty, !range.allSatisfy({ ignored[$0] }) { content.append(range) }
            }
            guard content.contains(where: { wordCount($0) >= 1 }),
                  content.allSatisfy({ range in range.allSatisfy { isOutsideQuotes($0) } }) else { continue }
            let frame = Frame(cue: nil, speaker: entry.label, speakerSieve: "interview-label",
                              tokens: [entry.label.lowerBound..<(entry.label.upperBound + 1)], rule: "interview")
            var draft = DraftClaim(type: .direct, content: content, frame: frame, sentence: entry.sentence,
                                   detection: "direct:unmarked/interview")
            draft.antecedent = entry.label
            result.append(draft)
        }
        return result
    }

    /// Statements after a colon in the first or second person where no claim stands yet: after a
    /// name the article gives in full elsewhere (`label`), or after a clause with a speaking subject (`colon`).
    func colonStatements(besides claimed: [[Range<Int>]]) -> [DraftClaim] {
        let enabled = rules.unmarked.enabled
        guard enabled.contains(.label) || enabled.contains(.colon) else { return [] }
        let taken = TokenMask(claimed)
        var result: [DraftClaim] = []
        for sentence in segmentation.sentences.indices {
            let range = contentTokens(ofSentence: sentence)
            for colon in range where tokens[colon].text == ":" && isOutsideQuotes(colon) && !inBrackets[colon] {
                let statement = (colon + 1)..<range.upperBound
                guard wordCount(statement) >= 3, !statement.contains(where: taken.contains),
                      statement.allSatisfy({ isOutsideQuotes($0) }), quotationsBySentence[sentence] == nil,
                      speaksInPerson(statement), hasNoKonjunktiv1(statement),
                      let frame = colonSpeaker(colon: colon, sentence: range) else { continue }
                var draft = DraftClaim(type: .direct, content: [statement], frame: frame, sentence: sentence,
                                       detection: "direct:unmarked/\(frame.rule)")
                draft.antecedent = frame.speaker
                result.append(draft)
                break
            }
        }
        return result
    }

    /// The frame before a colon: a label whose last word the article uses in a longer name elsewhere,
    /// else the clause's speaking subject (as for quotes after a colon).
    private func colonSpeaker(colon: Int, sentence range: Range<Int>) -> Frame? {
        let enabled = rules.unmarked.enabled
        let before = range.lowerBound..<colon
        let isLabel = !before.isEmpty && before.count <= 3
            && before.allSatisfy(isLabelWord)
        if isLabel {
            guard enabled.contains(.label), !isInterviewerLabel(before),
                  let last = before.last, namedInFullElsewhere(last, besides: before) else { return nil }
            return Frame(cue: nil, speaker: before, speakerSieve: "colon-name", tokens: [before.lowerBound..<(colon + 1)], rule: "label")
        }
        guard enabled.contains(.colon), var frame = colonFrame(colon: colon), let speaker = frame.speaker,
              !(speaker.count == 1 && has(speaker.lowerBound, .inPerson)) else { return nil }
        frame.rule = "colon"
        return frame
    }

    /// Whether the word occurs elsewhere in the article right after another capitalised word ("Eva Berger").
    private func namedInFullElsewhere(_ word: Int, besides label: Range<Int>) -> Bool {
        tokens.indices.contains { index in
            !label.contains(index) && index > 0 && tokens[index].text == tokens[word].text
                && isWord(index - 1) && isCapitalized(index - 1) && !has(index - 1, .determiner)
                && tokens[index - 1].sentence == tokens[index].sentence
        }
    }
}
