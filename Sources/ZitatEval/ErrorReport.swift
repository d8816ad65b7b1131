import Foundation

/// A readable list of the evaluation's errors, grouped by kind, for improving the rules.
///
/// Kinds: gold quotes missed, spurious predictions, wrong type, quote boundaries, speakers, cues.
/// Each entry shows the sentence, gold against predicted, and the rule Zitat used.
public enum ErrorReport {
    /// What went wrong with one gold or predicted quote.
    public enum Kind: String, CaseIterable, Sendable {
        case missed = "missed gold quotes"
        case spurious = "spurious predictions"
        case type = "wrong type"
        case boundary = "quote boundaries differ"
        case speaker = "wrong or missing speaker"
        case cue = "wrong or missing cue"
    }

    struct Entry {
        var kind: Kind
        var document: String
        var offset: Int
        var group: String
        var lines: [String]
    }

    /// The whole report as text.
    public static func render(_ evaluation: Evaluation) -> String {
        var entries: [Entry] = []
        var rules: [String: RuleTally] = [:]
        for document in evaluation.documents {
            let view = DocumentView(document.gold)
            entries += pairEntries(document, view: view, rules: &rules) + unpairedEntries(document, view: view, rules: &rules)
        }
        var lines = ["Zitat evaluation errors", ""]
        lines += ScoreReport.text(evaluation.scores).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        lines += summary(entries, rules: rules)
        for failure in evaluation.failures {
            lines.append("unreadable: \(failure.localizedDescription)")
        }
        lines += details(entries)
        return lines.joined(separator: "\n") + "\n"
    }

    /// The errors of each paired quote: type, boundaries, speaker and cue, each an entry of its kind.
    static func pairEntries(_ document: DocumentResult, view: DocumentView, rules: inout [String: RuleTally]) -> [Entry] {
        var entries: [Entry] = []
        for pair in document.matching.pairs {
            let prediction = document.predictions[pair.prediction]
            let predicted = document.predicted[pair.prediction], gold = document.expected[pair.gold]
            let annotation = document.gold.annotations[pair.gold]
            rules[prediction.rule, default: RuleTally()].add(predicted: predicted, gold: gold)
            let offset = view.start(of: gold.quote)
            func entry(_ kind: Kind, _ group: String, _ detail: [String]) {
                entries.append(Entry(
                    kind: kind, document: document.id, offset: offset, group: group,
                    lines: view.context(of: gold.quote.union(predicted.quote)) + detail + ["  rule:      \(prediction.rule)"]))
            }
            let both = [
                "  gold:      " + view.describe(gold, medium: annotation.medium),
                "  predicted: " + view.describe(predicted, medium: prediction.medium, canonical: prediction.speakerName),
            ]
            if predicted.type != gold.type {
                entry(.type, "\(gold.type.rawValue) predicted as \(predicted.type.rawValue)", both)
            }
            if predicted.quote != gold.quote {
                let missing = view.text(gold.quote.subtracting(predicted.quote))
                let extra = view.text(predicted.quote.subtracting(gold.quote))
                var detail = both
                if !missing.isEmpty { detail.append("  − missing: «\(missing)»") }
                if !extra.isEmpty { detail.append("  + extra:   «\(extra)»") }
                entry(.boundary, gold.type.rawValue, detail)
            }
            if predicted.speaker != gold.speaker {
                let group = predicted.speaker.isEmpty ? "no speaker predicted" : gold.speaker.isEmpty ? "gold has no speaker" : "different speaker"
                entry(.speaker, group, both)
            }
            if predicted.cue != gold.cue {
                let group = predicted.cue.isEmpty ? "no cue predicted" : gold.cue.isEmpty ? "gold has no cue" : "different cue"
                entry(.cue, group, both)
            }
        }
        return entries
    }

    /// Gold quotes nothing predicted, and predictions of no gold quote.
    static func unpairedEntries(_ document: DocumentResult, view: DocumentView, rules: inout [String: RuleTally]) -> [Entry] {
        var entries: [Entry] = []
        for index in document.matching.unpairedGold {
            let gold = document.expected[index]
            entries.append(Entry(
                kind: .missed, document: document.id, offset: view.start(of: gold.quote), group: gold.type.rawValue,
                lines: view.context(of: gold.quote) + ["  gold:      " + view.describe(gold, medium: document.gold.annotations[index].medium)]))
        }
        for index in document.matching.unpairedPredictions {
            let prediction = document.predictions[index], predicted = document.predicted[index]
            rules[prediction.rule, default: RuleTally()].addSpurious()
            entries.append(Entry(
                kind: .spurious, document: document.id, offset: view.start(of: predicted.quote), group: prediction.rule,
                lines: view.context(of: predicted.quote) + [
                    "  predicted: " + view.describe(predicted, medium: prediction.medium, canonical: prediction.speakerName),
                    "  rule:      \(prediction.rule)",
                ]))
        }
        return entries
    }

    /// Errors per kind with their most frequent groups, then the tables by rule and by quote rule.
    static func summary(_ entries: [Entry], rules: [String: RuleTally]) -> [String] {
        var lines = ["Summary", ""]
        for kind in Kind.allCases {
            let ofKind = entries.filter { $0.kind == kind }
            let groups = Dictionary(grouping: ofKind, by: \.group).map { ($0.key, $0.value.count) }
                .sorted { ($1.1, $0.0) < ($0.1, $1.0) }
            lines.append("  \(ScoreReport.padded(kind.rawValue, 26)) \(ScoreReport.padded("\(ofKind.count)", 5, right: true))"
                + (groups.isEmpty ? "" : "   " + groups.prefix(6).map { "\($0.0): \($0.1)" }.joined(separator: ", ")))
        }
        lines += ruleTable(rules, title: "By rule")
        // The quote-finding part of the rule ("indirect:preposition"), whatever the sieves did after it.
        var quoteRules: [String: RuleTally] = [:]
        for (rule, tally) in rules {
            let quoteRule = rule.split(separator: " ").first.map(String.init) ?? rule
            quoteRules[quoteRule, default: RuleTally()].merge(tally)
        }
        return lines + ruleTable(quoteRules, title: "By quote rule")
    }

    /// Every entry, by kind, then group, document and offset.
    static func details(_ entries: [Entry]) -> [String] {
        var lines: [String] = []
        for kind in Kind.allCases {
            let ofKind = entries.filter { $0.kind == kind }
                .sorted { ($0.group, $0.document, $0.offset) < ($1.group, $1.document, $1.offset) }
            guard !ofKind.isEmpty else { continue }
            lines += ["", "", "== \(kind.rawValue) (\(ofKind.count)) =="]
            var group: String?
            for entry in ofKind {
                if entry.group != group {
                    group = entry.group
                    lines += ["", "-- \(entry.group) (\(ofKind.filter { $0.group == entry.group }.count)) --"]
                }
                lines += ["", "[\(entry.document)@\(entry.offset)]"] + entry.lines
            }
        }
        return lines
    }

    /// One line per rule, most predictions first.
    static func ruleTable(_ rules: [String: RuleTally], title: String) -> [String] {
        let width = min(64, max(24, (rules.keys.map(\.count).max() ?? 0) + 2))
        var lines = [
            "", title, "",
            "  " + ScoreReport.padded("rule", width)
                + ["predicted", "paired", "spurious", "quote P", "speaker=", "cue="].map { ScoreReport.padded($0, 10, right: true) }.joined(),
        ]
        for (rule, tally) in rules.sorted(by: { ($1.value.predictions, $0.key) < ($0.value.predictions, $1.key) }) {
            lines.append(
                "  " + ScoreReport.padded(rule, width) + [
                    "\(tally.predictions)", "\(tally.paired)", "\(tally.spurious)",
                    Format.percent(fraction: tally.predictions > 0 ? tally.precisionSum / Double(tally.predictions) : nil),
                    "\(tally.speakerExact)/\(tally.paired)", "\(tally.cueExact)/\(tally.paired)",
                ].map { ScoreReport.padded($0, 10, right: true) }.joined())
        }
        lines.append("  (quote P: mean quote-token precision, unpaired 0; speaker=/cue=: pairs with exactly the gold tokens)")
        return lines
    }

    struct RuleTally {
        var predictions = 0
        var paired = 0
        var spurious = 0
        var precisionSum = 0.0
        var speakerExact = 0
        var cueExact = 0

        mutating func add(predicted: ScoringQuote, gold: ScoringQuote) {
            predictions += 1
            paired += 1
            precisionSum += Counts(predicted: predicted.quote, gold: gold.quote).precision ?? 0
            if predicted.speaker == gold.speaker { speakerExact += 1 }
            if predicted.cue == gold.cue { cueExact += 1 }
        }

        mutating func merge(_ other: RuleTally) {
            predictions += other.predictions
            paired += other.paired
            spurious += other.spurious
            precisionSum += other.precisionSum
            speakerExact += other.speakerExact
            cueExact += other.cueExact
        }

        mutating func addSpurious() {
            predictions += 1
            spurious += 1
        }
    }
}

/// Text of token sets and sentences of one gold document.
struct DocumentView {
    let scalars: [Unicode.Scalar]
    let tokens: [Int: WikinewsToken]
    let order: [Int: Int]
    let sentences: [WikinewsSentence]
    let sentenceOfToken: [Int: Int]

    init(_ document: WikinewsDocument) {
        scalars = Array(document.originalText.unicodeScalars)
        tokens = Dictionary(document.tokens.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let sorted = document.tokens.sorted { ($0.charBegin, $0.id) < ($1.charBegin, $1.id) }
        order = Dictionary(sorted.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        sentences = document.sentences
        var sentenceOfToken: [Int: Int] = [:]
        for (index, sentence) in document.sentences.enumerated() {
            for id in sentence.tokenIds { sentenceOfToken[id] = index }
        }
        self.sentenceOfToken = sentenceOfToken
    }

    func slice(_ start: Int, _ end: Int) -> String {
        let lower = max(0, min(start, scalars.count)), upper = max(lower, min(end, scalars.count))
        return String(String.UnicodeScalarView(scalars[lower..<upper]))
    }

    /// The first character offset of a token set.
    func start(of ids: Set<Int>) -> Int {
        ids.compactMap { tokens[$0]?.charBegin }.min() ?? 0
    }

    /// The tokens' text, runs of consecutive tokens joined by " … ".
    func text(_ ids: Set<Int>) -> String {
        let ordered = ids.compactMap { tokens[$0] }.sorted { (order[$0.id] ?? 0) < (order[$1.id] ?? 0) }
        guard var runStart = ordered.first else { return "" }
        var runEnd = runStart
        var pieces: [String] = []
        for token in ordered.dropFirst() {
            if (order[token.id] ?? 0) == (order[runEnd.id] ?? 0) + 1 {
                runEnd = token
            } else {
                pieces.append(slice(runStart.charBegin, runEnd.charEnd))
                runStart = token
                runEnd = token
            }
        }
        pieces.append(slice(runStart.charBegin, runEnd.charEnd))
        return pieces.joined(separator: " … ")
    }

    /// The sentences the tokens are in, shortened when long.
    func context(of ids: Set<Int>) -> [String] {
        let indices = Set(ids.compactMap { sentenceOfToken[$0] }).sorted()
        guard let first = indices.first, let last = indices.last else { return [] }
        var text = slice(sentences[first].charBegin, sentences[last].charEnd)
            .split(whereSeparator: { $0.isNewline }).joined(separator: " ")
            .trimmingCharacters(in: .whitespaces)
        if text.count > 600 { text = String(text.prefix(300)) + " […] " + String(text.suffix(250)) }
        return ["  sentence:  \(text)"]
    }

    /// "Indirect «…» speaker «…» cue «…»" with the roles that are present.
    func describe(_ quote: ScoringQuote, medium: String?, canonical: String? = nil) -> String {
        var parts = ["\(quote.type.rawValue)" + (medium.map { $0 == "none" ? "" : "/\($0)" } ?? ""), "«\(text(quote.quote))»"]
        for part in Part.roles {
            let ids = quote[part]
            var shown = ids.isEmpty ? "–" : "«\(text(ids))»"
            if part == .speaker, let canonical, !ids.isEmpty, canonical != text(ids) { shown += " (= \(canonical))" }
            parts.append("\(part.rawValue) " + shown)
        }
        return parts.joined(separator: "  ")
    }
}
