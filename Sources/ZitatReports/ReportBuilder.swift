public import Foundation
public import Zitat

/// A problem with what the report was asked to do; fatal, before any article is read.
public enum ReportError: Error, LocalizedError, Equatable, Sendable {
    case unknownSources([String], known: [String])
    case noSources

    public var errorDescription: String? {
        switch self {
        case let .unknownSources(ids, known):
            "unknown source\(ids.count == 1 ? "" : "s") \(ids.joined(separator: ", ")); known sources: \(known.joined(separator: ", "))"
        case .noSources:
            "no sources chosen; name at least one with --sources"
        }
    }
}

/// Turns analyses into report documents: groups each claim under its source or speaker and tags topics.
public struct ReportBuilder: Sendable {
    /// The sources Zitat compares unless told otherwise.
    public static let defaultSources = ["Washington", "Kremlin", "NATO"]

    public let sources: [ReportSource]
    public let tagger: TopicTagger

    public init(sources: [ReportSource], tagger: TopicTagger) {
        self.sources = sources
        self.tagger = tagger
    }

    /// Chooses `selected` (case-insensitive ids; nil for the defaults) among the rules' sources.
    public init(rules: RuleSet, selected: [String]? = nil) throws {
        self.init(sources: try ReportBuilder.sources(rules: rules, selected: selected), tagger: try TopicTagger(rules: rules))
    }

    /// The rules' sources named by `selected`, in the order given; unknown ids are an error listing the known ones.
    public static func sources(rules: RuleSet, selected: [String]?) throws(ReportError) -> [ReportSource] {
        let known = rules.sources
        let wanted = selected ?? defaultSources.filter { id in known.contains { $0.id == id } }
        if wanted.isEmpty { throw .noSources }
        var result: [ReportSource] = []
        var unknown: [String] = []
        for id in wanted {
            guard let rule = known.first(where: { $0.id.lowercased() == id.lowercased() }) else {
                unknown.append(id)
                continue
            }
            if !result.contains(where: { $0.id == rule.id }) {
                result.append(ReportSource(id: rule.id, name: rule.name, color: rule.color))
            }
        }
        if !unknown.isEmpty { throw .unknownSources(unknown, known: known.map(\.id)) }
        return result
    }

    /// The report document of one analysis; `text` gives the title when the input had none.
    public func document(_ analysis: Analysis, text: String? = nil) -> ReportDocument {
        let topics = tagger.tag(analysis.claims)
        let claims = analysis.claims.enumerated().map { index, claim in
            let extent = claim.extent
            return ReportClaim(
                id: claim.id, type: claim.type, text: claim.text, start: extent.start, end: extent.end, spans: claim.spans,
                speaker: claim.speaker?.text, speakerCanonical: claim.speaker?.canonical, speakerSpans: claim.speaker?.spans ?? [],
                speakerKind: claim.speaker?.kind, cue: claim.cue?.text, cueSpans: claim.cue?.spans ?? [], source: claim.source,
                group: group(of: claim), topics: topics[index], rule: claim.rule, nestedIn: claim.nestedIn,
                speakerEntity: claim.speaker?.entity, speakerOffice: claim.speaker?.office, cueLemma: claim.cue?.lemma,
                medium: claim.cue?.medium?.rawValue, addressee: claim.addressee
            )
        }
        let info = analysis.document
        return ReportDocument(id: info.id, title: info.title ?? text.flatMap(ReportBuilder.title(of:)), path: info.path,
                              date: info.date, outlet: info.outlet, url: info.url, claims: claims)
    }

    /// An article's first line (a leading `date …` line skipped), cut at a word near 120 characters.
    public static func title(of text: String) -> String? {
        var rest = Substring(text)
        while !rest.isEmpty {
            let end = lineEnd(in: rest)
            // Only the start of a long line matters (a corpus may hold a whole article on one line).
            let line = rest[..<end].prefix(400)
            rest = end < rest.endIndex ? rest[rest.index(after: end)...] : ""
            let trimmed = trimming(line, .whitespacesAndNewlines)
            // Lowercasing maps scalar by scalar, so the first characters decide the prefix.
            if trimmed.isEmpty || trimmed.prefix(8).lowercased().hasPrefix("date ") { continue }
            guard trimmed.count > 120 else { return trimmed }
            let cut = trimmed.prefix(120)
            let word = cut.lastIndex(of: " ").map { cut[..<$0] } ?? cut
            return trimming(word, .punctuationCharacters.union(.whitespaces)) + " …"
        }
        return nil
    }

    /// `trimmingCharacters(in:)`, scalar by scalar as Foundation trims, without bridging the text.
    static func trimming(_ text: Substring, _ set: CharacterSet) -> String {
        let scalars = text.unicodeScalars
        var lower = scalars.startIndex
        var upper = scalars.endIndex
        while lower < upper, set.contains(scalars[lower]) { scalars.formIndex(after: &lower) }
        while lower < upper, set.contains(scalars[scalars.index(before: upper)]) { scalars.formIndex(before: &upper) }
        return String(scalars[lower..<upper])
    }

    /// `firstIndex(of: "\n")` read from UTF-8: a line feed is a `Character` of its own unless a
    /// carriage return comes before it ("\r\n" is one `Character`, not "\n").
    static func lineEnd(in text: Substring) -> Substring.Index {
        var previous: UInt8 = 0
        var index = text.utf8.startIndex
        while index < text.utf8.endIndex {
            let byte = text.utf8[index]
            if byte == 0x0A, previous != 0x0D { return index }
            previous = byte
            text.utf8.formIndex(after: &index)
        }
        return text.endIndex
    }

    /// A chosen source's id, or `speaker:` and the speaker's canonical name.
    func group(of claim: Claim) -> String {
        if let source = claim.source, sources.contains(where: { $0.id == source }) { return source }
        return ReportAccumulator.speakerPrefix + (claim.speaker?.canonical ?? claim.speaker?.text ?? "")
    }
}

/// Gathers report documents, one at a time and in order, into what the report page shows,
/// keeping only as much as `limits` allow: memory stays bounded however many articles come.
public struct ReportAccumulator: Sendable {
    public static let speakerPrefix = "speaker:"

    public let sources: [ReportSource]
    public let limits: ReportLimits
    public let ruleTopics: [Topic]
    var groups: [String: ClaimGroup] = [:]
    var rows: [String: MatrixRow] = [:]
    var keyTermRows = 0
    var documents: [DocumentEntry] = []
    var articles: [ArticleView] = []
    var sides: [SideCounter]
    var miner: TopicMiner?
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
        if let tagger, limits.keyTermTopics > 0 {
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
            let placed = PlacedClaim(document: index, documentID: document.id, claim: claim)
            addToGroup(placed)
            for topic in claim.topics { addToMatrix(placed, topic: topic, column: column, date: document.date) }
            miner?.add(placed, column: column, date: document.date, terms: terms.flatMap { $0.indices.contains(position) ? $0[position] : nil })
        }
        let hasText = text != nil && articles.count < limits.articleTexts
        if hasText, let text {
            articles.append(ArticleView(document: index, id: document.id, text: text, claims: document.claims))
        }
        if limits.keepsIndex {
            documents.append(DocumentEntry(
                id: document.id, title: document.title, path: document.path, date: document.date, outlet: document.outlet,
                url: document.url, claimCount: document.claims.count, sourceCounts: Array(columnCounts.dropLast()),
                otherCount: columnCounts[sources.count], hasText: hasText
            ))
        }
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
        var group = groups[key] ?? ClaimGroup(
            key: key, label: ReportAccumulator.label(ofGroup: key), isSource: false, kind: placed.claim.speakerKind
        )
        group.total += 1
        if group.kind == nil, !group.isSource { group.kind = placed.claim.speakerKind }
        if let position = group.counts.firstIndex(where: { $0.type == placed.claim.type }) {
            group.counts[position].count += 1
        }
        if group.claims.count < (group.isSource ? limits.claimsPerGroup : limits.claimsPerSpeaker) { group.claims.append(placed) }
        groups[key] = group
    }

    mutating func addToMatrix(_ placed: PlacedClaim, topic: Topic, column: Int, date: String?) {
        if rows[topic.id] == nil, topic.isKeyTerm {
            guard keyTermRows < limits.keyTermTopics else { return }
            keyTermRows += 1
        }
        var row = rows[topic.id] ?? MatrixRow(topic: topic, cells: (sources.map(\.id) + [MatrixRow.others]).map { MatrixCell(column: $0) })
        row.cells[column].total += 1
        let limit = topic.isKeyTerm ? min(limits.claimsPerCell, limits.claimsPerTermCell) : limits.claimsPerCell
        if row.cells[column].claims.count < limit { row.cells[column].claims.append(placed) }
        if let date {
            if row.firstDate.map({ date < $0 }) ?? true { row.firstDate = date }
            if row.lastDate.map({ date > $0 }) ?? true { row.lastDate = date }
        }
        // Distinct sides, counted up to 9 through the example claims' groups and the columns.
        let groupsSeen = Set(row.cells.flatMap { $0.claims.map(\.claim.group) } + [placed.claim.group])
        row.sides = min(9, max(row.sides, groupsSeen.count))
        rows[topic.id] = row
    }

    /// A group's label: the source name, or the speaker's name ("ohne Sprecher" when none is known).
    public static func label(ofGroup key: String) -> String {
        guard key.hasPrefix(speakerPrefix) else { return key }
        let name = String(key.dropFirst(speakerPrefix.count))
        return name.isEmpty ? "ohne Sprecher" : name
    }

    /// The report so far, in a stable order: topics by the number of sources, then sides, then claims.
    public func report(title: String) -> Report {
        var ordered = sources.compactMap { groups[$0.id] }
        ordered += groups.values.filter { !$0.isSource }.sorted { ($1.total, $0.label) < ($0.total, $1.label) }
        let columnIDs = sources.map(\.id) + [MatrixRow.others]
        var matrix = ruleTopics.compactMap { rows[$0.id] }
        matrix += rows.values.filter { row in !ruleTopics.contains { $0.id == row.topic.id } }.sorted { $0.topic.id < $1.topic.id }
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
        return Report(
            title: title, sources: sources, groups: ordered, matrix: annotated, documents: documents, articles: views,
            failures: failures, articleCount: articleCount, claimCount: claimCount, limits: limits,
            sides: sides.map { $0.result(top: 10) }
        )
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
