import Foundation

/// Where documents come from: files, directories (recursively, `*.txt`), or `-` for stdin.
/// A `.jsonl` file named explicitly is a corpus of one article per line (see `CorpusReader`).
public enum InputSource: Hashable, Sendable {
    case file(String)
    case standardInput

    /// Expands paths into sources in a stable order; directories yield their `.txt` files sorted.
    /// Paths that do not exist or hold no text files come back as errors, in order, beside the rest.
    public static func expand(_ paths: [String]) -> [Result<InputSource, InputError>] {
        var result: [Result<InputSource, InputError>] = []
        for path in paths {
            if path == "-" {
                result.append(.success(.standardInput))
                continue
            }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                result.append(.failure(.notFound(path: path)))
                continue
            }
            guard isDirectory.boolValue else {
                result.append(.success(.file(path)))
                continue
            }
            let files = textFiles(under: path)
            if files.isEmpty { result.append(.failure(.noTextFiles(path: path))) }
            result.append(contentsOf: files.map { .success(.file($0)) })
        }
        return result
    }

    static func textFiles(under directory: String) -> [String] {
        let root = URL(fileURLWithPath: directory)
        guard let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey]) else {
            return []
        }
        var files: [String] = []
        for case let url as URL in enumerator where url.pathExtension.lowercased() == "txt" {
            files.append(url.path)
        }
        return files.sorted()
    }

    /// Reads the source into a document.
    public func load() throws(InputError) -> Document {
        switch self {
        case let .file(path):
            return try Document.load(path: path)
        case .standardInput:
            let data = FileHandle.standardInput.readDataToEndOfFile()
            return try Document.decode(data, id: "stdin", path: "-")
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

/// The article bundled with Zitat, analysed when no path is given.
public enum ExampleArticle {
    /// Compiled in from `Sources/Zitat/Resources/example-article.txt` (reports/scripts/embed-rules.sh),
    /// so a copied binary has it too.
    public static func load() throws(InputError) -> Document {
        try Document.decode(Data(embeddedExampleArticle.utf8), id: "example-article", path: "example-article.txt")
    }
}
