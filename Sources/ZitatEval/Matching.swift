/// A predicted and a gold quote paired by the assignment.
public struct Pair: Hashable, Sendable {
    public var prediction: Int
    public var gold: Int
    /// Token-overlap F1 of the two quotes (without the bonuses).
    public var overlap: Double
}

/// The one-to-one pairing of a document's predicted and gold quotes, as eval.py makes it.
public struct Matching: Hashable, Sendable {
    /// Pairs whose quotes share tokens, sorted by gold index.
    public var pairs: [Pair]
    /// Pairs of quotes sharing no token, sorted by gold index: the assignment pairs as many quotes as the
    /// smaller side has, and eval.py scores every such pair (message 0; roles, type and medium count).
    public var disjointPairs: [Pair]
    /// Predictions and gold quotes in no pair of `pairs` (those of `disjointPairs` included).
    public var unpairedPredictions: [Int]
    public var unpairedGold: [Int]

    /// Added to a pair's weight when the types agree (only when the quotes overlap).
    public static let typeBonus = 0.01
    /// Added to a pair's weight when the media agree (only when the quotes overlap).
    public static let mediumBonus = 0.001

    /// The weight of pairing two quotes: quote-token overlap F1, +0.01 when the types agree,
    /// +0.001 when the medium labels agree; 0 when the quotes share no token (eval.py's `assign_messages`).
    public static func weight(_ prediction: ScoringQuote, _ gold: ScoringQuote) -> Double {
        let overlap = Counts(predicted: prediction.quote, gold: gold.quote).overlapF1
        let typeBonus = overlap > 0 && prediction.type == gold.type ? typeBonus : 0
        let mediumBonus = overlap > 0 && prediction.mediumLabel == gold.mediumLabel ? mediumBonus : 0
        return overlap + typeBonus + mediumBonus
    }

    /// Pairs quotes by maximum total weight (see `weight`), solved like SciPy so ties go the same way.
    public static func match(predictions: [ScoringQuote], gold: [ScoringQuote]) -> Matching {
        // eval.py's matrix: a row per gold quote, a column per prediction.
        let weights = gold.map { expected in predictions.map { weight($0, expected) } }
        var pairs: [Pair] = []
        var disjointPairs: [Pair] = []
        for (goldIndex, assigned) in LinearSumAssignment.maximize(weights).enumerated() {
            guard let assigned else { continue }
            let overlap = Counts(predicted: predictions[assigned].quote, gold: gold[goldIndex].quote).overlapF1
            let pair = Pair(prediction: assigned, gold: goldIndex, overlap: overlap)
            if overlap > 0 { pairs.append(pair) } else { disjointPairs.append(pair) }
        }
        let pairedPredictions = Set(pairs.map(\.prediction))
        let pairedGold = Set(pairs.map(\.gold))
        return Matching(
            pairs: pairs, disjointPairs: disjointPairs,
            unpairedPredictions: predictions.indices.filter { !pairedPredictions.contains($0) },
            unpairedGold: gold.indices.filter { !pairedGold.contains($0) })
    }
}
