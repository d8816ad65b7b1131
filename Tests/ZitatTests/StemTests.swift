import Testing
@testable import Zitat

/// The stemmers' UTF-8 path (`SimpleWord`) gives what the Character path gives, on words of the
/// simple scalars and on words beyond them (combining marks, CR), which take the Character path.
@Suite struct StemTests {
    static let words = [
        "präsidenten", "russischer", "botschafter", "sprecher", "kongress", "bündnisses", "bündnis", "weißen", "hauses",
        "regierungen", "ministerin", "ehrlicher", "laufender", "kanzler", "amtes", "der", "e", "", "grüne", "erer",
        "gru\u{0308}nen", "ame\u{0301}ricaines", "über\r\nlegenes", "pressesprecherinnen", "flüchtlinge", "s", "es",
    ]

    @Test(arguments: words)
    func knowledgeStemIsTheCharacterStem(word: String) {
        #expect(KnowledgeIndex.stem(word) == KnowledgeIndex.characterStem(word))
    }

    @Test(arguments: words)
    func sourceStemIsTheCharacterStem(word: String) {
        #expect(SourceMatcher.stem(word) == SourceMatcher.characterStem(word))
    }

    @Test(arguments: ["Das Weiße Haus", "US-Präsident Joe Biden", "der Sprecher, 42 Jahre alt", "- Nato-Generalsekretär -",
                      "İstanbul und Ankara", "Gru\u{0308}ne Partei", "Zeile\r\nzwei", "Ⅻ. Armee", "Œuvre ½ Maß", ""])
    func sourceStemsSplitAsCharacters(text: String) {
        #expect(SourceMatcher.stems(text) == SourceMatcher.characterStems(text.lowercased()))
    }

    @Test func stemsCutEndings() {
        #expect(KnowledgeIndex.stem("präsidenten") == "präsident")
        #expect(KnowledgeIndex.stem("russischer") == "russisch")
        #expect(KnowledgeIndex.stem("botschafter") == "botschafter")
        #expect(KnowledgeIndex.stem("bündnisses") == "bündnis")
        #expect(SourceMatcher.stem("präsidenten") == "präsident")
    }
}
