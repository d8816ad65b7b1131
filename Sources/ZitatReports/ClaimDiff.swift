public import Foundation
import Zitat

/// One claim of a run of `zitat analyze`, reduced to what a rule change can alter.
public struct ClaimRecord: Hashable, Sendable, Codable {
    public var document: String
    /// The claim's extent in the document: first start to last end of its spans.
    public var start: Int
    public var end: Int
    public var type: String?
    public var speaker: String?
    public var side: String?
    public var cue: String?
    public var text: String?

    /// The fields compared between runs, by name, in output order.
    var compared: [(name: String, value: String?)] {
        [("type", type), ("speaker", speaker), ("side", side), ("cue", cue)]
    }
}

/// A problem reading a run: the file and, for JSONL, the line.
public struct ClaimRunError: Error, LocalizedError, Sendable {
    public var path: String
    public var message: String
    public var errorDescription: String? { "\(path): \(message)" }
}

/// The claims of a run as written by `zitat analyze --format json` or `--format jsonl`.
public struct ClaimRun: Sendable {
    public var documents: [String]
    public var claims: [ClaimRecord]

    /// Reads a JSON document or array, a `zitat report --json` file, or JSON Lines (one document a
    /// line; error records are skipped).
    public static func read(path: String) throws(ClaimRunError) -> ClaimRun {
        let data: Data
        if path == "-" {
            do { data = Data(try StandardStreams.readAll(0)) } catch {
                throw ClaimRunError(path: "-", message: "cannot read standard input: \(error.reason)")
            }
        } else {
            guard let contents = FileManager.default.contents(atPath: path) else {
                throw ClaimRunError(path: path, message: "cannot read the file")
            }
            data = contents
        }
        return try parse(data, path: path)
    }

    public static func parse(_ data: Data, path: String) throws(ClaimRunError) -> ClaimRun {
        var run = ClaimRun(documents: [], claims: [])
        if let whole = try? JSONSerialization.jsonObject(with: data) {
            for object in (whole as? [Any]) ?? [whole] { try run.add(object, path: path) }
            return run
        }
        for (number, line) in data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated() {
            guard !line.allSatisfy({ $0 == 0x20 || $0 == 0x0D || $0 == 0x09 }) else { continue }
            guard let object = try? JSONSerialization.jsonObject(with: Data(line)) else {
                throw ClaimRunError(path: "\(path):\(number + 1)", message: "not a JSON line of zitat analyze")
            }
            try run.add(object, path: "\(path):\(number + 1)")
        }
        return run
    }

    /// Adds one analysed document (`{"document": {"id": …}, "claims": […]}`); error records add nothing.
    mutating func add(_ object: Any, path: String) throws(ClaimRunError) {
        guard let object = object as? [String: Any] else { throw ClaimRunError(path: path, message: "expected a JSON object") }
        // `zitat report --json`: its documents hold the claims.
        if object["claims"] == nil, let documents = object["documents"] as? [Any] {
            for document in documents { try add(document, path: path) }
            return
        }
        guard let claims = object["claims"] as? [Any] else {
            if object["error"] != nil { return }
            throw ClaimRunError(path: path, message: "expected an analysed document with \"claims\"")
        }
        let info = object["document"]
        guard let id = ((info as? [String: Any])?["id"] as? String) ?? (info as? String) ?? (object["id"] as? String) else {
            throw ClaimRunError(path: path, message: "the document has no id")
        }
        documents.append(id)
        for case let claim as [String: Any] in claims {
            guard let record = Self.record(claim, document: id) else {
                throw ClaimRunError(path: path, message: "a claim of \(id) has no spans")
            }
            self.claims.append(record)
        }
    }

    static func record(_ claim: [String: Any], document: String) -> ClaimRecord? {
        let spans = (claim["spans"] as? [[String: Any]] ?? []).compactMap { span -> (Int, Int)? in
            guard let start = span["start"] as? Int, let end = span["end"] as? Int else { return nil }
            return (start, end)
        }
        guard let start = spans.map(\.0).min() ?? (claim["start"] as? Int),
              let end = spans.map(\.1).max() ?? (claim["end"] as? Int) else { return nil }
        let speaker = claim["speaker"] as? [String: Any]
        let cue = claim["cue"] as? [String: Any]
        return ClaimRecord(
            document: document, start: start, end: end, type: claim["type"] as? String,
            speaker: (speaker?["canonical"] as? String) ?? (speaker?["text"] as? String) ?? (claim["speaker_canonical"] as? String)
                ?? (claim["speakerCanonical"] as? String) ?? (claim["speaker"] as? String),
            side: (claim["side"] as? String) ?? (claim["source"] as? String),
            cue: (cue?["lemma"] as? String) ?? (cue?["text"] as? String) ?? (claim["cue_lemma"] as? String) ?? (claim["cue"] as? String),
            text: claim["text"] as? String)
    }
}

/// Claim-level differences between two runs: claims matched by document id and extent.
public struct ClaimDiff: Sendable, Codable, Equatable {
    /// A field that differs between the old and the new claim.
    public struct FieldChange: Sendable, Codable, Equatable {
        public var field: String
        public var old: String?
        public var new: String?
    }

    /// A claim at the same place in both runs with different fields.
    public struct Change: Sendable, Codable, Equatable {
        public var old: ClaimRecord
        public var changes: [FieldChange]
    }

    public var added: [ClaimRecord] = []
    public var removed: [ClaimRecord] = []
    public var changed: [Change] = []
    public var unchanged = 0
    public var documentsAdded: [String] = []
    public var documentsRemoved: [String] = []

    public var isEmpty: Bool {
        added.isEmpty && removed.isEmpty && changed.isEmpty && documentsAdded.isEmpty && documentsRemoved.isEmpty
    }

    public init(old: ClaimRun, new: ClaimRun) {
        let oldDocuments = Set(old.documents), newDocuments = Set(new.documents)
        documentsAdded = new.documents.filter { !oldDocuments.contains($0) }
        documentsRemoved = old.documents.filter { !newDocuments.contains($0) }
        struct Place: Hashable { var document: String, start: Int, end: Int }
        var remaining = Dictionary(grouping: new.claims) { Place(document: $0.document, start: $0.start, end: $0.end) }
        for claim in old.claims {
            let place = Place(document: claim.document, start: claim.start, end: claim.end)
            guard var candidates = remaining[place], !candidates.isEmpty else {
                removed.append(claim)
                continue
            }
            // Several claims at one place (nested ones): prefer an identical one.
            let index = candidates.firstIndex(of: claim) ?? 0
            let match = candidates.remove(at: index)
            remaining[place] = candidates
            let changes = zip(claim.compared, match.compared).compactMap { old, new in
                old.value == new.value ? nil : FieldChange(field: old.name, old: old.value, new: new.value)
            }
            if changes.isEmpty { unchanged += 1 } else { changed.append(Change(old: claim, changes: changes)) }
        }
        let order = Dictionary(new.documents.enumerated().map { ($0.element, $0.offset) }, uniquingKeysWith: { first, _ in first })
        added = remaining.values.joined().sorted {
            (order[$0.document] ?? 0, $0.start, $0.end) < (order[$1.document] ?? 0, $1.start, $1.end)
        }
    }
}

extension ClaimDiff {
    /// A readable list: `-` removed, `+` added, `~` changed (with old → new), then a summary line.
    public func text(old: String, new: String) -> String {
        var lines: [String] = []
        for id in documentsRemoved { lines.append("- document \(id)") }
        for id in documentsAdded { lines.append("+ document \(id)") }
        for claim in removed { lines.append("- \(Self.describe(claim))") }
        for claim in added { lines.append("+ \(Self.describe(claim))") }
        for change in changed {
            let fields = change.changes.map { "\($0.field): \($0.old ?? "—") → \($0.new ?? "—")" }
            lines.append("~ \(Self.place(change.old))  \(fields.joined(separator: "; "))  \(Self.quote(change.old.text))")
        }
        lines.append("\(old) → \(new): \(added.count) added, \(removed.count) removed, \(changed.count) changed, "
            + "\(unchanged) unchanged claims; \(documentsAdded.count) documents added, \(documentsRemoved.count) removed")
        return lines.joined(separator: "\n") + "\n"
    }

    /// The diff as JSON with sorted keys (one object: added, removed, changed, counts).
    public func json() throws -> String {
        String(decoding: try AnalysisOutput.encoder(pretty: true).encode(self), as: UTF8.self) + "\n"
    }

    static func place(_ claim: ClaimRecord) -> String { "\(claim.document) [\(claim.start), \(claim.end))" }

    static func describe(_ claim: ClaimRecord) -> String {
        "\(place(claim)) \(claim.type ?? "?") [\(claim.side ?? "—")] \(claim.speaker ?? "—")  \(quote(claim.text))"
    }

    /// The claim text on one line, shortened to 80 characters.
    static func quote(_ text: String?) -> String {
        guard let text else { return "" }
        let flat = text.replacingOccurrences(of: "\n", with: " ")
        return "„" + (flat.count > 80 ? flat.prefix(79) + "…" : flat) + "“"
    }
}
