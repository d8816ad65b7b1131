/// The precision and recall values of one part (or several pooled) over a corpus, as eval.py collects
/// them: a pair adds a precision value when the prediction has tokens for the part, a recall value when
/// the gold quote has; a part empty on a side adds nothing for that side.
struct PartTally: Sendable {
    var precisionSum = 0.0
    var predicted = 0
    var recallSum = 0.0
    var gold = 0

    mutating func add(_ counts: Counts) {
        if let precision = counts.precision {
            precisionSum += precision
            predicted += 1
        }
        if let recall = counts.recall {
            recallSum += recall
            gold += 1
        }
    }

    static func + (lhs: PartTally, rhs: PartTally) -> PartTally {
        PartTally(
            precisionSum: lhs.precisionSum + rhs.precisionSum, predicted: lhs.predicted + rhs.predicted,
            recallSum: lhs.recallSum + rhs.recallSum, gold: lhs.gold + rhs.gold)
    }

    var prf: PRF { PRF(precisionSum: precisionSum, predicted: predicted, recallSum: recallSum, gold: gold) }
}

/// Accumulates documents and computes the scores.
///
/// The official figures follow eval.py: every pair of the assignment (also of quotes sharing no token)
/// and every quote left over (against nothing) adds per-part precision and recall values; message,
/// roles and joint average them over the whole corpus; form and medium count agreeing pairs.
public struct Scorer: Sendable {
    var documents = 0
    var predictedCount = 0
    var goldCount = 0
    var pairCount = 0
    var disjointPairCount = 0
    var unpairedPredictionCount = 0
    var unpairedGoldCount = 0
    var parts: [Part: PartTally] = [:]
    var formAgreeing = 0
    var mediumAgreeing = 0
    var types: [QuoteType: PartTally] = [:]
    var agreeingOverlapping = 0
    var medium = (scored: 0, exact: 0, compatible: 0)
    var confusion: [String: [String: Int]] = [:]

    public init() {}

    /// Pairs and scores one document's quotes; returns the pairing.
    @discardableResult
    public mutating func add(predictions: [ScoringQuote], gold: [ScoringQuote]) -> Matching {
        let matching = Matching.match(predictions: predictions, gold: gold)
        add(predictions: predictions, gold: gold, matching: matching)
        return matching
    }

    /// Scores one document's quotes under a given pairing.
    public mutating func add(predictions: [ScoringQuote], gold: [ScoringQuote], matching: Matching) {
        documents += 1
        predictedCount += predictions.count
        goldCount += gold.count
        let assigned = matching.pairs + matching.disjointPairs
        for pair in assigned { addOfficial(predictions[pair.prediction], gold[pair.gold]) }
        let assignedPredictions = Set(assigned.map(\.prediction)), assignedGold = Set(assigned.map(\.gold))
        for index in predictions.indices where !assignedPredictions.contains(index) { addOfficial(predictions[index], nil) }
        for index in gold.indices where !assignedGold.contains(index) { addOfficial(nil, gold[index]) }
        addExtras(predictions: predictions, gold: gold, matching: matching)
    }

    /// One pair of eval.py's `evaluate_group`; nil stands for its empty group.
    mutating func addOfficial(_ predicted: ScoringQuote?, _ expected: ScoringQuote?) {
        for part in Part.allCases {
            parts[part, default: PartTally()].add(Counts(predicted: predicted?[part] ?? [], gold: expected?[part] ?? []))
        }
        guard let predicted, let expected else { return }
        if predicted.type == expected.type { formAgreeing += 1 }
        if predicted.mediumLabel == expected.mediumLabel { mediumAgreeing += 1 }
    }

    /// The per-type table, confusion matrix and accuracies, over pairs that share tokens.
    mutating func addExtras(predictions: [ScoringQuote], gold: [ScoringQuote], matching: Matching) {
        disjointPairCount += matching.disjointPairs.count
        for pair in matching.pairs {
            let predicted = predictions[pair.prediction], expected = gold[pair.gold]
            pairCount += 1
            let message = Counts(predicted: predicted.quote, gold: expected.quote)
            types[predicted.type, default: PartTally()].precisionSum += message.precision ?? 0
            types[predicted.type, default: PartTally()].predicted += 1
            types[expected.type, default: PartTally()].recallSum += message.recall ?? 0
            types[expected.type, default: PartTally()].gold += 1
            if predicted.type == expected.type { agreeingOverlapping += 1 }
            confusion[expected.type.rawValue, default: [:]][predicted.type.rawValue, default: 0] += 1
            if let guess = Self.mediumLetters(predicted.medium), let truth = Self.mediumLetters(expected.medium) {
                medium.scored += 1
                if guess == truth { medium.exact += 1 }
                if guess.isSubset(of: truth) { medium.compatible += 1 }
            }
        }
        for index in matching.unpairedPredictions {
            unpairedPredictionCount += 1
            types[predictions[index].type, default: PartTally()].predicted += 1
            confusion["none", default: [:]][predictions[index].type.rawValue, default: 0] += 1
        }
        for index in matching.unpairedGold {
            unpairedGoldCount += 1
            types[gold[index].type, default: PartTally()].gold += 1
            confusion[gold[index].type.rawValue, default: [:]]["none", default: 0] += 1
        }
    }

    /// "Speech" → {S}, "SW" → {S, W}; nil for none/unknown.
    static func mediumLetters(_ medium: String?) -> Set<Character>? {
        guard let medium else { return nil }
        switch medium.lowercased() {
        case "speech": return ["S"]
        case "writing": return ["W"]
        case "thought": return ["T"]
        case "none", "": return nil
        default:
            let letters = Set(medium.uppercased())
            return letters.isSubset(of: ["S", "W", "T"]) ? letters : nil
        }
    }

    func pooled(_ selection: [Part]) -> PRF {
        selection.reduce(PartTally()) { $0 + (parts[$1] ?? PartTally()) }.prf
    }

    func agreement(_ agreeing: Int) -> PRF {
        PRF(precisionSum: Double(agreeing), predicted: predictedCount, recallSum: Double(agreeing), gold: goldCount)
    }

    public var scores: Scores {
        Scores(
            documents: documents, goldQuotes: goldCount, predictedQuotes: predictedCount, pairs: pairCount,
            disjointPairs: disjointPairCount, unpairedPredictions: unpairedPredictionCount, unpairedGold: unpairedGoldCount,
            message: pooled([.quote]), roles: pooled(Part.roles), joint: pooled(Part.allCases),
            roleScores: Part.roles.map { NamedPRF(name: $0.rawValue, score: pooled([$0])) },
            typeScores: QuoteType.allCases.map { NamedPRF(name: $0.rawValue, score: (types[$0] ?? PartTally()).prf) },
            form: FormScore(
                agreeing: formAgreeing, score: agreement(formAgreeing), overlappingPairs: pairCount,
                agreeingOverlapping: agreeingOverlapping,
                accuracy: pairCount > 0 ? Double(agreeingOverlapping) / Double(pairCount) : nil),
            medium: MediumScore(
                score: agreement(mediumAgreeing), scored: medium.scored, exact: medium.exact, compatible: medium.compatible,
                accuracy: medium.scored > 0 ? Double(medium.exact) / Double(medium.scored) : nil,
                compatibleAccuracy: medium.scored > 0 ? Double(medium.compatible) / Double(medium.scored) : nil),
            confusion: confusion
        )
    }
}
