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
    public func resolve(_ text: String, date: KBDate?, hasName: Bool = false, shadowed: Set<String> = []) -> Affiliation? {
        let words = mentionWords(text)
        guard !words.isEmpty else { return nil }
        let matches = aliasMatches(words, shadowed: shadowed)
        if let outlet = matches.lazy.compactMap({ if case let .outlet(index) = $0.target { index } else { nil } }).first {
            let entry = base.outlets[outlet]
            return Affiliation(kind: .media, entity: entry.id, canonical: entry.name, trace: ["source:kb:\(entry.id)"], strength: 3)
        }
        let head = headPosition(words)
        // "designiert", "künftig": not yet in office, which speaks for no side as "ehemalig" does.
        let elect = words.contains { index.elect.contains($0.stem) }
        let former = words.contains { isFormer($0) } || elect
        let named = namedPerson(words, matches: matches, head: head, date: date, shadowed: shadowed)
        if let person = named.speaker { return person }
        if let outright = namedOfficeOrBody(text, words: words, matches: matches, head: head, date: date, former: former, elect: elect,
                                             shadowed: shadowed) {
            return outright
        }
        // "die US-Mitteilung", "eine Kreml-Erklärung": a statement of the body its compound names.
        if let head, let body = statementBody(words[head]) {
            var result = bodyAffiliation(base.institutions[body])
            result.trace.append("via:statement")
            return result
        }
        if let head, let led = leaderBody(words[head], date: date) { return led }
        guard let head, let noun = headNoun(words, at: head) else { return nil }
        let qualifiers = self.qualifiers(words, matches: matches, head: head)
        if let attached = named.attached, case let lent = personAffiliation(attached, date: date), lent.side != nil,
           nounAffiliation(noun, qualifiers: qualifiers, words: words, date: date, former: false, hasName: false)?.entity == nil {
            let side = former || noun.former ? nil : lent.side
            return Affiliation(side: side, kind: .person, trace: ["source:kb-attached:\(attached.id)"], strength: 1)
        }
        return nounAffiliation(noun, qualifiers: qualifiers, words: words, date: date, former: former, elect: elect, hasName: hasName)
    }

    /// A person named at the head or beside it speaks (`speaker`); one in an attachment ("der
    /// Sprecher des Präsidenten X") only lends the head its side (`attached`).
    func namedPerson(_ words: [KnowledgeIndex.Word], matches: [Match], head: Int?, date: KBDate?,
                     shadowed: Set<String>) -> (speaker: Affiliation?, attached: KnowledgeBase.Person?) {
        var attached: KnowledgeBase.Person?
        let guesses = familyNameMatches(words, taken: matches, date: date, shadowed: shadowed)
        for match in (matches + guesses).sorted(by: { $0.range.lowerBound < $1.range.lowerBound }) {
            guard case let .person(person) = match.target else { continue }
            if let head, !match.range.contains(head), !isApposition(words, head: head, name: match.range) {
                attached = attached ?? base.people[person]
                continue
            }
            // "der russische Staatschef Biden": a name after an office whose holder at the date is
            // someone else is no apposition but the verb's object.
            if let head, !match.range.contains(head), let noun = headNoun(words, at: head),
               let office = uniqueOffice(noun, qualifiers: qualifiers(words, matches: matches, head: head)),
               !base.people[person].tenures.contains(where: { $0.office == base.offices[office].id }) {
                attached = base.people[person]
                continue
            }
            var result = personAffiliation(base.people[person], date: date)
            if guesses.contains(where: { $0.range == match.range }) {
                result.guessed = true
                result.trace.append("by:family-name@date")
            }
            return (result, attached)
        }
        return (nil, attached)
    }

    /// A title or alias that covers the head names the office or body outright ("Chef des FSB",
    /// "der russische Botschafter in Washington", "das US-Militär"); titles may hold a place.
    func namedOfficeOrBody(_ text: String, words: [KnowledgeIndex.Word], matches: [Match], head: Int?, date: KBDate?,
                           former: Bool, elect: Bool = false, shadowed: Set<String>) -> Affiliation? {
        let titles = aliasMatches(KnowledgeIndex.words(text), shadowed: shadowed)
        let indefinite = head.map { head in words[..<head].contains { index.indefiniteArticles.contains($0.lower) } } ?? false
        // "ein Kremlsprecher" is one of the Kremlin's spokespeople: the role, not the title's office.
        let roleReading = indefinite && head.flatMap { headNoun(words, at: $0) }.map { noun in
            (index.nouns[noun.noun] ?? []).contains { if case .role = $0 { true } else { false } }
        } == true
        for match in titles where !roleReading && (head == nil || match.range.contains(head!)) {
            if case let .officeTitle(title) = match.target {
                return officeAffiliation(base.offices[title], date: date, former: former, elect: elect, holder: !indefinite)
            }
        }
        for match in matches where head == nil || match.range.contains(head!) {
            if case let .institution(body) = match.target {
                var result = bodyAffiliation(base.institutions[body])
                result.alias = index.aliasForms[words[match.range].map(\.stem).joined(separator: " ")]
                return result
            }
        }
        return nil
    }

    func bodyAffiliation(_ entry: KnowledgeBase.Institution) -> Affiliation {
        Affiliation(side: base.side(ofInstitution: entry.id), kind: entry.kind, entity: entry.id,
                    canonical: entry.name, trace: ["source:kb:\(entry.id)"], strength: 1)
    }

    /// The knowledge base's reading of a mention; for sides the base does not know (a user's own in
    /// `rules/*.yaml`), the aliases of `sources.yaml`.
    public func decide(_ text: String, date: KBDate?, hasName: Bool = false, shadowed: Set<String> = [],
                       fallback: SourceMatcher) -> Affiliation? {
        let known = resolve(text, date: date, hasName: hasName, shadowed: shadowed)
        // Users' own sides (rules/*.yaml aliases) decide what the base leaves without a side:
        // "die ukrainische Regierung" for a "Kyiv" source. Media and former holders stay without one.
        if let known, known.side != nil || known.kind == .media || known.sideless.map(Self.keepsNoSide) == true {
            return known
        }
        guard let match = fallback.match(text) else { return known }
        var result = known ?? Affiliation(strength: 0)
        result.side = match.source
        result.trace.append("source:\(match.alias)")
        return result
    }

    /// Whether a reading without a side keeps it though a user's own side names the mention: a
    /// former holder does; a role of no side may still be a user side's ("ein ukrainischer Experte").
    static func keepsNoSide(_ sideless: Affiliation.Sideless) -> Bool {
        switch sideless {
        case .formerOffice, .electOffice, .jointSides: true
        case .formerLeader, .role: false
        }
    }

    /// An epithet ("der Norweger", "der Republikaner", "der 71-Jährige") when that is all the mention says.
    public func epithet(_ text: String) -> Epithet? {
        let words = KnowledgeIndex.words(text).filter {
            ($0.isCapitalized || $0.text.first?.isNumber == true) && !index.articles.contains($0.lower)
        }
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

    /// An office read at a date: its holder when it is unique and `holder` is wanted, else its side.
    /// A former holder and one not yet in office (`elect`, a kind of `former`) speak for no side.
    func officeAffiliation(_ office: KnowledgeBase.Office, date: KBDate?, former: Bool, elect: Bool = false,
                           holder wantsHolder: Bool = true) -> Affiliation {
        if former {
            let sideless: Affiliation.Sideless = elect ? .electOffice(office.id) : .formerOffice(office.id)
            return Affiliation(kind: .person, office: office.name, sideless: sideless, strength: 2)
        }
        if office.unique, wantsHolder {
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
                           trace: ["source:kb-office:\(office.id)+\(office.institution)"], strength: 2)
    }

    func nounAffiliation(_ head: Head, qualifiers: [Int], words: [KnowledgeIndex.Word],
                         date: KBDate?, former: Bool, elect: Bool = false, hasName: Bool) -> Affiliation? {
        // "Oberst … von der US-Küstenwache": a compound of a side's marker lends a role its
        // side, though it names no office ("der Präsident des US-Fußballverbands" is no US president).
        let lent = compoundQualifiers(words, head: head.word).filter { !qualifiers.contains($0) }
        let deputy = head.deputy || words.indices.contains { $0 != head.consumed && index.deputy.contains(words[$0].stem) }
        let formerHead = former || head.former
        let candidates = index.nouns[head.noun] ?? []
        let ordered = (head.qualifier.map { [$0] + qualifiers.filter { $0 != head.qualifier } } ?? qualifiers) + lent
        // A unique office qualified by its body or one above it: "US-Präsident", "der russische Außenminister".
        if !deputy, !head.byLastPart {
            // "ein Pentagonsprecher" is one of the department's spokespeople, not its press secretary.
            let roleFirst = head.indefinite && candidates.contains { if case .role = $0 { true } else { false } }
            if let best = uniqueOffice(head, qualifiers: qualifiers), !roleFirst {
                var result = officeAffiliation(base.offices[best], date: date, former: formerHead, elect: elect && !head.former,
                                               holder: !head.indefinite)
                if hasName && result.entity != nil { result.strength = 2 }
                return result
            }
        }
        // A role noun takes the side of the body that qualifies it, unless it is a legislator's,
        // an expert's or a journalist's; former holders speak for no side.
        for case let .role(role) in candidates {
            let entry = base.roles[role]
            let kind: SpeakerKind = hasName && entry.kind == .anonymous ? .person : entry.kind
            // A legislator, an expert or a journalist speaks for no side, qualified or not.
            guard entry.inheritsSide else {
                return Affiliation(kind: kind, sideless: .role(entry.id), strength: 1)
            }
            guard let qualifier = ordered.first else { return nil }
            let body = base.institutions[qualifier]
            let side = formerHead ? nil : base.side(ofInstitution: body.id)
            return Affiliation(side: side, kind: kind, trace: ["source:kb-role:\(entry.id)+\(body.id)"], strength: 1)
        }
        // An office noun of some side qualified by another body (a deputy, or no unique office).
        for case let .office(office) in candidates {
            guard let qualifier = ordered.first else { return nil }
            let body = base.institutions[qualifier]
            let side = formerHead ? nil : (base.side(ofInstitution: body.id) ?? nil)
            // "US-Innenminister" when the base lists only Russia's: an office noun of the body's side.
            let label = deputy ? "kb-deputy:\(base.offices[office].id)" : "kb-noun:\(head.noun)"
            return Affiliation(side: side, kind: .person, trace: ["source:\(label)+\(body.id)"], strength: 1)
        }
        return nil
    }

    /// The office a head noun names with the bodies that qualify it: the one whose body is the
    /// qualifier or nearest below it ("US-Außenminister" → the Secretary of State, under the USA).
    func uniqueOffice(_ head: Head, qualifiers: [Int]) -> Int? {
        let ordered = head.qualifier.map { [$0] + qualifiers.filter { $0 != head.qualifier } } ?? qualifiers
        var best: (office: Int, distance: Int)?
        for case let .office(office) in index.nouns[head.noun] ?? [] {
            let chain = base.ancestors(ofInstitution: base.offices[office].institution)
            for qualifier in ordered {
                if let distance = chain.firstIndex(of: base.institutions[qualifier].id), distance < best?.distance ?? .max {
                    best = (office, distance)
                }
            }
        }
        return best?.office
    }
}
