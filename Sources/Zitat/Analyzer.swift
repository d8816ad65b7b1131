/// Runs the analysis stages in their fixed order over one document.
///
/// Stages: furniture → segmentation → quotation marks → cues and frames → claims in text order
/// (direct, indirect, free indirect, reported) → speaker sieves → canonical speakers → sources → addressees.
public struct Analyzer: Sendable {
    public let rules: RuleSet
    let furniture: FurnitureFinder
    let segmenter: Segmenter
    let quotationFinder: QuotationFinder
    let sources: SourceMatcher
    let knowledge: AffiliationResolver
    /// Readings and word facts the articles of a run share (`knowledge` and `sources` are its only resolver and matcher).
    let memo = AnalysisMemo()
    /// The date of articles that carry none (`--date`): it decides who held an office.
    public let defaultDate: String?

    public init(rules: RuleSet, defaultDate: String? = nil) {
        self.rules = rules
        self.defaultDate = defaultDate
        furniture = FurnitureFinder(rules: rules.boilerplate)
        segmenter = Segmenter(rules: rules.abbreviations)
        quotationFinder = QuotationFinder()
        sources = SourceMatcher(rules: rules.sources)
        knowledge = AffiliationResolver(index: rules.knowledge)
    }

    /// Analyses one document; never fails: problems in the text only mean fewer claims.
    public func analyze(_ document: Document) -> Analysis {
        let (ignored, metadataDate) = furniture.furniture(in: document)
        var info = document.info
        if info.date == nil { info.date = metadataDate ?? defaultDate }
        let segmentation = segmenter.segment(document)
        let quotations = quotationFinder.quotations(in: document, segmentation: segmentation)
        let view = TextView(document: document, segmentation: segmentation, quotations: quotations, ignored: ignored, rules: rules,
                            sources: sources, memo: memo)
        let drafts = view.inheritingFrames(view.draftClaims())
        var resolver = EntityResolver(view: view, matcher: sources, knowledge: knowledge, date: info.date.flatMap(KBDate.init))
        let frames = view.reportedFrames(of: drafts)
        var claims: [Claim] = []
        for (index, draft) in drafts.enumerated() {
            claims.append(claim(from: draft, id: index + 1, frame: frames[index], view: view, resolver: &resolver))
        }
        for index in claims.indices {
            if let host = drafts[index].nestedIn { claims[index].nestedIn = host + 1 }
        }
        return Analysis(document: info, claims: claims, ignored: ignored)
    }

    /// The segmentation the analysis uses, for `zitat sentences` and tests.
    public func segment(_ document: Document) -> Segmentation {
        segmenter.segment(document)
    }

    private func claim(from draft: DraftClaim, id: Int, frame frameTokens: [Range<Int>], view: TextView, resolver: inout EntityResolver) -> Claim {
        let document = view.document
        let spans = draft.contentSpans ?? draft.content.compactMap { view.span($0) }
        var rule = [draft.detection]
        var cue: Cue?
        if let match = draft.frame.cue {
            let cueTokens = view.reportedCue(of: draft)
            let cueSpans = cueTokens.map { view.tokens[$0].span }
            // Words side by side are joined by a space, words apart (or apart by anything but white
            // space) by " … ", so the cue's text always reads as its spans do.
            let text = zip(cueTokens, cueTokens.dropFirst() + [Int.max]).map { current, next in
                guard next != Int.max else { return view.tokens[current].text }
                let gap = document.text(Span(view.tokens[current].span.end, view.tokens[next].span.start))
                return view.tokens[current].text + (gap.allSatisfy(\.isWhitespace) ? " " : " … ")
            }.joined()
            cue = Cue(text: text, spans: cueSpans, lemma: match.entry.lemma, medium: match.entry.medium)
            rule.append("cue:\(match.entry.rule)")
        }
        var speaker: Speaker?
        var source: String?
        if let mention = draft.frame.speaker {
            let entity = resolver.entity(for: draft.antecedent ?? mention)
            let mentionSpan = view.span(mention)
            let known = entity.affiliation
            speaker = Speaker(text: view.text(mention), spans: mentionSpan.map { [$0] } ?? [], canonical: entity.canonical,
                              kind: known?.kind, entity: known?.entity, office: known?.office)
            rule.append("speaker:\(draft.frame.speakerSieve ?? "frame")")
            if let known {
                source = known.side
                rule += known.trace
            }
        }
        let frame = frameTokens.compactMap { view.span($0) }
        var addressee: TextSpans?
        if let found = view.addressee(of: draft), let span = view.span(found.range) {
            addressee = TextSpans(text: document.text([span]), spans: [span])
            rule.append("addressee:\(found.rule)")
        }
        return Claim(
            id: id, type: draft.type, text: document.text(spans), spans: spans, cue: cue, speaker: speaker,
            frame: frame.isEmpty ? nil : TextSpans(text: document.text(frame), spans: frame), addressee: addressee,
            source: source, rule: rule.joined(separator: " ")
        )
    }
}
