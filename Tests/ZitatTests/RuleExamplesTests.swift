import Testing
@testable import Zitat

/// Every `match` / `no_match` example of cues, subjunctive forms, speaker vocabulary, sources and
/// furniture runs here, so the rule files document themselves.
@Suite struct RuleExamplesTests {
    static let files: Set<String> = ["cues.yaml", "subjunctive.yaml", "speakers.yaml", "sources.yaml", "boilerplate.yaml"]
    static let examples = Shared.rules.examples.filter { files.contains($0.file) }

    @Test func everyFileHasExamples() {
        for file in Self.files {
            #expect(Self.examples.contains { $0.file == file && $0.shouldMatch }, "\(file) has no match example")
        }
    }

    @Test(arguments: examples)
    func example(_ example: RuleExample) {
        let matched: Bool
        switch example.file {
        case "cues.yaml":
            let claims = Shared.analyze(example.text).claims
            matched = claims.contains { $0.rule.split(separator: " ").contains("cue:\(example.rule)") }
        case "subjunctive.yaml":
            matched = subjunctiveRules(in: example.text).contains(example.rule)
                || (example.rule == "indicative-lookalikes" && !subjunctiveRules(in: example.text).isEmpty)
        case "speakers.yaml":
            matched = speakerClass(example.rule, contains: example.text)
        case "sources.yaml":
            let (mention, date) = AffiliationResolver.exampleParts(example.text)
            let decision = AffiliationResolver(index: Shared.rules.knowledge)
                .decide(mention, date: date, fallback: SourceMatcher(rules: Shared.rules.sources))
            matched = decision?.side == example.rule
        case "boilerplate.yaml":
            let rule = Shared.rules.boilerplate.filter { $0.id == example.rule }
            matched = !FurnitureFinder(rules: rule).ignoredSpans(in: Document(id: "example", text: example.text)).isEmpty
        default:
            Issue.record("no runner for \(example.file)")
            return
        }
        #expect(matched == example.shouldMatch, "\(example)")
    }

    /// The subjunctive rules whose forms occur in the text (capitalised nouns aside).
    func subjunctiveRules(in text: String) -> Set<String> {
        let document = Document(id: "example", text: text)
        let segmentation = Shared.analyzer.segment(document)
        var rules = Set<String>()
        for token in segmentation.tokens where token.kind == .word {
            let isFirst = segmentation.sentences[token.sentence].tokens.lowerBound == segmentation.tokens.firstIndex(of: token)
            if token.isCapitalized && !isFirst { continue }
            if let match = Shared.rules.subjunctive.mood(of: token.text) { rules.insert(match.rule) }
        }
        return rules
    }

    /// Whether the word belongs to the class of the speakers.yaml rule with this id.
    func speakerClass(_ rule: String, contains word: String) -> Bool {
        let lexicon = Shared.rules.speakers
        let classes: [String: SpeakerLexicon.WordClass] = [
            "personal-pronouns": .pronoun, "feminine-pronouns": .femininePronoun, "person-titles": .title,
            "speaking-bodies": .institution, "determiners": .determiner, "phrase-links": .link, "phrase-stops": .stop,
            "statement-nouns": .statement, "names-of-works": .work, "sentence-adverbs": .adverb,
            "prepositions": .preposition, "subordinators": .subordinator, "mined-sentence-openers": .adverb,
            "time-nouns": .time, "auxiliaries": .auxiliary, "passive-auxiliaries": .passive,
            "perfect-infinitive": .perfectInfinitive, "cue-correlates": .correlate, "adverb-endings": .adverbEnding, "demonstratives": .demonstrative,
            "label-openers": .labelBefore, "subject-pronouns": .subjectPronoun, "oblique-articles": .obliqueArticle,
            "relative-pronouns": .relative, "source-prepositions": .sourcePreposition, "origin-prepositions": .originPreposition,
            "partitives": .partitive, "numerals": .numeral, "name-particles": .nameParticle,
            "head-ends": .headEnd, "place-prepositions": .placePreposition, "first-person-singular": .firstPerson,
            "speaking-in-person": .inPerson, "agent-prepositions": .agentPreposition,
            "nominative-pronouns": .nominativePronoun, "dative-pronouns": .dativePronoun, "possessives": .possessive, "negated-infinitives": .negatedInfinitive, "adjective-suffixes": .adjectiveSuffix, "genitive-articles": .genitiveArticle,
        ]
        guard let wordClass = classes[rule] else {
            Issue.record("speakers.yaml rule \(rule) has no class in this test")
            return false
        }
        switch wordClass {
        case .title: return lexicon.isTitle(word)
        case .institution: return lexicon.isInstitution(word)
        case .adverbEnding, .adjectiveSuffix: return lexicon.hasEnding(word, of: wordClass)
        case .statement: return lexicon.contains(word, .statement) || lexicon.words[.statement]!.contains { word.lowercased().hasSuffix($0) }
        default: return lexicon.contains(word, wordClass)
        }
    }
}
