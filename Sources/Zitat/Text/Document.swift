public import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A problem with one input; the message names the file and what is wrong.
public enum InputError: Error, LocalizedError, Equatable, Sendable {
    case notFound(path: String)
    case unreadable(path: String, reason: String)
    case invalidUTF8(path: String, byteOffset: Int)
    case binary(path: String, byteOffset: Int)
    case empty(path: String)
    case noTextFiles(path: String)

    public var errorDescription: String? {
        switch self {
        case let .notFound(path): "\(path): no such file or directory"
        case let .unreadable(path, reason): "\(path): cannot read: \(reason)"
        case let .invalidUTF8(path, offset): "\(path): invalid UTF-8 at byte offset \(offset)"
        case let .binary(path, offset): "\(path): binary data (NUL byte at byte offset \(offset)), not a text article"
        case let .empty(path): "\(path): empty file, nothing to analyse"
        case let .noTextFiles(path): "\(path): directory holds no .txt files"
        }
    }
}

/// An article as read: its original text and the offsets to address it.
///
/// Every offset in Zitat counts Unicode scalars into `text`, half-open.
public struct Document: Sendable {
    public var info: DocumentInfo
    /// The original text (a byte-order mark, if any, removed).
    public let text: String
    public let scalars: [Unicode.Scalar]
    /// The fields of a JSONL article other than "text", passed through to the output.
    public var metadata: [String: JSONValue] = [:]

    public init(info: DocumentInfo, text: String) {
        self.info = info
        self.text = text
        self.scalars = Array(text.unicodeScalars)
    }

    public init(id: String, text: String, path: String? = nil) {
        self.init(info: DocumentInfo(id: id, path: path), text: text)
    }

    /// The text of a span.
    public func text(_ span: Span) -> String {
        let lower = max(0, min(span.start, scalars.count))
        let upper = max(lower, min(span.end, scalars.count))
        return String(scalars: scalars[lower..<upper])
    }

    /// The text of several spans joined by " … ".
    public func text(_ spans: [Span]) -> String {
        spans.map { text($0) }.joined(separator: " … ")
    }

    /// Decodes bytes as a UTF-8 article, rejecting binary data, invalid UTF-8 and empty input.
    public static func decode(_ data: Data, id: String, path: String) throws(InputError) -> Document {
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if let nul = bytes.firstIndex(of: 0) { throw .binary(path: path, byteOffset: nul) }
        if let bad = firstInvalidUTF8(bytes) { throw .invalidUTF8(path: path, byteOffset: bad + (data.count - bytes.count)) }
        let text = String(decoding: bytes, as: UTF8.self)
        if text.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) { throw .empty(path: path) }
        return Document(info: DocumentInfo(id: id, path: path), text: text)
    }

    /// Reads one file (also a named pipe or a device such as /dev/stdin).
    public static func load(path: String) throws(InputError) -> Document {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            if errno == ENOENT { throw .notFound(path: path) }
            throw .unreadable(path: path, reason: POSIXReadError(code: errno).reason)
        }
        defer { close(descriptor) }
        var info = stat()
        if fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFDIR {
            throw .unreadable(path: path, reason: "is a directory")
        }
        let bytes: [UInt8]
        do { bytes = try StandardStreams.readAll(descriptor) } catch { throw .unreadable(path: path, reason: error.reason) }
        let id = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        return try decode(Data(bytes), id: id, path: path)
    }

    /// The byte offset of the first byte that is not valid UTF-8, if any.
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let length: Int
            switch byte {
            case 0x00...0x7F: index += 1; continue
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return index
            }
            guard index + length <= bytes.count else { return index }
            for next in 1..<length where bytes[index + next] & 0xC0 != 0x80 { return index }
            let second = bytes[index + 1]
            if byte == 0xE0 && second < 0xA0 { return index }
            if byte == 0xED && second > 0x9F { return index }
            if byte == 0xF0 && second < 0x90 { return index }
            if byte == 0xF4 && second > 0x8F { return index }
            index += length
        }
        return nil
    }
}
