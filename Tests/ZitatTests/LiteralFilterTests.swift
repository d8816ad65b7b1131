import Foundation
import Testing
@testable import Zitat

/// The boilerplate prefilter never hides a line its regex matches, and gives up on patterns it
/// does not understand.
@Suite struct LiteralFilterTests {
    static func filter(_ pattern: String, options: NSRegularExpression.Options = []) throws -> LiteralFilter? {
        LiteralFilter(try NSRegularExpression(pattern: pattern, options: options))
    }

    static func words(_ filter: LiteralFilter) -> [[[String]]] {
        filter.branches.map { $0.map { $0.map { String(decoding: $0, as: UTF8.self) } } }
    }

    @Test func partsAreLiteralRunsAndGroupsOfEachBranch() throws {
        let filter = try #require(try Self.filter("(?i)\\bwxy\\s+abcd?e|(?:qq)?Jetzt[0-9]+mehr"))
        #expect(filter.foldsCase)
        #expect(Self.words(filter) == [[["wxy"], ["abc"]], [["jetzt"], ["mehr"]]])
        let grouped = try #require(try Self.filter("(?i)\\b(?:plus|premium)-?(?:artikel|inhalt)\\b|abcd"))
        #expect(Self.words(grouped) == [[["plus", "premium"], ["artikel", "inhalt"]], [["abcd"]]])
        #expect(try Self.filter("(?:ab|premium)x|abcd") == nil)
        let plain = try #require(try Self.filter("Foto:|Bild:"))
        #expect(!plain.foldsCase)
        #expect(Self.words(plain) == [[["Foto"]], [["Bild"]]])
    }

    /// Constructs whose literal meaning is not read here mean no filter, never a wrong one.
    @Test func unknownShapesGetNoFilter() throws {
        for pattern in ["\\x41bcd|efgh", "abcd|e", "(?=abcd)abcd", "(?<!x)abcd", "(?x)abcd", "\\Qabcd\\E", "abc|", "\\u0041bcd",
                        "ab(?i)cdef", "(ab)\\1cdef", "(?<=a)bcdef", "[abc]*"] {
            #expect(try Self.filter(pattern) == nil, "\(pattern)")
        }
        #expect(try Self.filter("abcd", options: [.caseInsensitive]) == nil)
    }

    /// Over lines with case variants, ligatures, "ß" and long s, a line the filter rejects is
    /// one the regex does not match.
    @Test func rejectedLinesNeverMatch() throws {
        let patterns = ["(?i)\\bgratis\\s+lesen\\b|\\bmehr\\s+erfahren\\b|\\bsie\\s+haben\\s+ein\\s+abo\\b", "(?i)strasse|kiosk|finden",
                        "(?i)str[a-z]+sse", "Foto:|Bild:",
                        "(?i)\\bjetzt\\s+(?:abonnieren|weiterlesen|testen)\\b"]
        let lines = ["GRATIS lesen", "Gratis  Lesen jetzt", "Mehr erfahren!", "Große Straße", "Strasse", "ſtraſſe", "\u{212A}iosk",
                     "Kiosk", "ﬁnden", "Stück", "Jetzt testen", "JETZT ABONNIEREN", "jetzt nicht", "Foto: Agentur", "foto: agentur", "Sie haben ein Abo", "nichts davon", "İ ı ǰ ẞ"]
        for pattern in patterns {
            let regex = try NSRegularExpression(pattern: pattern)
            let filter = try #require(LiteralFilter(regex), "\(pattern)")
            for line in lines {
                let scalars = Array(line.unicodeScalars)
                let matches = regex.firstMatch(in: line, range: NSRange(location: 0, length: (line as NSString).length)) != nil
                let may = filter.mayMatch(LiteralFilter.bytes(of: scalars[...], foldingCase: filter.foldsCase))
                #expect(may || !matches, "\(pattern) on \(line)")
            }
        }
    }

    /// The shipped boilerplate rules: the costly alternations get a filter.
    @Test func shippedRulesAreFiltered() throws {
        let rules = try RuleSet.load(directory: RuleSet.checkoutDirectory).boilerplate
        let filtered = rules.filter { LiteralFilter($0.regex) != nil }
        #expect(filtered.count >= 3)
    }
}
