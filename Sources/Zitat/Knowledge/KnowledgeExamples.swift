/// Runs the `match` / `no_match` examples of the knowledge base: a mention, optionally followed by
/// ` @YYYY-MM[-DD]`, that must (not) resolve to the entry that carries it.
extension AffiliationResolver {
    /// Splits "der US-Präsident @2015-06" into the mention and its date.
    public static func exampleParts(_ text: String) -> (mention: String, date: KBDate?) {
        guard let at = text.range(of: " @", options: .backwards) else { return (text, nil) }
        return (String(text[..<at.lowerBound]), KBDate(String(text[at.upperBound...])))
    }

    /// Whether an example of the entry `rule` holds: the mention resolves to that entry (a person,
    /// body or outlet by id, an office or role through the trace). For the modifiers of
    /// `affiliation.yaml`: "former" and "elect" mean no side (or nothing known), "deputy" a side without a holder.
    public func exampleMatches(rule: String, text: String) -> Bool {
        let (mention, date) = Self.exampleParts(text)
        let result = resolve(mention, date: date)
        switch rule {
        case "former", "elect":
            return result?.side == nil
        case "deputy":
            return result?.side != nil && result?.entity == nil
        default:
            guard let result else { return false }
            if result.entity == rule { return true }
            // Trace parts name entries after their last colon: "office:us-president@2015-03",
            // "source:kb-role:spokesperson+us-defense-department", "source:kb-former:nato-secretary-general".
            return result.trace.contains { part in
                guard let colon = part.lastIndex(of: ":") else { return false }
                return part[part.index(after: colon)...].split { $0 == "+" || $0 == "@" }.contains { $0 == rule }
            }
        }
    }
}
