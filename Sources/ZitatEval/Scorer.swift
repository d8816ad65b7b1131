/// The five parts of a quotation whose tokens the metric counts.
public enum Part: String, CaseIterable, Sendable, Codable {
    case quote, speaker, cue, frame, addressee

    /// The four roles pooled by the "roles" metric.
    public static let roles: [Part] = [.speaker, .cue, .frame, .addressee]
}

/// A quotation as the metric sees it: its type, medium and the token ids of each part.
public struct ScoringQuote: Hashable, Sendable {
    public var type: QuoteType
    /// Speech, Writing, Thought, SW, ST, TW; nil when unknown (the corpus's "none").
    public var medium: String?
    public var quote: Set<Int>
    public var speaker: Set<Int>
    public var cue: Set<Int>
    public var frame: Set<Int>
    public var addressee: Set<Int>

    public init(
        type: QuoteType, medium: String? = nil, quote: Set<Int>, speaker: Set<Int> = [], cue: Set<Int> = [],
        frame: Set<Int> = [], addressee: Set<Int> = []
    ) {
        self.type = type
        self.medium = medium
        self.quote = quote
        self.speaker = speaker
        self.cue = cue
        self.frame = frame
        self.addressee = addressee
    }

    /// The tokens of an annotation in the corpus format.
    public init(_ annotation: WikinewsAnnotation) {
        self.init(
            type: annotation.type, medium: annotation.medium == "none" ? nil : annotation.medium,
            quote: Set(annotation.quote.tokenIds),
            speaker: Set(annotation.speaker.tokenIds), cue: Set(annotation.cue.tokenIds),
            frame: Set(annotation.frame.tokenIds), addressee: Set(annotation.addressee.tokenIds)
        )
    }

    public subscript(part: Part) -> Set<Int> {
        switch part {
        case .quote: quote
        case .speaker: speaker
        case .cue: cue
        case .frame: frame
        case .addressee: addressee
        }
    }
}

/// Token true positives, false positives and false negatives.
public struct Counts: Hashable, Sendable {
    public var truePositives = 0
    public var falsePositives = 0
    public var falseNegatives = 0

    public init(truePositives: Int = 0, falsePositives: Int = 0, falseNegatives: Int = 0) {
        self.truePositives = truePositives
        self.falsePositives = falsePositives
        self.falseNegatives = falseNegatives
    }

    public init(predicted: Set<Int>, gold: Set<Int>) {
        let common = predicted.intersection(gold).count
        self.init(truePositives: common, falsePositives: predicted.count - common, falseNegatives: gold.count - common)
    }

    public static func + (lhs: Counts, rhs: Counts) -> Counts {
        Counts(
            truePositives: lhs.truePositives + rhs.truePositives, falsePositives: lhs.falsePositives + rhs.falsePositives,
            falseNegatives: lhs.falseNegatives + rhs.falseNegatives)
    }

    /// TP/(TP+FP); with nothing predicted: 1 when nothing was to be found either, else 0.
    public var precision: Double {
        let predicted = truePositives + falsePositives
        if predicted > 0 { return Double(truePositives) / Double(predicted) }
        return falseNegatives == 0 ? 1 : 0
    }

    /// TP/(TP+FN); with nothing to find: 1 when nothing was predicted either, else 0.
    public var recall: Double {
        let gold = truePositives + falseNegatives
        if gold > 0 { return Double(truePositives) / Double(gold) }
        return falsePositives == 0 ? 1 : 0
    }

    /// The token-overlap F1 used for pairing: 2·TP/(|predicted|+|gold|), 0 when both are empty.
    public var overlapF1: Double {
        let total = 2 * truePositives + falsePositives + falseNegatives
        return total == 0 ? 0 : Double(2 * truePositives) / Double(total)
    }
}

/// A predicted and a gold quote paired by the assignment.
public struct Pair: Hashable, Sendable {
    public var prediction: Int
    public var gold: Int
    /// Token-overlap F1 of the two quotes (without the type bonus).
    public var overlap: Double
}

/// The one-to-one pairing of a document's predicted and gold quotes.
public struct Matching: Hashable, Sendable {
    /// Sorted by gold index.
    public var pairs: [Pair]
    public var unpairedPredictions: [Int]
    public var unpairedGold: [Int]

    /// The bonus added to a pair's weight when the types agree (only when the quotes overlap).
    public static let typeBonus = 0.01
    /// Breaks exact ties (e.g. two predictions with the same quote tokens) towards the pair whose
    /// roles agree more, so the score does not depend on prediction order or the solver; far too
    /// small to outweigh any real difference in overlap.
    public static let roleTieBreak = 1e-9

    /// The weight of pairing two quotes: quote-token overlap F1, +0.01 when the types agree,
    /// +1e-9 × the pooled role-token overlap F1; 0 when the quotes share no token.
    public static func weight(_ prediction: ScoringQuote, _ gold: ScoringQuote) -> Double {
        let overlap = Counts(predicted: prediction.quote, gold: gold.quote).overlapF1
        guard overlap > 0 else { return 0 }
        let roles = Metric.roles.counts(predicted: prediction, gold: gold).overlapF1
        return overlap + (prediction.type == gold.type ? typeBonus : 0) + roleTieBreak * roles
    }

    /// Pairs quotes by maximum total weight (see `weight`). Quotes that share no token are never paired.
    public static func match(predictions: [ScoringQuote], gold: [ScoringQuote]) -> Matching {
        let weights = predictions.map { prediction in gold.map { weight(prediction, $0) } }
        var pairs: [Pair] = []
        for (prediction, assigned) in Hungarian.maximize(weights).enumerated() {
            guard let assigned else { continue }
            let overlap = Counts(predicted: predictions[prediction].quote, gold: gold[assigned].quote).overlapF1
            if overlap > 0 { pairs.append(Pair(prediction: prediction, gold: assigned, overlap: overlap)) }
        }
        pairs.sort { $0.gold < $1.gold }
        let pairedPredictions = Set(pairs.map(\.prediction))
        let pairedGold = Set(pairs.map(\.gold))
        return Matching(
            pairs: pairs, unpairedPredictions: predictions.indices.filter { !pairedPredictions.contains($0) },
            unpairedGold: gold.indices.filter { !pairedGold.contains($0) })
    }
}

/// The aggregate metrics: message (quote), roles (four pooled), joint (all five), and each role.
public enum Metric: String, CaseIterable, Sendable, Codable {
    case message, roles, joint, speaker, cue, frame, addressee

    /// The parts whose counts this metric pools within a pair.
    public var parts: [Part] {
        switch self {
        case .message: [.quote]
        case .roles: Part.roles
        case .joint: Part.allCases
        case .speaker: [.speaker]
        case .cue: [.cue]
        case .frame: [.frame]
        case .addressee: [.addressee]
        }
    }

    /// The pooled counts of this metric's parts in a pair.
    public func counts(predicted: ScoringQuote, gold: ScoringQuote) -> Counts {
        parts.reduce(Counts()) { $0 + Counts(predicted: predicted[$1], gold: gold[$1]) }
    }
}

/// Precision, recall and F1 (fractions in 0…1), with how many predictions and gold quotes they average over.
public struct PRF: Hashable, Sendable, Codable {
    /// Nil when nothing was predicted.
    public var precision: Double?
    /// Nil when there was nothing to find.
    public var recall: Double?
    /// Harmonic mean (a missing side counts as 0); nil when both are missing.
    public var f1: Double?
    public var predicted: Int
    public var gold: Int

    public init(precisionSum: Double, predicted: Int, recallSum: Double, gold: Int) {
        self.predicted = predicted
        self.gold = gold
        precision = predicted > 0 ? precisionSum / Double(predicted) : nil
        recall = gold > 0 ? recallSum / Double(gold) : nil
        if precision == nil && recall == nil {
            f1 = nil
        } else {
            let p = precision ?? 0, r = recall ?? 0
            f1 = p + r > 0 ? 2 * p * r / (p + r) : 0
        }
    }
}

/// A named row of a table (a role or a type).
public struct NamedPRF: Hashable, Sendable, Codable {
    public var name: String
    public var score: PRF
}

/// How often paired quotes agree on the type ("form").
public struct FormScore: Hashable, Sendable, Codable {
    public var agreeing: Int
    public var pairs: Int
    /// Agreeing pairs / pairs.
    public var accuracy: Double?
    /// Agreeing pairs / predictions, agreeing pairs / gold quotes, and their harmonic mean.
    public var score: PRF
}

/// How often a predicted medium matches the gold medium, over pairs where both are known.
public struct MediumScore: Hashable, Sendable, Codable {
    public var scored: Int
    public var exact: Int
    /// The predicted medium is one of a combined gold medium's parts (Speech in SW).
    public var compatible: Int
    public var accuracy: Double?
    public var compatibleAccuracy: Double?
}

/// Everything `zitat eval` reports.
public struct Scores: Hashable, Sendable, Codable {
    public var documents: Int
    public var goldQuotes: Int
    public var predictedQuotes: Int
    public var pairs: Int
    public var unpairedPredictions: Int
    public var unpairedGold: Int
    public var message: PRF
    public var roles: PRF
    public var joint: PRF
    /// Speaker, cue, frame, addressee.
    public var roleScores: [NamedPRF]
    /// Message scores restricted to one type: precision over predictions of that type, recall over gold of it.
    public var typeScores: [NamedPRF]
    public var form: FormScore
    public var medium: MediumScore
    /// Gold type → predicted type → pairs; "none" for unpaired quotes.
    public var confusion: [String: [String: Int]]

    /// The names `--min` accepts, in output order.
    public static let metricNames: [String] =
        ["message", "roles", "joint"] + Part.roles.map(\.rawValue) + QuoteType.allCases.map { $0.rawValue.lowercased() }
        + ["form", "medium"]

    /// A metric by name (case, "-" and "_" ignored), as a percentage: F1, or `.p`/`.r`/`.f1`;
    /// `medium` is exact accuracy. Nil for unknown names; 0 for metrics with nothing to score.
    public func percent(of name: String) -> Double? {
        let lowered = name.lowercased().filter { $0 != "-" && $0 != "_" }
        var base = lowered
        var component = "f1"
        if let dot = lowered.lastIndex(of: ".") {
            base = String(lowered[..<dot])
            component = String(lowered[lowered.index(after: dot)...])
        }
        let prf: PRF
        switch base {
        case "message": prf = message
        case "roles": prf = roles
        case "joint": prf = joint
        case "form": prf = form.score
        case "medium":
            guard component == "f1" || component == "accuracy" else { return nil }
            return (medium.accuracy ?? 0) * 100
        default:
            if let row = (roleScores + typeScores).first(where: { $0.name.lowercased() == base }) {
                prf = row.score
            } else {
                return nil
            }
        }
        switch component {
        case "p", "precision": return (prf.precision ?? 0) * 100
        case "r", "recall": return (prf.recall ?? 0) * 100
        case "f1", "f": return (prf.f1 ?? 0) * 100
        default: return nil
        }
    }
}

/// Accumulates pairs over a corpus and computes the scores.
///
/// Averages are micro over the whole corpus: precision is the mean over all predictions of their
/// pair's precision (0 if unpaired), recall the mean over all gold quotes of their pair's recall.
public struct Scorer: Sendable {
    struct Average: Sendable {
        var precisionSum = 0.0
        var predicted = 0
        var recallSum = 0.0
        var gold = 0
        var prf: PRF { PRF(precisionSum: precisionSum, predicted: predicted, recallSum: recallSum, gold: gold) }
    }

    var documents = 0
    var pairCount = 0
    var unpairedPredictionCount = 0
    var unpairedGoldCount = 0
    var metrics: [Metric: Average] = [:]
    var types: [QuoteType: Average] = [:]
    var agreeing = 0
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
        for pair in matching.pairs {
            let predicted = predictions[pair.prediction], expected = gold[pair.gold]
            pairCount += 1
            for metric in Metric.allCases {
                let counts = metric.counts(predicted: predicted, gold: expected)
                metrics[metric, default: Average()].precisionSum += counts.precision
                metrics[metric, default: Average()].predicted += 1
                metrics[metric, default: Average()].recallSum += counts.recall
                metrics[metric, default: Average()].gold += 1
            }
            let message = Counts(predicted: predicted.quote, gold: expected.quote)
            types[predicted.type, default: Average()].precisionSum += message.precision
            types[predicted.type, default: Average()].predicted += 1
            types[expected.type, default: Average()].recallSum += message.recall
            types[expected.type, default: Average()].gold += 1
            if predicted.type == expected.type { agreeing += 1 }
            confusion[expected.type.rawValue, default: [:]][predicted.type.rawValue, default: 0] += 1
            if let guess = Self.mediumLetters(predicted.medium), let truth = Self.mediumLetters(expected.medium) {
                medium.scored += 1
                if guess == truth { medium.exact += 1 }
                if guess.isSubset(of: truth) { medium.compatible += 1 }
            }
        }
        for index in matching.unpairedPredictions {
            unpairedPredictionCount += 1
            for metric in Metric.allCases { metrics[metric, default: Average()].predicted += 1 }
            types[predictions[index].type, default: Average()].predicted += 1
            confusion["none", default: [:]][predictions[index].type.rawValue, default: 0] += 1
        }
        for index in matching.unpairedGold {
            unpairedGoldCount += 1
            for metric in Metric.allCases { metrics[metric, default: Average()].gold += 1 }
            types[gold[index].type, default: Average()].gold += 1
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

    public var scores: Scores {
        func score(_ metric: Metric) -> PRF { (metrics[metric] ?? Average()).prf }
        let predicted = pairCount + unpairedPredictionCount
        let gold = pairCount + unpairedGoldCount
        let formPRF = PRF(precisionSum: Double(agreeing), predicted: predicted, recallSum: Double(agreeing), gold: gold)
        return Scores(
            documents: documents, goldQuotes: gold, predictedQuotes: predicted, pairs: pairCount,
            unpairedPredictions: unpairedPredictionCount, unpairedGold: unpairedGoldCount,
            message: score(.message), roles: score(.roles), joint: score(.joint),
            roleScores: Part.roles.compactMap { part in Metric(rawValue: part.rawValue).map { NamedPRF(name: part.rawValue, score: score($0)) } },
            typeScores: QuoteType.allCases.map { NamedPRF(name: $0.rawValue, score: (types[$0] ?? Average()).prf) },
            form: FormScore(
                agreeing: agreeing, pairs: pairCount, accuracy: pairCount > 0 ? Double(agreeing) / Double(pairCount) : nil,
                score: formPRF),
            medium: MediumScore(
                scored: medium.scored, exact: medium.exact, compatible: medium.compatible,
                accuracy: medium.scored > 0 ? Double(medium.exact) / Double(medium.scored) : nil,
                compatibleAccuracy: medium.scored > 0 ? Double(medium.compatible) / Double(medium.scored) : nil),
            confusion: confusion
        )
    }
}
