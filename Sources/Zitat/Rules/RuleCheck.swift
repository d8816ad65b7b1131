import Foundation
import Yams

/// What `zitat rules check` finds in a rules folder beyond what loading rejects: ids given twice.
public enum RuleCheck {
    /// Tables whose ids must be unique across all files, since user files extend them.
    static let sharedTables: Set<String> = ["sources", "topics"]

    /// Every id given twice in one list, and every source or topic id given twice across files,
    /// reported at the second occurrence with the first named. Files that do not parse are skipped
    /// here (loading reports them).
    public static func duplicateIDs(in files: RuleFiles) -> [RuleFileError] {
        var problems: [RuleFileError] = []
        var shared: [String: [String: String]] = [:]
        for text in files.files where text.path.hasSuffix(".yaml") {
            guard let root = try? RuleFile.parse(text: text.text, path: text.origin, relativePath: text.path) else { continue }
            walk(root, table: nil) { table, items in
                var seen: [String: Int] = [:]
                for item in items {
                    guard let idNode = try? item.optional("id"), let id = try? idNode.string() else { continue }
                    if let first = seen[id] {
                        problems.append(idNode.error("duplicate id '\(id)', first at line \(first)"))
                    } else {
                        seen[id] = idNode.line
                    }
                    guard let table, sharedTables.contains(table) else { continue }
                    let here = "\(text.origin):\(idNode.line)"
                    if let first = shared[table]?[id], !first.hasPrefix(text.origin + ":") {
                        problems.append(idNode.error("\(table) id '\(id)' is also defined at \(first)"))
                    } else if shared[table]?[id] == nil {
                        shared[table, default: [:]][id] = here
                    }
                }
            }
        }
        return problems
    }

    /// Calls `visit` with every list of mappings in the tree and the key it stands under.
    static func walk(_ node: RuleNode, table: String?, visit: (String?, [RuleNode]) -> Void) {
        switch node.node {
        case .mapping(let mapping):
            for (key, value) in mapping {
                walk(RuleNode(node: value, file: node.file), table: key.string, visit: visit)
            }
        case .sequence(let sequence):
            let items = sequence.map { RuleNode(node: $0, file: node.file) }
            if items.contains(where: { $0.node.mapping != nil }) { visit(table, items) }
            for item in items { walk(item, table: table, visit: visit) }
        default:
            break
        }
    }
}
