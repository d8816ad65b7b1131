public import Zitat

/// A side whose claims the report compares, as chosen with `--sources`.
public struct ReportSource: Hashable, Sendable, Codable {
    public var id: String
    public var name: String
    /// A CSS hex colour ("#1f5fa8"), or nil for the default.
    public var color: String?

    public init(id: String, name: String, color: String? = nil) {
        self.id = id
        self.name = name
        self.color = color
    }
}

/// One claim as the renderers see it: text, offsets, who, how, on whose behalf, about what.
public struct ReportClaim: Hashable, Sendable, Codable {
    public var id: Int
    public var type: ClaimType
    public var text: String
    /// First and last scalar offset of the content in the article's original text.
    public var start: Int
    public var end: Int
    public var spans: [Span]
    public var speaker: String?
    public var speakerCanonical: String?
    public var speakerSpans: [Span]
    /// Named person, institution, state, anonymous, media; nil while unknown.
    public var speakerKind: SpeakerKind?
    public var cue: String?
    public var cueSpans: [Span]
    /// The source the analysis gave the claim, whether chosen for the report or not.
    public var source: String?
    /// Where the report shows the claim: a chosen source's id, or `speaker:` and the speaker's name.
    public var group: String
    public var topics: [Topic]
    public var rule: String
    public var nestedIn: Int?
    /// The speaker's knowledge-base entity and office, when known.
    public var speakerEntity: String?
    public var speakerOffice: String?
    /// The cue's lexicon entry ("mitteilen") and medium (speech, writing, thought).
    public var cueLemma: String?
    public var medium: String?
    /// Whom the words were said to ("der Zeitung"), when the cue's clause names someone.
    public var addressee: TextSpans?

    public init(
        id: Int, type: ClaimType, text: String, start: Int, end: Int, spans: [Span] = [],
        speaker: String? = nil, speakerCanonical: String? = nil, speakerSpans: [Span] = [], speakerKind: SpeakerKind? = nil,
        cue: String? = nil, cueSpans: [Span] = [], source: String? = nil, group: String,
        topics: [Topic] = [], rule: String, nestedIn: Int? = nil,
        speakerEntity: String? = nil, speakerOffice: String? = nil,
        cueLemma: String? = nil, medium: String? = nil, addressee: TextSpans? = nil
    ) {
        self.addressee = addressee
        self.speakerEntity = speakerEntity
        self.speakerOffice = speakerOffice
        self.cueLemma = cueLemma
        self.medium = medium
        self.id = id
        self.type = type
        self.text = text
        self.start = start
        self.end = end
        self.spans = spans.isEmpty ? [Span(start, end)] : spans
        self.speaker = speaker
        self.speakerCanonical = speakerCanonical
        self.speakerSpans = speakerSpans
        self.speakerKind = speakerKind
        self.cue = cue
        self.cueSpans = cueSpans
        self.source = source
        self.group = group
        self.topics = topics
        self.rule = rule
        self.nestedIn = nestedIn
    }
}

/// One analysed article with its claims.
public struct ReportDocument: Hashable, Sendable, Codable {
    public var id: String
    /// The JSONL `title`, or the article's first line.
    public var title: String?
    public var path: String?
    public var date: String?
    public var outlet: String?
    public var url: String?
    /// A JSONL article's fields besides text, id, date, outlet, url and title, as given.
    public var metadata: [String: JSONValue] = [:]
    public var claims: [ReportClaim]

    public init(id: String, title: String? = nil, path: String? = nil, date: String? = nil, outlet: String? = nil, url: String? = nil,
                claims: [ReportClaim]) {
        self.id = id
        self.title = title
        self.path = path
        self.date = date
        self.outlet = outlet
        self.url = url
        self.claims = claims
    }
}

/// How many claims of each type.
public struct TypeCount: Hashable, Sendable, Codable {
    public var type: ClaimType
    public var count: Int

    public init(type: ClaimType, count: Int) {
        self.type = type
        self.count = count
    }
}

/// A claim with the article it comes from: enough of the article (title, date, outlet) to show
/// and filter it without keeping the article index.
public struct PlacedClaim: Hashable, Sendable, Codable {
    /// The article's position in the corpus (0-based).
    public var document: Int
    public var documentID: String
    public var claim: ReportClaim
    public var title: String?
    public var date: String?
    public var outlet: String?
    /// In a topic row: how characteristic of the topic the claim is (0…1, see `TopicMiner.score`); 0 elsewhere.
    public var score: Double = 0

    public init(document: Int, documentID: String, claim: ReportClaim, title: String? = nil, date: String? = nil, outlet: String? = nil) {
        self.document = document
        self.documentID = documentID
        self.claim = claim
        self.title = title
        self.date = date
        self.outlet = outlet
    }

    /// The order of a topic row's cell: most characteristic first; ties by date (undated last),
    /// then article id, then claim id, so the order never depends on the input's order or on timing.
    public static func characteristicFirst(_ lhs: PlacedClaim, _ rhs: PlacedClaim) -> Bool {
        if lhs.score != rhs.score { return lhs.score > rhs.score }
        if lhs.date != rhs.date { return (lhs.date ?? "\u{10FFFF}") < (rhs.date ?? "\u{10FFFF}") }
        if lhs.documentID != rhs.documentID { return lhs.documentID < rhs.documentID }
        return lhs.claim.id < rhs.claim.id
    }
}

/// The claims of one source (or of one speaker without a chosen source).
public struct ClaimGroup: Hashable, Sendable, Codable {
    /// A source id, or `speaker:` and the speaker's name.
    public var key: String
    public var label: String
    public var color: String?
    public var isSource: Bool
    /// For a speaker's group: what kind of speaker, when known.
    public var kind: SpeakerKind?
    public var total: Int
    public var counts: [TypeCount]
    /// The claims shown; at most the report's limit, `total` counts them all.
    public var claims: [PlacedClaim]

    public init(key: String, label: String, color: String? = nil, isSource: Bool, kind: SpeakerKind? = nil, total: Int = 0,
                counts: [TypeCount] = [], claims: [PlacedClaim] = []) {
        self.key = key
        self.label = label
        self.color = color
        self.isSource = isSource
        self.kind = kind
        self.total = total
        self.counts = counts.isEmpty ? ClaimType.allCases.map { TypeCount(type: $0, count: 0) } : counts
        self.claims = claims
    }
}

/// What one column of the comparison says on one topic.
public struct MatrixCell: Hashable, Sendable, Codable {
    /// A source id, or `others` for speakers without a chosen source.
    public var column: String
    public var total: Int
    public var claims: [PlacedClaim]

    public init(column: String, total: Int = 0, claims: [PlacedClaim] = []) {
        self.column = column
        self.total = total
        self.claims = claims
    }
}

/// One topic across the sources; a point of comparison when two or more sources address it.
public struct MatrixRow: Hashable, Sendable, Codable {
    public var topic: Topic
    public var cells: [MatrixCell]
    /// Distinct sides (chosen sources and other speakers) that addressed the topic, counted up to 9.
    public var sides: Int
    /// First and last article date among the topic's claims.
    public var firstDate: String?
    public var lastDate: String?

    public init(topic: Topic, cells: [MatrixCell], sides: Int = 0, firstDate: String? = nil, lastDate: String? = nil) {
        self.topic = topic
        self.cells = cells
        self.sides = sides
        self.firstDate = firstDate
        self.lastDate = lastDate
    }

    /// How many chosen sources said something on the topic.
    public var sourceCount: Int { cells.filter { $0.column != MatrixRow.others && $0.total > 0 }.count }
    public var isComparison: Bool { sourceCount >= 2 }
    public var total: Int { cells.reduce(0) { $0 + $1.total } }
    public static let others = "others"
}

/// An article in the report's index.
public struct DocumentEntry: Hashable, Sendable, Codable {
    public var id: String
    public var title: String?
    public var path: String?
    public var date: String?
    public var outlet: String?
    public var url: String?
    public var claimCount: Int
    /// Claims per chosen source, in the report's source order.
    public var sourceCounts: [Int]
    /// Claims of speakers without a chosen source.
    public var otherCount: Int
    /// Whether the report shows the article's text.
    public var hasText: Bool

    public init(id: String, title: String? = nil, path: String? = nil, date: String? = nil, outlet: String? = nil, url: String? = nil,
                claimCount: Int, sourceCounts: [Int], otherCount: Int, hasText: Bool) {
        self.id = id
        self.title = title
        self.path = path
        self.date = date
        self.outlet = outlet
        self.url = url
        self.claimCount = claimCount
        self.sourceCounts = sourceCounts
        self.otherCount = otherCount
        self.hasText = hasText
    }
}

/// An article whose text the report shows with its claims marked.
public struct ArticleView: Hashable, Sendable, Codable {
    /// The article's position in the index.
    public var document: Int
    public var id: String
    public var text: String
    public var claims: [ReportClaim]

    public init(document: Int, id: String, text: String, claims: [ReportClaim]) {
        self.document = document
        self.id = id
        self.text = text
        self.claims = claims
    }
}

/// How much of a corpus a report keeps, so memory stays bounded as the corpus grows.
public struct ReportLimits: Hashable, Sendable, Codable {
    /// Articles whose full text is shown (the first ones).
    public var articleTexts: Int
    /// Claims listed per topic and source in the comparison matrix.
    public var claimsPerCell: Int
    /// Claims listed per key-term topic and source.
    public var claimsPerTermCell: Int
    /// Claims listed per source section.
    public var claimsPerGroup: Int
    /// Claims listed per speaker without a chosen source (there can be thousands of speakers).
    public var claimsPerSpeaker: Int
    /// Speakers without a chosen source listed on the page (most claims first); all are counted.
    public var speakersShown: Int
    /// Key-term topics tracked (rule topics are always tracked).
    public var keyTermTopics: Int
    /// Whether to keep the article index (one small entry per article).
    public var keepsIndex: Bool
    /// Articles the one-page index lists (the first ones); the `--html-dir` folder lists all.
    public var indexEntries: Int

    public init(articleTexts: Int = 50, claimsPerCell: Int = 6, claimsPerTermCell: Int = 3, claimsPerGroup: Int = 200,
                claimsPerSpeaker: Int = 5, speakersShown: Int = 40, keyTermTopics: Int = 200, keepsIndex: Bool = true,
                indexEntries: Int = 2000) {
        self.indexEntries = indexEntries
        self.articleTexts = articleTexts
        self.claimsPerCell = claimsPerCell
        self.claimsPerTermCell = claimsPerTermCell
        self.claimsPerGroup = claimsPerGroup
        self.claimsPerSpeaker = claimsPerSpeaker
        self.speakersShown = speakersShown
        self.keyTermTopics = keyTermTopics
        self.keepsIndex = keepsIndex
    }

    /// Only counts: for streaming CSV/JSON output, where nothing else is needed at the end.
    public static let countsOnly = ReportLimits(
        articleTexts: 0, claimsPerCell: 0, claimsPerTermCell: 0, claimsPerGroup: 0, claimsPerSpeaker: 0, speakersShown: 0, keyTermTopics: 0, keepsIndex: false
    )
}

/// Everything a report page shows, gathered from the analyses of one or many articles.
public struct Report: Hashable, Sendable, Codable {
    public var title: String
    public var sources: [ReportSource]
    /// The chosen sources first (even when silent), then speakers without one, most claims first.
    public var groups: [ClaimGroup]
    /// Rule topics in rule order, then key terms by number of claims.
    public var matrix: [MatrixRow]
    public var documents: [DocumentEntry]
    public var articles: [ArticleView]
    public var failures: [CorpusFailure]
    public var articleCount: Int
    public var claimCount: Int
    public var limits: ReportLimits
    /// Sourcing per matrix column (the chosen sources, then `others`).
    public var sides: [SideStats]
    /// Claims per day and per outlet, for the timeline and the outlet table (the index may list only some articles).
    public var days: [ColumnCount] = []
    public var outlets: [ColumnCount] = []
    public var droppedOutlets = DroppedCount()
    /// Speakers without a chosen source that were dropped from the tables when these grew past
    /// their capacity (rarely quoted ones first), and their claims: counted, not listed.
    public var droppedSpeakers = DroppedCount()

    public init(title: String, sources: [ReportSource], groups: [ClaimGroup], matrix: [MatrixRow],
                documents: [DocumentEntry], articles: [ArticleView], failures: [CorpusFailure] = [],
                articleCount: Int, claimCount: Int, limits: ReportLimits = ReportLimits(), sides: [SideStats] = []) {
        self.title = title
        self.sources = sources
        self.groups = groups
        self.matrix = matrix
        self.documents = documents
        self.articles = articles
        self.failures = failures
        self.articleCount = articleCount
        self.claimCount = claimCount
        self.limits = limits
        self.sides = sides
    }

    /// Matrix columns: the chosen sources, then `others` when speakers without one addressed a topic.
    public var columns: [String] {
        var result = sources.map(\.id)
        if matrix.contains(where: { $0.cells.contains { $0.column == MatrixRow.others && $0.total > 0 } }) {
            result.append(MatrixRow.others)
        }
        return result
    }
}
