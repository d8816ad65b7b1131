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

    /// A hand-written file: every line kind, decoding of coded forms, and errors naming file and line.
    @Test func parsesTheFormat() throws {
        let text = """
            # comment
            C\tdem\tART\tder\td.s.m d.s.n
            P\t0\t~\t0es\t~\t~\t0e\t0e\t0en\t0e
            N\tTisch\tm\t0
            P\t1\t1\t2st\t2t\t~\t2t\t~\t2te\t2test\t2te\t2ten\t2tet\t2ten\t1\t1st\t1\t~\t1t\t~\t2te\t2test\t2te\t2ten\t2tet\t2ten\tpg2t\tp0d\tpz~
            V\tanfragen\tVV\tan\t1
            """
        let lexicon = try GermanLexicon(parsing: text, path: "test.lexicon")
        #expect(lexicon.analyses(of: "Tisches").first?.agreement.cases == [.genitive])
        #expect(lexicon.analyses(of: "angefragt").first?.verbForm == .pastParticiple)
        #expect(lexicon.analyses(of: "anzufragen").first?.verbForm == .zuInfinitive)
        #expect(lexicon.analyses(of: "fragte").contains { $0.separated && $0.lemma == "anfragen" })
        #expect(lexicon.analyses(of: "anfragte").contains { !$0.separated })
        #expect(throws: LexiconError.malformed(path: "test.lexicon", line: 2, reason: "a noun needs lemma, genders and a noun pattern defined above")) {
            try GermanLexicon(parsing: "# x\nN\tTisch\tm\t7", path: "test.lexicon")
        }
        #expect(throws: LexiconError.self) { try GermanLexicon(parsing: "Q\tx", path: "test.lexicon") }
    }

    @Test func missingFileIsNamed() {
        #expect(throws: LexiconError.self) { try GermanLexicon.load(path: "/nonexistent/german.lexicon") }
        let message = (try? GermanLexicon.load(path: "/nonexistent/german.lexicon")).map { _ in "" }
            ?? LexiconError.unreadable(path: "/nonexistent/german.lexicon", reason: "").localizedDescription
        #expect(message.hasPrefix("/nonexistent/german.lexicon: cannot read the lexicon"))
    }
}
