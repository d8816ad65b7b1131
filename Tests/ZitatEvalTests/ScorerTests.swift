import Testing
@testable import ZitatEval

/// Hand-made gold/prediction pairs whose scores were worked out by hand (see each test's comment).
@Suite struct ScorerTests {
    func scores(_ predictions: [ScoringQuote], _ gold: [ScoringQuote]) -> Scores {
        var scorer = Scorer()
        scorer.add(predictions: predictions, gold: gold)
        return scorer.scores
    }

    func close(_ value: Double?, _ expected: Double) -> Bool {
        guard let value else { return false }
        return abs(value - expected) < 1e-9
    }

    @Test func perfectMatchScoresOne() {
        let quote = ScoringQuote(type: .indirect, medium: "Speech", quote: [5, 6, 7], speaker: [0, 1], cue: [2], frame: [0, 1, 2, 3])
        let result = scores([quote], [quote])
        for prf in [result.message, result.roles, result.joint] + result.roleScores.map(\.score) {
            #expect(close(prf.precision, 1) && close(prf.recall, 1) && close(prf.f1, 1))
        }
        #expect(result.pairs == 1 && result.unpairedGold == 0 && result.unpairedPredictions == 0)
        #expect(result.form.accuracy == 1)
        #expect(result.medium.accuracy == 1)
    }

    /// Gold: one direct quote in two spans {0,1,2}+{6,7,8}, speaker {4}, cue {3}.
    /// Predicted: each span as its own quote with the right speaker and cue. One pairs (P 1, R 3/6),
    /// the other is unpaired (P 0). message P (1+0)/2, R 0.5; roles P (1+0)/2, R 1 → F1 2/3;
    /// joint in the pair TP 5, FN 3 → P (1+0)/2, R 5/8 → F1 5/9.
    @Test func splitQuoteHalvesPrecision() {
        let gold = ScoringQuote(type: .direct, quote: [0, 1, 2, 6, 7, 8], speaker: [4], cue: [3])
        let first = ScoringQuote(type: .direct, quote: [0, 1, 2], speaker: [4], cue: [3])
        let second = ScoringQuote(type: .direct, quote: [6, 7, 8], speaker: [4], cue: [3])
        let result = scores([first, second], [gold])
        #expect(result.pairs == 1 && result.unpairedPredictions == 1)
        #expect(close(result.message.precision, 0.5) && close(result.message.recall, 0.5) && close(result.message.f1, 0.5))
        #expect(close(result.roles.precision, 0.5) && close(result.roles.recall, 1) && close(result.roles.f1, 2.0 / 3))
        #expect(close(result.joint.precision, 0.5) && close(result.joint.recall, 5.0 / 8) && close(result.joint.f1, 5.0 / 9))
    }

    @Test func splitQuotePredictedWithBothSpansIsPerfect() {
        let gold = ScoringQuote(type: .direct, quote: [0, 1, 2, 6, 7, 8], speaker: [4], cue: [3])
        let result = scores([gold], [gold])
        #expect(close(result.joint.f1, 1))
    }

    /// Gold {0,1}; predicted {0,1} and {5,6}: message P (1+0)/2, R 1 → F1 2/3.
    @Test func unpairedPredictionCountsAsPrecisionZero() {
        let result = scores(
            [ScoringQuote(type: .direct, quote: [0, 1]), ScoringQuote(type: .direct, quote: [5, 6])],
            [ScoringQuote(type: .direct, quote: [0, 1])])
        #expect(result.unpairedPredictions == 1 && result.unpairedGold == 0)
        #expect(close(result.message.precision, 0.5) && close(result.message.recall, 1) && close(result.message.f1, 2.0 / 3))
    }

    /// Gold {0,1} and {5,6}; predicted {0,1,2}: P 2/3 over one prediction, R (1+0)/2 → F1 4/7.
    @Test func unpairedGoldCountsAsRecallZero() {
        let result = scores(
            [ScoringQuote(type: .indirect, quote: [0, 1, 2])],
            [ScoringQuote(type: .indirect, quote: [0, 1]), ScoringQuote(type: .indirect, quote: [5, 6])])
        #expect(result.unpairedGold == 1)
        #expect(close(result.message.precision, 2.0 / 3) && close(result.message.recall, 0.5) && close(result.message.f1, 4.0 / 7))
    }

    /// Quotes that share no token are never paired, even when nothing else is left.
    @Test func noOverlapNoPair() {
        let result = scores([ScoringQuote(type: .direct, quote: [1])], [ScoringQuote(type: .direct, quote: [2])])
        #expect(result.pairs == 0 && result.unpairedGold == 1 && result.unpairedPredictions == 1)
        #expect(close(result.message.f1, 0))
        #expect(result.confusion["none"]?["Direct"] == 1 && result.confusion["Direct"]?["none"] == 1)
    }

    /// Gold reported quote, speaker {0}, no cue; predicted the same quote, no speaker, cue {2}.
    /// speaker: nothing predicted but one to find → P 0, R 0; cue: one predicted, none to find → P 0, R 0;
    /// frame and addressee empty on both sides → 1, 1; roles pooled TP 0 FP 1 FN 1 → 0;
    /// joint pooled TP 5 FP 1 FN 1 → 5/6.
    @Test func emptyRoles() {
        let gold = ScoringQuote(type: .reported, quote: [0, 1, 2, 3, 4], speaker: [0])
        let predicted = ScoringQuote(type: .reported, quote: [0, 1, 2, 3, 4], cue: [2])
        let result = scores([predicted], [gold])
        let role = Dictionary(uniqueKeysWithValues: result.roleScores.map { ($0.name, $0.score) })
        #expect(close(role["speaker"]?.precision, 0) && close(role["speaker"]?.recall, 0))
        #expect(close(role["cue"]?.precision, 0) && close(role["cue"]?.recall, 0))
        #expect(close(role["frame"]?.f1, 1) && close(role["addressee"]?.f1, 1))
        #expect(close(result.roles.f1, 0))
        #expect(close(result.joint.precision, 5.0 / 6) && close(result.joint.recall, 5.0 / 6))
    }

    @Test func allRolesEmptyOnBothSidesScoreOne() {
        let quote = ScoringQuote(type: .indirectFreeIndirect, quote: [3, 4, 5])
        #expect(close(scores([quote], [quote]).roles.f1, 1))
    }

    /// One prediction {2,3,4,5} overlaps gold A (Direct, {0,1,2,3}) and gold B (Indirect, {4,5,6,7})
    /// equally (F1 0.5 each); the +0.01 type bonus decides which it pairs with.
    @Test(arguments: [(QuoteType.indirect, 1, 1.0), (QuoteType.direct, 0, 0.0)])
    func typeBonusDecidesTie(type: QuoteType, pairedGold: Int, speakerF1: Double) {
        let goldA = ScoringQuote(type: .direct, quote: [0, 1, 2, 3], speaker: [11])
        let goldB = ScoringQuote(type: .indirect, quote: [4, 5, 6, 7], speaker: [10])
        let predicted = ScoringQuote(type: type, quote: [2, 3, 4, 5], speaker: [10])
        let matching = Matching.match(predictions: [predicted], gold: [goldA, goldB])
        #expect(matching.pairs.map(\.gold) == [pairedGold])
        let result = scores([predicted], [goldA, goldB])
        #expect(result.form.agreeing == 1)
        #expect(close(result.roleScores.first { $0.name == "speaker" }?.score.precision, speakerF1))
    }

    /// Two predictions with the same quote tokens tie for one gold quote; the one whose cue agrees
    /// pairs, whichever comes first (precision (1 + 0)/2 on both counts).
    @Test(arguments: [false, true])
    func exactTiesGoToTheBetterRoles(reversed: Bool) {
        let gold = ScoringQuote(type: .indirect, quote: [5, 6, 7], cue: [2])
        let right = ScoringQuote(type: .indirect, quote: [5, 6, 7], cue: [2])
        let wrong = ScoringQuote(type: .indirect, quote: [5, 6, 7], cue: [1])
        let predictions = reversed ? [right, wrong] : [wrong, right]
        let matching = Matching.match(predictions: predictions, gold: [gold])
        #expect(matching.pairs.map(\.prediction) == [reversed ? 0 : 1])
        let result = scores(predictions, [gold])
        #expect(close(result.roleScores.first { $0.name == "cue" }?.score.precision, 0.5))
        #expect(close(result.roles.recall, 1))
    }

    /// The bonus never outweighs a better overlap: {0,1,2} of the other type beats {0} of the same type.
    @Test func overlapBeatsTypeBonus() {
        let matching = Matching.match(
            predictions: [ScoringQuote(type: .direct, quote: [0, 1, 2])],
            gold: [ScoringQuote(type: .direct, quote: [0]), ScoringQuote(type: .indirect, quote: [0, 1, 2])])
        #expect(matching.pairs.map(\.gold) == [1])
    }

    /// Gold Direct and Indirect; predicted a perfect Direct and an unpaired Reported.
    @Test func perTypeScores() {
        let result = scores(
            [ScoringQuote(type: .direct, quote: [0, 1]), ScoringQuote(type: .reported, quote: [9])],
            [ScoringQuote(type: .direct, quote: [0, 1]), ScoringQuote(type: .indirect, quote: [4, 5])])
        let type = Dictionary(uniqueKeysWithValues: result.typeScores.map { ($0.name, $0.score) })
        #expect(close(type["Direct"]?.f1, 1))
        #expect(type["Indirect"]?.precision == nil && close(type["Indirect"]?.recall, 0) && close(type["Indirect"]?.f1, 0))
        #expect(close(type["Reported"]?.precision, 0) && type["Reported"]?.recall == nil)
        #expect(type["FreeIndirect"]?.f1 == nil)
        #expect(result.percent(of: "direct") == 100 && result.percent(of: "indirect.r") == 0)
        #expect(result.percent(of: "IndirectFreeIndirect") == 0)
    }

    /// Precision and recall average over all pairs of the corpus, not per document.
    @Test func averagesAreMicroOverTheCorpus() {
        var scorer = Scorer()
        scorer.add(predictions: [ScoringQuote(type: .direct, quote: [0, 1])], gold: [ScoringQuote(type: .direct, quote: [0, 1])])
        scorer.add(
            predictions: [ScoringQuote(type: .direct, quote: [0]), ScoringQuote(type: .direct, quote: [7]), ScoringQuote(type: .direct, quote: [8])],
            gold: [ScoringQuote(type: .direct, quote: [0, 1])])
        // Precision over four predictions: (1 + 1 + 0 + 0) / 4; recall over two gold: (1 + 0.5) / 2.
        let result = scorer.scores
        #expect(close(result.message.precision, 0.5) && close(result.message.recall, 0.75))
        #expect(result.documents == 2)
    }

    @Test func mediumCompatibility() {
        let gold = ScoringQuote(type: .indirect, medium: "SW", quote: [1])
        let result = scores([ScoringQuote(type: .indirect, medium: "Speech", quote: [1])], [gold])
        #expect(result.medium.scored == 1 && result.medium.exact == 0 && result.medium.compatible == 1)
    }
}

@Suite struct HungarianTests {
    func total(_ weights: [[Double]], _ assignment: [Int?]) -> Double {
        assignment.enumerated().reduce(0) { sum, item in sum + (item.element.map { weights[item.offset][$0] } ?? 0) }
    }

    /// The best total by trying every assignment of rows to distinct columns.
    func bruteForce(_ weights: [[Double]]) -> Double {
        let columns = weights.first?.count ?? 0
        func best(_ row: Int, _ used: Set<Int>) -> Double {
            guard row < weights.count else { return 0 }
            var result = best(row + 1, used)
            for column in 0..<columns where !used.contains(column) {
                result = max(result, weights[row][column] + best(row + 1, used.union([column])))
            }
            return result
        }
        return best(0, [])
    }

    @Test func beatsGreedy() {
        let weights = [[0.9, 0.8, 0], [0.8, 0, 0], [0, 0, 0.5]]
        let assignment = Hungarian.maximize(weights)
        #expect(assignment == [1, 0, 2])
        #expect(abs(total(weights, assignment) - 2.1) < 1e-9)
    }

    @Test func rectangularAndEmpty() {
        #expect(Hungarian.maximize([]) == [])
        #expect(Hungarian.maximize([[], []]) == [nil, nil])
        #expect(Hungarian.maximize([[0.1, 0.9, 0.3]]) == [1])
        let tall = Hungarian.maximize([[0.1], [0.9], [0.3]])
        #expect(tall == [nil, 0, nil])
    }

    /// Random matrices up to 5×6 against brute force (fixed seed, so the test is deterministic).
    @Test func matchesBruteForce() {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> Double {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Double((state >> 33) % 1000) / 1000
        }
        for _ in 0..<300 {
            let rows = Int(next() * 5) + 1, columns = Int(next() * 6) + 1
            let weights = (0..<rows).map { _ in (0..<columns).map { _ in next() < 0.3 ? 0 : next() } }
            let assignment = Hungarian.maximize(weights)
            let used = assignment.compactMap { $0 }
            #expect(Set(used).count == used.count)
            #expect(abs(total(weights, assignment) - bruteForce(weights)) < 1e-9)
        }
    }
}

@Suite struct FloorsTests {
    @Test func parsesAndChecks() throws {
        let floors = try Floors(parsing: "message=50, roles=10\njoint=0 # comment\ndirect=90,speaker.p=1")
        #expect(floors.floors.map(\.metric) == ["message", "roles", "joint", "direct", "speaker.p"])
        var scorer = Scorer()
        scorer.add(predictions: [ScoringQuote(type: .direct, quote: [0, 1])], gold: [ScoringQuote(type: .direct, quote: [0])])
        // message: P 1/2, R 1 → F1 66.7; direct the same; roles both empty → 100; speaker P 100.
        #expect(floors.violations(in: scorer.scores).map(\.metric) == ["direct"])
    }

    @Test(arguments: ["message", "message=", "message=abc", "=5", "message=101", "message=-1"])
    func rejectsBadItems(_ spec: String) {
        #expect(throws: EvalError.self) { try Floors(parsing: spec) }
    }

    @Test func unknownMetricNamesTheKnownOnes() {
        #expect(throws: EvalError.unknownMetric(name: "mesage", known: Scores.metricNames)) {
            try Floors(parsing: "mesage=5")
        }
        #expect(Floors.isKnown("IndirectFreeIndirect") && Floors.isKnown("free-indirect") && Floors.isKnown("medium"))
        #expect(!Floors.isKnown("speaker.x"))
    }
}
