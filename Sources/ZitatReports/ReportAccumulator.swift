public import Zitat

/// Gathers report documents, one at a time and in order, into what the report page shows,
/// keeping only as much as `limits` allow: memory stays bounded however many articles come.
///
/// What grows with the corpus is kept as compact summaries in tables of fixed capacity: claims per
/// day and per outlet, speakers (the rarely quoted are dropped first and counted as dropped), the
/// topic miner's words; the article index keeps its first `limits.indexEntries` entries only.
public struct ReportAccumulator: Sendable {
    public static let speakerPrefix = "speaker:"
    /// Speakers without a chosen source tracked at most (each keeps up to `claimsPerSpeaker` claims).
    static let speakerCapacity = 10_000
    /// Outlets tracked at most.
    static let outletCapacity = 5_000
    /// Claims between two trims of the example claims nobody will see (`trimExamples`).
    static let trimEvery = 10_000

    public let sources: [ReportSource]
    public let limits: ReportLimits
    public let ruleTopics: [Topic]
    var groups: [String: ClaimGroup] = [:]
    var speakerGroups = 0
    var droppedSpeakers = DroppedCount()
    var rows: [String: MatrixRow] = [:]
    var keyTermRows = 0
    var documents: [DocumentEntry] = []
    var articles: [ArticleView] = []
    var sides: [SideCounter]
    var days = ColumnCounter()
    var outlets = ColumnCounter(capacity: ReportAccumulator.outletCapacity)
    var miner: TopicMiner?
    var nextTrim = ReportAccumulator.trimEvery
    /// Since the last trim: the claims a speaker needs to keep examples (that of the last speaker kept).
    var speakerThreshold = 0
    public private(set) var failures: [CorpusFailure] = []
    public private(set) var articleCount = 0
    public private(set) var claimCount = 0

    /// With a `tagger`, key terms the sides share across the corpus become topics too.
    public init(sources: [ReportSource], ruleTopics: [Topic], limits: ReportLimits = ReportLimits(), tagger: TopicTagger? = nil) {
        self.sources = sources
        self.ruleTopics = ruleTopics
        self.limits = limits
        for source in sources {
            groups[source.id] = ClaimGroup(key: source.id, label: source.name, color: source.color, isSource: true)
        }
        let columns = sources.map(\.id) + [MatrixRow.others]
        sides = columns.map { SideCounter(column: $0) }
        if let tagger, limits.keyTermTopics > 0 || limits.claimsPerCell > 0 {
            miner = TopicMiner(tagger: tagger, columns: columns.count, perCell: limits.claimsPerTermCell)
        }
    }

    /// The column of a claim: its source's position, or the last one for other speakers.
    func column(of claim: ReportClaim) -> Int {
        sources.firstIndex { $0.id == claim.group } ?? sources.count
    }

    /// Adds the next article; `text` is kept only for the first `limits.articleTexts` articles.
    /// `terms`, when given, are each claim's key terms, found beforehand by a parallel worker.
    public mutating func add(_ document: ReportDocument, text: String? = nil, terms: [[KeyTerm]]? = nil) {
        let index = articleCount
        articleCount += 1
        claimCount += document.claims.count
        var columnCounts = Array(repeating: 0, count: sources.count + 1)
        for (position, claim) in document.claims.enumerated() {
            let column = column(of: claim)
            columnCounts[column] += 1
            sides[column].add(claim)
            let placed = PlacedClaim(document: index, documentID: document.id, claim: ReportAccumulator.slim(claim),
                                     title: document.title, date: document.date, outlet: document.outlet)
            addToGroup(placed)
            let known = terms.flatMap { $0.indices.contains(position) ? $0[position] : nil }
            let claimTerms = miner == nil ? [] : known ?? miner?.tagger.keyTerms(in: claim.text) ?? []
            miner?.add(placed, column: column, terms: claimTerms)
            for topic in claim.topics { addToMatrix(placed, topic: topic, column: column, terms: claimTerms) }
        }
        addToTables(document, counts: columnCounts)
        if claimCount >= nextTrim {
            trimExamples()
            nextTrim = claimCount + ReportAccumulator.trimEvery
        }
        let hasText = text != nil && articles.count < limits.articleTexts
        if hasText, let text {
            articles.append(ArticleView(document: index, id: document.id, text: text, claims: document.claims))
        }
        if limits.keepsIndex, documents.count < limits.indexEntries {
            documents.append(ReportAccumulator.entry(document, counts: columnCounts, hasText: hasText))
        }
    }

    /// The index entry of an article whose claims fall `counts` per column.
    static func entry(_ document: ReportDocument, counts: [Int], hasText: Bool) -> DocumentEntry {
        DocumentEntry(id: document.id, title: document.title, path: document.path, date: document.date, outlet: document.outlet,
                      url: document.url, claimCount: document.claims.count, sourceCounts: Array(counts.dropLast()),
                      otherCount: counts.last ?? 0, hasText: hasText)
    }

    /// A claim as lists show it: without the spans only the article's own page needs.
    static func slim(_ claim: ReportClaim) -> ReportClaim {
        var claim = claim
        claim.spans = []
        claim.speakerSpans = []
        claim.cueSpans = []
        return claim
    }

    /// Claims per day and per outlet (summaries, so the index need not be kept).
    mutating func addToTables(_ document: ReportDocument, counts: [Int]) {
        if let date = document.date { days.add(String(date.prefix(10)), counts: counts) }
        if let outlet = document.outlet { outlets.add(outlet, counts: counts) }
    }

    public mutating func addFailure(_ failure: CorpusFailure) {
        failures.append(failure)
    }

    mutating func addToGroup(_ placed: PlacedClaim) {
        var key = placed.claim.group
        // With no page to show them, speakers outside the chosen sources only need a total, so
        // memory does not grow with the number of distinct speakers in the corpus.
        if limits.speakersShown == 0, limits.claimsPerSpeaker == 0, key.hasPrefix(ReportAccumulator.speakerPrefix) {
            key = ReportAccumulator.speakerPrefix
        }
        if groups[key] == nil {
            groups[key] = ClaimGroup(key: key, label: ReportAccumulator.label(ofGroup: key), isSource: false, kind: placed.claim.speakerKind)
            speakerGroups += 1
        }
        // Changed in place in the table: copying the group out and back would copy its claims each time.
        let isSpeaker = key.hasPrefix(ReportAccumulator.speakerPrefix)
        let keeps = !isSpeaker || (groups[key]?.total ?? 0) + 1 >= speakerThreshold
        groups[key]?.add(placed, limit: !keeps ? 0 : isSpeaker ? limits.claimsPerSpeaker : limits.claimsPerGroup)
        if speakerGroups > ReportAccumulator.speakerCapacity { dropRareSpeakers() }
    }

    /// Forgets the example claims of speakers far from the page's list (beyond four times
    /// `speakersShown` by claims so far) and of words far from the topics: what is kept stays bounded
    /// however many speakers and words the corpus has. Until the next trim, only speakers quoted as
    /// often as the last one kept, and words of the topics kept, take new examples. A speaker or topic
    /// that climbs later shows examples from then on; every count stays complete.
    mutating func trimExamples() {
        let ranked = groups.values.filter { !$0.isSource }.sorted { ($1.total, $0.key) < ($0.total, $1.key) }
        let kept = limits.speakersShown * 4
        for group in ranked.dropFirst(kept) where !group.claims.isEmpty { groups[group.key]?.claims = [] }
        speakerThreshold = kept == 0 ? Int.max : ranked.count > kept ? ranked[kept - 1].total : 0
        miner?.trimSamples(keep: limits.keyTermTopics * 2)
    }

    /// Drops the least quoted speakers (never a chosen source) down to three quarters of the capacity.
    mutating func dropRareSpeakers() {
        var speakers = groups.filter { !$0.value.isSource }
        let dropped = BoundedTable.prune(&speakers, keep: ReportAccumulator.speakerCapacity * 3 / 4) { $0.total }
        groups = groups.filter { $0.value.isSource }.merging(speakers) { first, _ in first }
        speakerGroups = speakers.count
        droppedSpeakers.keys += dropped.count
        droppedSpeakers.claims += dropped.reduce(0) { $0 + $1.total }
    }

    mutating func addToMatrix(_ placed: PlacedClaim, topic: Topic, column: Int, terms: [KeyTerm]) {
        if rows[topic.id] == nil, topic.isKeyTerm {
            guard keyTermRows < limits.keyTermTopics else { return }
            keyTermRows += 1
        }
        if rows[topic.id] == nil {
            rows[topic.id] = MatrixRow(topic: topic, cells: (sources.map(\.id) + [MatrixRow.others]).map { MatrixCell(column: $0) })
        }
        let limit = topic.isKeyTerm ? min(limits.claimsPerCell, limits.claimsPerTermCell) : limits.claimsPerCell
        var scored = placed
        scored.score = limit > 0 ? miner?.score(terms, ruleTopic: topic.id) ?? 0 : 0
        rows[topic.id]?.add(scored, column: column, limit: limit)
    }

    /// A group's label: the source name, or the speaker's name ("ohne Sprecher" when none is known).
    public static func label(ofGroup key: String) -> String {
        guard key.hasPrefix(speakerPrefix) else { return key }
        let name = String(key.dropFirst(speakerPrefix.count))
        return name.isEmpty ? "ohne Sprecher" : name
    }
}

extension ReportAccumulator {
    /// The report so far, in a stable order: topics by the number of sources, then sides, then claims;
    /// within a topic's cell the most characteristic claims first.
    public func report(title: String) -> Report {
        var ordered = sources.compactMap { groups[$0.id] }
        ordered += groups.values.filter { !$0.isSource }.sorted { ($1.total, $0.label) < ($0.total, $1.label) }
        let columnIDs = sources.map(\.id) + [MatrixRow.others]
        var matrix = ruleTopics.compactMap { rows[$0.id] }
        matrix += rows.values.filter { row in !ruleTopics.contains { $0.id == row.topic.id } }.sorted { $0.topic.id < $1.topic.id }
        matrix = matrix.map(rescored)
        let termRows = (miner?.rows(columnIDs: columnIDs, limit: limits.keyTermTopics) ?? []).filter { rows[$0.topic.id] == nil }
        matrix += termRows
        let ranked = matrix.enumerated().sorted { lhs, rhs in
            let l = (lhs.element.sourceCount, min(lhs.element.sides, 3), lhs.element.total)
            let r = (rhs.element.sourceCount, min(rhs.element.sides, 3), rhs.element.total)
            return l != r ? l > r : lhs.offset < rhs.offset
        }.map(\.element)
        // The claims shown learn the corpus topics they belong to (for their labels and the filters).
        let annotate = TermAnnotator(miner: miner, rows: termRows)
        // Only the speakers the page lists need it; the others are counted only.
        let listed = sources.count + limits.speakersShown
        ordered = ordered.enumerated().map { position, group in
            guard position < listed else { return group }
            var group = group
            group.claims = group.claims.map(annotate.callAsFunction)
            return group
        }
        let annotated = ranked.map { row in
            var row = row
            row.cells = row.cells.map { cell in var cell = cell; cell.claims = cell.claims.map(annotate.callAsFunction); return cell }
            return row
        }
        let views = articles.map { view in var view = view; view.claims = view.claims.map(annotate.callAsFunction); return view }
        var report = Report(
            title: title, sources: sources, groups: ordered, matrix: annotated, documents: documents, articles: views,
            failures: failures, articleCount: articleCount, claimCount: claimCount, limits: limits,
            sides: sides.map { $0.result(top: 10) }
        )
        report.days = days.table.values.sorted { $0.key < $1.key }
        report.outlets = outlets.table.values.sorted { ($1.counts.reduce(0, +), $0.key) < ($0.counts.reduce(0, +), $1.key) }
        report.droppedOutlets = outlets.dropped
        report.droppedSpeakers = droppedSpeakers
        return report
    }

    /// A rule topic's row with its claims scored by the corpus's final counts, most characteristic first.
    func rescored(_ row: MatrixRow) -> MatrixRow {
        guard let miner else { return row }
        var row = row
        for index in row.cells.indices {
            row.cells[index].claims = row.cells[index].claims.map { placed in
                var placed = placed
                placed.score = miner.score(miner.tagger.keyTerms(in: placed.claim.text), ruleTopic: row.topic.id)
                return placed
            }.sorted(by: PlacedClaim.characteristicFirst)
        }
        return row
    }
}

extension ClaimGroup {
    mutating func add(_ placed: PlacedClaim, limit: Int) {
        total += 1
        if kind == nil, !isSource { kind = placed.claim.speakerKind }
        if let position = counts.firstIndex(where: { $0.type == placed.claim.type }) { counts[position].count += 1 }
        if claims.count < limit { claims.append(placed) }
    }
}

extension MatrixRow {
    mutating func add(_ placed: PlacedClaim, column: Int, limit: Int) {
        cells[column].total += 1
        cells[column].claims.offer(placed, limit: limit)
        if let date = placed.date {
            if firstDate.map({ date < $0 }) ?? true { firstDate = date }
            if lastDate.map({ date > $0 }) ?? true { lastDate = date }
        }
        // Distinct sides, counted up to 9 through the example claims' groups and the columns.
        let groupsSeen = Set(cells.flatMap { $0.claims.map(\.claim.group) } + [placed.claim.group])
        sides = min(9, max(sides, groupsSeen.count))
    }
}

extension Array where Element == PlacedClaim {
    /// Keeps the `limit` most characteristic claims offered so far (`PlacedClaim.characteristicFirst`).
    mutating func offer(_ placed: PlacedClaim, limit: Int) {
        guard limit > 0 else { return }
        if count < limit {
            append(placed)
            return
        }
        guard let worst = indices.max(by: { PlacedClaim.characteristicFirst(self[$0], self[$1]) }),
              PlacedClaim.characteristicFirst(placed, self[worst]) else { return }
        self[worst] = placed
    }
}

/// Adds the corpus's key-term topics to a claim whose nouns hold them.
struct TermAnnotator {
    let tagger: TopicTagger?
    let topics: [String: Topic]

    init(miner: TopicMiner?, rows: [MatrixRow]) {
        tagger = miner?.tagger
        topics = Dictionary(rows.map { (String($0.topic.id.dropFirst("term:".count)), $0.topic) }, uniquingKeysWith: { first, _ in first })
    }

    func callAsFunction(_ placed: PlacedClaim) -> PlacedClaim {
        var placed = placed
        placed.claim = self(placed.claim)
        return placed
    }

    func callAsFunction(_ claim: ReportClaim) -> ReportClaim {
        guard let tagger, !topics.isEmpty else { return claim }
        var claim = claim
        for term in tagger.keyTerms(in: claim.text) {
            for part in TopicTagger.parts(of: term.stem) {
                if let topic = topics[part], !claim.topics.contains(topic) { claim.topics.append(topic) }
            }
        }
        return claim
    }
}
