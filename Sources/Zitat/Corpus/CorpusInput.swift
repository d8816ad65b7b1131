public import Foundation

/// One input of a corpus that could not be read; reported and skipped, never fatal.
public struct CorpusFailure: Error, LocalizedError, Hashable, Sendable, Codable {
    /// The file, `file:line` for a JSONL line, or `-` for standard input.
    public var input: String
    public var message: String
    /// For a JSONL line: its number (from 1) and the article's "id", when the line has one.
    public var line: Int?
    public var id: String?

    public init(input: String, message: String, line: Int? = nil, id: String? = nil) {
        self.input = input
        self.message = message
        self.line = line
        self.id = id
    }

    public init(_ error: InputError, input: String) {
        self.init(input: input, message: error.localizedDescription)
    }

    public var errorDescription: String? {
        message.hasPrefix(input) ? message : "\(input): \(message)"
    }
}

/// One article to read: a file, standard input, a line of a JSONL corpus, or a document at hand.
public enum CorpusItem: Sendable {
    case source(InputSource)
    case jsonLine(path: String, line: Int, data: Data)
    /// The bytes of a prose input already read (to recognise its format), with its id and path.
    case text(Data, id: String, path: String)
    case document(Document)
    case failure(CorpusFailure)

    /// Reads the item into a document (cheap enough to run on a worker beside the analysis).
    public func load() -> Result<Document, CorpusFailure> {
        switch self {
        case let .source(source):
            do { return .success(try source.load()) } catch { return .failure(CorpusFailure(error, input: source.displayName)) }
        case let .jsonLine(path, line, data):
            return CorpusItem.decodeLine(data, path: path, line: line)
        case let .text(bytes, id, path):
            do { return .success(try Document.decode(bytes, id: id, path: path)) } catch { return .failure(CorpusFailure(error, input: path)) }
        case let .document(document):
            return .success(document)
        case let .failure(failure):
            return .failure(failure)
        }
    }

    /// The fields of a JSONL article that become the document's own; the others are its metadata.
    static let ownFields: Set<String> = ["text", "id", "date", "outlet", "url", "title"]

    /// Decodes one JSONL line `{"id", "text", "date"?, "outlet"?, "url"?, "title"?, …}` into a document; any
    /// other field is kept as metadata. A raw U+FEFF inside the text is kept (offsets count it).
    static func decodeLine(_ data: Data, path: String, line: Int) -> Result<Document, CorpusFailure> {
        let input = "\(path):\(line)"
        var bytes = [UInt8](data)
        // A byte-order mark before the object (the first line of a file saved with one) is no content.
        while bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if let bad = Document.firstInvalidUTF8(bytes) {
            return .failure(CorpusFailure(input: input, message: "invalid UTF-8 at byte \(bad + 1) of the line", line: line))
        }
        let value: JSONValue
        // The common flat shape is read directly; anything else (or nothing) is JSONDecoder's to judge.
        if let flat = FlatJSON.object(bytes) {
            value = .object(flat)
        } else {
            do { value = try JSONDecoder().decode(JSONValue.self, from: Data(bytes)) } catch {
                return .failure(CorpusFailure(
                    input: input, message: "not a JSON object: \(String(decoding: bytes.prefix(60), as: UTF8.self))", line: line))
            }
        }
        guard case let .object(fields) = value else {
            return .failure(CorpusFailure(input: input, message: "expected a JSON object with \"id\" and \"text\"", line: line))
        }
        let id = fields["id"]?.scalarText.flatMap { $0.isEmpty ? nil : $0 }
        guard case let .string(text)? = fields["text"] else {
            return .failure(CorpusFailure(input: input, message: "missing \"text\" (a string)", line: line, id: id))
        }
        if text.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) {
            return .failure(CorpusFailure(input: input, message: "empty text, nothing to analyse", line: line, id: id))
        }
        func field(_ key: String) -> String? { fields[key]?.scalarText.flatMap { $0.isEmpty ? nil : $0 } }
        // The file's name only when the line has no id of its own (URL parsing costs per line).
        func name() -> String { path == "-" ? "stdin" : URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent }
        let info = DocumentInfo(
            id: id ?? "\(name())-\(line)", path: input, date: field("date"), outlet: field("outlet"), url: field("url"),
            title: field("title")
        )
        var document = Document(info: info, text: text)
        document.metadata = fields.filter { !ownFields.contains($0.key) }
        return .success(document)
    }

    /// Whether a line is a JSONL article: a JSON object with a "text" string (for `--input-format auto`).
    static func isArticleLine(_ data: Data) -> Bool {
        var bytes = [UInt8](data)
        while bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        guard bytes.first(where: { $0 != 0x20 && $0 != 0x09 }) == UInt8(ascii: "{"),
              case let .object(fields)? = try? JSONDecoder().decode(JSONValue.self, from: Data(bytes)),
              case .string? = fields["text"] else { return false }
        return true
    }
}
