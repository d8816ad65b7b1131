import Foundation
import Testing
@testable import Zitat

/// The bundled lexicon, loaded once for all tests.
enum SharedLexicon {
    static let loaded: Result<GermanLexicon, LexiconError> = Result { () throws(LexiconError) in try GermanLexicon.load() }
}

@Suite struct GermanLexiconTests {
    func lexicon() throws -> GermanLexicon { try SharedLexicon.loaded.get() }

    func readings(_ form: String, _ wordClass: WordClass) throws -> [WordAnalysis] {
        try lexicon().analyses(of: form).filter { $0.wordClass == wordClass }
    }

    @Test func nounsCarryGenderNumberAndCase() throws {
        let singular = try #require(try readings("Kanzlerin", .noun).first { $0.lemma == "Kanzlerin" })
        #expect(singular.agreement.allows(.nominative, .singular, .feminine) && singular.agreement.allows(.dative, .singular))
        #expect(!singular.agreement.allows(.nominative, .singular, .masculine) && !singular.agreement.allows(.nominative, .plural))
        let plural = try #require(try readings("Kanzlerinnen", .noun).first { $0.lemma == "Kanzlerin" })
        #expect(plural.agreement.allows(.genitive, .plural) && !plural.agreement.allows(.nominative, .singular))
        let genitive = try #require(try readings("Hauses", .noun).first { $0.lemma == "Haus" })
        #expect(genitive.agreement.cases == [.genitive] && genitive.agreement.allows(.genitive, .singular, .neuter))
        #expect(try readings("Häusern", .noun).first?.agreement.cases == [.dative])
    }

    @Test func finiteVerbsWithMoodTenseAndPerson() throws {
        let said = try readings("sagte", .verb).filter { $0.lemma == "sagen" }
        #expect(said.contains { $0.verbForm == .finite(.indicative, .preterite) && $0.persons.contains(.thirdSingular) })
        // A weak verb's Konjunktiv II looks like its preterite.
        #expect(said.contains { $0.verbForm == .finite(.konjunktivII, .preterite) })
        let says = try readings("sagt", .verb)
        #expect(says.contains { $0.verbForm == .finite(.indicative, .present) && $0.persons.contains(.thirdSingular) })
        #expect(try readings("gesagt", .verb).contains { $0.lemma == "sagen" && $0.verbForm == .pastParticiple })
        #expect(try readings("sagen", .verb).contains { $0.verbForm == .infinitive })
    }

    @Test func konjunktivIAndIIOfTheAuxiliaries() throws {
        let sei = try readings("sei", .auxiliary)
        #expect(sei.contains { $0.lemma == "sein" && $0.isFinite(.konjunktivI) && $0.persons.contains(.thirdSingular) })
        #expect(!sei.contains { $0.isFinite(.indicative) })
        #expect(try readings("wäre", .auxiliary).contains { $0.isFinite(.konjunktivII) })
        #expect(try readings("habe", .auxiliary).contains { $0.isFinite(.konjunktivI) && $0.persons.contains(.thirdSingular) })
        #expect(try readings("könne", .modal).contains { $0.lemma == "können" && $0.isFinite(.konjunktivI) })
        #expect(try readings("hat", .auxiliary).allSatisfy { $0.isFinite(.indicative) })
    }

    /// "Er erkennt die Entscheidung an" and "…, dass er die Entscheidung anerkennt".
    @Test func separableVerbs() throws {
        let apart = try lexicon().analyses(of: "erkennt").filter { $0.lemma == "anerkennen" }
        #expect(apart.contains { $0.separated && $0.isFinite(.indicative) && $0.persons.contains(.thirdSingular) })
        #expect(try readings("anerkennt", .verb).contains { $0.lemma == "anerkennen" && !$0.separated })
        #expect(try readings("anerkannt", .verb).contains { $0.verbForm == .pastParticiple })
        #expect(try readings("anzuerkennen", .verb).contains { $0.verbForm == .zuInfinitive })
    }

    @Test func closedClasses() throws {
        let article = try #require(try readings("dem", .article).first)
        #expect(article.agreement.cases == [.dative] && article.agreement.allows(.dative, .singular, .neuter))
        #expect(!article.agreement.allows(.dative, .singular, .feminine))
        let preposition = try #require(try readings("mit", .preposition).first)
        #expect(preposition.agreement.cases == [.dative])
        #expect(try readings("zufolge", .postposition).first?.agreement.cases == [.dative])
        let pronoun = try #require(try readings("ihm", .personalPronoun).first)
        #expect(pronoun.persons.contains(.thirdSingular) && pronoun.agreement.cases == [.dative])
        #expect(try !readings("dass", .subordinator).isEmpty && readings("und", .coordinator).count == 1)
        #expect(try readings("keinem", .indefinite).first?.agreement.cases == [.dative])
        #expect(try readings("nicht", .negation).count == 1 && !readings("bereits", .adverb).isEmpty)
        #expect(try readings("worden", .auxiliary).first?.verbForm == .pastParticiple)
        #expect(try !readings("zurück", .verbParticle).isEmpty && readings("statt", .preposition).first?.agreement.cases == [.genitive])
    }

    @Test func lookupTriesTheOtherCaseOfTheFirstLetter() throws {
        let lexicon = try lexicon()
        #expect(lexicon.analyses(of: "Sagte").isEmpty)
        #expect(lexicon.lookup("Sagte").contains { $0.lemma == "sagen" })
        #expect(lexicon.lookup("Xyzquatsch").isEmpty)
        #expect(lexicon.formCount > 300_000)
    }

    /// A hand-written file: every reading kind, lemma codes, and errors naming file and line.
    @Test func parsesTheFormat() throws {
        let text = """
            # Zitat German lexicon: forms (test)
            Tisches\tN 2 m 1
            angefragt\tVV 3agen pp
            anzufragen\tVV 4fragen zu
            dem\tART 1r d.s.m d.s.n
            fragte\tVV an,nach+2en sp13 sc13\tVV 2en p13 c13
            """
        let lexicon = try GermanLexicon(parsing: text, path: "test.lexicon")
        try lexicon.validate()
        #expect(lexicon.formCount == 5)
        #expect(lexicon.analyses(of: "Tisches").first?.agreement.cases == [.genitive])
        #expect(lexicon.analyses(of: "Tisches").first?.lemma == "Tisch")
        #expect(lexicon.analyses(of: "angefragt").first?.verbForm == .pastParticiple)
        #expect(lexicon.analyses(of: "anzufragen").first?.verbForm == .zuInfinitive)
        #expect(lexicon.analyses(of: "dem").first?.agreement.cases == [.dative])
        let asked = lexicon.analyses(of: "fragte")
        #expect(asked.contains { $0.separated && $0.lemma == "anfragen" && $0.isFinite(.konjunktivII) })
        #expect(asked.contains { $0.separated && $0.lemma == "nachfragen" && $0.persons.contains(.thirdSingular) })
        #expect(asked.contains { !$0.separated && $0.lemma == "fragen" && $0.isFinite(.indicative) })
        #expect(lexicon.analyses(of: "frag").isEmpty && lexicon.analyses(of: "fragten").isEmpty && lexicon.analyses(of: "A").isEmpty)
        #expect(throws: LexiconError.malformed(path: "test.lexicon", line: 3, reason: "forms must be unique and sorted by their bytes")) {
            try GermanLexicon(parsing: "# Zitat German lexicon: forms\nb\tN ~ m 0\na\tN ~ m 0", path: "test.lexicon").validate()
        }
        #expect(throws: LexiconError.malformed(path: "test.lexicon", line: 2, reason: "a reading does not decode (format: rules/lexicon/expand.py)")) {
            try GermanLexicon(parsing: "# Zitat German lexicon: forms\nTisch\tN ~ m 9", path: "test.lexicon").validate()
        }
        #expect(throws: LexiconError.self) { try GermanLexicon(parsing: "P\t0\t~", path: "test.lexicon") }
    }

    /// Every line of the bundled file is sorted and decodes.
    @Test func bundledFileIsWellFormed() throws {
        try lexicon().validate()
    }

    @Test func missingFileIsNamed() {
        #expect(throws: LexiconError.self) { try GermanLexicon.load(path: "/nonexistent/german.lexicon") }
        let message = (try? GermanLexicon.load(path: "/nonexistent/german.lexicon")).map { _ in "" }
            ?? LexiconError.unreadable(path: "/nonexistent/german.lexicon", reason: "").localizedDescription
        #expect(message.hasPrefix("/nonexistent/german.lexicon: cannot read the lexicon"))
    }
}
