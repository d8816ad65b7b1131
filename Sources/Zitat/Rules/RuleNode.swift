public import Foundation
import Yams

/// A problem in a rule file, reported as `path:line:column: error: …` with the line and a caret.
public struct RuleFileError: Error, LocalizedError, Sendable, Equatable {
    public var path: String
    public var line: Int
    public var column: Int
    public var message: String
    /// The offending line of the file, if known.
    public var sourceLine: String?

    public init(path: String, line: Int, column: Int, message: String, sourceLine: String? = nil) {
        self.path = path
        self.line = line
        self.column = column
        self.message = message
        self.sourceLine = sourceLine
    }

    public var errorDescription: String? {
        var text = line > 0 ? "\(path):\(line):\(column): error: \(message)" : "\(path): error: \(message)"
        if let sourceLine {
            text += "\n\(sourceLine)\n" + String(repeating: " ", count: max(0, column - 1)) + "^"
        }
        return text
    }
}

/// A YAML node of a rule file that remembers where it stands, so every problem names its line.
struct RuleNode {
    let node: Node
    let file: RuleFile

    var line: Int { (node.mark?.line ?? 0) }
    var column: Int { (node.mark?.column ?? 0) }

    func error(_ message: String) -> RuleFileError {
        file.error(message, line: line, column: column)
    }

    /// The value of `key` in a mapping, or nil when absent.
    func optional(_ key: String) throws(RuleFileError) -> RuleNode? {
        guard let mapping = node.mapping else { throw error("expected a mapping with '\(key)'") }
        guard let value = mapping[Node(key)] else { return nil }
        if case .scalar(let scalar) = value, scalar.string == "~" || (scalar.string.isEmpty && scalar.style == .plain) {
            return nil
        }
        return RuleNode(node: value, file: file)
    }

    func required(_ key: String) throws(RuleFileError) -> RuleNode {
        guard let value = try optional(key) else { throw error("missing required key '\(key)'") }
        return value
    }

    /// Rejects keys this schema does not know, so a typo never silently drops a rule.
    func allowKeys(_ allowed: Set<String>) throws(RuleFileError) {
        guard let mapping = node.mapping else { return }
        for key in mapping.keys {
            guard let name = key.string, allowed.contains(name) else {
                let keyNode = RuleNode(node: key, file: file)
                throw keyNode.error("unknown key '\(key.string ?? "?")'; expected one of: \(allowed.sorted().joined(separator: ", "))")
            }
        }
    }

    func string() throws(RuleFileError) -> String {
        guard case .scalar(let scalar) = node else { throw error("expected a text value") }
        return scalar.string
    }

    func int() throws(RuleFileError) -> Int {
        guard let value = Int(try string()) else { throw error("expected a whole number") }
        return value
    }

    func list() throws(RuleFileError) -> [RuleNode] {
        guard let sequence = node.sequence else { throw error("expected a list") }
        return sequence.map { RuleNode(node: $0, file: file) }
    }

    /// A list of texts; a single text counts as a list of one.
    func strings() throws(RuleFileError) -> [String] {
        if case .scalar = node { return [try string()] }
        var result: [String] = []
        for item in try list() { result.append(try item.string()) }
        return result
    }

    func optionalStrings(_ key: String) throws(RuleFileError) -> [String] {
        try optional(key)?.strings() ?? []
    }

    func optionalString(_ key: String) throws(RuleFileError) -> String? {
        try optional(key)?.string()
    }

    /// A compiled regular expression, with the pattern's problem reported at its line.
    func regex(caseInsensitive: Bool = false) throws(RuleFileError) -> NSRegularExpression {
        let pattern = try string()
        do {
            return try NSRegularExpression(pattern: pattern, options: caseInsensitive ? [.caseInsensitive] : [])
        } catch {
            throw self.error("invalid regular expression '\(pattern)'")
        }
    }
}

/// One rule file as text, parsed into YAML nodes with positions.
struct RuleFile {
    /// The file as reported in messages ("rules/kb/people.yaml", "<embedded>/cues.yaml").
    let path: String
    /// The path inside the rules folder ("kb/people.yaml").
    let relativePath: String
    let lines: [Substring]

    func error(_ message: String, line: Int, column: Int) -> RuleFileError {
        let source = line >= 1 && line <= lines.count ? String(lines[line - 1]) : nil
        return RuleFileError(path: path, line: line, column: column, message: message, sourceLine: source)
    }

    /// Parses the file; syntax errors carry Yams' line and column.
    static func parse(text: String, path: String, relativePath: String? = nil) throws(RuleFileError) -> RuleNode {
        let file = RuleFile(
            path: path, relativePath: relativePath ?? (path as NSString).lastPathComponent,
            lines: text.split(separator: "\n", omittingEmptySubsequences: false))
        do {
            guard let node = try Yams.compose(yaml: text) else {
                throw file.error("the file is empty", line: 1, column: 1)
            }
            return RuleNode(node: node, file: file)
        } catch let error as RuleFileError {
            throw error
        } catch let error as YamlError {
            throw file.describe(error)
        } catch {
            throw file.error("\(error)", line: 1, column: 1)
        }
    }

    func describe(_ error: YamlError) -> RuleFileError {
        switch error {
        case let .scanner(context, problem, mark, _):
            return self.error(([context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }).joined(separator: ": "),
                              line: mark.line, column: mark.column)
        case let .parser(context, problem, mark, _):
            return self.error(([context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }).joined(separator: ": "),
                              line: mark.line, column: mark.column)
        case let .composer(context, problem, mark, _):
            return self.error(([context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }).joined(separator: ": "),
                              line: mark.line, column: mark.column)
        case let .duplicatedKeysInMapping(duplicates, context):
            return duplicateKeys(duplicates, first: context.mark)
        case let .reader(problem, offset, _, _):
            return self.error(problem, line: 1, column: (offset ?? 0) + 1)
        default:
            return self.error("\(error)", line: 1, column: 1)
        }
    }

    /// A key given twice in one mapping, reported where the mapping first repeats itself (Yams names
    /// the first occurrence). In a list of rules this is most often an item that lost its "- ".
    func duplicateKeys(_ keys: [String], first mark: Mark) -> RuleFileError {
        let column = max(mark.column, 1)
        func key(at index: Int) -> String? {
            let text = lines[index]
            guard text.count >= column, text.prefix(column - 1).allSatisfy({ $0 == " " || $0 == "-" }) else { return nil }
            let rest = text.dropFirst(column - 1)
            return keys.first { rest.hasPrefix($0 + ":") || rest.hasPrefix("\"\($0)\":") }
        }
        // The mapping starts at its list dash, or where the indentation drops below its keys.
        var start = min(max(mark.line - 1, 0), lines.count)
        while start > 0 {
            let previous = lines[start - 1]
            let indent = previous.prefix { $0 == " " }.count
            let blank = previous.allSatisfy { $0 == " " } || previous.dropFirst(indent).hasPrefix("#")
            if previous.dropFirst(indent).hasPrefix("- ") && indent + 3 == column {
                start -= 1
                break
            }
            if !blank && indent < column - 1 { break }
            start -= 1
        }
        var seen: Set<String> = []
        for index in start..<lines.count {
            guard let name = key(at: index) else { continue }
            if seen.insert(name).inserted { continue }
            return error(
                "duplicate key '\(name)' in one mapping; if it starts a new list item, it lacks its \"- \" and merges into the item above",
                line: index + 1, column: column)
        }
        return error("duplicate keys: \(keys.joined(separator: ", "))", line: mark.line, column: column)
    }
}
