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

    func opensMainClause(_ start: Int) -> Bool {
        start > 0 && (lower[start] == "und" || lower[start] == "aber" || lower[start] == "doch")
    }

    /// Whether no word but the cue's own follows its verb in the clause: in a subordinate clause the
    /// verb comes last ("als die Behörde angab"); "Als Grund nannte die Behörde …" is a main clause.
    func verbIsLast(_ cue: CueMatch, clause: Range<Int>) -> Bool {
        !((cue.anchor + 1)..<max(cue.anchor + 1, clause.upperBound)).contains { isWord($0) && !cue.tokens.contains($0) && isOutsideQuotes($0) }
    }

    /// Whether the words contain a first- or second-person pronoun ("ich", "wir", "Sie" aside).
    func speaksInPerson(_ range: Range<Int>) -> Bool {
        range.contains { has($0, .inPerson) }
    }

    func wordCount(_ range: Range<Int>) -> Int { range.filter { isWord($0) }.count }

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

}
