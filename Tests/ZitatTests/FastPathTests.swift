import Foundation
import Testing
@testable import Zitat

/// The byte and scalar paths of the attribution and knowledge hot spots (issue 13) answer exactly as
/// the string operations they stand for, on simple words and on words with combining marks, CR or
/// scalars beyond Latin (which take the old path).
@Suite struct FastPathTests {
    static let samples = [
        "", "Außenministerium", "ÄRZTEZEITUNG", "Straße", "İstanbul", "Ǆemal", "ΣΟΦΙΑ", "Regierungssprecher",
        "a\u{0308}rzte", "Wolfsburg-Süd", "Präsident\r\nMoskau", "Ελλάδα-Besuch", "ẞtraße", "71-Jährige",
        "zugesagt", "angekündigt", "Bundes\u{00AD}regierung", "Kiew – „Wir sind bereit“, sagte er: „Ja.“",
    ]

    @Test func lowercasingMatchesTheStandardLibrary() {
        for text in Self.samples {
            #expect(ScalarCase.lowercased(text) == text.lowercased(), "\(text)")
            #expect(ScalarCase.lowercasedScalars(text) == Array(text.lowercased().unicodeScalars), "\(text)")
        }
        // Every scalar of the table's range, one by one.
        for value in 0x41..<0x300 {
            let text = String(Unicode.Scalar(UInt32(value))!)
            #expect(ScalarCase.lowercased(text) == text.lowercased(), "U+\(String(value, radix: 16))")
        }
    }

    @Test func containsWordMatchesFoundation() {
        let parts = ["zu", "ge", "-jährig", "-", " ", "ä", "rz"]
        for text in Self.samples + ["vorzulegen", "gezogen", "30-jährige", "30-ja\u{0308}hrige", "zu\u{0301}"] {
            for part in parts {
                #expect(text.containsWord(part) == text.contains(part), "\(text) / \(part)")
                let tail = text.dropFirst()
                #expect(tail.containsWord(part) == tail.contains(part), "\(tail) / \(part)")
            }
        }
    }

    @Test func wordCutsSliceByLetters() {
        for word in Self.samples.map({ $0.lowercased() }) {
            let cuts = WordCuts(word)
            let letters = Array(word)
            #expect(cuts.count == letters.count, "\(word)")
            for cut in 0...letters.count {
                #expect(cuts.prefix(cut) == String(letters[..<cut]), "\(word) \(cut)")
                #expect(cuts.suffix(from: cut) == String(letters[cut...]), "\(word) \(cut)")
            }
        }
    }

    @Test func sentencePartsCutAsCharactersDo() {
        let texts = Self.samples + [
            "Er sagte: „Wir kommen.“ Dann ging er! Warum? \"Darum.\"\nNeue Zeile",
            "Satz.\u{0301}Weiter", "Erste Zeile\r\nZweite Zeile", "Punkt. Pünktlich.",
        ]
        for text in texts {
            let expected = text.split { $0 == "." || $0 == "!" || $0 == "?" || $0 == ":" || $0 == "\n" || $0 == "„" || $0 == "\"" }
                .map(String.init)
            #expect(TopicTagger.sentenceParts(text) == expected, "\(text)")
        }
    }

    @Test func tokenMaskHoldsTheClaimedTokens() {
        let claimed: [[Range<Int>]] = [[2..<5, 9..<10], [], [4..<7], [12..<12]]
        let mask = TokenMask(claimed)
        let set = Set(claimed.flatMap { $0.flatMap { $0 } })
        for index in -1..<20 { #expect(mask.contains(index) == set.contains(index), "\(index)") }
    }
}
