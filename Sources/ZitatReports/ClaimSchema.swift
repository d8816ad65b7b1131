import Foundation
public import Zitat

/// The one claim schema of `zitat analyze` and `zitat report` (JSON, JSON Lines and CSV): the same
/// keys and columns in both, described by `reports/schema/claims.schema.json` and
/// `reports/schema/CODEBOOK.md`. Every claim row carries its claim id, its document's id, date,
/// outlet, url and title, so rows stand alone in a data frame.
public enum ClaimSchema {
    /// Bumped when a key or column changes meaning or goes away (added keys keep the major number).
    public static let version = "1.0"

    /// The CSV columns, in order; every one is also a key of a JSON claim.
    public static let columns = [
        "claim_id", "document_id", "number", "date", "outlet", "url", "title", "type", "source",
        "speaker", "speaker_canonical", "speaker_kind", "speaker_entity", "speaker_office",
        "cue", "cue_lemma", "medium", "topics", "text", "start", "end", "nested_in", "rule", "addressee",
    ]

    /// A claim's id across a corpus: its document's id, `#`, its number in the document.
    public static func claimID(document: String, number: Int) -> String { "\(document)#\(number)" }

    /// The report document of an analysis, without report grouping (`group` is empty), with topics.
    /// `text` gives the title (its first line) when the input had none, as in `ReportBuilder`.
    public static func document(
        _ analysis: Analysis, topics: [[Topic]], metadata: [String: JSONValue] = [:], text: String? = nil
    ) -> ReportDocument {
        let claims = analysis.claims.enumerated().map { index, claim in
            let extent = claim.extent
            return ReportClaim(
                id: claim.id, type: claim.type, text: claim.text, start: extent.start, end: extent.end, spans: claim.spans,
                speaker: claim.speaker?.text, speakerCanonical: claim.speaker?.canonical, speakerSpans: claim.speaker?.spans ?? [],
                speakerKind: claim.speaker?.kind, cue: claim.cue?.text, cueSpans: claim.cue?.spans ?? [], source: claim.source, group: "",
                topics: index < topics.count ? topics[index] : [], rule: claim.rule, nestedIn: claim.nestedIn,
                speakerEntity: claim.speaker?.entity,
                speakerOffice: claim.speaker?.office, cueLemma: claim.cue?.lemma, medium: claim.cue?.medium?.rawValue,
                addressee: claim.addressee
            )
        }
        let info = analysis.document
        var document = ReportDocument(
            id: info.id, title: info.title ?? text.flatMap(ReportBuilder.title(of:)), path: info.path, date: info.date, outlet: info.outlet, url: info.url, claims: claims)
        document.metadata = metadata
        return document
    }
}

/// One claim as a row of the schema (JSON object or CSV record). Absent values are JSON `null`
/// and empty CSV fields, so every key is always there.
struct SchemaClaim: Encodable {
    let document: ReportDocument
    let claim: ReportClaim

    var topicLabels: [String] { claim.topics.map(\.label) }

    /// The CSV fields in `ClaimSchema.columns` order.
    var csvFields: [String] {
        [
            ClaimSchema.claimID(document: document.id, number: claim.id), document.id, String(claim.id),
            document.date ?? "", document.outlet ?? "", document.url ?? "", document.title ?? "", claim.type.rawValue,
            claim.source ?? "", claim.speaker ?? "", claim.speakerCanonical ?? "", claim.speakerKind?.rawValue ?? "",
            claim.speakerEntity ?? "", claim.speakerOffice ?? "", claim.cue ?? "", claim.cueLemma ?? "", claim.medium ?? "",
            topicLabels.joined(separator: "; "), claim.text, String(claim.start), String(claim.end),
            claim.nestedIn.map(String.init) ?? "", claim.rule, claim.addressee?.text ?? "",
        ]
    }

    enum Key: String, CodingKey {
        case claimID = "claim_id", documentID = "document_id", number, date, outlet, url, title, type, source
        case speaker, speakerCanonical = "speaker_canonical", speakerKind = "speaker_kind", speakerEntity = "speaker_entity"
        case speakerOffice = "speaker_office", speakerSpans = "speaker_spans", cue, cueLemma = "cue_lemma", medium
        case cueSpans = "cue_spans", topics, topicIDs = "topic_ids", text, start, end, spans, nestedIn = "nested_in", rule
        case addressee, addresseeSpans = "addressee_spans"
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        try container.encode(ClaimSchema.claimID(document: document.id, number: claim.id), forKey: .claimID)
        try container.encode(document.id, forKey: .documentID)
        try container.encode(claim.id, forKey: .number)
        try container.encode(document.date, forKey: .date)
        try container.encode(document.outlet, forKey: .outlet)
        try container.encode(document.url, forKey: .url)
        try container.encode(document.title, forKey: .title)
        try container.encode(claim.type, forKey: .type)
        try container.encode(claim.source, forKey: .source)
        try container.encode(claim.speaker, forKey: .speaker)
        try container.encode(claim.speakerCanonical, forKey: .speakerCanonical)
        try container.encode(claim.speakerKind?.rawValue, forKey: .speakerKind)
        try container.encode(claim.speakerEntity, forKey: .speakerEntity)
        try container.encode(claim.speakerOffice, forKey: .speakerOffice)
        try container.encode(claim.speakerSpans, forKey: .speakerSpans)
        try container.encode(claim.cue, forKey: .cue)
        try container.encode(claim.cueLemma, forKey: .cueLemma)
        try container.encode(claim.medium, forKey: .medium)
        try container.encode(claim.cueSpans, forKey: .cueSpans)
        try container.encode(topicLabels, forKey: .topics)
        try container.encode(claim.topics.map(\.id), forKey: .topicIDs)
        try container.encode(claim.text, forKey: .text)
        try container.encode(claim.start, forKey: .start)
        try container.encode(claim.end, forKey: .end)
        try container.encode(claim.spans, forKey: .spans)
        try container.encode(claim.nestedIn, forKey: .nestedIn)
        try container.encode(claim.rule, forKey: .rule)
        // The addressee (schema 1.0 addition): whom the words were said to, and its spans.
        try container.encode(claim.addressee?.text, forKey: .addressee)
        try container.encode(claim.addressee?.spans ?? [], forKey: .addresseeSpans)
    }
}

/// One analysed document in the schema: what `analyze --format jsonl` prints a line of, what
/// `analyze --format json` prints, and an entry of the report's "documents".
public struct DocumentRecord: Encodable {
    public let document: ReportDocument
    public let ignored: [IgnoredSpan]

    public init(document: ReportDocument, ignored: [IgnoredSpan] = []) {
        self.document = document
        self.ignored = ignored
    }

    struct Info: Encodable {
        let document: ReportDocument
        enum Key: String, CodingKey { case id, path, date, outlet, url, title, metadata }
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Key.self)
            try container.encode(document.id, forKey: .id)
            try container.encode(document.path, forKey: .path)
            try container.encode(document.date, forKey: .date)
            try container.encode(document.outlet, forKey: .outlet)
            try container.encode(document.url, forKey: .url)
            try container.encode(document.title, forKey: .title)
            try container.encode(document.metadata, forKey: .metadata)
        }
    }

    enum Key: String, CodingKey { case schemaVersion = "schema_version", document, claims, ignored }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        try container.encode(ClaimSchema.version, forKey: .schemaVersion)
        try container.encode(Info(document: document), forKey: .document)
        try container.encode(document.claims.map { SchemaClaim(document: document, claim: $0) }, forKey: .claims)
        try container.encode(ignored, forKey: .ignored)
    }
}
