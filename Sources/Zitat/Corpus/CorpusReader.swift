import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The items of a corpus, read lazily in a stable order: paths are expanded as `InputSource.expand`
/// does, and a JSON Lines input (a `.jsonl` file, or any input as `--input-format` says) yields one
/// item per non-blank line, read in chunks (never whole), standard input too.
public struct CorpusReader: IteratorProtocol {
    let format: InputFormat
    var pending: [Result<InputSource, InputError>]
    var lines: LineReader?
    var linesPath = ""
    /// Whether the JSONL input being read has yielded an article line yet.
    var linesYielded = false
    /// A line read to recognise the format, still to be yielded.
    var held: (Int, Data)?

    public init(paths: [String], format: InputFormat = .auto) {
        self.init(sources: InputSource.expand(paths, extension: format == .jsonl ? "jsonl" : "txt"), format: format)
    }

    /// Reads sources already expanded (so the caller can check them first).
    public init(sources: [Result<InputSource, InputError>], format: InputFormat = .auto) {
        self.format = format
        pending = sources.reversed()
    }

    public mutating func next() -> CorpusItem? {
        while true {
            if let (number, data) = held {
                held = nil
                linesYielded = true
                return .jsonLine(path: linesPath, line: number, data: data)
            }
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
                // A JSONL file without a single article is reported like an empty text file
                // (empty standard input is not: a pipeline stage may well get nothing).
                if !linesYielded && linesPath != "-" {
                    return .failure(CorpusFailure(input: linesPath, message: "no articles in the JSONL file"))
                }
            }
            guard let entry = pending.popLast() else { return nil }
            switch entry {
            case let .failure(error):
                return .failure(CorpusFailure(error, input: CorpusReader.path(of: error)))
            case let .success(source):
                if let item = open(source) { return item }
            }
        }
    }

    /// Starts reading a source: as lines (then nil, the lines follow) or as one item.
    mutating func open(_ source: InputSource) -> CorpusItem? {
        let asLines = format == .jsonl || (format == .auto && source.isJSONLines)
        guard asLines || (format == .auto && source.isSniffable) else { return .source(source) }
        if source == .standardInput, StandardStreams.wasClosed(STDIN_FILENO) {
            return .failure(CorpusFailure(input: "-", message: "cannot read: standard input is closed"))
        }
        guard var reader = LineReader(source) else {
            return .failure(CorpusFailure(input: source.displayName, message: "cannot open: \(POSIXReadError(code: errno).reason)"))
        }
        linesPath = source.displayName
        linesYielded = false
        if asLines {
            lines = reader
            return nil
        }
        // --input-format auto: JSON Lines when the first non-blank line is an article object.
        reader.keepsConsumed = true
        var first: (Int, Data)?
        while reader.error == nil, let line = reader.next() {
            if !CorpusReader.isBlank(line.1) { first = line; break }
        }
        if let error = reader.error { return .failure(CorpusFailure(input: source.displayName, message: "cannot read: \(error)")) }
        if let first, CorpusItem.isArticleLine(first.1) {
            reader.keepsConsumed = false
            lines = reader
            held = first
            return nil
        }
        // Prose: what was read to look, and the rest, read once (the worker decodes it).
        let bytes = reader.consumedAndRest()
        let name = source.displayName
        if let error = reader.error { return .failure(CorpusFailure(input: name, message: "cannot read: \(error)")) }
        if source == .standardInput, bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) { return nil }
        let id = source == .standardInput ? "stdin" : URL(fileURLWithPath: name).deletingPathExtension().lastPathComponent
        return .text(bytes, id: id, path: name)
    }

    /// How many items the paths hold (JSONL lines counted by a fast scan), for a progress bar.
    public static func count(paths: [String], format: InputFormat = .auto) -> Int {
        var total = 0
        for entry in InputSource.expand(paths, extension: format == .jsonl ? "jsonl" : "txt") {
            guard case let .success(source) = entry, source != .standardInput,
                  format == .jsonl || (format == .auto && source.isJSONLines),
                  var reader = LineReader(source) else {
                total += 1
                continue
            }
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

extension InputSource {
    /// Standard input and files not named `*.jsonl`: `--input-format auto` looks at their first line.
    var isSniffable: Bool { !isJSONLines }

}

extension CorpusReader {
    /// The articles of `paths` as a stream; with no path, the bundled example article.
    public static func items(paths: [String], format: InputFormat = .auto) -> AnyIterator<CorpusItem> {
        items(sources: paths.isEmpty ? nil : InputSource.expand(paths, extension: format == .jsonl ? "jsonl" : "txt"), format: format)
    }

    /// The articles of expanded sources as a stream; nil for the bundled example article.
    public static func items(sources: [Result<InputSource, InputError>]?, format: InputFormat = .auto) -> AnyIterator<CorpusItem> {
        guard let sources else {
            let example: CorpusItem
            do { example = .document(try ExampleArticle.load()) } catch { example = .failure(CorpusFailure(error, input: "example-article.txt")) }
            return AnyIterator([example].makeIterator())
        }
        var reader = CorpusReader(sources: sources, format: format)
        return AnyIterator { reader.next() }
    }
}
