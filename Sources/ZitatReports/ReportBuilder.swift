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

    /// The report document of one analysis.
    public func document(_ analysis: Analysis) -> ReportDocument {
        let topics = tagger.tag(analysis.claims)
        let claims = analysis.claims.enumerated().map { index, claim in
            let extent = claim.extent
            return ReportClaim(
                id: claim.id, type: claim.type, text: claim.text, start: extent.start, end: extent.end, spans: claim.spans,
                speaker: claim.speaker?.text, speakerCanonical: claim.speaker?.canonical, speakerSpans: claim.speaker?.spans ?? [],
                cue: claim.cue?.text, cueSpans: claim.cue?.spans ?? [], source: claim.source, group: group(of: claim),
                topics: topics[index], rule: claim.rule, nestedIn: claim.nestedIn,
                speakerKind: claim.speaker?.kind?.rawValue, speakerEntity: claim.speaker?.entity,
                speakerOffice: claim.speaker?.office, cueLemma: claim.cue?.lemma, medium: claim.cue?.medium?.rawValue
            )
        }
        let info = analysis.document
        return ReportDocument(id: info.id, path: info.path, date: info.date, outlet: info.outlet, url: info.url, claims: claims)
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
    public private(set) var failures: [CorpusFailure] = []
    public private(set) var articleCount = 0
    public private(set) var claimCount = 0

    public init(sources: [ReportSource], ruleTopics: [Topic], limits: ReportLimits = ReportLimits()) {
        self.sources = sources
        self.ruleTopics = ruleTopics
        self.limits = limits
        for source in sources {
            groups[source.id] = ClaimGroup(key: source.id, label: source.name, color: source.color, isSource: true)
        }
    }

    /// Adds the next article; `text` is kept only for the first `limits.articleTexts` articles.
    public mutating func add(_ document: ReportDocument, text: String? = nil) {
        let index = articleCount
        articleCount += 1
        claimCount += document.claims.count
        var sourceCounts = Array(repeating: 0, count: sources.count)
        var otherCount = 0
        for claim in document.claims {
            if let position = sources.firstIndex(where: { $0.id == claim.group }) {
                sourceCounts[position] += 1
            } else {
                otherCount += 1
            }
            let placed = PlacedClaim(document: index, documentID: document.id, claim: claim)
            addToGroup(placed)
            for topic in claim.topics { addToMatrix(placed, topic: topic) }
        }
        let hasText = text != nil && articles.count < limits.articleTexts
        if hasText, let text {
            articles.append(ArticleView(document: index, id: document.id, text: text, claims: document.claims))
        }
        if limits.keepsIndex {
            documents.append(DocumentEntry(
                id: document.id, path: document.path, date: document.date, outlet: document.outlet, url: document.url,
                claimCount: document.claims.count, sourceCounts: sourceCounts, otherCount: otherCount, hasText: hasText
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
            key: key, label: ReportAccumulator.label(ofGroup: key), isSource: false
        )
        group.total += 1
        if let position = group.counts.firstIndex(where: { $0.type == placed.claim.type }) {
            group.counts[position].count += 1
        }
        if group.claims.count < (group.isSource ? limits.claimsPerGroup : limits.claimsPerSpeaker) { group.claims.append(placed) }
        groups[key] = group
    }

    mutating func addToMatrix(_ placed: PlacedClaim, topic: Topic) {
        var row: MatrixRow
        if let existing = rows[topic.id] {
            row = existing
        } else {
            if topic.isKeyTerm {
                guard keyTermRows < limits.keyTermTopics else { return }
                keyTermRows += 1
            }
            row = MatrixRow(topic: topic, cells: (sources.map(\.id) + [MatrixRow.others]).map { MatrixCell(column: $0) })
        }
        let column = sources.contains { $0.id == placed.claim.group } ? placed.claim.group : MatrixRow.others
        if let position = row.cells.firstIndex(where: { $0.column == column }) {
            row.cells[position].total += 1
            let limit = topic.isKeyTerm ? min(limits.claimsPerCell, 3) : limits.claimsPerCell
            if row.cells[position].claims.count < limit { row.cells[position].claims.append(placed) }
        }
        rows[topic.id] = row
    }

    /// A group's label: the source name, or the speaker's name ("ohne Sprecher" when none is known).
    public static func label(ofGroup key: String) -> String {
        guard key.hasPrefix(speakerPrefix) else { return key }
        let name = String(key.dropFirst(speakerPrefix.count))
        return name.isEmpty ? "ohne Sprecher" : name
    }

    /// The report so far, in a stable order.
    public func report(title: String) -> Report {
        var ordered = sources.compactMap { groups[$0.id] }
        ordered += groups.values.filter { !$0.isSource }.sorted { ($1.total, $0.label) < ($0.total, $1.label) }
        var matrix = ruleTopics.compactMap { rows[$0.id] }
        matrix += rows.values.filter { $0.topic.isKeyTerm }.sorted {
            ($1.sourceCount, $1.total, $0.topic.id) < ($0.sourceCount, $0.total, $1.topic.id)
        }
        return Report(
            title: title, sources: sources, groups: ordered, matrix: matrix, documents: documents, articles: articles,
            failures: failures, articleCount: articleCount, claimCount: claimCount, limits: limits
        )
    }
}
