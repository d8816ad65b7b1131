/// Repairs ICU's sentence breaks inside one paragraph with the rules of `abbreviations.yaml`.
///
/// Drops breaks after abbreviations, initials, ordinals ("am 22. April") and before lowercase words;
/// adds the breaks ICU misses ("verletzt. 38 weitere", "verschwunden.Der", "vertagt … Eine").
struct SentenceRepair {
    let rules: AbbreviationRules
    let scalars: [Unicode.Scalar]
    let pieces: [TokenPiece]

    /// The paragraph's sentence spans (trimmed, in order) from ICU's candidate breaks inside it.
    func sentenceSpans(in paragraph: Span, candidates: [Int]) -> [Span] {
        var spans: [Span] = []
        var start = paragraph.start
        var cursor = firstPiece(atOrAfter: paragraph.start)
        for offset in Set(candidates + missedBreaks(in: paragraph, from: cursor)).sorted() {
            // `cursor` becomes the first token at or after the break.
            while cursor < pieces.count, pieces[cursor].start < offset { cursor += 1 }
            if keepsBreak(at: offset, next: cursor, sentenceStart: start, paragraph: paragraph),
               let span = Segmenter.trimmed(Span(start, offset), in: scalars) {
                spans.append(span)
                start = offset
            }
        }
        if let span = Segmenter.trimmed(Span(start, paragraph.end), in: scalars) { spans.append(span) }
        return spans
    }

    /// Breaks ICU does not see: before a number after a word's or year's period ("im Jahr 2005. 1997
    /// wurde"), at a period missing its space ("verschwunden.Der"), after "…" before a capital.
    func missedBreaks(in paragraph: Span, from first: Int) -> [Int] {
        var result: [Int] = []
        var markIndex = first + 1
        while markIndex + 1 < pieces.count, pieces[markIndex + 1].start < paragraph.end {
            defer { markIndex += 1 }
            let word = pieces[markIndex - 1]
            let mark = pieces[markIndex]
            let next = pieces[markIndex + 1]
            guard mark.end - mark.start == 1 else { continue }
            let isPeriodAfterWord = scalars[mark.start] == "." && word.kind == .word && word.end == mark.start
                && word.end - word.start > 1 && !word.isAbbreviation && !word.isInitial
            if next.start == mark.end {
                if isPeriodAfterWord, startsSentenceWord(next) { result.append(next.start) }
            } else if next.kind == .number, isPeriodAfterWord || isPeriodAfterYear(markIndex) {
                result.append(next.start)
            } else if scalars[mark.start] == "\u{2026}", next.kind == .word, startsCapitalized(next) {
                result.append(next.start)
            }
        }
        return result
    }

    /// Whether ICU's break at `offset` (before token `next`) stands.
    func keepsBreak(at offset: Int, next: Int, sentenceStart: Int, paragraph: Span) -> Bool {
        let previous = next - 1
        guard previous >= 0, next < pieces.count, pieces[next].start < paragraph.end,
              pieces[previous].end > sentenceStart else { return false }
        let before = pieces[previous]
        let after = pieces[next]
        // A token ICU would cut in two ("z.B.", a compound).
        if before.end > offset { return false }
        if before.isAbbreviation {
            return before.isSentenceEnder && startsCapitalized(after)
        }
        if before.isInitial { return false }
        if isOrdinal(endingAt: previous), isOrdinalFollower(after) || opensBeforeNumber(previous - 1) { return false }
        if startsLowercase(after) { return false }
        // "?b=1" in a URL, "(23./Foulelfmeter)": a terminator glued to what follows (but "kommen?Die"
        // ends a sentence).
        if before.end == after.start, isTerminator(before), !startsSentenceWord(after), !after.opensQuote(in: scalars) {
            return false
        }
        // An omission in brackets, "„[...] Ich war …", is no sentence end.
        if isBracketedOmission(endingAt: previous) { return false }
        // A list number alone ("1. Die Regierung …") or marks without words stay with what follows.
        if !containsWord(from: sentenceStart, to: offset) { return false }
        return true
    }

    /// A period right after a number of at most three digits ("22." but not "2014.").
    func isOrdinal(endingAt index: Int) -> Bool {
        guard index >= 1, isPeriod(pieces[index]) else { return false }
        let number = pieces[index - 1]
        return number.kind == .number && number.end == pieces[index].start
            && number.end - number.start <= 3
            && scalars[number.start..<number.end].allSatisfy { $0.properties.numericType == .decimal }
    }

    /// A period right after a number that is no ordinal ("2005.").
    func isPeriodAfterYear(_ index: Int) -> Bool {
        index >= 1 && isPeriod(pieces[index]) && pieces[index - 1].kind == .number
            && pieces[index - 1].end == pieces[index].start && !isOrdinal(endingAt: index)
    }

    /// A quotation mark or bracket right before the number: "„4. Winterwelt“", "(1. FCK)".
    func opensBeforeNumber(_ number: Int) -> Bool {
        guard number >= 1, pieces[number - 1].end == pieces[number].start else { return false }
        let mark = scalars[pieces[number - 1].start]
        return mark.properties.generalCategory == .openPunctuation || mark.isQuotationMark
    }

    /// "[...]", "(…)" and the like ending at token `index`.
    func isBracketedOmission(endingAt index: Int) -> Bool {
        guard index >= 1, pieces[index].end - pieces[index].start == 1,
              scalars[pieces[index].start].properties.generalCategory == .closePunctuation else { return false }
        if scalars[pieces[index - 1].start] == "\u{2026}" { return true }
        return index >= 3 && pieces[(index - 3)..<index].allSatisfy(isPeriod)
    }

    /// A listed month or ordinal noun, also as the head of a compound or in the genitive
    /// ("Marineregiments" for "Regiment").
    func isOrdinalFollower(_ piece: TokenPiece) -> Bool {
        guard piece.kind == .word, startsCapitalized(piece) else { return false }
        let word = lowercased(piece)
        if rules.ordinalFollowers.contains(word) { return true }
        var forms = [word]
        if word.hasSuffix("es") { forms.append(String(word.dropLast(2))) }
        if word.hasSuffix("s") { forms.append(String(word.dropLast())) }
        return forms.contains { form in
            rules.ordinalFollowers.contains(form)
                || rules.ordinalFollowers.contains { $0.count >= 4 && form.count > $0.count && form.hasSuffix($0) }
        }
    }

    func isPeriod(_ piece: TokenPiece) -> Bool {
        piece.end == piece.start + 1 && scalars[piece.start] == "."
    }

    func isTerminator(_ piece: TokenPiece) -> Bool {
        guard piece.end == piece.start + 1 else { return false }
        let scalar = scalars[piece.start]
        return scalar == "." || scalar == "?" || scalar == "!"
    }

    /// A word starting with a lowercase letter and without capitals inside (not "iPhone", "eBay").
    func startsLowercase(_ piece: TokenPiece) -> Bool {
        guard piece.kind == .word, scalars[piece.start].properties.isLowercase else { return false }
        return !scalars[piece.start..<piece.end].contains { $0.properties.isUppercase }
    }

    /// A capital followed by a lowercase letter, as a German sentence's first word starts.
    func startsSentenceWord(_ piece: TokenPiece) -> Bool {
        piece.kind == .word && piece.end - piece.start >= 2 && scalars[piece.start].properties.isUppercase
            && scalars[piece.start + 1].properties.isLowercase
    }

    func startsCapitalized(_ piece: TokenPiece) -> Bool {
        scalars[piece.start].properties.isUppercase
    }

    /// Whether a word token starts in `start..<end`.
    func containsWord(from start: Int, to end: Int) -> Bool {
        var index = firstPiece(atOrAfter: start)
        while index < pieces.count, pieces[index].start < end {
            if pieces[index].kind == .word { return true }
            index += 1
        }
        return false
    }

    /// The index of the first token starting at or after `offset` (binary search).
    func firstPiece(atOrAfter offset: Int) -> Int {
        var low = 0
        var high = pieces.count
        while low < high {
            let middle = (low + high) / 2
            if pieces[middle].start < offset { low = middle + 1 } else { high = middle }
        }
        return low
    }

    func lowercased(_ piece: TokenPiece) -> String {
        String(scalars: scalars[piece.start..<piece.end]).lowercased()
    }
}

extension TokenPiece {
    /// A single quotation mark that could open a quote ("„", "»", a plain '"').
    func opensQuote(in scalars: [Unicode.Scalar]) -> Bool {
        end - start == 1 && scalars[start].isQuotationMark
    }
}
