/// A token before it is assigned to a sentence, with what sentence repair needs to know about it.
struct TokenPiece: Sendable {
    var start: Int
    var end: Int
    var kind: TokenKind
    /// Ends in the period of a listed abbreviation ("Dr.", "z.B.", or "z." and "B." of "z. B.").
    var isAbbreviation = false
    /// An abbreviation that ends the sentence when a capitalised word follows ("usw.", "Art.").
    var isSentenceEnder = false
    /// A single capital letter with its period, followed by a capitalised word ("W." in "George W. Bush").
    var isInitial = false
}

/// Words, numbers and marks from ICU's word breaks, with whitespace dropped and German units joined.
///
/// Joins hyphenated compounds ("US-Präsident"), truncated ones before a lowercase word ("Ein- und"),
/// clock times ("15:26"), listed abbreviations with their period, and initials ("W.").
struct Tokenizer {
    let rules: AbbreviationRules
    let scalars: [Unicode.Scalar]
    /// The abbreviations listed as compound ends ("-str."), without their hyphen.
    let suffixAbbreviations: [String]

    init(rules: AbbreviationRules, scalars: [Unicode.Scalar]) {
        self.rules = rules
        self.scalars = scalars
        self.suffixAbbreviations = rules.abbreviations.filter { $0.hasPrefix("-") }.map { String($0.dropFirst()) }.sorted()
    }

    /// All tokens of the text, in order, never crossing a line end.
    func pieces() -> [TokenPiece] {
        joinAbbreviations(joinCompounds(icuPieces()))
    }

    /// ICU's word segments without whitespace, each with a kind.
    func icuPieces() -> [TokenPiece] {
        let boundaries = ICU.boundaries(.word, in: scalars[...])
        var result: [TokenPiece] = []
        result.reserveCapacity(boundaries.count / 2 + 1)
        for index in boundaries.indices.dropLast() {
            let start = boundaries[index].offset
            let end = boundaries[index + 1].offset
            guard start < end, !scalars[start..<end].allSatisfy(\.isSpaceLike) else { continue }
            let kind = kind(of: start..<end, status: boundaries[index + 1].status)
            var pieceStart = start
            if kind == .word {
                // "verschwunden.Der": a sentence end with the space missing.
                for offset in start..<end where isMissingSpacePeriod(at: offset, in: pieceStart..<end) {
                    result.append(TokenPiece(start: pieceStart, end: offset, kind: .word))
                    result.append(TokenPiece(start: offset, end: offset + 1, kind: .punctuation))
                    pieceStart = offset + 1
                }
            }
            result.append(TokenPiece(start: pieceStart, end: end, kind: kind))
        }
        return result
    }

    /// A period between two lowercase letters and a capital plus a lowercase letter, inside `word`.
    func isMissingSpacePeriod(at offset: Int, in word: Range<Int>) -> Bool {
        guard scalars[offset] == ".", offset - 2 >= word.lowerBound, offset + 2 < word.upperBound else { return false }
        return scalars[offset - 2].properties.isLowercase && scalars[offset - 1].properties.isLowercase
            && scalars[offset + 1].properties.isUppercase && scalars[offset + 2].properties.isLowercase
    }

    /// The kind from ICU's rule status (numbers, letters, kana, ideographs) or the first scalar's category.
    func kind(of range: Range<Int>, status: Int32) -> TokenKind {
        switch status {
        case 100..<200: return .number
        case 200..<500: return .word
        default: break
        }
        let first = scalars[range.lowerBound]
        switch first.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation:
            return .punctuation
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter:
            return .word
        case .decimalNumber, .letterNumber, .otherNumber:
            return .number
        default:
            return .symbol
        }
    }

    /// Joins "US-Präsident", "Nord-Süd-Konflikt", "Ein-" before "und", and "15:26".
    func joinCompounds(_ pieces: [TokenPiece]) -> [TokenPiece] {
        var result: [TokenPiece] = []
        result.reserveCapacity(pieces.count)
        var index = 0
        while index < pieces.count {
            var current = pieces[index]
            index += 1
            guard current.kind == .word || current.kind == .number else {
                result.append(current)
                continue
            }
            while index < pieces.count, isJoiner(pieces[index], after: current) {
                let joiner = pieces[index]
                if index + 1 < pieces.count, pieces[index + 1].start == joiner.end,
                   pieces[index + 1].kind == .word || pieces[index + 1].kind == .number,
                   scalars[joiner.start] != ":" || (current.kind == .number && pieces[index + 1].kind == .number) {
                    let next = pieces[index + 1]
                    current.end = next.end
                    if next.kind == .word { current.kind = .word }
                    index += 2
                } else if isHyphen(scalars[joiner.start]), current.kind == .word,
                          index + 1 < pieces.count, pieces[index + 1].start > joiner.end,
                          isLowercaseWord(pieces[index + 1]) {
                    // A truncated compound: "Ein- und Ausreise".
                    current.end = joiner.end
                    index += 1
                    break
                } else {
                    break
                }
            }
            result.append(current)
        }
        return result
    }

    /// A hyphen or colon glued to the end of `previous`.
    func isJoiner(_ piece: TokenPiece, after previous: TokenPiece) -> Bool {
        guard piece.start == previous.end, piece.end == piece.start + 1 else { return false }
        let scalar = scalars[piece.start]
        return isHyphen(scalar) || scalar == ":"
    }

    func isHyphen(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "-" || scalar == "\u{2010}" || scalar == "\u{2011}"
    }

    /// A word that starts with a lowercase letter and has no capital inside ("und", not "iPhone").
    func isLowercaseWord(_ piece: TokenPiece) -> Bool {
        guard piece.kind == .word, scalars[piece.start].properties.isLowercase else { return false }
        return !scalars[piece.start..<piece.end].contains { $0.properties.isUppercase }
    }

    /// Joins listed abbreviations with their period ("Dr.", "z.B.", "z." + "B.") and initials ("W.").
    func joinAbbreviations(_ pieces: [TokenPiece]) -> [TokenPiece] {
        var result: [TokenPiece] = []
        result.reserveCapacity(pieces.count)
        var index = 0
        while index < pieces.count {
            // A chain like "z. B." or "i. d. R.": several word+period pairs apart by single spaces.
            let (chain, endsSentence) = abbreviationChain(in: pieces, at: index)
            if chain > 1 {
                for pair in 0..<chain {
                    let word = pieces[index + 2 * pair]
                    result.append(TokenPiece(
                        start: word.start, end: word.end + 1, kind: .word, isAbbreviation: true,
                        isSentenceEnder: endsSentence && pair == chain - 1
                    ))
                }
                index += 2 * chain
                continue
            }
            let piece = pieces[index]
            if hasGluedPeriod(pieces, at: index) {
                let word = lowercased(piece.start..<piece.end + 1)
                if rules.abbreviations.contains(word) || rules.sentenceEnders.contains(word) || endsInListedSuffix(word) {
                    result.append(TokenPiece(
                        start: piece.start, end: piece.end + 1, kind: .word, isAbbreviation: true,
                        isSentenceEnder: rules.sentenceEnders.contains(word)
                    ))
                    index += 2
                    continue
                }
                if isInitial(pieces, at: index) {
                    result.append(TokenPiece(start: piece.start, end: piece.end + 1, kind: .word, isInitial: true))
                    index += 2
                    continue
                }
            }
            result.append(piece)
            index += 1
        }
        return result
    }

    /// A compound ending in an abbreviation listed with a leading hyphen ("goethestr." for "-str.").
    func endsInListedSuffix(_ word: String) -> Bool {
        suffixAbbreviations.contains { word.count > $0.count && word.hasSuffix($0) }
    }

    /// A word at `index` directly followed by a period token.
    func hasGluedPeriod(_ pieces: [TokenPiece], at index: Int) -> Bool {
        guard index + 1 < pieces.count, pieces[index].kind == .word else { return false }
        let period = pieces[index + 1]
        return period.start == pieces[index].end && period.end == period.start + 1 && scalars[period.start] == "."
    }

    /// The number of word+period pairs from `index` that together spell a listed abbreviation (0 if
    /// none), and whether that abbreviation is a sentence ender.
    func abbreviationChain(in pieces: [TokenPiece], at index: Int) -> (pairs: Int, endsSentence: Bool) {
        var joined = ""
        var best = (pairs: 0, endsSentence: false)
        var pair = 0
        while pair < 4, hasGluedPeriod(pieces, at: index + 2 * pair) {
            let word = pieces[index + 2 * pair]
            guard word.end - word.start <= 4 else { break }
            if pair > 0 {
                let gap = pieces[index + 2 * pair - 1].end..<word.start
                guard gap.count == 1, scalars[gap.lowerBound] == " " || scalars[gap.lowerBound] == "\u{A0}" else { break }
            }
            joined += lowercased(word.start..<word.end + 1)
            pair += 1
            if pair > 1, rules.abbreviations.contains(joined) || rules.sentenceEnders.contains(joined) {
                best = (pair, rules.sentenceEnders.contains(joined))
            }
        }
        return best
    }

    /// Capital initials ("W", "J.P") with their period, not glued to what precedes them, followed
    /// after a space by a capitalised word.
    func isInitial(_ pieces: [TokenPiece], at index: Int) -> Bool {
        let letters = pieces[index]
        guard isInitials(letters.start..<letters.end), index + 2 < pieces.count,
              index == 0 || pieces[index - 1].end < letters.start else { return false }
        let next = pieces[index + 2]
        return next.kind == .word && next.start > pieces[index + 1].end
            && scalars[next.start].properties.isUppercase
            && !scalars[pieces[index + 1].end..<next.start].contains(where: \.isLineSeparator)
    }

    /// Capital letters each followed by a period except the last: "W", "J.P", "C.Y".
    func isInitials(_ range: Range<Int>) -> Bool {
        guard range.count % 2 == 1 else { return false }
        for (position, offset) in range.enumerated() {
            let scalar = scalars[offset]
            if position % 2 == 0 ? !scalar.properties.isUppercase : scalar != "." { return false }
        }
        return true
    }

    func lowercased(_ range: Range<Int>) -> String {
        String(scalars: scalars[range]).lowercased()
    }
}
