import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How inputs are read: as prose, as JSON Lines (one article a line), or recognised by their content.
public enum InputFormat: String, CaseIterable, Sendable {
    /// Every input is one article of prose.
    case text
    /// Every input (also standard input) holds one JSON article per line.
    case jsonl
    /// `*.jsonl` files are JSON Lines; any other input is when its first non-blank line is a JSON
    /// object with a "text" field, else prose.
    case auto
}

/// Where documents come from: files, directories (recursively, `*.txt`), or `-` for stdin.
/// A `.jsonl` file named explicitly is a corpus of one article per line (see `CorpusReader`).
public enum InputSource: Hashable, Sendable {
    case file(String)
    case standardInput

    /// Expands paths into sources in a stable order; directories yield their `.txt` files sorted
    /// (`.jsonl` files for `extension: "jsonl"`), named as the directory was given ("corpus/sub/a.txt").
    /// Paths that do not exist, hold no such files or cannot be read come back as errors, in order.
    public static func expand(_ paths: [String], extension wanted: String = "txt") -> [Result<InputSource, InputError>] {
        var result: [Result<InputSource, InputError>] = []
        for path in paths {
            if path == "-" {
                result.append(.success(.standardInput))
                continue
            }
            var info = stat()
            guard stat(path, &info) == 0 else {
                let code = errno
                var link = stat()
                if code == ENOENT, lstat(path, &link) != 0 {
                    result.append(.failure(.notFound(path: path)))
                } else {
                    result.append(.failure(.unreadable(path: path, reason: POSIXReadError(code: code).reason)))
                }
                continue
            }
            guard info.st_mode & S_IFMT == S_IFDIR else {
                result.append(.success(.file(path)))
                continue
            }
            var walk = DirectoryWalk(extension: wanted)
            walk.visit(path)
            if walk.files.isEmpty && walk.problems.isEmpty { result.append(.failure(.noTextFiles(path: path))) }
            result.append(contentsOf: walk.problems.map { .failure($0) })
            result.append(contentsOf: walk.files.sorted().map { .success(.file($0)) })
        }
        return result
    }

    /// Reads the source into a document.
    public func load() throws(InputError) -> Document {
        switch self {
        case let .file(path):
            return try Document.load(path: path)
        case .standardInput:
            if StandardStreams.wasClosed(STDIN_FILENO) { throw .unreadable(path: "-", reason: "standard input is closed") }
            let bytes: [UInt8]
            do { bytes = try StandardStreams.readAll(STDIN_FILENO) } catch { throw .unreadable(path: "-", reason: error.reason) }
            return try Document.decode(Data(bytes), id: "stdin", path: "-")
        }
    }

    /// A file named `*.jsonl`: one article per line, read by `CorpusReader`, not as one document.
    public var isJSONLines: Bool {
        guard case let .file(path) = self else { return false }
        return path.lowercased().hasSuffix(".jsonl")
    }

    public var displayName: String {
        switch self {
        case let .file(path): path
        case .standardInput: "-"
        }
    }
}

/// The files with one extension under a directory, found recursively, with the directories that
/// could not be read. Paths are built from the directory as given; symlinked directories are not
/// followed (no loops), symlinked files are.
struct DirectoryWalk {
    let wanted: String
    var files: [String] = []
    var problems: [InputError] = []

    init(extension wanted: String) {
        self.wanted = wanted.lowercased()
    }

    mutating func visit(_ directory: String) {
        guard let stream = opendir(directory) else {
            problems.append(.unreadable(path: directory, reason: "cannot list the directory: " + POSIXReadError(code: errno).reason))
            return
        }
        var names: [String] = []
        while let entry = readdir(stream) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name != "." && name != ".." { names.append(name) }
        }
        closedir(stream)
        for name in names.sorted() {
            let path = directory.hasSuffix("/") ? directory + name : directory + "/" + name
            var link = stat()
            guard lstat(path, &link) == 0 else { continue }
            switch link.st_mode & S_IFMT {
            case S_IFDIR:
                visit(path)
            case S_IFREG where (name as NSString).pathExtension.lowercased() == wanted:
                files.append(path)
            case S_IFLNK where (name as NSString).pathExtension.lowercased() == wanted:
                var target = stat()
                if stat(path, &target) == 0, target.st_mode & S_IFMT == S_IFREG { files.append(path) }
            default:
                continue
            }
        }
    }
}

/// The article bundled with Zitat, analysed when no path is given.
public enum ExampleArticle {
    /// Compiled in from `Sources/Zitat/Resources/example-article.txt` (reports/scripts/embed-rules.sh),
    /// so a copied binary has it too.
    public static func load() throws(InputError) -> Document {
        try Document.decode(Data(embeddedExampleArticle.utf8), id: "example-article", path: "example-article.txt")
    }
}
