/// The document with its segmentation, quotations and per-token facts, shared by the attribution stages.
struct TextView {
    let document: Document
    let segmentation: Segmentation
    let quotations: [Quotation]
    let rules: RuleSet
    /// Lowercased token texts.
    let lower: [String]
    /// For each token, the innermost quotation whose content contains it (nil outside quotes).
    let quotationOf: [Int?]
    /// For each token, whether it lies in ignored page furniture.
    let ignored: [Bool]
    /// For each token, whether it is a quotation mark of some quotation.
    let isQuoteMark: [Bool]
    /// For each token, whether it stands inside round brackets of its sentence ("(NEMA, Uganda)").
    let inBrackets: [Bool]
    let sources: SourceMatcher
    /// The run's remembered readings and word facts (`AnalysisMemo`).
    let memo: AnalysisMemo
    /// Quotations by the offset of their opening / closing mark, and the parts continuing each.
    let quotationOpening: [Int: Int]
    let quotationClosing: [Int: Int]
    let continuations: [Int: [Int]]
    /// Top-level quotations by the sentence their opening mark stands in.
    let quotationsBySentence: [Int: [Int]]
    /// Words the article writes in lower case somewhere: a capitalised opener among them is no name.
    let lowercaseWords: Set<String>
    /// Each token's form and what the rules say of it, built in one pass (`TokenTable`).
    let table: TokenTable
    /// For each token, `nominal(_:)` (computed once, when everything it reads is set).
    private var nominalFlags: [Bool] = []
    /// For each token, what the German lexicon says of it (TokenGrammar.swift; computed once).
    let grammar: TokenGrammar

    init(document: Document, segmentation: Segmentation, quotations: [Quotation], ignored: [IgnoredSpan], rules: RuleSet,
         sources: SourceMatcher? = nil, memo: AnalysisMemo? = nil) {
        self.memo = memo ?? AnalysisMemo()
        self.document = document
        self.segmentation = segmentation
        self.quotations = quotations
        self.rules = rules
        self.sources = sources ?? SourceMatcher(rules: rules.sources)
        table = TokenTable(tokens: segmentation.tokens, rules: rules, memo: self.memo)
        grammar = TokenGrammar(facts: table.grammar)
        var opening: [Int: Int] = [:]
        var closing: [Int: Int] = [:]
        var continuations: [Int: [Int]] = [:]
        var bySentence: [Int: [Int]] = [:]
        for (index, quotation) in quotations.enumerated() {
            if opening[quotation.open.start] == nil { opening[quotation.open.start] = index }
            if let close = quotation.close, quotation.depth == 0, closing[close.start] == nil { closing[close.start] = index }
            if let head = quotation.continues, head != index { continuations[head, default: []].append(index) }
            let first = TextView.firstToken(atOrAfter: quotation.open.start, in: segmentation.tokens)
            if quotation.depth == 0, quotation.continues == nil, first < segmentation.tokens.count {
                bySentence[segmentation.tokens[first].sentence, default: []].append(index)
            }
        }
        quotationOpening = opening
        quotationClosing = closing
        self.continuations = continuations
        quotationsBySentence = bySentence
        let tokens = segmentation.tokens
        let table = table
        lower = table.formOf.map { table.forms[Int($0)].lower }
        var quotationOf = [Int?](repeating: nil, count: tokens.count)
        var isQuoteMark = [Bool](repeating: false, count: tokens.count)
        // Quotations are sorted by opening mark; deeper ones come later and win.
        var markStarts = Set<Int>()
        for quotation in quotations {
            markStarts.insert(quotation.open.start)
            if let close = quotation.close { markStarts.insert(close.start) }
        }
        for (index, token) in tokens.enumerated() where markStarts.contains(token.span.start) {
            isQuoteMark[index] = true
        }
        for (qIndex, quotation) in quotations.enumerated() {
            let first = TextView.firstToken(atOrAfter: quotation.content.start, in: tokens)
            var index = first
            while index < tokens.count, tokens[index].span.end <= quotation.content.end {
                if !isQuoteMark[index] || tokens[index].span.start >= quotation.content.start {
                    if quotationOf[index].map({ quotations[$0].depth <= quotation.depth }) ?? true {
                        quotationOf[index] = qIndex
                    }
                }
                index += 1
            }
        }
        self.quotationOf = quotationOf
        self.isQuoteMark = isQuoteMark
        var inBrackets = [Bool](repeating: false, count: tokens.count)
        var depth = 0
        for (index, token) in tokens.enumerated() {
            if index > 0, token.sentence != tokens[index - 1].sentence { depth = 0 }
            if table.marks[index] == .closingBracket { depth = max(0, depth - 1) }
            inBrackets[index] = depth > 0
            if table.marks[index] == .openingBracket { depth += 1 }
        }
        self.inBrackets = inBrackets
        lowercaseWords = TextView.lowercaseWords(tokens, table: table)
        self.ignored = TextView.overlapFlags(of: tokens, with: ignored.map(\.span))
        nominalFlags = tokens.indices.map { nominal($0) }
    }

    /// What the lexicons say about a lowercase word.
    struct WordFacts {
        var classes: UInt64
        var cueEntries: [CueEntry]?
        var phraseEntries: [CueEntry]?
        var mood: SubjunctiveLexicon.Mood?
        var title: Bool
        var institution: Bool
    }

    /// What the lexicons say about a lowercase word (titles and institutions match compounds; the
    /// subjunctive forms are lowercase, and lowercasing twice changes nothing).
    static func wordFacts(of word: String, rules: RuleSet) -> WordFacts {
        let names = rules.speakers.titleAndInstitution(lowercased: word)
        return WordFacts(classes: rules.speakers.classMask[word] ?? 0, cueEntries: rules.cues.verbsByForm[word],
                         phraseEntries: rules.cues.phrasesByFirstWord[word], mood: rules.subjunctive.forms[word]?.mood,
                         title: names.title, institution: names.institution)
    }

    /// The lowercase forms of the words written in lower case, each inserted once.
    static func lowercaseWords(_ tokens: [Token], table: TokenTable) -> Set<String> {
        var seen = [Bool](repeating: false, count: table.forms.count)
        var words = Set<String>(minimumCapacity: table.forms.count)
        for (index, token) in tokens.enumerated() where token.kind == .word {
            let form = Int(table.formOf[index])
            guard !seen[form], !table.forms[form].capitalized else { continue }
            seen[form] = true
            words.insert(table.forms[form].lower)
        }
        return words
    }

    /// For each token, whether it overlaps one of `spans`: one sweep over tokens and spans both
    /// sorted by start (token ends never decrease), keeping the furthest end of the spans begun.
    static func overlapFlags(of tokens: [Token], with spans: [Span]) -> [Bool] {
        let sorted = spans.sorted()
        var flags = [Bool](repeating: false, count: tokens.count)
        var next = 0
        var reach = Int.min
        for (index, token) in tokens.enumerated() {
            while next < sorted.count, sorted[next].start < token.span.end {
                reach = max(reach, sorted[next].end)
                next += 1
            }
            flags[index] = reach > token.span.start
        }
        return flags
    }

    var tokens: [Token] { segmentation.tokens }

    /// Index of the first token starting at or after `offset`.
    static func firstToken(atOrAfter offset: Int, in tokens: [Token]) -> Int {
        var low = 0
        var high = tokens.count
        while low < high {
            let mid = (low + high) / 2
            if tokens[mid].span.start < offset { low = mid + 1 } else { high = mid }
        }
        return low
    }

    func text(_ tokens: Range<Int>) -> String {
        guard let span = span(tokens) else { return "" }
        return document.text(span)
    }

    func span(_ range: Range<Int>) -> Span? {
        guard !range.isEmpty, range.lowerBound >= 0, range.upperBound <= tokens.count else { return nil }
        return Span(tokens[range.lowerBound].span.start, tokens[range.upperBound - 1].span.end)
    }

    func isOutsideQuotes(_ index: Int) -> Bool { quotationOf[index] == nil && !isQuoteMark[index] }

    func isWord(_ index: Int) -> Bool {
        index >= 0 && index < tokens.count && (tokens[index].kind == .word || tokens[index].kind == .number)
    }

    func isCapitalized(_ index: Int) -> Bool { table.flags[index].contains(.capitalized) }

    /// A capitalised word that can be part of a name or noun (not a capitalised function word).
    func isNominal(_ index: Int) -> Bool { index >= 0 && index < nominalFlags.count && nominalFlags[index] }

    func has(_ index: Int, _ wordClass: SpeakerLexicon.WordClass) -> Bool {
        guard index >= 0, index < tokens.count else { return false }
        return table.classes[index] & SpeakerLexicon.bit(of: wordClass) != 0
    }

    /// Whether the token is a title or role ("Präsident", "Verteidigungsminister").
    func isTitleToken(_ index: Int) -> Bool {
        index >= 0 && index < tokens.count && table.flags[index].contains(.title)
    }

    /// Whether the token names a speaking body ("Regierung", "Kreml").
    func isInstitutionToken(_ index: Int) -> Bool {
        index >= 0 && index < tokens.count && table.flags[index].contains(.institution)
    }

    /// Clause separators at quote depth 0: comma, semicolon, colon, dashes. Brackets are not:
    /// "(SPD)" belongs to the phrase before it.
    func isClauseSeparator(_ index: Int) -> Bool {
        guard tokens[index].kind == .punctuation || tokens[index].kind == .symbol, table.marks[index] == .clauseSeparator else { return false }
        return isOutsideQuotes(index) && !inBrackets[index]
    }

    /// ".", "!", "?", "…", "...".
    func isSentenceFinal(_ index: Int) -> Bool { table.marks[index] == .sentenceFinal }

    /// The sentence's tokens without trailing final punctuation and closing marks.
    func contentTokens(ofSentence sentence: Int) -> Range<Int> {
        let range = segmentation.sentences[sentence].tokens
        var upper = range.upperBound
        while upper > range.lowerBound, tokens[upper - 1].kind != .word, tokens[upper - 1].kind != .number,
              !isQuoteMark[upper - 1] || isSentenceFinal(upper - 1) {
            upper -= 1
        }
        return range.lowerBound..<upper
    }

    /// Konjunktiv mood of a token, if the subjunctive lexicon knows it (outside capitalised nouns).
    func subjunctive(_ index: Int) -> SubjunctiveLexicon.Mood? {
        guard tokens[index].kind == .word else { return nil }
        if isCapitalized(index), index != segmentation.sentences[tokens[index].sentence].tokens.lowerBound {
            return nil
        }
        return table.forms[Int(table.formOf[index])].word.mood
    }

    /// The cue verb entries the token is a form of (`CueLexicon.verbsByForm` of its lowercase form).
    func verbEntries(_ index: Int) -> [CueEntry]? { table.forms[Int(table.formOf[index])].word.cueEntries }

    /// The phrase cues starting with the token (`CueLexicon.phrasesByFirstWord` of its lowercase form).
    func phraseEntries(_ index: Int) -> [CueEntry]? { table.forms[Int(table.formOf[index])].word.phraseEntries }

    /// The token's Konjunktiv mood in the subjunctive lexicon, wherever it stands.
    func listedMood(_ index: Int) -> SubjunctiveLexicon.Mood? { table.forms[Int(table.formOf[index])].word.mood }
}
