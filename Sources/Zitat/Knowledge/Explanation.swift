/// How the resolver read a mention, for `zitat who` and for anyone asking why a claim got its side.
public struct MentionReading: Sendable, Hashable {
    public var mention: String
    public var date: KBDate?
    /// The word the phrase is about ("Sprecher" in "ein Sprecher des Pentagons").
    public var head: String?
    /// The office or role noun it was read as, if any.
    public var noun: String?
    /// Entries named by aliases in the mention ("Pentagon" → us-defense-department).
    public var named: [String]
    /// Bodies that qualify the head, most specific first.
    public var bodies: [String]
    public var affiliation: Affiliation?
}

extension AffiliationResolver {
    /// Reads a mention and says how: head, noun, named entries, qualifying bodies, the decision.
    public func explain(_ text: String, date: KBDate?) -> MentionReading {
        let words = mentionWords(text)
        let matches = aliasMatches(words)
        let head = headPosition(words)
        let named = matches.map { match -> String in
            switch match.target {
            case let .person(index): base.people[index].id
            case let .institution(index): base.institutions[index].id
            case let .outlet(index): base.outlets[index].id
            case let .officeTitle(index): base.offices[index].id
            }
        }
        return MentionReading(
            mention: text, date: date, head: head.map { words[$0].text },
            noun: head.flatMap { headNoun(words, at: $0) }.map(\.noun), named: named,
            bodies: qualifiers(words, matches: matches, head: head).map { base.institutions[$0].id },
            affiliation: resolve(text, date: date)
        )
    }
}
