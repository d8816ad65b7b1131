/// The kinds of reported speech Zitat finds (the Wikinews corpus's types, in snake case).
public enum ClaimType: String, Sendable, Codable, CaseIterable, Comparable {
    /// Quoted speech in quotation marks.
    case direct
    /// Paraphrase with a frame: a cue ("sagte", "laut", "hieß es") and a complement.
    case indirect
    /// A subjunctive sentence with no cue that continues the previous speaker.
    case freeIndirect = "free_indirect"
    /// A speech act with a nominal object ("forderte den Rücktritt").
    case reported

    public static func < (lhs: ClaimType, rhs: ClaimType) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// How a claim was made, as the cue lexicon says (the corpus's `medium`).
public enum Medium: String, Sendable, Codable, CaseIterable {
    case speech, writing, thought
}

/// Some text of the article with the spans it covers.
public struct TextSpans: Hashable, Sendable, Codable {
    public var text: String
    public var spans: [Span]

    public init(text: String, spans: [Span]) {
        self.text = text
        self.spans = spans
    }
}

/// The words that introduce reported speech ("teilte … mit", "laut", "hieß es").
public struct Cue: Hashable, Sendable, Codable {
    public var text: String
    public var spans: [Span]
    /// The lexicon entry that matched, e.g. "mitteilen".
    public var lemma: String?
    public var medium: Medium?

    public init(text: String, spans: [Span], lemma: String? = nil, medium: Medium? = nil) {
        self.text = text
        self.spans = spans
        self.lemma = lemma
        self.medium = medium
    }
}

/// What kind of speaker a mention names, for sourcing transparency ("3 of Washington's 12 claims
/// come from unnamed officials").
public enum SpeakerKind: String, Sendable, Codable, CaseIterable {
    /// A named person ("Sergej Lawrow", "der US-Präsident").
    case person
    /// A body: government, ministry, party, company, court ("das Weiße Haus", "das Pentagon").
    case institution
    /// A country or capital as actor ("Moskau erklärte", "die USA").
    case state
    /// Unnamed officials and circles ("ein US-Vertreter", "in Nato-Kreisen").
    case anonymous
    /// A news outlet or agency ("die Washington Post", "Interfax"): it reports, it is no side.
    case media
}

/// Who said it: the mention in the text and the canonical name it stands for.
public struct Speaker: Hashable, Sendable, Codable {
    public var text: String
    public var spans: [Span]
    /// The name shared by all mentions of the same person or body in the article.
    public var canonical: String
    /// What kind of speaker this is, when known.
    public var kind: SpeakerKind?
    /// The knowledge-base entry the speaker resolved to ("sergej-lawrow"), when known.
    public var entity: String?
    /// The office the entity held at the article's date ("Außenminister Russlands"), when known.
    public var office: String?

    public init(text: String, spans: [Span], canonical: String, kind: SpeakerKind? = nil, entity: String? = nil, office: String? = nil) {
        self.text = text
        self.spans = spans
        self.canonical = canonical
        self.kind = kind
        self.entity = entity
        self.office = office
    }
}

/// One attributed piece of reported speech: quote, cue, speaker, and the rules that decided.
public struct Claim: Hashable, Sendable, Codable, Identifiable {
    public var id: Int
    public var type: ClaimType
    /// The quoted or paraphrased content (for direct quotes without the marks).
    public var text: String
    public var spans: [Span]
    public var cue: Cue?
    public var speaker: Speaker?
    /// The framing words around the content (speaker, cue and their clause).
    public var frame: TextSpans?
    public var addressee: TextSpans?
    /// The source the speaker stands for ("Washington", "Kremlin", "NATO"), if any.
    public var source: String?
    /// The rule and sieve ids that decided, space-separated in stage order, e.g.
    /// "indirect:frame-before/dass cue:say speaker:cue-subject source:Kreml".
    public var rule: String
    /// For a direct quote inside another claim, that claim's id.
    public var nestedIn: Int?

    public init(
        id: Int, type: ClaimType, text: String, spans: [Span], cue: Cue? = nil,
        speaker: Speaker? = nil, frame: TextSpans? = nil, addressee: TextSpans? = nil,
        source: String? = nil, rule: String, nestedIn: Int? = nil
    ) {
        self.id = id
        self.type = type
        self.text = text
        self.spans = spans
        self.cue = cue
        self.speaker = speaker
        self.frame = frame
        self.addressee = addressee
        self.source = source
        self.rule = rule
        self.nestedIn = nestedIn
    }

    /// The span from the first to the last character of the content.
    public var extent: Span {
        guard let first = spans.first else { return Span(0, 0) }
        return spans.dropFirst().reduce(first) { $0.union($1) }
    }
}

/// Text that yields no claims because it is page furniture, with the pattern that matched.
public struct IgnoredSpan: Hashable, Sendable, Codable {
    public var start: Int
    public var end: Int
    /// For example "boilerplate:paywall".
    public var reason: String

    public init(start: Int, end: Int, reason: String) {
        self.start = start
        self.end = end
        self.reason = reason
    }

    public var span: Span { Span(start, end) }
}

/// What the output says about the analysed document.
public struct DocumentInfo: Hashable, Sendable, Codable {
    /// The file name without extension, or the id given by a corpus line.
    public var id: String
    public var path: String?
    /// A date found in the document's metadata ("2021-04"), or given by the corpus.
    public var date: String?
    public var outlet: String?
    public var url: String?
    /// The headline a corpus gives (JSONL `title`), if any.
    public var title: String?

    public init(id: String, path: String? = nil, date: String? = nil, outlet: String? = nil, url: String? = nil, title: String? = nil) {
        self.id = id
        self.title = title
        self.path = path
        self.date = date
        self.outlet = outlet
        self.url = url
    }
}

/// The result of analysing one document.
public struct Analysis: Hashable, Sendable, Codable {
    public var document: DocumentInfo
    public var claims: [Claim]
    public var ignored: [IgnoredSpan]

    public init(document: DocumentInfo, claims: [Claim], ignored: [IgnoredSpan]) {
        self.document = document
        self.claims = claims
        self.ignored = ignored
    }
}
