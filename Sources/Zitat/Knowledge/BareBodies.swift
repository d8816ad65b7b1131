/// Bare body nouns: "das Außenministerium", "ein Militärsprecher", "ein Regierungsbeamter" name a kind
/// of body but not whose. The knowledge base knows the kinds by the aliases of its bodies ("US-Militär",
/// "russisches Außenministerium", "Außenministerium Russlands" without their marker); an article
/// names whose by a qualified mention of the same kind ("das russische Außenministerium … die
/// Verantwortlichen des Außenministeriums").
extension KnowledgeIndex {
    /// Bodies by the stem of the noun their aliases and markers carry once the marker of the body
    /// (or of a body above it) is taken away: "militär" → US and Russian armed forces.
    static func bareBodyNouns(_ base: KnowledgeBase, markers: [String: [Int]]) -> [String: [Int]] {
        var result: [String: [Int]] = [:]
        // A state is no kind of body ("US-Seite" → "Seite").
        for (index, institution) in base.institutions.enumerated() where institution.kind != .state {
            let chain = Set(base.ancestors(ofInstitution: institution.id).compactMap { base.institutionsByID[$0] })
            func isOwnMarker(_ key: String) -> Bool { markers[key]?.contains(where: chain.contains) == true }
            for alias in institution.aliases + institution.markers {
                guard let noun = bareNoun(of: words(alias), isOwnMarker: isOwnMarker) else { continue }
                if !(result[noun]?.contains(index) ?? false) { result[noun, default: []].append(index) }
            }
        }
        return result
    }

    /// The noun of an alias without its marker: "US-Militär", "russisches Militär", "Militär Russlands".
    private static func bareNoun(of words: [Word], isOwnMarker: (String) -> Bool) -> String? {
        switch words.count {
        case 1:
            let parts = words[0].lower.split(separator: "-").map(String.init)
            guard parts.count == 2, isOwnMarker(stem(parts[0])), let last = parts.last, last.count >= 4 else { return nil }
            return stem(last)
        case 2 where !words[0].isCapitalized && words[1].isCapitalized && !words[1].lower.contains("-"):
            return isOwnMarker(words[0].stem) ? words[1].stem : nil
        case 2 where words[0].isCapitalized && words[1].isCapitalized && !words[0].lower.contains("-") && words[1].lower.hasSuffix("s"):
            return isOwnMarker(words[1].stem) ? words[0].stem : nil
        default:
            return nil
        }
    }
}

extension AffiliationResolver {
    /// The bare body noun of a mention that names no body of its own: the noun itself ("des
    /// Außenministeriums") or the first part of a role compound ("Militärsprecher",
    /// "Regierungsbeamter"). Nil when anything in the mention qualifies it: a marker, an adjective
    /// of nationality ("des georgischen Außenministeriums"), a name ("Außenministerium Georgiens").
    public func bareBodyNoun(_ words: [KnowledgeIndex.Word]) -> String? {
        var found: String?
        for (position, word) in words.enumerated() {
            if index.articles.contains(word.lower) { continue }
            if index.markers[word.stem] != nil || index.aliases[word.stem] != nil { return nil }
            if !word.isCapitalized {
                if isNationalAdjective(word) || word.lower.contains("-") { return nil }
                continue
            }
            if let noun = bareNoun(in: word) {
                found = found ?? noun
            } else if singleHeadNoun(word, at: position) == nil, !index.transparent.contains(word.stem) {
                return nil
            }
        }
        return found
    }

    /// "georgisch", "deutsch": an adjective that says whose body a noun is.
    func isNationalAdjective(_ word: KnowledgeIndex.Word) -> Bool {
        word.stem.hasSuffix("isch") || index.nationalAdjectives.contains(word.stem)
    }

    /// A bare body noun in one word: the word itself, or the first part of a role compound.
    func bareNoun(in word: KnowledgeIndex.Word) -> String? {
        if index.bareBodies[word.stem] != nil { return word.stem }
        guard !word.lower.contains("-") else { return nil }
        return splitCompound(word.lower, shortestPrefix: 4) { index.bareBodies[$0] != nil ? $0 : nil }?.qualifier
    }

    /// What one qualified mention of a body tells about bare nouns: the bodies an alias names
    /// ("das US-Militär"), and a bare noun with a marker ("des russischen Außenministeriums") or with an
    /// adjective of another nationality ("die jemenitische Regierung": `body` nil, a rival reading).
    /// A person of the base names the body of the office held at the date ("Lawrow" the Russian
    /// foreign ministry).
    public func bodyEvidence(_ words: [KnowledgeIndex.Word], date: KBDate?) -> [(word: Int, noun: String?, body: Int?)] {
        var result: [(word: Int, noun: String?, body: Int?)] = []
        for match in aliasMatches(words) {
            switch match.target {
            case let .institution(body): result.append((match.range.lowerBound, nil, body))
            case let .person(person):
                guard let date, let tenure = base.people[person].tenures.first(where: { $0.covers(date) }),
                      let office = base.office(tenure.office), let body = base.institutionsByID[office.institution] else { continue }
                result.append((match.range.lowerBound, nil, body))
            default: continue
            }
        }
        for (position, word) in words.enumerated() where word.isCapitalized {
            guard let noun = bareNoun(in: word), let candidates = index.bareBodies[noun] else { continue }
            var neighbours: [KnowledgeIndex.Word] = []
            if position > 0, !words[position - 1].isCapitalized { neighbours.append(words[position - 1]) }
            if position + 1 < words.count, words[position + 1].isCapitalized { neighbours.append(words[position + 1]) }
            for neighbour in neighbours {
                if let bodies = index.markers[neighbour.stem] {
                    let own = candidates.first { candidate in
                        let chain = base.ancestors(ofInstitution: base.institutions[candidate].id)
                        return bodies.contains { chain.contains(base.institutions[$0].id) }
                    }
                    if let own { result.append((position, noun, own)) }
                    break
                }
                if !neighbour.isCapitalized, isNationalAdjective(neighbour) {
                    result.append((position, noun, nil))
                    break
                }
            }
        }
        return result.sorted { $0.word < $1.word }
    }

    /// Whether a body the article names is of the kind a bare noun names. A part of such a body is
    /// not ("das US-Militär" says nothing of whose "die Regierung" is).
    public func body(_ body: Int, isKindOf noun: String) -> Bool {
        (index.bareBodies[noun] ?? []).contains(body)
    }
}
