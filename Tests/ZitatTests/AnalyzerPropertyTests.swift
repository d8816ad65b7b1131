import Foundation
import Testing
@testable import Zitat

/// Invariants of the whole analysis over seeded random texts: news-like German with every kind of
/// quotation mark, cue and subjunctive, broken up by line ends, emoji, combining marks and arbitrary
/// scalars. A violation is shrunk to a minimal text before it is reported.
@Suite struct AnalyzerPropertyTests {
    // MARK: Fragments

    static let speakers = [
        "Der Sprecher", "der Sprecher", "Kanzlerin Angela Merkel", "US-Präsident Joe Biden", "Biden", "Putin",
        "er", "sie", "Er", "Sie", "das Weiße Haus", "der Kreml", "die NATO", "Generalsekretär Jens Stoltenberg",
        "die Polizei", "ein Sprecher des Ministeriums", "Washington", "Moskau", "die Regierung in Kiew",
    ]
    static let contents = [
        "die Lage sei ernst", "man habe keine Wahl", "es gebe keine Gespräche", "dass die Truppen abzögen",
        "dass Russland die Grenze verletzt habe", "die Verhandlungen würden fortgesetzt", "er wolle reagieren",
        "die Sanktionen seien wirksam", "Wir werden nicht nachgeben", "Das ist inakzeptabel", "sie habe gewarnt",
        "die Soldaten seien abgezogen worden", "es komme auf jeden Tag an",
    ]
    static let cues = [
        "sagte", "sagt", "teilte", "mit", "erklärte", "betonte", "laut", "zufolge", "hieß es", "hieß es aus Washington",
        "heißt es in der Mitteilung", "so", "nach Angaben", "Nach Angaben der Polizei", "Dem Bericht zufolge",
        "sagte er", "sagte sie", "forderte", "warnte", "ließ mitteilen", "kündigte", "an",
    ]
    static let marks: [(String, String)] = [("„", "“"), ("»", "«"), ("\"", "\""), ("‚", "‘"), ("«", "»"), ("“", "”"), ("›", "‹")]
    static let noise = [
        " ", " ", " ", "\n", "\n\n", "\r\n", "\u{2028}", "\u{A0}", "\u{200B}", "\t", ".", ". ", "!", "?", "…", ":",
        ",", ", ", "–", "(", ")", "„", "“", "»", "«", "\"", "‚", "‘", "'", "Dr.", "z. B.", "22.", "3,5", "US-",
        "👋", "👨‍👩‍👧", "👍🏽", "🇩🇪", "e\u{301}", "\u{301}", "\u{FE0F}", "ß", "İ", "中文", "عربى",
        "Mehr zum Thema", "© DPA", "Jetzt abonnieren", "date 2021-04 ",
    ]

    // MARK: Generators

    /// A news-like text as a list of fragments (so a failing text can be shrunk fragment by fragment).
    static func newsFragments(_ generator: inout SeededGenerator) -> [String] {
        var parts: [String] = []
        func pick(_ list: [String]) -> String { list.randomElement(using: &generator) ?? "" }
        for _ in 0..<Int.random(in: 1...8, using: &generator) {
            let (open, close) = marks.randomElement(using: &generator) ?? ("„", "“")
            let speaker = pick(speakers), content = pick(contents), cue = pick(cues)
            switch Int.random(in: 0..<9, using: &generator) {
            case 0: parts += [open, content, close, ", ", cue, " ", speaker, "."]
            case 1: parts += [speaker, " ", cue, ": ", open, content, ".", close]
            case 2: parts += [open, content, ",", close, " ", cue, " ", speaker, ". ", open, pick(contents), ".", close]
            case 3: parts += [speaker, " ", cue, ", ", content, "."]
            case 4: parts += [content.prefix(1).uppercased() + content.dropFirst(), ", ", cue, " ", speaker, "."]
            case 5: parts += [cue.prefix(1).uppercased() + cue.dropFirst(), " ", speaker, " ", content, "."]
            case 6: parts += [open, content, ". ", "\n\n", pick(contents), close, ", ", cue, " ", speaker, "."]
            case 7: parts += [content.prefix(1).uppercased() + content.dropFirst(), "."]
            default: parts += [speaker, " ", cue, " ", open, content, close, "."]
            }
            parts.append(Bool.random(using: &generator) ? " " : pick(["\n", "\n\n", " ", "  "]))
            // Break the text up now and then.
            for _ in 0..<Int.random(in: 0...2, using: &generator) where Int.random(in: 0..<3, using: &generator) == 0 {
                let at = Int.random(in: 0...parts.count, using: &generator)
                parts.insert(randomPiece(&generator), at: at)
            }
        }
        return parts
    }

    /// A chaotic text: noise, cue words, marks and arbitrary scalars in any order.
    static func chaosFragments(_ generator: inout SeededGenerator) -> [String] {
        (0..<Int.random(in: 0...80, using: &generator)).map { _ in
            switch Int.random(in: 0..<4, using: &generator) {
            case 0: randomPiece(&generator)
            case 1: cues.randomElement(using: &generator) ?? ""
            case 2: (speakers + contents).randomElement(using: &generator) ?? ""
            default: noise.randomElement(using: &generator) ?? ""
            }
        }
    }

    /// A noise fragment or an arbitrary scalar (no surrogates).
    static func randomPiece(_ generator: inout SeededGenerator) -> String {
        guard Int.random(in: 0..<3, using: &generator) == 0 else { return noise.randomElement(using: &generator) ?? "" }
        let value = Bool.random(using: &generator)
            ? UInt32.random(in: 0x20...0xD7FF, using: &generator)
            : UInt32.random(in: 0xE000...0x10FFFF, using: &generator)
        return Unicode.Scalar(value).map { String(Character($0)) } ?? ""
    }

    // MARK: Invariants

    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return encoder
    }()

    /// Everything wrong with the analysis of `text`; empty when every invariant holds.
    static func violations(_ text: String, analyzer: Analyzer = Shared.analyzer, fresh: Analyzer? = nil) -> [String] {
        let document = Document(id: "random", text: text)
        let analysis = analyzer.analyze(document)
        let count = document.scalars.count
        var problems: [String] = []
        func inBounds(_ spans: [Span], _ what: String) {
            for span in spans where !(0 <= span.start && span.start <= span.end && span.end <= count) {
                problems.append("\(what) span \(span) outside 0...\(count)")
            }
        }
        func sortedDisjoint(_ spans: [Span], _ what: String) {
            for (previous, next) in zip(spans, spans.dropFirst()) where previous.end > next.start {
                problems.append("\(what) spans \(previous) and \(next) unsorted or overlapping")
            }
        }
        inBounds(analysis.ignored.map(\.span), "ignored")
        if analysis.claims.map(\.id) != Array(stride(from: 1, through: analysis.claims.count, by: 1)) {
            problems.append("claim ids \(analysis.claims.map(\.id)) are not 1…n")
        }
        for claim in analysis.claims {
            let name = "claim #\(claim.id)"
            inBounds(claim.spans, name)
            sortedDisjoint(claim.spans, name)
            if document.text(claim.spans) != claim.text { problems.append("\(name) text is not the text of its spans") }
            if let cue = claim.cue {
                inBounds(cue.spans, "\(name) cue")
                sortedDisjoint(cue.spans, "\(name) cue")
                // A reported claim is the whole speech act, its cue included (as in the Wikinews gold).
                for span in cue.spans where claim.type != .reported && claim.spans.contains(where: span.overlaps) {
                    problems.append("\(name) cue \(cue.text.debugDescription) at \(span) inside the content")
                }
            }
            if let speaker = claim.speaker {
                inBounds(speaker.spans, "\(name) speaker")
                if !speaker.spans.isEmpty, document.text(speaker.spans) != speaker.text {
                    problems.append("\(name) speaker text is not the text of its spans")
                }
            }
            if let frame = claim.frame {
                inBounds(frame.spans, "\(name) frame")
                sortedDisjoint(frame.spans, "\(name) frame")
            }
            if let addressee = claim.addressee { inBounds(addressee.spans, "\(name) addressee") }
            if let host = claim.nestedIn, !(1...analysis.claims.count).contains(host) || host == claim.id {
                problems.append("\(name) nested in missing claim #\(host)")
            }
        }
        let first = try? encoder.encode(analysis)
        if first == nil { problems.append("analysis does not encode as JSON") }
        if first != (try? encoder.encode(analyzer.analyze(document))) { problems.append("second analysis differs") }
        if let fresh, first != (try? encoder.encode(fresh.analyze(document))) { problems.append("a fresh analyzer differs") }
        return problems
    }

    /// Drops fragments, then scalars, while the text still violates an invariant.
    static func shrink(_ fragments: [String]) -> String {
        var parts = fragments
        var index = 0
        while index < parts.count {
            var candidate = parts
            candidate.remove(at: index)
            if !violations(candidate.joined()).isEmpty { parts = candidate } else { index += 1 }
        }
        var scalars = Array(parts.joined().unicodeScalars)
        index = 0
        while index < scalars.count {
            var candidate = scalars
            candidate.remove(at: index)
            let text = String(String.UnicodeScalarView(candidate))
            if !violations(text).isEmpty { scalars = candidate } else { index += 1 }
        }
        return String(String.UnicodeScalarView(scalars))
    }

    /// Checks one text and records every violated invariant with a minimal example.
    static func check(_ fragments: [String], fresh: Analyzer) {
        let text = fragments.joined()
        let problems = violations(text, fresh: fresh)
        guard !problems.isEmpty else { return }
        let minimal = shrink(fragments)
        Issue.record("""
            \(problems.joined(separator: "; "))
            text: \(text.debugDescription)
            minimal: \(minimal.debugDescription) → \(violations(minimal).joined(separator: "; "))
            """)
    }

    // MARK: Tests

    /// Texts per seeded batch: enough to meet every fragment often, small enough for a quick suite.
    static let textsPerBatch = 60

    @Test(arguments: 0..<8)
    func newsLikeTexts(batch: Int) {
        let fresh = Analyzer(rules: Shared.rules)
        var generator = SeededGenerator(state: UInt64(batch) &* 104_729 &+ 3)
        for _ in 0..<Self.textsPerBatch { Self.check(Self.newsFragments(&generator), fresh: fresh) }
    }

    @Test(arguments: 0..<8)
    func chaoticTexts(batch: Int) {
        let fresh = Analyzer(rules: Shared.rules)
        var generator = SeededGenerator(state: UInt64(batch) &* 7_919 &+ 101)
        for _ in 0..<Self.textsPerBatch { Self.check(Self.chaosFragments(&generator), fresh: fresh) }
    }

    /// Edge texts: empty quotes, lone marks, bare cues, only furniture, marks on combining letters.
    @Test(arguments: [
        "", " ", "„", "“", "„“", "»«", "\"\"", "„ “, sagte er.", "sagte", "laut", "zufolge", "hieß es",
        "Er sagte:", "Er sagte: „", "„Ja“, sagte.", "Laut.", "„Nein.“\n\n„Doch.“", "© DPA", "Mehr zum Thema",
        "Dem zufolge zufolge laut laut.", "e\u{301}„e\u{301}“, sagte e\u{301}.", "👨‍👩‍👧 sagte, 👍🏽 sei gut.",
    ])
    func edgeCases(text: String) {
        Self.check([text], fresh: Shared.analyzer)
    }

    /// Texts that once crashed the analyzer: a postposition cue ("zufolge", "nach") opening a later
    /// sentence made the speaker search reach into the sentence before.
    @Test(arguments: [
        "Den Angaben der Polizei\nzufolge wurde niemand verletzt.", "Seiner Meinung\nnach ist das falsch.",
        "Der Bericht\nzufolge sei alles ruhig.", "Mitteilung\nnach", "S\nzufolge\"",
    ])
    func postpositionOpeningASentence(text: String) {
        #expect(Self.violations(text).isEmpty)
    }

    /// Texts that once crashed the analyzer: a paragraph ending in "," and the next opening with an
    /// impersonal cue ("heißt es") made the prefield search range run backwards into the sentence before.
    @Test(arguments: [
        "Der Minister war lange im Amt. In dem Bericht der Kommission,\n\nheißt es, die Lage sei ernst.",
        "Im Papier des Rates,\n\nHeißt es, man warte ab.", "Die Firma,\n\nteilte mit, sie prüfe den Fall.",
    ])
    func impersonalCueOpeningAParagraph(text: String) {
        #expect(Self.violations(text).isEmpty)
    }
}
