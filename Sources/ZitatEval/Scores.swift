/// Everything `zitat eval` reports.
///
/// `message`, `roles`, `joint`, `form.score` and `medium.score` are the official figures, computed as the
/// dataset authors' eval.py computes them; the per-role and per-type tables, the confusion matrix and the
/// accuracies are extras.
public struct Scores: Hashable, Sendable, Codable {
    public var documents: Int
    public var goldQuotes: Int
    public var predictedQuotes: Int
    /// Pairs whose quotes share tokens.
    public var pairs: Int
    /// Pairs the official assignment makes between quotes sharing no token (leftovers of the assignment):
    /// message 0, but their roles, type and medium count. Their quotes are also counted as unpaired.
    public var disjointPairs: Int
    /// Predictions and gold quotes in no pair sharing tokens.
    public var unpairedPredictions: Int
    public var unpairedGold: Int
    public var message: PRF
    /// The four roles' precision and recall values pooled, as eval.py does (a role counts in a pair's
    /// precision only when predicted, in its recall only when the gold has it).
    public var roles: PRF
    public var joint: PRF
    /// Speaker, cue, frame, addressee: the official roles figure split by role.
    public var roleScores: [NamedPRF]
    /// Message scores restricted to one type: precision over predictions of that type, recall over gold of it.
    public var typeScores: [NamedPRF]
    public var form: FormScore
    public var medium: MediumScore
    /// Gold type → predicted type → pairs sharing tokens; "none" for unpaired quotes.
    public var confusion: [String: [String: Int]]

    /// The names `--min` accepts, in output order.
    public static let metricNames: [String] =
        ["message", "roles", "joint"] + Part.roles.map(\.rawValue) + QuoteType.allCases.map { $0.rawValue.lowercased() }
        + ["form", "medium"]

    /// A metric by name (case, "-" and "_" ignored), as a percentage: F1, or `.p`/`.r`/`.f1`.
    /// Nil for unknown names; 0 for metrics with nothing to score.
    public func percent(of name: String) -> Double? {
        let lowered = name.lowercased().filter { $0 != "-" && $0 != "_" }
        var base = lowered
        var component = "f1"
        if let dot = lowered.lastIndex(of: ".") {
            base = String(lowered[..<dot])
            component = String(lowered[lowered.index(after: dot)...])
        }
        guard let prf = score(named: base) else { return nil }
        switch component {
        case "p", "precision": return (prf.precision ?? 0) * 100
        case "r", "recall": return (prf.recall ?? 0) * 100
        case "f1", "f": return (prf.f1 ?? 0) * 100
        default: return nil
        }
    }

    func score(named base: String) -> PRF? {
        switch base {
        case "message": message
        case "roles": roles
        case "joint": joint
        case "form": form.score
        case "medium", "stwr": medium.score
        default: (roleScores + typeScores).first { $0.name.lowercased() == base }?.score
        }
    }

    /// Scores of nothing, e.g. to check metric names.
    public static let empty = Scores(
        documents: 0, goldQuotes: 0, predictedQuotes: 0, pairs: 0, disjointPairs: 0, unpairedPredictions: 0, unpairedGold: 0,
        message: .empty, roles: .empty, joint: .empty,
        roleScores: Part.roles.map { NamedPRF(name: $0.rawValue, score: .empty) },
        typeScores: QuoteType.allCases.map { NamedPRF(name: $0.rawValue, score: .empty) },
        form: FormScore(agreeing: 0, score: .empty, overlappingPairs: 0, agreeingOverlapping: 0, accuracy: nil),
        medium: MediumScore(score: .empty, scored: 0, exact: 0, compatible: 0, accuracy: nil, compatibleAccuracy: nil),
        confusion: [:])
}
