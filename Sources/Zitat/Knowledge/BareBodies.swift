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

    /// Bare body nouns by their field: "verteidigungsministerium" → "verteidigung" (also without the
    /// linking "s"), for a field no other noun has.
    static func fieldBodies(bareBodies: [String: [Int]], fieldNouns: [String]) -> [String: String] {
        var result: [String: String?] = [:]
        for noun in bareBodies.keys {
            for field in fieldNouns where noun.count > field.count + 3 && noun.hasSuffix(field) {
                var prefix = String(noun.dropLast(field.count))
                if prefix.hasSuffix("s") { prefix.removeLast() }
                result[prefix] = result[prefix] == nil ? noun : .some(nil)
            }
        }
        return result.compactMapValues { $0 }
    }

    /// The noun of an alias without its marker: "US-Militär", "russisches Militär", "Militär Russlands".
    private static func bareNoun(of words: [Word], isOwnMarker: (String) -> Bool) -> String? {
        switch words.count {
        case 1:
            let parts = words[0].lower.split(separator: "-").map(String.init)
            guard parts.count == 2, isOwnMarker(stem(parts[0])), let last = parts.last, last.count >= 4 else { return nil }
            return stem(last)
        case 2 where !words[0].isCapitalized && words[1].isCapitalized && !words[1].lower.containsWord("-"):
            return isOwnMarker(words[0].stem) ? words[1].stem : nil
        case 2 where words[0].isCapitalized && words[1].isCapitalized && !words[0].lower.containsWord("-") && words[1].lower.hasSuffix("s"):
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
                if isNationalAdjective(word) || word.lower.containsWord("-") { return nil }
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
    /// Remembered for the run by the word's lowercase form (its stem is that form's).
    func bareNoun(in word: KnowledgeIndex.Word) -> String? {
        if index.bareBodies[word.stem] != nil { return word.stem }
        guard !word.lower.containsWord("-") else { return nil }
        return index.bareNouns.value(for: AnalysisMemo.Bytes(word.lower)) {
            splitCompound(word.lower, shortestPrefix: 4) { index.bareBodies[$0] != nil ? $0 : nil }?.qualifier
                // "Verteidigungskreise": the field of a ministry stands for the ministry.
                ?? splitCompound(word.lower, shortestPrefix: 6) { index.fieldBodies[$0] }?.qualifier
        }
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
            // "Pentagon-Sprecher", "Kreml-Berater": a role of the body its first part names.
            if let body = hyphenatedRoleBody(word) { result.append((position, nil, body)) }
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

    /// The body whose marker opens a hyphenated role or office noun ("Pentagon-Sprechern").
    func hyphenatedRoleBody(_ word: KnowledgeIndex.Word) -> Int? {
        let parts = word.lower.split(separator: "-")
        guard parts.count == 2, index.nouns[KnowledgeIndex.stem(String(parts[1]))] != nil else { return nil }
        return index.markers[KnowledgeIndex.stem(String(parts[0]))]?.first
    }

    /// Whether a body the article names is of the kind a bare noun names. A part of such a body is
    /// not ("das US-Militär" says nothing of whose "die Regierung" is).
    public func body(_ body: Int, isKindOf noun: String) -> Bool {
        (index.bareBodies[noun] ?? []).contains(body)
    }
}

extension AffiliationResolver {
    /// The noun of a state body that a mention names without saying whose: a bare body noun
    /// ("des Justizministeriums"), a generic body ("die Behörden", "die Regierung") or either as the
    /// first part of a statement compound ("laut Behördenangaben"). Nil when a marker, an alias, an
    /// adjective of nationality or any other noun qualifies or heads the mention.
    public func stateBodyNoun(_ words: [KnowledgeIndex.Word]) -> String? {
        var found: String?
        for word in words {
            if index.articles.contains(word.lower) || index.transparent.contains(word.stem) { continue }
            if index.markers[word.stem] != nil || index.aliases[word.stem] != nil { return nil }
            guard word.isCapitalized else {
                if isNationalAdjective(word) || word.lower.containsWord("-") { return nil }
                continue
            }
            guard found == nil, let noun = stateBodyStem(word.stem) ?? statementCompoundBody(word.lower) else { return nil }
            found = noun
        }
        return found
    }

    /// A stem that names a kind of body: a bare body noun, or a generic body role ("behörd").
    private func stateBodyStem(_ stem: String) -> String? {
        if index.bareBodies[stem] != nil { return stem }
        let generic = (index.nouns[stem] ?? []).contains { noun in
            if case let .role(role) = noun { base.roles[role].kind == .institution && base.roles[role].inheritsSide } else { false }
        }
        return generic ? stem : nil
    }

    /// "behördenangaben" → "behörd": the body before a statement noun that passes the speaking on.
    private func statementCompoundBody(_ lower: String) -> String? {
        let letters = lower.count
        for transparent in index.transparentForms where letters > transparent.count + 3 && lower.hasSuffix(transparent) {
            var prefix = String(lower.dropLast(transparent.count))
            if let noun = stateBodyStem(KnowledgeIndex.stem(prefix)) { return noun }
            if prefix.hasSuffix("s") {
                prefix.removeLast()
                if let noun = stateBodyStem(KnowledgeIndex.stem(prefix)) { return noun }
            }
        }
        return nil
    }

    /// The states a run of words names with a side, and whether it names them as a place ("in
    /// Russland", "in den Vereinigten Staaten"); `rival` when it names any other nationality.
    public func placeStates(_ words: [KnowledgeIndex.Word]) -> (states: Set<Int>, places: Set<Int>, rival: Bool) {
        var states = Set<Int>()
        var places = Set<Int>()
        var rival = false
        func stateOf(_ body: Int) -> Int? {
            let chain = [base.institutions[body].id] + base.ancestors(ofInstitution: base.institutions[body].id)
            return chain.compactMap { base.institutionsByID[$0] }.first { base.institutions[$0].kind == .state }
        }
        for match in aliasMatches(words) {
            guard case let .institution(body) = match.target, let state = stateOf(body) else { continue }
            guard base.side(ofInstitution: base.institutions[state].id) != nil else { rival = true; continue }
            states.insert(state)
            var before = match.range.lowerBound - 1
            while before >= 0, index.articles.contains(words[before].lower) { before -= 1 }
            if before >= 0, index.originPrepositions.contains(words[before].lower), base.institutions[body].kind == .state { places.insert(state) }
        }
        for word in words {
            if let bodies = index.markers[word.stem] {
                bodies.compactMap(stateOf).forEach { states.insert($0) }
            } else if !word.isCapitalized && index.nationalAdjectives.contains(word.stem) || index.demonyms[word.stem] != nil {
                rival = true
            }
        }
        return (states, places, rival)
    }
}

extension AffiliationResolver {
    /// "die Obama-Regierung", "die Trump-Administration": a government named by its leader speaks for
    /// the side of the leader's office while the leader holds it at the date, and for none before or
    /// after ("die Bush-Regierung" in 2015). Nil when the first part names no leader of the base.
    func leaderBody(_ word: KnowledgeIndex.Word, date: KBDate?) -> Affiliation? {
        guard let dash = word.lower.lastIndex(of: "-"),
              index.leaderBodyNouns.contains(KnowledgeIndex.stem(String(word.lower[word.lower.index(after: dash)...]))) else { return nil }
        let name = KnowledgeIndex.stem(String(word.lower[..<dash]))
        let named = (index.aliases[name] ?? []).compactMap { if case let .person(person) = $0 { person } else { nil } }
        let leaders = (named + (index.familyNames[name] ?? [])).map { base.people[$0] }.compactMap { person in
            let tenures = person.tenures.filter { index.leaderOffices.contains($0.office) }
            return tenures.isEmpty ? nil : (person, tenures)
        }
        guard !leaders.isEmpty else { return nil }
        let current = leaders.lazy.compactMap { person, tenures in
            (date.map { date in tenures.first { $0.covers(date) } } ?? tenures.first { $0.to == nil }).map { (person, $0) }
        }.first
        guard let (person, tenure) = current, let office = base.office(tenure.office),
              let body = base.institutionsByID[office.institution] else {
            return Affiliation(kind: .institution, sideless: .formerLeader(leaders[0].0.id), strength: 1)
        }
        // The government the office belongs to: the presidency's parent when the office sits in it.
        let government = base.institutions[body].parent.flatMap { base.institutionsByID[$0] }
            .flatMap { base.institutions[$0].kind == .state ? nil : $0 } ?? body
        var result = bodyAffiliation(base.institutions[government])
        result.trace.append("via:leader:\(person.id)@\(date?.description ?? "latest")")
        return result
    }
}
