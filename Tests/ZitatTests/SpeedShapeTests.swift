import Testing
@testable import Zitat

/// The faster paths of issue 13 answer exactly as the string-built ones they replace, and the
/// pathological shapes of issue 12 are bounded (sizes here are small: no timing in tests).
@Suite struct SpeedShapeTests {
    static let rules = Result { try RuleSet.load(directory: RuleSet.checkoutDirectory) }

    /// The suffix trie and the string comparison agree, for plain words and for decomposed ones.
    @Test func compoundTitlesMatchInBothSpellings() throws {
        let speakers = try Self.rules.get().speakers
        let titles = ["Verteidigungsministerin", "US-Präsidenten", "Präsident", "Regierungssprecherinnen"]
        for word in titles {
            #expect(speakers.isTitle(word), "\(word)")
            // The same word with "ä" as "a" + combining diaeresis takes the string path.
            let decomposed = word.replacingOccurrences(of: "ä", with: "a\u{0308}")
            #expect(speakers.isTitle(decomposed), "\(decomposed)")
        }
        #expect(speakers.isInstitution("Bundesregierung"))
        #expect(speakers.isInstitution("UN"))
        #expect(speakers.isInstitution("Landes-Amt"))
        // Short entries match whole or after a hyphen only; too short a stem is no compound.
        #expect(!speakers.isInstitution("Insgesamt"))
        #expect(!speakers.isTitle("Truppenaufmarsch"))
        #expect(speakers.isTitle("Opfers"))
    }

    /// A word of thousands of letters or combining marks is answered (the scan stops at the longest entry).
    @Test func longWordsAreNoTitles() throws {
        let speakers = try Self.rules.get().speakers
        #expect(!speakers.isTitle(String(repeating: "a", count: 5_000)))
        #expect(speakers.isTitle(String(repeating: "a", count: 5_000) + "minister"))
        #expect(!speakers.isTitle("a" + String(repeating: "\u{0301}", count: 2_000)))
        #expect(speakers.isTitle("a\u{0301}" + String(repeating: "b", count: 2_000) + "-Minister"))
    }

    /// Text without sentence punctuation is cut into sentences of at most `maxSentenceTokens` tokens
    /// that keep every token, in order.
    @Test func sentencesAreCapped() throws {
        let words = Array(repeating: "der Minister sagte heute", count: 700).joined(separator: " ")
        let document = Document(id: "cap", text: words)
        let segmentation = Segmenter(rules: try Self.rules.get().abbreviations).segment(document)
        #expect(segmentation.sentences.count == (segmentation.tokens.count + Segmenter.maxSentenceTokens - 1) / Segmenter.maxSentenceTokens)
        var next = 0
        for (index, sentence) in segmentation.sentences.enumerated() {
            #expect(sentence.tokens.count <= Segmenter.maxSentenceTokens)
            #expect(sentence.tokens.lowerBound == next)
            next = sentence.tokens.upperBound
            #expect(segmentation.tokens[sentence.tokens].allSatisfy { $0.sentence == index && sentence.span.contains($0.span) })
        }
        #expect(next == segmentation.tokens.count)
    }

    /// The one-sweep overlap marks the same tokens as testing every span against every token.
    @Test func overlapSweepAgreesWithPairwise() {
        let tokens = (0..<40).map { Token(span: Span($0 * 3, $0 * 3 + 2), text: "w", kind: .word, sentence: 0) }
        let spanSets: [[Span]] = [[], [Span(0, 1)], [Span(5, 5)], [Span(4, 4), Span(100, 130)], [Span(10, 40), Span(12, 13), Span(60, 61)],
                                  [Span(90, 200), Span(1, 7)], [Span(2, 3), Span(8, 9), Span(7, 7)]]
        for spans in spanSets {
            let pairwise = tokens.map { token in spans.contains { $0.overlaps(token.span) } }
            #expect(TextView.overlapFlags(of: tokens, with: spans) == pairwise, "\(spans)")
        }
    }

    /// `String(scalars:)` builds the same string as the scalar view it replaces.
    @Test func scalarTextMatchesScalarView() {
        let text = "Grüße, „Zitat“ 🇩🇪 e\u{0301} \r\n Ωmega 𝔸"
        let scalars = Array(text.unicodeScalars)
        for lower in [0, 3, 8] {
            for upper in [lower, lower + 4, scalars.count] {
                let slice = scalars[lower..<upper]
                let expected = String(String.UnicodeScalarView(slice))
                #expect(String(scalars: slice).unicodeScalars.elementsEqual(expected.unicodeScalars))
            }
        }
    }
}

extension SpeedShapeTests {
    /// `bit(of:)` reads a class's index without hashing; it must be its place in `allCases`.
    @Test func wordClassBitsFollowDeclarationOrder() {
        #expect(MemoryLayout<SpeakerLexicon.WordClass>.size == 1)
        for (offset, wordClass) in SpeakerLexicon.WordClass.allCases.enumerated() {
            #expect(SpeakerLexicon.bit(of: wordClass) == UInt64(1) << UInt64(offset), "\(wordClass)")
        }
    }
}
