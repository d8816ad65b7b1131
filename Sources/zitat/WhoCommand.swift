import ArgumentParser
import Foundation
import Zitat

/// `zitat who`: how the knowledge base reads a speaker mention at a date, and why.
struct WhoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "who",
        abstract: "Shows which side a speaker mention speaks for at a date, and why.",
        discussion: """
            Reads each mention as the analysis does: its head word, the office or role noun it \
            names, the bodies that qualify it ("US-", "russische", "des Weißen Hauses"), people \
            and offices of the knowledge base in rules/kb/ at the date. Without --date the latest \
            holder of an office is taken, and the trace says so.

            Examples:
              zitat who "der US-Präsident" --date 2015-03
              zitat who "ein Pentagonsprecher" "Lawrow" "die Washington Post" --date 2022-10
            """
    )

    @Argument(help: ArgumentHelp("Speaker mentions, as an article writes them.", valueName: "mention"))
    var mentions: [String]

    @Option(name: .long, help: ArgumentHelp("The article's date: YYYY, YYYY-MM or YYYY-MM-DD.", valueName: "date"))
    var date: String?

    @Flag(name: .long, help: "Print one JSON object a line instead of text.")
    var json = false

    @OptionGroup var rules: RulesOptions

    func validate() throws {
        if let date, KBDate(date) == nil { throw ValidationError("--date must be YYYY, YYYY-MM or YYYY-MM-DD, not '\(date)'") }
        if mentions.isEmpty { throw ValidationError("give at least one mention, e.g. zitat who \"der US-Präsident\" --date 2015-03") }
    }

    func run() throws {
        let ruleSet = try rules.load()
        let resolver = AffiliationResolver(index: ruleSet.knowledge)
        let day = date.flatMap(KBDate.init)
        var output = ""
        for mention in mentions {
            let reading = resolver.explain(mention, date: day)
            output += json ? try jsonLine(reading) : text(reading)
        }
        do { try OutputFile.write(output, to: "-") } catch {
            printError("zitat who: \(error.localizedDescription)")
            throw ExitStatus.usage
        }
    }

    func text(_ reading: MentionReading) -> String {
        let result = reading.affiliation
        var lines = ["\(reading.mention)\(reading.date.map { " @\($0)" } ?? "")"]
        lines.append("  side:    \(result?.side ?? "none")")
        lines.append("  kind:    \(result?.kind?.rawValue ?? "unknown")")
        if let entity = result?.entity { lines.append("  entity:  \(entity)\(result?.canonical.map { " (\($0))" } ?? "")") }
        if let office = result?.office { lines.append("  office:  \(office)") }
        lines.append("  head:    \(reading.head ?? "—")\(reading.noun.map { " (noun \($0))" } ?? "")")
        if !reading.named.isEmpty { lines.append("  names:   \(reading.named.joined(separator: ", "))") }
        if !reading.bodies.isEmpty { lines.append("  bodies:  \(reading.bodies.joined(separator: ", "))") }
        lines.append("  rule:    \(result?.trace.joined(separator: " ") ?? "nothing in the knowledge base")")
        return lines.joined(separator: "\n") + "\n\n"
    }

    func jsonLine(_ reading: MentionReading) throws -> String {
        let result = reading.affiliation
        let object: [String: String?] = [
            "mention": reading.mention, "date": reading.date?.description, "side": result?.side,
            "kind": result?.kind?.rawValue, "entity": result?.entity, "canonical": result?.canonical,
            "office": result?.office, "head": reading.head, "rule": result?.trace.joined(separator: " "),
        ]
        let data = try JSONSerialization.data(withJSONObject: object.compactMapValues { $0 }, options: [.sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
