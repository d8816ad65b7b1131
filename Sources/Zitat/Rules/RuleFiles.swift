import Foundation

/// One rule file: its path inside the rules folder ("cues.yaml", "kb/people.yaml"), its text, and
/// where it was read from, for error messages.
public struct RuleText: Hashable, Sendable {
    /// Relative path with `/` separators.
    public var path: String
    public var text: String
    /// The file as a user would find it: "rules/kb/people.yaml", or "<embedded>/cues.yaml".
    public var origin: String

    public init(path: String, text: String, origin: String) {
        self.path = path
        self.text = text
        self.origin = origin
    }
}

/// A rules folder as a list of rule files (`*.yaml`, and data such as `lexicon/german.lexicon`) sorted
/// by relative path, subfolders included: the defaults compiled into the binary, a directory on disk,
/// or a directory laid over the defaults.
public struct RuleFiles: Hashable, Sendable {
    /// The extensions of files that are rules (reports/scripts/embed-rules.sh embeds the same).
    public static let extensions: Set<String> = ["yaml", "lexicon"]

    /// Sorted by `path`, each path once.
    public private(set) var files: [RuleText]
    /// What the files are, for messages: "embedded", "DIR", or "DIR over embedded".
    public var label: String

    public init(_ files: [RuleText], label: String) {
        var byPath: [String: RuleText] = [:]
        for file in files { byPath[file.path] = file }
        self.files = byPath.values.sorted { $0.path < $1.path }
        self.label = label
    }

    /// The default rules of this version of Zitat, compiled in (`EmbeddedRules.swift`).
    public static let embedded = RuleFiles(
        embeddedRuleFiles.map { RuleText(path: $0.path, text: $0.text, origin: "<embedded>/" + $0.path) },
        label: "embedded")

    /// The file at a relative path, if present.
    public subscript(path path: String) -> RuleText? {
        files.first { $0.path == path }
    }

    /// The files in a subfolder ("kb"), recursively.
    public func under(_ folder: String) -> [RuleText] {
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        return files.filter { $0.path.hasPrefix(prefix) }
    }

    /// These files with `other` laid over them: a file of the same relative path replaces the one
    /// here, a new one is added.
    public func overlaid(with other: RuleFiles) -> RuleFiles {
        RuleFiles(files + other.files, label: "\(other.label) over \(label)")
    }

    /// Every rule file under `directory`, recursively (hidden files and folders aside). A folder or
    /// file that cannot be read, or a file that is not UTF-8, is an error naming it.
    public static func directory(_ directory: String) throws(RuleFileError) -> RuleFiles {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw RuleFileError(path: directory, line: 0, column: 0, message: "no such rules directory")
        }
        var texts: [RuleText] = []
        try collect(directory: directory, relative: "", into: &texts)
        return RuleFiles(texts, label: directory)
    }

    private static func collect(directory: String, relative: String, into texts: inout [RuleText]) throws(RuleFileError) {
        let manager = FileManager.default
        let here = relative.isEmpty ? directory : (directory as NSString).appendingPathComponent(relative)
        let names: [String]
        do { names = try manager.contentsOfDirectory(atPath: here) } catch {
            throw RuleFileError(path: here, line: 0, column: 0, message: "cannot read the rules folder")
        }
        for name in names.sorted() where !name.hasPrefix(".") {
            let path = relative.isEmpty ? name : relative + "/" + name
            let full = (directory as NSString).appendingPathComponent(path)
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: full, isDirectory: &isDirectory) else { continue }
            if isDirectory.boolValue {
                try collect(directory: directory, relative: path, into: &texts)
            } else if extensions.contains((name as NSString).pathExtension) {
                guard let data = manager.contents(atPath: full) else {
                    throw RuleFileError(path: full, line: 0, column: 0, message: "cannot read the rule file")
                }
                guard let text = String(data: data, encoding: .utf8) else {
                    throw RuleFileError(path: full, line: 1, column: 1, message: "rule file is not valid UTF-8")
                }
                texts.append(RuleText(path: path, text: text, origin: full))
            }
        }
    }

    /// Writes the files under `directory`, creating subfolders. Existing files are an error unless
    /// `overwrite`; nothing is written when one would be refused. Returns the paths written.
    public func write(to directory: String, overwrite: Bool) throws -> [String] {
        let manager = FileManager.default
        let targets = files.map { ($0, (directory as NSString).appendingPathComponent($0.path)) }
        if !overwrite, let existing = targets.first(where: { manager.fileExists(atPath: $0.1) }) {
            throw RuleFileError(path: existing.1, line: 0, column: 0, message: "file exists; pass --force to overwrite it")
        }
        for (file, target) in targets {
            try manager.createDirectory(atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try OutputFile.write(file.text, to: target)
        }
        return targets.map(\.1)
    }
}
