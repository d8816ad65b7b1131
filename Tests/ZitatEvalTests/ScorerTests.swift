import Testing
@testable import ZitatEval

/// Hand-made gold/prediction pairs whose scores were worked out by hand (see each test's comment).
/// Hand-made gold/prediction pairs whose scores were worked out by hand (see each test's comment), following
/// eval.py: per pair and per part, a precision value when predicted, a recall value when in the gold.
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

    func row(_ rows: [NamedPRF], _ name: String) -> PRF? {
        rows.first { $0.name == name }?.score
    }

    /// A role empty on both sides gives no value at all (the addressee row stays undefined).
    @Test func perfectMatchScoresOne() {
        let quote = ScoringQuote(type: .indirect, medium: "Speech", quote: [5, 6, 7], speaker: [0, 1], cue: [2], frame: [0, 1, 2, 3])
        let result = scores([quote], [quote])
        for prf in [result.message, result.roles, result.joint, result.form.score, result.medium.score]
            + ["speaker", "cue", "frame"].compactMap({ row(result.roleScores, $0) })
        {
            #expect(close(prf.precision, 1) && close(prf.recall, 1) && close(prf.f1, 1))
        }
        #expect(result.roles.predicted == 3 && result.roles.gold == 3 && result.joint.predicted == 4)
        let addressee = row(result.roleScores, "addressee")
        #expect(addressee?.precision == nil && addressee?.recall == nil && addressee?.f1 == nil)
        #expect(result.pairs == 1 && result.unpairedGold == 0 && result.unpairedPredictions == 0)
        #expect(result.form.accuracy == 1 && result.medium.accuracy == 1)
    }

    /// Gold: one direct quote in two spans {0,1,2}+{6,7,8}, speaker {4}, cue {3}. Predicted: each span as
    /// its own quote with the right speaker and cue; both tie, the first pairs (P 1, R 3/6), the second is
    /// left over. message P (1+0)/2, R 1/2; roles P (1+1+0+0)/4, R (1+1)/2 → F1 2/3;
    /// joint P (3 ones, 3 zeros)/6, R (1/2+1+1)/3 = 5/6 → F1 5/8.
    @Test func splitQuoteHalvesPrecision() {
        let gold = ScoringQuote(type: .direct, quote: [0, 1, 2, 6, 7, 8], speaker: [4], cue: [3])
        let first = ScoringQuote(type: .direct, quote: [0, 1, 2], speaker: [4], cue: [3])
        let second = ScoringQuote(type: .direct, quote: [6, 7, 8], speaker: [4], cue: [3])
        let result = scores([first, second], [gold])
        #expect(result.pairs == 1 && result.unpairedPredictions == 1)
        #expect(close(result.message.precision, 0.5) && close(result.message.recall, 0.5) && close(result.message.f1, 0.5))
        #expect(close(result.roles.precision, 0.5) && close(result.roles.recall, 1) && close(result.roles.f1, 2.0 / 3))
        #expect(close(result.joint.precision, 0.5) && close(result.joint.recall, 5.0 / 6) && close(result.joint.f1, 5.0 / 8))
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
        #expect(close(result.form.score.precision, 0.5) && close(result.form.score.recall, 1))
    }

    /// Gold {0,1} and {5,6}; predicted {0,1,2}: P 2/3 over one prediction, R (1+0)/2 → F1 4/7.
    @Test func unpairedGoldCountsAsRecallZero() {
        let result = scores(
            [ScoringQuote(type: .indirect, quote: [0, 1, 2])],
            [ScoringQuote(type: .indirect, quote: [0, 1]), ScoringQuote(type: .indirect, quote: [5, 6])])
        #expect(result.unpairedGold == 1 && result.disjointPairs == 0)
        #expect(close(result.message.precision, 2.0 / 3) && close(result.message.recall, 0.5) && close(result.message.f1, 4.0 / 7))
    }

    /// eval.py pairs quotes that share no token when nothing better is left: the message scores 0, but the
    /// same speaker and the same type count (roles F1 1, form F1 1). The extras still call both unpaired.
    @Test func disjointQuotesArePairedAndTheirRolesCount() {
        let result = scores(
            [ScoringQuote(type: .direct, quote: [1], speaker: [9])], [ScoringQuote(type: .direct, quote: [2], speaker: [9])])
        #expect(result.pairs == 0 && result.disjointPairs == 1 && result.unpairedGold == 1 && result.unpairedPredictions == 1)
        #expect(close(result.message.f1, 0) && close(result.roles.f1, 1) && close(result.form.score.f1, 1))
        #expect(result.form.accuracy == nil)
        #expect(result.confusion["none"]?["Direct"] == 1 && result.confusion["Direct"]?["none"] == 1)
    }

    /// Gold reported quote, speaker {0}, no cue; predicted the same quote, no speaker, cue {2}.
    /// speaker: only a recall value, 0; cue: only a precision value, 0; frame and addressee: no values.
    /// roles P 0, R 0 → F1 0; joint P (1+0)/2, R (1+0)/2 → 1/2.
    @Test func emptyRoles() {
        let gold = ScoringQuote(type: .reported, quote: [0, 1, 2, 3, 4], speaker: [0])
        let predicted = ScoringQuote(type: .reported, quote: [0, 1, 2, 3, 4], cue: [2])
        let result = scores([predicted], [gold])
        #expect(row(result.roleScores, "speaker")?.precision == nil && close(row(result.roleScores, "speaker")?.recall, 0))
        #expect(close(row(result.roleScores, "cue")?.precision, 0) && row(result.roleScores, "cue")?.recall == nil)
        #expect(row(result.roleScores, "frame")?.f1 == nil && row(result.roleScores, "addressee")?.f1 == nil)
        #expect(close(result.roles.f1, 0))
        #expect(close(result.joint.precision, 0.5) && close(result.joint.recall, 0.5))
    }

    /// With no role anywhere there is nothing to average: roles stays undefined (eval.py would divide by zero).
    @Test func allRolesEmptyOnBothSidesGiveNoRoleScore() {
        let quote = ScoringQuote(type: .indirectFreeIndirect, quote: [3, 4, 5])
        let result = scores([quote], [quote])
        #expect(result.roles.f1 == nil && close(result.message.f1, 1) && result.percent(of: "roles") == 0)
    }

    /// One prediction {2,3,4,5} overlaps gold A (Direct, {0,1,2,3}) and gold B (Indirect, {4,5,6,7})
    /// equally (F1 0.5 each); the +0.01 type bonus decides which it pairs with.
    @Test(arguments: [(QuoteType.indirect, 1, 1.0), (QuoteType.direct, 0, 0.0)])
    func typeBonusDecidesTie(type: QuoteType, pairedGold: Int, speakerPrecision: Double) {
        let goldA = ScoringQuote(type: .direct, quote: [0, 1, 2, 3], speaker: [11])
        let goldB = ScoringQuote(type: .indirect, quote: [4, 5, 6, 7], speaker: [10])
        let predicted = ScoringQuote(type: type, quote: [2, 3, 4, 5], speaker: [10])
        let matching = Matching.match(predictions: [predicted], gold: [goldA, goldB])
        #expect(matching.pairs.map(\.gold) == [pairedGold])
        let result = scores([predicted], [goldA, goldB])
        #expect(result.form.agreeing == 1)
        #expect(close(row(result.roleScores, "speaker")?.precision, speakerPrecision))
    }

    /// Same overlap, same type: the +0.001 medium bonus decides.
    @Test func mediumBonusDecidesTie() {
        let writing = ScoringQuote(type: .indirect, medium: "Writing", quote: [0, 1, 2, 3])
        let speech = ScoringQuote(type: .indirect, medium: "Speech", quote: [4, 5, 6, 7])
        let predicted = ScoringQuote(type: .indirect, medium: "Speech", quote: [2, 3, 4, 5])
        #expect(Matching.match(predictions: [predicted], gold: [writing, speech]).pairs.map(\.gold) == [1])
        #expect(close(scores([predicted], [writing, speech]).medium.score.precision, 1))
    }

    /// Two predictions with the same quote tokens tie for one gold quote; as in SciPy the first one pairs,
    /// whatever their roles (so eval.py's role scores depend on prediction order).
    @Test(arguments: [false, true])
    func exactTiesGoToTheFirstPrediction(reversed: Bool) {
        let gold = ScoringQuote(type: .indirect, quote: [5, 6, 7], cue: [2])
        let right = ScoringQuote(type: .indirect, quote: [5, 6, 7], cue: [2])
        let wrong = ScoringQuote(type: .indirect, quote: [5, 6, 7], cue: [1])
        let predictions = reversed ? [right, wrong] : [wrong, right]
        #expect(Matching.match(predictions: predictions, gold: [gold]).pairs.map(\.prediction) == [0])
        let result = scores(predictions, [gold])
        // The paired cue scores 1 or 0, the left-over one 0.
        #expect(close(row(result.roleScores, "cue")?.precision, reversed ? 0.5 : 0))
        #expect(close(result.roles.recall, reversed ? 1 : 0))
    }

    /// The bonus never outweighs a better overlap: {0,1,2} of the other type beats {0} of the same type.
    @Test func overlapBeatsTypeBonus() {
        let matching = Matching.match(
            predictions: [ScoringQuote(type: .direct, quote: [0, 1, 2])],
            gold: [ScoringQuote(type: .direct, quote: [0]), ScoringQuote(type: .indirect, quote: [0, 1, 2])])
        #expect(matching.pairs.map(\.gold) == [1])
        #expect(matching.disjointPairs.isEmpty)
    }

    /// Gold Direct and Indirect; predicted a perfect Direct and a Reported sharing nothing.
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
        #expect(result.disjointPairs == 1 && close(result.form.score.f1, 0.5))
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

    /// The official medium compares labels exactly; the extra accuracy also counts Speech within SW.
    @Test func mediumCompatibility() {
        let gold = ScoringQuote(type: .indirect, medium: "SW", quote: [1])
        let result = scores([ScoringQuote(type: .indirect, medium: "Speech", quote: [1])], [gold])
        #expect(result.medium.scored == 1 && result.medium.exact == 0 && result.medium.compatible == 1)
        #expect(close(result.medium.score.f1, 0))
    }

    /// eval.py compares "none" labels too: two unknown media agree.
    @Test func unknownMediaAgree() {
        let quote = ScoringQuote(type: .direct, quote: [1])
        #expect(close(scores([quote], [quote]).medium.score.f1, 1))
    }
}

@Suite struct LinearSumAssignmentTests {
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
        let assignment = LinearSumAssignment.maximize(weights)
        #expect(assignment == [1, 0, 2])
        #expect(abs(total(weights, assignment) - 2.1) < 1e-9)
    }

    @Test func rectangularAndEmpty() {
        #expect(LinearSumAssignment.maximize([]) == [])
        #expect(LinearSumAssignment.maximize([[], []]) == [nil, nil])
        #expect(LinearSumAssignment.maximize([[0.1, 0.9, 0.3]]) == [1])
        #expect(LinearSumAssignment.maximize([[0.1], [0.9], [0.3]]) == [nil, 0, nil])
    }

    /// Ties go where SciPy sends them (checked against scipy.optimize.linear_sum_assignment 1.17):
    /// a constant matrix gives the identity, wide and tall ties the lowest index, all-zero rows pair in order.
    @Test func tiesAsInSciPy() {
        #expect(LinearSumAssignment.maximize(Array(repeating: [1, 1, 1], count: 3)) == [0, 1, 2])
        #expect(LinearSumAssignment.maximize([[0.5, 0.5]]) == [0])
        #expect(LinearSumAssignment.maximize([[0.5], [0.5]]) == [0, nil])
        #expect(LinearSumAssignment.maximize([[0, 0, 0], [0, 0, 0]]) == [0, 1])
        #expect(LinearSumAssignment.maximize([[0, 0], [0, 0], [0, 0]]) == [0, 1, nil])
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
            let assignment = LinearSumAssignment.maximize(weights)
            let used = assignment.compactMap { $0 }
            #expect(Set(used).count == used.count && used.count == min(rows, columns))
            #expect(abs(total(weights, assignment) - bruteForce(weights)) < 1e-9)
        }
    }
}

@Suite struct FloorsTests {
    @Test func parsesAndChecks() throws {
        let floors = try Floors(parsing: "message=50, roles=10\njoint=0 # comment\ndirect=90,speaker.p=1")
        #expect(floors.floors.map(\.metric) == ["message", "roles", "joint", "direct", "speaker.p"])
        var scorer = Scorer()
        scorer.add(
            predictions: [ScoringQuote(type: .direct, quote: [0, 1], speaker: [5])], gold: [ScoringQuote(type: .direct, quote: [0], speaker: [5])])
        // message: P 1/2, R 1 → F1 66.7; direct the same; roles and speaker P 100.
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
