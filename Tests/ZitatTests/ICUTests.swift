import Testing
@testable import Zitat

@Suite struct ICUTests {
    @Test func sentenceBoundariesCountScalars() {
        let text = Array("Er sagte „Hallo 👋“. Dann ging er.".unicodeScalars)
        let boundaries = ICU.boundaries(.sentence, in: text[...]).map(\.offset)
        #expect(boundaries.first == 0)
        #expect(boundaries.last == text.count)
        #expect(boundaries.count == 3)
        #expect(String(String.UnicodeScalarView(text[boundaries[1]...])) == "Dann ging er.")
    }

    @Test func versionIsKnown() {
        #expect(ICU.version.split(separator: ".").count >= 2)
    }
}
