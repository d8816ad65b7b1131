/// The words of the unmarked-speech stage (`rules/unmarked.yaml`): which mechanisms run and the
/// words each reads. Without the file every mechanism is off.
public struct UnmarkedSpeechRules: Sendable {
    /// The mechanisms, by the id that names them in a claim's rule (`direct:unmarked/<id>`).
    public enum Mechanism: String, Sendable, CaseIterable {
        case person, parenthetical, label, colon, interview, continuation, indicative
    }

    /// The mechanisms the file lists.
    public var enabled: Set<Mechanism> = []
    /// Lowercased Konjunktiv I forms that stay subjunctive after "ich" ("ich sei"), unlike "ich habe".
    public var subjunctiveAfterIch: Set<String> = []
    /// Lowercased lemmas of thinking verbs that frame speech in the first person ("meint der Trainer").
    public var speakingThoughts: Set<String> = []
    /// Lowercased verb forms that frame speech in a parenthesis though no cue list has them (", so erinnert sich X,").
    public var parentheticalVerbs: Set<String> = []
    /// Labels of the interviewer's questions ("Frage:", "Moderatorin:"), as written; one word in capitals is one too.
    public var interviewerLabels: Set<String> = []

    public init() {}

    init(_ root: RuleNode, examples: inout [RuleExample]) throws(RuleFileError) {
        for rule in try root.required("rules").list() {
            try rule.allowKeys(["id", "description", "words", "verbs", "match", "no_match"])
            let idNode = try rule.required("id")
            guard let mechanism = Mechanism(rawValue: try idNode.string()) else {
                let names = Mechanism.allCases.map(\.rawValue).joined(separator: ", ")
                throw idNode.error("id must be one of the mechanisms \(names)")
            }
            enabled.insert(mechanism)
            let words = try rule.optionalStrings("words")
            switch mechanism {
            case .person:
                subjunctiveAfterIch.formUnion(words.map { $0.lowercased() })
                speakingThoughts.formUnion(try rule.optionalStrings("verbs").map { $0.lowercased() })
            case .interview: interviewerLabels.formUnion(words)
            case .parenthetical: parentheticalVerbs.formUnion(words.map { $0.lowercased() })
            default:
                if !words.isEmpty { throw try rule.required("words").error("\(mechanism.rawValue) reads no words") }
            }
            try rule.collectExamples(rule: mechanism.rawValue, into: &examples)
        }
    }
}
