public import Foundation

/// One input of a corpus that could not be read; reported and skipped, never fatal.
public struct CorpusFailure: Error, LocalizedError, Hashable, Sendable, Codable {
    /// The file, `file:line` for a JSONL line, or `-` for standard input.
    public var input: String
    public var message: String

    public init(input: String, message: String) {
        self.input = input
        self.message = message
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
    case document(Document)
    case failure(CorpusFailure)

    /// Reads the item into a document (cheap enough to run on a worker beside the analysis).
    public func load() -> Result<Document, CorpusFailure> {
        switch self {
        case let .source(source):
            do { return .success(try source.load()) } catch { return .failure(CorpusFailure(error, input: source.displayName)) }
        case let .jsonLine(path, line, data):
            return CorpusItem.decodeLine(data, path: path, line: line)
        case let .document(document):
            return .success(document)
        case let .failure(failure):
            return .failure(failure)
        }
    }

    /// Decodes one JSONL line `{"id", "text", "date"?, "outlet"?, "url"?, "title"?}` into a document.
    static func decodeLine(_ data: Data, path: String, line: Int) -> Result<Document, CorpusFailure> {
        let input = "\(path):\(line)"
        let bytes = [UInt8](data)
        if let bad = Document.firstInvalidUTF8(bytes) {
            return .failure(CorpusFailure(input: input, message: "invalid UTF-8 at byte \(bad + 1) of the line"))
        }
        let object: Any
        do { object = try JSONSerialization.jsonObject(with: data) } catch {
            return .failure(CorpusFailure(input: input, message: "not a JSON object: \(String(decoding: bytes.prefix(60), as: UTF8.self))"))
        }
        guard let fields = object as? [String: Any] else {
            return .failure(CorpusFailure(input: input, message: "expected a JSON object with \"id\" and \"text\""))
        }
        guard let text = fields["text"] as? String else {
            return .failure(CorpusFailure(input: input, message: "missing \"text\" (a string)"))
        }
        if text.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) {
            return .failure(CorpusFailure(input: input, message: "empty text, nothing to analyse"))
        }
        func field(_ key: String) -> String? {
            switch fields[key] {
            case let value as String: value.isEmpty ? nil : value
            case let value as NSNumber: value.stringValue
            default: nil
            }
        }
        let name = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        let info = DocumentInfo(
            id: field("id") ?? "\(name)-\(line)", path: input, date: field("date"), outlet: field("outlet"), url: field("url"),
            title: field("title")
        )
        return .success(Document(info: info, text: text))
    }
}

/// The items of a corpus, read lazily in a stable order: paths are expanded as `InputSource.expand`
/// does, and a `.jsonl` file yields one item per non-empty line, read in chunks (never whole).
public struct CorpusReader: IteratorProtocol {
    var pending: [Result<InputSource, InputError>]
    var lines: LineReader?
    var linesPath = ""
    /// Whether the JSONL file being read has yielded an article line yet.
    var linesYielded = false

    public init(paths: [String]) {
        pending = InputSource.expand(paths).reversed()
    }

    public mutating func next() -> CorpusItem? {
        while true {
            if var reader = lines {
                if let (number, data) = reader.next() {
                    lines = reader
                    if CorpusReader.isBlank(data) { continue }
                    linesYielded = true
                    return .jsonLine(path: linesPath, line: number, data: data)
                }
                lines = nil
                if let error = reader.error {
                    return .failure(CorpusFailure(input: linesPath, message: "cannot read: \(error)"))
                }
                // A JSONL file without a single article is reported like an empty text file.
                if !linesYielded { return .failure(CorpusFailure(input: linesPath, message: "no articles in the JSONL file")) }
            }
            guard let entry = pending.popLast() else { return nil }
            switch entry {
            case let .failure(error):
                return .failure(CorpusFailure(error, input: CorpusReader.path(of: error)))
            case let .success(source):
                guard source.isJSONLines, case let .file(path) = source else { return .source(source) }
                guard let reader = LineReader(path: path) else {
                    return .failure(CorpusFailure(input: path, message: "cannot open the JSONL file"))
                }
                lines = reader
                linesPath = path
                linesYielded = false
            }
        }
    }

    /// How many items the paths hold (JSONL lines counted by a fast scan), for a progress bar.
    public static func count(paths: [String]) -> Int {
        var total = 0
        for entry in InputSource.expand(paths) {
            guard case let .success(source) = entry, source.isJSONLines, case let .file(path) = source else {
                total += 1
                continue
            }
            guard var reader = LineReader(path: path) else { total += 1; continue }
            var lines = 0
            while let (_, data) = reader.next() {
                if !isBlank(data) { lines += 1 }
            }
            total += max(lines, 1)
        }
        return total
    }

    /// A JSONL line of spaces, tabs and carriage returns only holds no article.
    static func isBlank(_ data: Data) -> Bool {
        data.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
    }

    static func path(of error: InputError) -> String {
        switch error {
        case let .notFound(path), let .unreadable(path, _), let .invalidUTF8(path, _), let .binary(path, _),
             let .empty(path), let .noTextFiles(path):
            path
        }
    }
}

/// Reads a file line by line in fixed-size chunks; lines are numbered from 1, without the newline.
struct LineReader {
    let handle: FileHandle
    var buffer = Data()
    var start = 0
    var number = 0
    var atEnd = false
    var error: String?
    static let chunkSize = 1 << 20

    init?(path: String) {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        self.handle = handle
    }

    mutating func next() -> (Int, Data)? {
        while true {
            if let newline = buffer[start...].firstIndex(of: 0x0A) {
                let line = buffer[start..<newline]
                start = newline + 1
                number += 1
                return (number, Data(line))
            }
            if atEnd {
                guard start < buffer.count else {
                    try? handle.close()
                    return nil
                }
                let line = buffer[start...]
                start = buffer.count
                number += 1
                return (number, Data(line))
            }
            // Keep only the unread tail before reading more.
            buffer = Data(buffer[start...])
            start = 0
            do {
                let chunk = try handle.read(upToCount: LineReader.chunkSize) ?? Data()
                if chunk.isEmpty { atEnd = true } else { buffer.append(chunk) }
            } catch {
                self.error = error.localizedDescription
                atEnd = true
                buffer = Data()
                start = 0
            }
        }
    }
}

extension CorpusReader {
    /// The articles of `paths` as a stream; with no path, the bundled example article.
    public static func items(paths: [String]) -> AnyIterator<CorpusItem> {
        guard !paths.isEmpty else {
            let example: CorpusItem
            do { example = .document(try ExampleArticle.load()) } catch { example = .failure(CorpusFailure(error, input: "example-article.txt")) }
            return AnyIterator([example].makeIterator())
        }
        var reader = CorpusReader(paths: paths)
        return AnyIterator { reader.next() }
    }
}
