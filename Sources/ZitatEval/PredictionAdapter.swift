public import Zitat

/// The annotation conventions of the Wikinews corpus that Zitat's claims are adjusted to.
///
/// Each switch is one observed difference between Zitat's spans and the gold spans (checked on
/// train); turning one off shows what it is worth.
public struct AdapterConventions: Hashable, Sendable {
    /// Direct quotes: gold spans include the quotation marks, Zitat's content spans do not.
    public var directIncludesMarks = true
    /// Indirect quotes: gold excludes the separating comma and the sentence-final mark.
    public var indirectTrimsPunctuation = true
    /// Free indirect and reported: gold covers the whole sentence including its final mark.
    public var sentenceTypesIncludeFinalMark = true
    /// Gold annotates a run of free indirect sentences of one speaker as one quotation.
    public var mergeFreeIndirectRuns = true
    /// Predict the medium from the cue's lexicon entry.
    public var predictMedium = true
    /// Reported speech acts: gold marks the whole sentence and its speaker, no cue or frame
    /// (288 of 297 train Reported quotes).
    public var reportedWithoutCue = true
    /// A direct quote interrupted by its frame ("„…“, sagte er, „…“") is one claim in Zitat and
    /// two quotations in the corpus (602 of 604 train Direct quotes have one span).
    public var splitInterruptedDirect = true
    /// "… ausgefallen. Das teilte das Institut mit.": the corpus puts the pointing "Das" into the
    /// quote; Zitat keeps it in the frame.
    public var pointerInQuote = true

    public init(
        directIncludesMarks: Bool = true, indirectTrimsPunctuation: Bool = true, sentenceTypesIncludeFinalMark: Bool = true,
        mergeFreeIndirectRuns: Bool = true, predictMedium: Bool = true, reportedWithoutCue: Bool = true,
        splitInterruptedDirect: Bool = true
    ) {
        self.directIncludesMarks = directIncludesMarks
        self.indirectTrimsPunctuation = indirectTrimsPunctuation
        self.sentenceTypesIncludeFinalMark = sentenceTypesIncludeFinalMark
        self.mergeFreeIndirectRuns = mergeFreeIndirectRuns
        self.predictMedium = predictMedium
        self.reportedWithoutCue = reportedWithoutCue
        self.splitInterruptedDirect = splitInterruptedDirect
        pointerInQuote = true
    }

    public static let wikinews = AdapterConventions()

    /// The switches' names, for `zitat eval --without NAME`.
    public static let names = ["direct-marks", "indirect-trim", "final-mark", "merge-free-indirect", "medium", "reported-cue", "split-direct", "pointer"]

    /// Turns a switch off by name; false for an unknown name.
    public mutating func turnOff(_ name: String) -> Bool {
        switch name {
        case "direct-marks": directIncludesMarks = false
        case "indirect-trim": indirectTrimsPunctuation = false
        case "final-mark": sentenceTypesIncludeFinalMark = false
        case "merge-free-indirect": mergeFreeIndirectRuns = false
        case "medium": predictMedium = false
        case "reported-cue": reportedWithoutCue = false
        case "split-direct": splitInterruptedDirect = false
        case "pointer": pointerInQuote = false
        default: return false
        }
        return true
    }

    /// Zitat's claim types in the corpus's names.
    public static func quoteType(_ type: ClaimType) -> QuoteType {
        switch type {
        case .direct: .direct
        case .indirect: .indirect
        case .freeIndirect: .indirectFreeIndirect
        case .reported: .reported
        }
    }

    /// The corpus type of a claim: a free-indirect continuation decided by reportative "soll"
    /// ("Der Täter soll geflohen sein") is what the corpus calls FreeIndirect.
    public static func quoteType(of claim: Claim) -> QuoteType {
        if claim.type == .freeIndirect, claim.rule.hasPrefix("free_indirect:reportative") { return .freeIndirect }
        return quoteType(claim.type)
    }

    /// Zitat's medium in the corpus's names.
    public static func medium(_ medium: Medium) -> String {
        switch medium {
        case .speech: "Speech"
        case .writing: "Writing"
        case .thought: "Thought"
        }
    }
}

/// A claim in the corpus's conventions, still as character spans.
public struct PredictedQuote: Hashable, Sendable {
    public var type: QuoteType
    public var medium: String?
    public var quote: [Span]
    public var speaker: [Span]
    public var cue: [Span]
    public var frame: [Span]
    public var addressee: [Span]
    /// The rule and sieves that decided (for merged runs, the first claim's).
    public var rule: String
    /// The claims this prediction comes from (several for a merged free indirect run).
    public var claimIDs: [Int]
    /// The speaker's canonical name.
    public var speakerName: String?
    public var isNested: Bool
    public var hasNested: Bool

    public subscript(part: Part) -> [Span] {
        switch part {
        case .quote: quote
        case .speaker: speaker
        case .cue: cue
        case .frame: frame
        case .addressee: addressee
        }
    }
}

/// Turns Zitat's analysis into predictions in the corpus's conventions.
public struct PredictionAdapter: Sendable {
    public var conventions: AdapterConventions

    public init(conventions: AdapterConventions = .wikinews) {
        self.conventions = conventions
    }

    static let quotationMarks: Set<Unicode.Scalar> = ["\"", "'", "„", "“", "”", "‚", "‘", "’", "»", "«", "›", "‹"]
    static let finalMarks: Set<Unicode.Scalar> = [".", "!", "?"]
    static let separators: Set<Unicode.Scalar> = [",", ";", ":", ".", "!", "?"]

    /// The predictions for the claims of an analysis of `text`, in text order.
    public func predictions(for analysis: Analysis, text: String) -> [PredictedQuote] {
        let scalars = Array(text.unicodeScalars)
        let nestedParents = Set(analysis.claims.compactMap(\.nestedIn))
        var result: [PredictedQuote] = analysis.claims.flatMap { claim -> [Claim] in
            guard conventions.splitInterruptedDirect, claim.type == .direct, claim.spans.count > 1 else { return [claim] }
            return claim.spans.map { span in
                var part = claim
                part.spans = [span]
                return part
            }
        }.map { claim in
            let type = AdapterConventions.quoteType(of: claim)
            let bare = conventions.reportedWithoutCue && claim.type == .reported
            let pointer = pointer(of: claim, in: scalars)
            // The pointing word is the quote's, not the frame's.
            let frame = (claim.frame?.spans ?? []).map { span in
                pointer.first.map { $0.start == span.start ? Span(min(span.end, $0.end), span.end) : span } ?? span
            }.map { trimmed($0, in: scalars) { _ in false } }.filter { $0.start < $0.end }
            return PredictedQuote(
                type: type,
                medium: conventions.predictMedium ? Self.medium(of: claim, type: type) : nil,
                quote: (adjust(claim.spans, type: type, in: scalars) + pointer).normalized(),
                speaker: claim.speaker?.spans.normalized() ?? [],
                cue: bare ? [] : claim.cue?.spans.normalized() ?? [],
                frame: bare ? [] : frame.normalized(),
                addressee: claim.addressee?.spans.normalized() ?? [],
                rule: claim.rule, claimIDs: [claim.id], speakerName: claim.speaker?.canonical,
                isNested: claim.nestedIn != nil, hasNested: nestedParents.contains(claim.id)
            )
        }
        result.sort {
            let left = $0.quote.first ?? Span(0, 0), right = $1.quote.first ?? Span(0, 0)
            return (left.start, left.end, $0.claimIDs.first ?? 0) < (right.start, right.end, $1.claimIDs.first ?? 0)
        }
        if conventions.mergeFreeIndirectRuns { result = mergeFreeIndirectRuns(result, in: scalars) }
        return result
    }

    /// The medium of a claim: its cue's; hearsay "soll" with no cue may have been said or written,
    /// which the corpus labels "SW" (73 of 119 train FreeIndirect quotes).
    static func medium(of claim: Claim, type: QuoteType) -> String? {
        if let medium = claim.cue?.medium { return AdapterConventions.medium(medium) }
        return type == .freeIndirect ? "SW" : nil
    }

    /// The first word of the frame of a claim reported by the next sentence ("Das teilte … mit"),
    /// which the corpus counts as part of the quote.
    func pointer(of claim: Claim, in scalars: [Unicode.Scalar]) -> [Span] {
        guard conventions.pointerInQuote, claim.rule.hasPrefix("indirect:frame-next-sentence"),
              let frame = claim.frame?.spans.first else { return [] }
        var end = frame.start
        while end < min(frame.end, scalars.count), !scalars[end].properties.isWhitespace { end += 1 }
        return end > frame.start ? [Span(frame.start, end)] : []
    }

    /// Moves a quote's span edges to where the corpus puts them for its type.
    func adjust(_ spans: [Span], type: QuoteType, in scalars: [Unicode.Scalar]) -> [Span] {
        spans.map { span in
            var span = Span(max(0, min(span.start, scalars.count)), max(0, min(span.end, scalars.count)))
            switch type {
            case .direct where conventions.directIncludesMarks:
                if span.start > 0, Self.quotationMarks.contains(scalars[span.start - 1]) { span.start -= 1 }
                if span.end < scalars.count, Self.quotationMarks.contains(scalars[span.end]) { span.end += 1 }
            case .indirect where conventions.indirectTrimsPunctuation:
                span = trimmed(span, in: scalars) { Self.separators.contains($0) }
            case .indirectFreeIndirect, .freeIndirect, .reported:
                guard conventions.sentenceTypesIncludeFinalMark else { break }
                span = trimmed(span, in: scalars) { _ in false }
                var end = span.end
                // Past a closing quotation mark to the sentence's final mark: »… sagen“.
                while end < scalars.count, Self.quotationMarks.contains(scalars[end]) { end += 1 }
                if end < scalars.count, Self.finalMarks.contains(scalars[end]) { span.end = end + 1 }
            default:
                break
            }
            return span
        }
    }

    /// The span without surrounding whitespace and without `drop` characters at either edge.
    func trimmed(_ span: Span, in scalars: [Unicode.Scalar], dropping drop: (Unicode.Scalar) -> Bool) -> Span {
        var start = span.start, end = span.end
        while start < end, scalars[start].properties.isWhitespace || drop(scalars[start]) { start += 1 }
        while end > start, scalars[end - 1].properties.isWhitespace || drop(scalars[end - 1]) { end -= 1 }
        return Span(start, end)
    }

    /// Joins free indirect predictions of the same type and speaker separated only by whitespace
    /// (the corpus annotates a run of them as one quote).
    func mergeFreeIndirectRuns(_ predictions: [PredictedQuote], in scalars: [Unicode.Scalar]) -> [PredictedQuote] {
        var result: [PredictedQuote] = []
        for prediction in predictions {
            if prediction.type == .indirectFreeIndirect || prediction.type == .freeIndirect, let last = result.last, last.type == prediction.type,
                prediction.speakerName == last.speakerName,
                let lastEnd = last.quote.last?.end, let start = prediction.quote.first?.start, lastEnd <= start,
                scalars[lastEnd..<start].allSatisfy({ $0.properties.isWhitespace })
            {
                var merged = last
                merged.quote = [Span(last.quote.first?.start ?? lastEnd, prediction.quote.last?.end ?? start)]
                merged.cue = (last.cue + prediction.cue).normalized()
                merged.frame = (last.frame + prediction.frame).normalized()
                merged.addressee = (last.addressee + prediction.addressee).normalized()
                if merged.speaker.isEmpty { merged.speaker = prediction.speaker }
                merged.claimIDs += prediction.claimIDs
                merged.hasNested = merged.hasNested || prediction.hasNested
                result[result.count - 1] = merged
            } else {
                result.append(prediction)
            }
        }
        return result
    }
}

/// Maps character spans to the corpus's token ids: a token belongs to a span it overlaps.
public struct TokenIndex: Sendable {
    public let tokens: [WikinewsToken]

    public init(tokens: [WikinewsToken]) {
        self.tokens = tokens.sorted { ($0.charBegin, $0.id) < ($1.charBegin, $1.id) }
    }

    /// The ids of the tokens overlapping any of the spans.
    public func tokenIDs(_ spans: [Span]) -> Set<Int> {
        var ids: Set<Int> = []
        for span in spans where !span.isEmpty {
            var low = 0, high = tokens.count
            while low < high {
                let middle = (low + high) / 2
                if tokens[middle].charEnd <= span.start { low = middle + 1 } else { high = middle }
            }
            // Tokens are sorted by start; ends are monotone in practice, so scan on from here.
            var index = max(0, low - 1)
            while index < tokens.count, tokens[index].charBegin < span.end {
                let token = tokens[index]
                if token.charBegin < span.end, span.start < token.charEnd, token.charEnd > token.charBegin { ids.insert(token.id) }
                index += 1
            }
        }
        return ids
    }

    /// A prediction as the metric sees it.
    public func scoringQuote(_ prediction: PredictedQuote) -> ScoringQuote {
        ScoringQuote(
            type: prediction.type, medium: prediction.medium, quote: tokenIDs(prediction.quote),
            speaker: tokenIDs(prediction.speaker), cue: tokenIDs(prediction.cue), frame: tokenIDs(prediction.frame),
            addressee: tokenIDs(prediction.addressee))
    }

    /// A role in the corpus format: token ids, one span per run of consecutive tokens, and its text.
    public func role(_ ids: Set<Int>, scalars: [Unicode.Scalar]) -> WikinewsRole {
        let ordered = tokens.filter { ids.contains($0.id) }
        guard !ordered.isEmpty else { return .empty }
        var spans: [WikinewsSpan] = []
        var position: [Int: Int] = [:]
        for (index, token) in tokens.enumerated() { position[token.id] = index }
        var runStart = ordered[0], runEnd = ordered[0]
        func close() {
            spans.append(WikinewsSpan(charBegin: runStart.charBegin, charEnd: runEnd.charEnd, begin: runStart.id, end: runEnd.id + 1))
        }
        for token in ordered.dropFirst() {
            if let here = position[token.id], let previous = position[runEnd.id], here == previous + 1 {
                runEnd = token
            } else {
                close()
                runStart = token
                runEnd = token
            }
        }
        close()
        let text = spans.map { span in
            let lower = max(0, min(span.charBegin, scalars.count)), upper = max(lower, min(span.charEnd, scalars.count))
            return String(String.UnicodeScalarView(scalars[lower..<upper]))
        }.joined(separator: " ")
        return WikinewsRole(text: text, spans: spans, tokenIds: ordered.map(\.id))
    }

    /// A prediction in the corpus format.
    public func annotation(_ prediction: PredictedQuote, id: Int, scalars: [Unicode.Scalar]) -> WikinewsAnnotation {
        let quote = scoringQuote(prediction)
        return WikinewsAnnotation(
            id: id, type: prediction.type, medium: prediction.medium ?? "none",
            quote: role(quote.quote, scalars: scalars), speaker: role(quote.speaker, scalars: scalars),
            cue: role(quote.cue, scalars: scalars), frame: role(quote.frame, scalars: scalars),
            addressee: role(quote.addressee, scalars: scalars), isNested: prediction.isNested, hasNested: prediction.hasNested,
            rule: prediction.rule)
    }
}
