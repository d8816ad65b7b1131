import Foundation
import Testing
@testable import Zitat

/// Agreement of sentence boundaries with the gold sentences of the Wikinews dev corpus in `../shared`.
@Suite struct SegmentGoldAgreementTests {
    /// `<worktree>/../shared/corpora/wikinews-quotes/dev` (or the split named by `$ZITAT_GOLD_SPLIT`).
    static let devDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("shared/corpora/wikinews-quotes")
        .appendingPathComponent(ProcessInfo.processInfo.environment["ZITAT_GOLD_SPLIT"] ?? "dev")

    /// Whether the shared gold corpus is checked out beside this worktree.
    static var goldAvailable: Bool { FileManager.default.fileExists(atPath: devDirectory.path) }

    /// The part of a gold file the comparison reads.
    struct GoldArticle: Decodable {
        struct GoldSentence: Decodable { var charBegin: Int; var charEnd: Int }
        var originalText: String
        var sentences: [GoldSentence]
    }

    /// Counts of boundaries (sentence starts after the first) found in both, only in ours, only in gold.
    struct Agreement: CustomStringConvertible {
        var both = 0, onlyOurs = 0, onlyGold = 0
        var precision: Double { Double(both) / Double(max(1, both + onlyOurs)) }
        var recall: Double { Double(both) / Double(max(1, both + onlyGold)) }
        var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
        var description: String {
            String(format: "P %.3f R %.3f F1 %.3f (both %d, only ours %d, only gold %d)", precision, recall, f1, both, onlyOurs, onlyGold)
        }

        mutating func add(ours: Set<Int>, gold: Set<Int>) {
            both += ours.intersection(gold).count
            onlyOurs += ours.subtracting(gold).count
            onlyGold += gold.subtracting(ours).count
        }
    }

    @Test(.enabled(if: goldAvailable, "needs ../shared/corpora/wikinews-quotes beside the checkout"))
    func agreesWithGoldSentences() throws {
        let files = (try? FileManager.default.contentsOfDirectory(at: Self.devDirectory, includingPropertiesForKeys: nil)) ?? []
        let articles = files.filter { $0.pathExtension == "json" }.sorted { $0.path < $1.path }
        guard !articles.isEmpty else {
            print("SKIPPED: gold sentence agreement needs \(Self.devDirectory.path) (the shared corpora beside the checkout)")
            return
        }
        let segmenter = Segmenter(rules: try RuleSet.load(directory: RuleSet.checkoutDirectory).abbreviations)
        var all = Agreement()
        var withinLines = Agreement()
        var icu = Agreement()
        var examples: [String] = []
        for url in articles {
            let gold = try JSONDecoder().decode(GoldArticle.self, from: Data(contentsOf: url))
            let document = Document(id: url.lastPathComponent, text: gold.originalText)
            let scalars = document.scalars
            // A start counts after any quotation marks and spaces: the gold sometimes puts a
            // closing mark at the next sentence's start or an opening one at the previous end.
            func starts(_ spans: [Span]) -> Set<Int> {
                Set(spans.map { span in
                    var start = span.start
                    while start < scalars.count, scalars[start].isSpaceLike || scalars[start].isQuotationMark { start += 1 }
                    return start
                }.filter { $0 > 0 && $0 < scalars.count })
            }
            let goldStarts = starts(gold.sentences.map { Span($0.charBegin, min($0.charEnd, scalars.count)) }.filter { $0.start < scalars.count })
            let ourStarts = starts(segmenter.segment(document).sentences.map(\.span))
            let lineStarts = starts(Segmenter.paragraphSpans(in: scalars))
            all.add(ours: ourStarts, gold: goldStarts)
            withinLines.add(ours: ourStarts.subtracting(lineStarts), gold: goldStarts.subtracting(lineStarts))
            icu.add(ours: starts(Segmenter.icuSentenceSpans(in: scalars)).subtracting(lineStarts), gold: goldStarts.subtracting(lineStarts))
            for offset in ourStarts.symmetricDifference(goldStarts).subtracting(lineStarts).sorted() where examples.count < 400 {
                let window = document.text(Span(max(0, offset - 40), offset)) + " ‖ " + document.text(Span(offset, offset + 30))
                examples.append("\(ourStarts.contains(offset) ? "ours" : "gold"): \(window.replacingOccurrences(of: "\n", with: "⏎"))")
            }
        }
        print("gold sentence boundaries, \(articles.count) \(Self.devDirectory.lastPathComponent) articles: all \(all)")
        print("  within lines: \(withinLines)")
        print("  raw ICU within lines: \(icu)")
        if ProcessInfo.processInfo.environment["ZITAT_SHOW_DIFFS"] != nil { examples.forEach { print("  \($0)") } }
        // Measured: all F1 0.974, within lines 0.973 (raw ICU 0.927). Most gold-only boundaries
        // are the gold's breaks after ":" and ";", which Zitat deliberately keeps in one sentence.
        guard Self.devDirectory.lastPathComponent == "dev" else { return }
        #expect(all.f1 >= 0.965)
        #expect(withinLines.f1 >= 0.965)
        #expect(withinLines.f1 > icu.f1 + 0.03)
    }
}
