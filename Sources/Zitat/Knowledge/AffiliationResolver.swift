/// Reads a speaker mention against the knowledge base at an article's date.
///
/// In order: a media outlet named in the mention (never a side); a person of the base (the side of
/// the offices held at the date); an office or role noun and the body that qualifies it, by compound
/// ("Pentagonsprecher", "US-Finanzminister"), adjective ("russische Regierungsvertreter"), genitive
/// ("des Weißen Hauses") or alias ("vom Verteidigungsministerium Russlands"), where a unique office
/// names its holder at the date and "ehemalig", "designiert", "Vize-" keep the holder's side from a
/// mention that is not the holder; a body or state named alone ("der Kreml", "Moskau").
public struct AffiliationResolver: Sendable {
    public let index: KnowledgeIndex
    var base: KnowledgeBase { index.base }

    public init(index: KnowledgeIndex) {
        self.index = index
    }

    /// The affiliation of a mention, or nil when the base knows nothing of it. `hasName` says whether
    /// the phrase names someone beside its nouns ("Sprecher John Smith").
    public func resolve(_ text: String, date: KBDate?, hasName: Bool = false) -> Affiliation? {
        let words = KnowledgeIndex.words(text)
        guard !words.isEmpty else { return nil }
        let matches = aliasMatches(words)
        if let outlet = matches.lazy.compactMap({ if case let .outlet(index) = $0.target { index } else { nil } }).first {
            let entry = base.outlets[outlet]
            return Affiliation(kind: .media, entity: entry.id, canonical: entry.name, trace: ["source:kb:\(entry.id)"], strength: 3)
        }
        let former = words.contains { isFormer($0) }
        let elect = words.contains { index.elect.contains($0.stem) }
        if let person = matches.lazy.compactMap({ if case let .person(index) = $0.target { index } else { nil } }).first {
            return personAffiliation(base.people[person], date: date)
        }
        let qualifiers = self.qualifiers(words, matches: matches)
        if let head = headNoun(words) {
            if let result = nounAffiliation(head, qualifiers: qualifiers, words: words, date: date,
                                            former: former, elect: elect, hasName: hasName) {
                return result
            }
        }
        if let title = matches.lazy.compactMap({ if case let .officeTitle(index) = $0.target { index } else { nil } }).first {
            return officeAffiliation(base.offices[title], date: date, former: former || elect)
        }
        if let body = matches.lazy.compactMap({ if case let .institution(index) = $0.target { index } else { nil } }).first {
            let entry = base.institutions[body]
            return Affiliation(side: base.side(ofInstitution: entry.id), kind: entry.kind, entity: entry.id,
                               canonical: entry.name, trace: ["source:kb:\(entry.id)"], strength: 1)
        }
        return nil
    }

    /// An epithet ("der Norweger", "der Republikaner", "der 71-Jährige") when that is all the mention says.
    public func epithet(_ text: String) -> Epithet? {
        let words = KnowledgeIndex.words(text).filter { $0.isCapitalized || $0.text.first?.isNumber == true }
        guard words.count == 1, let word = words.first else { return nil }
        if let code = index.demonyms[word.stem] { return .nationality(code) }
        if let party = index.partyMembers[word.stem] { return .party(party) }
        let parts = word.lower.split(separator: "-")
        if parts.count == 2, parts[1].hasPrefix("jährig"), let age = Int(parts[0]), (18...110).contains(age) { return .age(age) }
        return nil
    }

    /// Whether a person of the base fits an epithet at a date.
    public func person(_ person: KnowledgeBase.Person, fits epithet: Epithet, date: KBDate?) -> Bool {
        switch epithet {
        case let .nationality(code): return person.nationality == code
        case let .party(party): return person.party == party
        case let .age(age):
            guard let born = person.born, let year = date?.year else { return false }
            return year - born == age || year - born - 1 == age
        }
    }

    // MARK: - People and offices

    func personAffiliation(_ person: KnowledgeBase.Person, date: KBDate?) -> Affiliation {
        var result = Affiliation(kind: .person, entity: person.id, canonical: person.name, gender: person.gender,
                                 trace: ["source:kb:\(person.id)"], strength: 3)
        let sided = person.tenures.filter { base.office($0.office).map(base.side(ofOffice:)) != nil }
        let tenure: Tenure?
        if let date {
            tenure = sided.first { $0.covers(date) } ?? person.tenures.first { $0.covers(date) }
        } else {
            tenure = sided.max { ($0.from?.start ?? 0) < ($1.from?.start ?? 0) }
            if tenure != nil { result.trace.append("date:none→latest") }
        }
        if let tenure, let office = base.office(tenure.office) {
            result.side = base.side(ofOffice: office)
            result.office = office.name
            result.trace.append("office:\(office.id)@\(date?.description ?? "latest")")
        }
        return result
    }

    func officeAffiliation(_ office: KnowledgeBase.Office, date: KBDate?, former: Bool) -> Affiliation {
        if former {
            return Affiliation(kind: .person, office: office.name, trace: ["source:kb-former:\(office.id)"], strength: 2)
        }
        if office.unique {
            let holder = date.map { base.holders(of: office.id, on: $0) }.flatMap { $0.count == 1 ? $0[0] : nil }
                ?? (date == nil ? base.latestHolder(of: office.id) : nil)
            if let holder {
                var result = personAffiliation(holder, date: date)
                result.side = base.side(ofOffice: office)
                result.office = office.name
                result.trace = ["source:kb:\(holder.id)", "office:\(office.id)@\(date?.description ?? "latest")"]
                result.strength = 2
                return result
            }
        }
        return Affiliation(side: base.side(ofOffice: office), kind: .person, office: office.name,
                           trace: ["source:kb-office:\(office.id)"], strength: 2)
    }

    func nounAffiliation(_ head: Head, qualifiers: [Int], words: [KnowledgeIndex.Word],
                         date: KBDate?, former: Bool, elect: Bool, hasName: Bool) -> Affiliation? {
        let deputy = head.deputy || words.contains { index.deputy.contains($0.stem) }
        let formerHead = former || elect || head.former
        let candidates = index.nouns[head.noun] ?? []
        let ordered = head.qualifier.map { [$0] + qualifiers.filter { $0 != head.qualifier } } ?? qualifiers
        // A unique office qualified by its body or one above it: "US-Präsident", "der russische Außenminister".
        if !deputy {
            var best: (office: Int, distance: Int)?
            for case let .office(office) in candidates {
                let chain = base.ancestors(ofInstitution: base.offices[office].institution)
                for qualifier in ordered {
                    if let distance = chain.firstIndex(of: base.institutions[qualifier].id), distance < best?.distance ?? .max {
                        best = (office, distance)
                    }
                }
            }
            if let best {
                var result = officeAffiliation(base.offices[best.office], date: date, former: formerHead)
                if hasName && result.entity != nil { result.strength = 2 }
                return result
            }
        }
        // A role noun takes the side of the body that qualifies it, unless it is a legislator's,
        // an expert's or a journalist's; former holders speak for no side.
        for case let .role(role) in candidates {
            let entry = base.roles[role]
            let kind: SpeakerKind = hasName && entry.kind == .anonymous ? .person : entry.kind
            guard let qualifier = ordered.first else {
                return entry.kind == .media ? Affiliation(kind: .media, trace: ["source:kb-role:\(entry.id)"], strength: 1) : nil
            }
            let body = base.institutions[qualifier]
            let side = entry.inheritsSide && !formerHead ? base.side(ofInstitution: body.id) : nil
            return Affiliation(side: side, kind: kind, entity: nil, trace: ["source:kb-role:\(entry.id)+\(body.id)"], strength: 1)
        }
        // An office noun of some side qualified by another body (a deputy, or no unique office).
        for case let .office(office) in candidates {
            guard let qualifier = ordered.first else { return nil }
            let body = base.institutions[qualifier]
            let side = formerHead ? nil : (base.side(ofInstitution: body.id) ?? nil)
            let label = deputy ? "deputy" : "office"
            return Affiliation(side: side, kind: .person, trace: ["source:kb-\(label):\(base.offices[office].id)+\(body.id)"], strength: 1)
        }
        return nil
    }

    // MARK: - Reading the words

    /// Alias matches, longest first, leftmost among equals; they do not overlap.
    func aliasMatches(_ words: [KnowledgeIndex.Word]) -> [(range: Range<Int>, target: KnowledgeIndex.Target)] {
        var result: [(range: Range<Int>, target: KnowledgeIndex.Target)] = []
        var taken = Set<Int>()
        for length in stride(from: min(index.longestAlias, words.count), through: 1, by: -1) {
            for start in 0...(words.count - length) where !(start..<(start + length)).contains(where: taken.contains) {
                let key = words[start..<(start + length)].map(\.stem).joined(separator: " ")
                guard let targets = index.aliases[key] else { continue }
                // A single lower-case word is no name ("die usa" aside): "amerika" is, "haus" is not.
                if length == 1, !words[start].isCapitalized, !words[start].text.contains("-") { continue }
                for target in targets { result.append((start..<(start + length), target)) }
                taken.formUnion(start..<(start + length))
            }
        }
        return result.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// Institutions the mention's words point at: markers as words or word parts, and aliases.
    func qualifiers(_ words: [KnowledgeIndex.Word], matches: [(range: Range<Int>, target: KnowledgeIndex.Target)]) -> [Int] {
        var found: [Int] = []
        func note(_ institutions: [Int]) { for institution in institutions where !found.contains(institution) { found.append(institution) } }
        for match in matches { if case let .institution(institution) = match.target { note([institution]) } }
        for length in stride(from: min(index.longestMarker, words.count), through: 1, by: -1) {
            for start in 0...(words.count - length) {
                let key = words[start..<(start + length)].map(\.stem).joined(separator: " ")
                if let institutions = index.markers[key] { note(institutions) }
            }
        }
        for word in words where word.lower.contains("-") {
            for part in word.lower.split(separator: "-") {
                if let institutions = index.markers[SourceMatcher.stem(String(part))] { note(institutions) }
            }
        }
        // Prefer the most specific body: the one with the longest chain above it.
        return found.enumerated().sorted { lhs, rhs in
            let left = base.ancestors(ofInstitution: base.institutions[lhs.element].id).count
            let right = base.ancestors(ofInstitution: base.institutions[rhs.element].id).count
            return left != right ? left > right : lhs.offset < rhs.offset
        }.map(\.element)
    }

    /// The head noun of a mention and what its own word says about it.
    struct Head {
        var word: Int
        /// The stem of the office or role noun.
        var noun: String
        /// The body a compound names ("Pentagonsprecher" → Pentagon).
        var qualifier: Int?
        /// "Vize-Außenminister", "Vizeaußenminister": a deputy, not the holder.
        var deputy = false
        /// "Ex-Präsident": a former holder.
        var former = false
    }

    /// The first office or role noun of the mention, with the body its own compound names
    /// ("Pentagonsprecher" → Pentagon + Sprecher, "Nato-Diplomat" → NATO + Diplomat).
    func headNoun(_ words: [KnowledgeIndex.Word]) -> Head? {
        for (position, word) in words.enumerated() where word.isCapitalized || word.text.contains("-") {
            if index.nouns[word.stem] != nil { return Head(word: position, noun: word.stem) }
            var parts = word.lower.split(separator: "-").map(String.init)
            if parts.count > 1 {
                let joined = SourceMatcher.stem(parts.joined())
                let deputy = index.deputyPrefixes.contains(parts[0])
                let former = index.formerPrefixes.contains(parts[0])
                if index.nouns[joined] != nil, !deputy, !former { return Head(word: position, noun: joined) }
                if deputy || former { parts.removeFirst() }
                let last = SourceMatcher.stem(parts[parts.count - 1])
                let qualifier = parts.dropLast().lazy.compactMap { index.markers[SourceMatcher.stem($0)]?.first }.first
                if index.nouns[last] != nil {
                    return Head(word: position, noun: last, qualifier: qualifier, deputy: deputy, former: former)
                }
                if var head = closedHead(parts[parts.count - 1], position: position) {
                    head.qualifier = head.qualifier ?? qualifier
                    head.deputy = head.deputy || deputy
                    head.former = head.former || former
                    return head
                }
                continue
            }
            if let head = closedHead(word.lower, position: position) { return head }
        }
        return nil
    }

    /// A closed compound: a deputy prefix and a noun ("vizeaußenminister"), or a marker and a noun
    /// ("pentagonsprecher", "kremlchef").
    func closedHead(_ lower: String, position: Int) -> Head? {
        if index.nouns[SourceMatcher.stem(lower)] != nil { return Head(word: position, noun: SourceMatcher.stem(lower)) }
        for prefix in index.deputyPrefixes where lower.hasPrefix(prefix) {
            let rest = SourceMatcher.stem(String(lower.dropFirst(prefix.count)))
            if index.nouns[rest] != nil { return Head(word: position, noun: rest, deputy: true) }
        }
        return compound(lower).map { Head(word: position, noun: $0.noun, qualifier: $0.qualifier) }
    }

    /// A closed compound of a marker and a noun ("pentagonsprecher", "kremlchef").
    func compound(_ lower: String) -> (noun: String, qualifier: Int)? {
        let characters = Array(lower)
        guard characters.count >= 6 else { return nil }
        for cut in 2..<(characters.count - 3) {
            var prefix = String(characters[..<cut])
            let rest = SourceMatcher.stem(String(characters[cut...]))
            guard index.nouns[rest] != nil else { continue }
            if let institution = index.markers[SourceMatcher.stem(prefix)]?.first { return (rest, institution) }
            if prefix.hasSuffix("s") {
                prefix.removeLast()
                if let institution = index.markers[SourceMatcher.stem(prefix)]?.first { return (rest, institution) }
            }
        }
        return nil
    }

    func isFormer(_ word: KnowledgeIndex.Word) -> Bool {
        if index.former.contains(word.stem) { return true }
        guard let dash = word.lower.firstIndex(of: "-") else { return false }
        return index.formerPrefixes.contains(String(word.lower[..<dash]))
    }
}
