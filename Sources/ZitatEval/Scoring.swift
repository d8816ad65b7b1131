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

    /// The medium as the corpus files spell it ("none" when unknown), which eval.py compares.
    public var mediumLabel: String { medium ?? "none" }

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

    /// TP/(TP+FP); nil when nothing was predicted (eval.py then has no precision for the part).
    public var precision: Double? {
        let predicted = truePositives + falsePositives
        return predicted > 0 ? Double(truePositives) / Double(predicted) : nil
    }

    /// TP/(TP+FN); nil when there was nothing to find.
    public var recall: Double? {
        let gold = truePositives + falseNegatives
        return gold > 0 ? Double(truePositives) / Double(gold) : nil
    }

    /// The token-overlap F1 that pairs quotes, computed in the order eval.py's `compute_overlap`
    /// computes it (so equal overlaps are bit-equal); 0 when either side is empty.
    public var overlapF1: Double {
        guard let precision, let recall else { return 0 }
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
    }
}

/// Precision, recall and F1 (fractions in 0…1), with how many values they average over.
public struct PRF: Hashable, Sendable, Codable {
    /// Nil when nothing was predicted.
    public var precision: Double?
    /// Nil when there was nothing to find.
    public var recall: Double?
    /// Harmonic mean (a missing side counts as 0); nil when both are missing.
    public var f1: Double?
    /// How many precision values were averaged (predicted quotes, or predicted role parts).
    public var predicted: Int
    /// How many recall values were averaged (gold quotes, or gold role parts).
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

    public static let empty = PRF(precisionSum: 0, predicted: 0, recallSum: 0, gold: 0)
}

/// A named row of a table (a role or a type).
public struct NamedPRF: Hashable, Sendable, Codable {
    public var name: String
    public var score: PRF
}

/// How often paired quotes agree on the type ("form").
public struct FormScore: Hashable, Sendable, Codable {
    /// Pairs of the official assignment whose types agree (also pairs sharing no token, as in eval.py).
    public var agreeing: Int
    /// eval.py's form score: agreeing pairs / predictions, agreeing pairs / gold quotes, harmonic mean.
    public var score: PRF
    /// Pairs that share quote tokens, and how many of them agree on the type.
    public var overlappingPairs: Int
    public var agreeingOverlapping: Int
    /// Agreeing / overlapping pairs (an extra, not in eval.py).
    public var accuracy: Double?
}

/// How often a predicted medium matches the gold medium.
public struct MediumScore: Hashable, Sendable, Codable {
    /// eval.py's STWR score: pairs with the same medium label ("none" included) / predictions, / gold quotes.
    public var score: PRF
    /// Extras over overlapping pairs where both media are known.
    public var scored: Int
    public var exact: Int
    /// The predicted medium is one of a combined gold medium's parts (Speech in SW).
    public var compatible: Int
    public var accuracy: Double?
    public var compatibleAccuracy: Double?
}
