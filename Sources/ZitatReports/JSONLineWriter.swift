import Foundation
import Zitat

/// Writes a `DocumentRecord` as one compact JSON line, byte for byte what `JSONEncoder` with
/// `.sortedKeys` and `.withoutEscapingSlashes` writes, without its boxing and key sorting per value:
/// keys are written in their sorted order, strings escaped as `JSONEncoder` escapes them.
/// Input metadata that is not flat (numbers, arrays, objects, non-ASCII keys) goes through `JSONEncoder`.
struct JSONLineWriter {
    private var bytes: [UInt8] = []

    /// The record's line (without newline).
    static func line(_ record: DocumentRecord) throws -> String {
        var writer = JSONLineWriter()
        writer.bytes.reserveCapacity(4096 + record.document.claims.count * 1024)
        try writer.write(record)
        return String(decoding: writer.bytes, as: UTF8.self)
    }

    private mutating func write(_ record: DocumentRecord) throws {
        let document = record.document
        raw("{\"claims\":[")
        for (index, claim) in document.claims.enumerated() {
            if index > 0 { raw(",") }
            write(claim, of: document)
        }
        raw("],\"document\":{\"date\":")
        string(document.date)
        raw(",\"id\":")
        string(document.id)
        raw(",\"metadata\":")
        try metadata(document.metadata)
        raw(",\"outlet\":")
        string(document.outlet)
        raw(",\"path\":")
        string(document.path)
        raw(",\"title\":")
        string(document.title)
        raw(",\"url\":")
        string(document.url)
        raw("},\"ignored\":[")
        for (index, span) in record.ignored.enumerated() {
            raw(index > 0 ? ",{\"end\":" : "{\"end\":")
            number(span.end)
            raw(",\"reason\":")
            string(span.reason)
            raw(",\"start\":")
            number(span.start)
            raw("}")
        }
        raw("],\"schema_version\":")
        string(ClaimSchema.version)
        raw("}")
    }

    /// A claim with the keys of `SchemaClaim.Key`, sorted.
    private mutating func write(_ claim: ReportClaim, of document: ReportDocument) {
        raw("{\"addressee\":")
        string(claim.addressee?.text)
        raw(",\"addressee_spans\":")
        spans(claim.addressee?.spans ?? [])
        raw(",\"claim_id\":")
        string(ClaimSchema.claimID(document: document.id, number: claim.id))
        raw(",\"cue\":")
        string(claim.cue)
        raw(",\"cue_lemma\":")
        string(claim.cueLemma)
        raw(",\"cue_spans\":")
        spans(claim.cueSpans)
        raw(",\"date\":")
        string(document.date)
        raw(",\"document_id\":")
        string(document.id)
        raw(",\"end\":")
        number(claim.end)
        raw(",\"medium\":")
        string(claim.medium)
        raw(",\"nested_in\":")
        if let nested = claim.nestedIn { number(nested) } else { raw("null") }
        raw(",\"number\":")
        number(claim.id)
        raw(",\"outlet\":")
        string(document.outlet)
        raw(",\"rule\":")
        string(claim.rule)
        raw(",\"source\":")
        string(claim.source)
        raw(",\"spans\":")
        spans(claim.spans)
        speaker(of: claim)
        raw(",\"start\":")
        number(claim.start)
        raw(",\"text\":")
        string(claim.text)
        raw(",\"title\":")
        string(document.title)
        raw(",\"topic_ids\":")
        strings(claim.topics.map(\.id))
        raw(",\"topics\":")
        strings(claim.topics.map(\.label))
        raw(",\"type\":")
        string(claim.type.rawValue)
        raw(",\"url\":")
        string(document.url)
        raw("}")
    }

    /// The claim's speaker keys, `speaker` to `speaker_spans` (each after a comma).
    private mutating func speaker(of claim: ReportClaim) {
        raw(",\"speaker\":")
        string(claim.speaker)
        raw(",\"speaker_canonical\":")
        string(claim.speakerCanonical)
        raw(",\"speaker_entity\":")
        string(claim.speakerEntity)
        raw(",\"speaker_kind\":")
        string(claim.speakerKind?.rawValue)
        raw(",\"speaker_office\":")
        string(claim.speakerOffice)
        raw(",\"speaker_spans\":")
        spans(claim.speakerSpans)
    }

    /// Flat metadata (ASCII keys; strings, integers, booleans, nulls) by hand, anything else by `JSONEncoder`.
    private mutating func metadata(_ metadata: [String: JSONValue]) throws {
        let flat = metadata.allSatisfy { key, value in
            guard key.utf8.allSatisfy({ $0 < 0x80 }) else { return false }
            switch value {
            case .string, .integer, .bool, .null: return true
            case .number, .array, .object: return false
            }
        }
        guard flat else {
            bytes += try AnalysisOutput.encoder(pretty: false).encode(metadata)
            return
        }
        raw("{")
        for (index, key) in metadata.keys.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }).enumerated() {
            if index > 0 { raw(",") }
            string(key)
            raw(":")
            switch metadata[key] {
            case let .string(value)?: string(value)
            case let .integer(value)?: raw(String(value))
            case let .bool(value)?: raw(value ? "true" : "false")
            default: raw("null")
            }
        }
        raw("}")
    }

    private mutating func spans(_ spans: [Span]) {
        raw("[")
        for (index, span) in spans.enumerated() {
            raw(index > 0 ? ",{\"end\":" : "{\"end\":")
            number(span.end)
            raw(",\"start\":")
            number(span.start)
            raw("}")
        }
        raw("]")
    }

    private mutating func strings(_ values: [String]) {
        raw("[")
        for (index, value) in values.enumerated() {
            if index > 0 { raw(",") }
            string(value)
        }
        raw("]")
    }

    private mutating func raw(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    private mutating func number(_ value: Int) {
        raw(String(value))
    }

    /// A JSON string as `JSONEncoder` writes it: `"` and `\` escaped, control characters as `\b`,
    /// `\t`, `\n`, `\f`, `\r` or `\u00xx` (lower-case hex), everything else as it is.
    private mutating func string(_ value: String?) {
        guard let value else { return raw("null") }
        bytes.append(UInt8(ascii: "\""))
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "\""): bytes += [UInt8(ascii: "\\"), UInt8(ascii: "\"")]
            case UInt8(ascii: "\\"): bytes += [UInt8(ascii: "\\"), UInt8(ascii: "\\")]
            case 0x08: bytes += [UInt8(ascii: "\\"), UInt8(ascii: "b")]
            case 0x09: bytes += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
            case 0x0A: bytes += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
            case 0x0C: bytes += [UInt8(ascii: "\\"), UInt8(ascii: "f")]
            case 0x0D: bytes += [UInt8(ascii: "\\"), UInt8(ascii: "r")]
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                bytes += [UInt8(ascii: "\\"), UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"), hex[Int(byte >> 4)], hex[Int(byte & 15)]]
            default: bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
