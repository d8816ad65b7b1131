import Foundation
import Testing
import Zitat
@testable import ZitatReports

/// The title reads its line and trims it without Foundation's bridging; the results must be Foundation's.
@Suite struct ReportTitleTests {
    static let texts = [
        "", " ", "\n", "Titel", "  Titel mit Leerzeichen \t", "\u{A0}Geschützt\u{2003}", " \u{301}Marke am Anfang",
        "„Zitat“ …!", "...", "\r\nZeile", "Zeile\r\nnoch eine", "a\r\r\nb", "\n\nZweite\nDritte", "Ende\u{85}",
        "date 2021-04-01\nDer Titel", "DATE 2021\nTitel", "İstanbul\nZwei",
    ]

    @Test(arguments: texts)
    func trimmingIsFoundations(text: String) {
        for set in [CharacterSet.whitespacesAndNewlines, .punctuationCharacters.union(.whitespaces)] {
            #expect(ReportBuilder.trimming(Substring(text), set) == text.trimmingCharacters(in: set))
        }
    }

    @Test(arguments: texts)
    func lineEndIsTheFirstLineFeedCharacter(text: String) {
        let rest = Substring(text)
        #expect(ReportBuilder.lineEnd(in: rest) == (rest.firstIndex(of: "\n") ?? rest.endIndex))
    }
}
