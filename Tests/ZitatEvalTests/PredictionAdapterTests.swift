import Testing
import Zitat
@testable import ZitatEval

/// A small article tokenized like the corpus: words and single punctuation marks.
struct Fixture {
    let text: String
    let tokens: [WikinewsToken]

    init(_ text: String) {
        self.text = text
        var tokens: [WikinewsToken] = []
        var start: Int?
        let scalars = Array(text.unicodeScalars)
        func close(_ end: Int) {
            if let begin = start {
                tokens.append(WikinewsToken(id: tokens.count, charBegin: begin, charEnd: end, text: "", sentence: 1))
            }
            start = nil
        }
        for (offset, scalar) in scalars.enumerated() {
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil || scalar == "-" {
                if start == nil { start = offset }
            } else {
                close(offset)
                if !scalar.properties.isWhitespace {
                    tokens.append(WikinewsToken(id: tokens.count, charBegin: offset, charEnd: offset + 1, text: "", sentence: 1))
                }
            }
        }
        close(scalars.count)
        self.tokens = tokens
    }

    /// The span of the first occurrence of `piece` (after `after` characters).
    func span(_ piece: String, after: Int = 0) -> Span {
        let scalars = Array(text.unicodeScalars), needle = Array(piece.unicodeScalars)
        for start in after...(scalars.count - needle.count) where Array(scalars[start..<start + needle.count]) == needle {
            return Span(start, start + needle.count)
        }
        Issue.record("\(piece) not in fixture")
        return Span(0, 0)
    }

    /// Token ids of the tokens overlapping a piece of text.
    func ids(_ piece: String, after: Int = 0) -> Set<Int> {
        TokenIndex(tokens: tokens).tokenIDs([span(piece, after: after)])
    }

    func analysis(_ claims: [Claim]) -> Analysis {
        Analysis(document: DocumentInfo(id: "fixture"), claims: claims, ignored: [])
    }
}

@Suite struct PredictionAdapterTests {
    let fixture = Fixture(
        "Merkel sagte: „Wir schaffen das.“ Sie sagte, sie sei zuversichtlich. Das sei gut. Es gebe keinen Grund zur Sorge. Er forderte den Rücktritt.")

    func merkel(_ piece: String) -> Speaker {
        Speaker(text: piece, spans: [fixture.span(piece)], canonical: "Angela Merkel")
    }

    @Test func typesMapToTheCorpusNames() {
        #expect(AdapterConventions.quoteType(.direct) == .direct)
        #expect(AdapterConventions.quoteType(.indirect) == .indirect)
        #expect(AdapterConventions.quoteType(.freeIndirect) == .indirectFreeIndirect)
        #expect(AdapterConventions.quoteType(.reported) == .reported)
    }

    @Test func directQuoteTakesInItsMarks() {
        let claim = Claim(
            id: 0, type: .direct, text: "Wir schaffen das.", spans: [fixture.span("Wir schaffen das.")],
            cue: Cue(text: "sagte", spans: [fixture.span("sagte")], lemma: "sagen", medium: .speech),
            speaker: merkel("Merkel"), rule: "direct:test")
        let predictions = PredictionAdapter().predictions(for: fixture.analysis([claim]), text: fixture.text)
        let quote = TokenIndex(tokens: fixture.tokens).scoringQuote(predictions[0])
        #expect(quote.quote == fixture.ids("„Wir schaffen das.“"))
        #expect(quote.speaker == fixture.ids("Merkel") && quote.cue == fixture.ids("sagte"))
        #expect(quote.medium == "Speech" && quote.type == .direct)
        let raw = PredictionAdapter(conventions: AdapterConventions(directIncludesMarks: false))
        #expect(TokenIndex(tokens: fixture.tokens).scoringQuote(raw.predictions(for: fixture.analysis([claim]), text: fixture.text)[0]).quote
            == fixture.ids("Wir schaffen das."))
    }

    @Test func indirectQuoteDropsCommaAndPeriod() {
        let claim = Claim(id: 0, type: .indirect, text: "", spans: [fixture.span(", sie sei zuversichtlich.")], rule: "indirect:test")
        let prediction = PredictionAdapter().predictions(for: fixture.analysis([claim]), text: fixture.text)[0]
        #expect(prediction.quote == [fixture.span("sie sei zuversichtlich")])
    }

    @Test func freeIndirectRunOfOneSpeakerBecomesOneQuoteWithItsPeriod() {
        let first = Claim(id: 1, type: .freeIndirect, text: "", spans: [fixture.span("Das sei gut")], speaker: merkel("Sie"), rule: "fi:test")
        let second = Claim(
            id: 2, type: .freeIndirect, text: "", spans: [fixture.span("Es gebe keinen Grund zur Sorge")], speaker: merkel("Sie"),
            rule: "fi:test")
        let predictions = PredictionAdapter().predictions(for: fixture.analysis([second, first]), text: fixture.text)
        #expect(predictions.count == 1)
        #expect(predictions[0].quote == [fixture.span("Das sei gut. Es gebe keinen Grund zur Sorge.")])
        #expect(predictions[0].claimIDs == [1, 2] && predictions[0].type == .indirectFreeIndirect)
        #expect(predictions[0].speaker == [fixture.span("Sie")])

        var other = second
        other.speaker = Speaker(text: "Er", spans: [fixture.span("Er")], canonical: "Olaf Scholz")
        #expect(PredictionAdapter().predictions(for: fixture.analysis([first, other]), text: fixture.text).count == 2)
        let unmerged = PredictionAdapter(conventions: AdapterConventions(mergeFreeIndirectRuns: false))
        #expect(unmerged.predictions(for: fixture.analysis([first, second]), text: fixture.text).count == 2)
    }

    @Test func reportedTakesInTheFinalPeriod() {
        let claim = Claim(id: 0, type: .reported, text: "", spans: [fixture.span("Er forderte den Rücktritt")], rule: "reported:test")
        let prediction = PredictionAdapter().predictions(for: fixture.analysis([claim]), text: fixture.text)[0]
        #expect(prediction.quote == [fixture.span("Er forderte den Rücktritt.")])
    }

    /// A quote interrupted by its frame is one claim in Zitat; the corpus annotates each part as a
    /// quotation of its own, so the adapter splits it (and keeps it whole with the switch off).
    @Test func interruptedDirectQuoteIsSplitIntoItsParts() {
        let split = Fixture("„Wir kommen“, sagte er, „morgen früh.“")
        let claim = Claim(
            id: 0, type: .direct, text: "", spans: [split.span("Wir kommen"), split.span("morgen früh.")], rule: "direct:split")
        let predictions = PredictionAdapter().predictions(for: split.analysis([claim]), text: split.text)
        #expect(predictions.map(\.quote) == [[split.span("„Wir kommen“")], [split.span("„morgen früh.“")]])
        let index = TokenIndex(tokens: split.tokens)
        let annotation = index.annotation(predictions[1], id: 1, scalars: Array(split.text.unicodeScalars))
        #expect(annotation.quote.text == "„morgen früh.“")
        #expect(Set(annotation.quote.tokenIds) == split.ids("„morgen früh.“"))

        let whole = PredictionAdapter(conventions: AdapterConventions(splitInterruptedDirect: false))
        let kept = whole.predictions(for: split.analysis([claim]), text: split.text)
        #expect(kept.map(\.quote) == [[split.span("„Wir kommen“"), split.span("„morgen früh.“")]])
    }

    @Test func nestedClaimsAreMarked() {
        let outer = Claim(id: 0, type: .indirect, text: "", spans: [fixture.span("sie sei zuversichtlich")], rule: "indirect:test")
        let inner = Claim(id: 1, type: .direct, text: "", spans: [fixture.span("zuversichtlich")], rule: "direct:test", nestedIn: 0)
        let predictions = PredictionAdapter().predictions(for: fixture.analysis([outer, inner]), text: fixture.text)
        #expect(predictions.map(\.hasNested) == [true, false] && predictions.map(\.isNested) == [false, true])
    }

    @Test func tokensOverlappingASpanBelongToIt() {
        let index = TokenIndex(tokens: fixture.tokens)
        // "erkel sag" touches "Merkel" and "sagte" partly.
        #expect(index.tokenIDs([fixture.span("erkel sag")]) == fixture.ids("Merkel sagte"))
        #expect(index.tokenIDs([Span(0, 0)]).isEmpty)
        #expect(index.tokenIDs([Span(10_000, 10_001)]).isEmpty)
    }
}
