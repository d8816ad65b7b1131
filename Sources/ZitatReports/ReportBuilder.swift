public import Foundation
public import Zitat

/// A problem with what the report was asked to do; fatal, before any article is read.
public enum ReportError: Error, LocalizedError, Equatable, Sendable {
    case unknownSources([String], known: [String])
    case noSources

    public var errorDescription: String? {
        switch self {
        case let .unknownSources(ids, known):
            "unknown source\(ids.count == 1 ? "" : "s") \(ids.joined(separator: ", ")); known sources: \(known.joined(separator: ", "))"
        case .noSources:
            "no sources chosen; name at least one with --sources"
        }
    }
}

/// Turns analyses into report documents: groups each claim under its source or speaker and tags topics.
public struct ReportBuilder: Sendable {
    /// The sources Zitat compares unless told otherwise.
    public static let defaultSources = ["Washington", "Kremlin", "NATO"]

    public let sources: [ReportSource]
    public let tagger: TopicTagger

    public init(sources: [ReportSource], tagger: TopicTagger) {
        self.sources = sources
        self.tagger = tagger
    }

    /// Chooses `selected` (case-insensitive ids; nil for the defaults) among the rules' sources.
    public init(rules: RuleSet, selected: [String]? = nil) throws {
        self.init(sources: try ReportBuilder.sources(rules: rules, selected: selected), tagger: try TopicTagger(rules: rules))
    }

    /// The rules' sources named by `selected`, in the order given; unknown ids are an error listing the known ones.
    public static func sources(rules: RuleSet, selected: [String]?) throws(ReportError) -> [ReportSource] {
        let known = rules.sources
        let wanted = selected ?? defaultSources.filter { id in known.contains { $0.id == id } }
        if wanted.isEmpty { throw .noSources }
        var result: [ReportSource] = []
        var unknown: [String] = []
        for id in wanted {
            guard let rule = known.first(where: { $0.id.lowercased() == id.lowercased() }) else {
                unknown.append(id)
                continue
            }
            if !result.contains(where: { $0.id == rule.id }) {
                result.append(ReportSource(id: rule.id, name: rule.name, color: rule.color))
            }
        }
        if !unknown.isEmpty { throw .unknownSources(unknown, known: known.map(\.id)) }
        return result
    }

    /// The report document of one analysis; `text` gives the title when the input had none.
    public func document(_ analysis: Analysis, text: String? = nil) -> ReportDocument {
        var document = ClaimSchema.document(analysis, topics: tagger.tag(analysis.claims), text: text)
        for (index, claim) in analysis.claims.enumerated() { document.claims[index].group = group(of: claim) }
        return document
    }

    /// An article's first line (a leading `date …` line skipped), cut at a word near 120 characters.
    public static func title(of text: String) -> String? {
        var rest = Substring(text)
        while !rest.isEmpty {
            let end = lineEnd(in: rest)
            // Only the start of a long line matters (a corpus may hold a whole article on one line).
            let line = rest[..<end].prefix(400)
            rest = end < rest.endIndex ? rest[rest.index(after: end)...] : ""
            let trimmed = trimming(line, .whitespacesAndNewlines)
            // Lowercasing maps scalar by scalar, so the first characters decide the prefix.
            if trimmed.isEmpty || trimmed.prefix(8).lowercased().hasPrefix("date ") { continue }
            guard trimmed.count > 120 else { return trimmed }
            let cut = trimmed.prefix(120)
            let word = cut.lastIndex(of: " ").map { cut[..<$0] } ?? cut
            return trimming(word, .punctuationCharacters.union(.whitespaces)) + " …"
        }
        return nil
    }

    /// `trimmingCharacters(in:)`, scalar by scalar as Foundation trims, without bridging the text.
    static func trimming(_ text: Substring, _ set: CharacterSet) -> String {
        let scalars = text.unicodeScalars
        var lower = scalars.startIndex
        var upper = scalars.endIndex
        while lower < upper, set.contains(scalars[lower]) { scalars.formIndex(after: &lower) }
        while lower < upper, set.contains(scalars[scalars.index(before: upper)]) { scalars.formIndex(before: &upper) }
        return String(scalars[lower..<upper])
    }

    /// `firstIndex(of: "\n")` read from UTF-8: a line feed is a `Character` of its own unless a
    /// carriage return comes before it ("\r\n" is one `Character`, not "\n").
    static func lineEnd(in text: Substring) -> Substring.Index {
        var previous: UInt8 = 0
        var index = text.utf8.startIndex
        while index < text.utf8.endIndex {
            let byte = text.utf8[index]
            if byte == 0x0A, previous != 0x0D { return index }
            previous = byte
            text.utf8.formIndex(after: &index)
        }
        return text.endIndex
    }

    /// A chosen source's id, or `speaker:` and the speaker's canonical name.
    func group(of claim: Claim) -> String {
        if let source = claim.source, sources.contains(where: { $0.id == source }) { return source }
        return ReportAccumulator.speakerPrefix + (claim.speaker?.canonical ?? claim.speaker?.text ?? "")
    }
}
