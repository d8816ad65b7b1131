/// Stage: canonical speakers and sources. Needs drafted claims with speaker mentions; adds one
/// canonical name per person or body in the article and the source it speaks for.
///
/// Mentions corefer by family name ("US-Präsident Joe Biden", "Biden") and by title
/// ("der US-Präsident" → the latest person introduced with that title).
struct EntityResolver {
    struct Entity {
        var canonical: String
        var familyName: String?
        /// Title keys: the title's stem, alone and with the adjective before it ("russisch staatschef").
        var titles: Set<String>
        /// What the knowledge base (or, for user sources, `sources.yaml`) says about it.
        var affiliation: Affiliation?
        /// Token offsets where the entity is mentioned, for "the latest person with this title".
        var positions: [Int] = []
    }

    let view: TextView
    let matcher: SourceMatcher
    let knowledge: AffiliationResolver
    /// The article's date, which decides who held an office.
    let date: KBDate?
    /// Family names the article gives to people the knowledge base does not know ("Daniel Lawrow", a tennis player).
    let shadowed: Set<String>
    private(set) var entities: [Entity] = []
    private var entityOfMention: [Range<Int>: Int] = [:]
    /// Stems of the determiners, which an alias match ignores.
    private let determinerStems: Set<String>
    /// The bodies the article names, for bare body nouns ("ein Militärsprecher"); read at the
    /// first bare mention, since most articles have none.
    var bodyMentions: [BodyMention]?

    init(view: TextView, matcher: SourceMatcher, knowledge: AffiliationResolver, date: KBDate?) {
        self.view = view
        self.matcher = matcher
        self.knowledge = knowledge
        self.date = date
        shadowed = Self.shadowedFamilyNames(view: view, knowledge: knowledge)
        determinerStems = Set((view.rules.speakers.words[.determiner] ?? []).map(SourceMatcher.stem))
        introducePeople()
    }

    /// Registers every "title + name" phrase of the article ("der russische Staatschef Wladimir
    /// Putin"), speaking or not, so a later "der russische Staatschef" finds its person.
    private mutating func introducePeople() {
        let tokens = view.tokens
        var index = 0
        while index < tokens.count {
            defer { index += 1 }
            guard !view.ignored[index], view.isNominal(index),
                  view.isTitleToken(index), index + 1 < tokens.count else { continue }
            var end = index + 1
            while end < tokens.count, view.isNominal(end), !view.isTitleToken(end),
                  !view.isInstitutionToken(end), tokens[end].sentence == tokens[index].sentence {
                end += 1
            }
            guard end > index + 1 else { continue }
            var start = index
            while start > 0, view.isAdjective(start - 1), tokens[start - 1].sentence == tokens[index].sentence { start -= 1 }
            _ = resolve(start..<end)
            index = end - 1
        }
    }

    /// The entity a mention belongs to, creating it on first sight.
    mutating func entity(for mention: Range<Int>) -> Entity {
        if let known = entityOfMention[mention] { return entities[known] }
        let index = resolve(mention)
        entityOfMention[mention] = index
        return entities[index]
    }

    private mutating func resolve(_ mention: Range<Int>) -> Int {
        let text = view.text(mention)
        let titles = titleKeys(mention)
        let head = headNames(mention)
        let (affiliation, headEnd) = reading(of: mention, named: !head.isEmpty)
        let aliasCanonical = matcher.canonicalAlias(text, ignoring: determinerStems)
        // The knowledge base's person is the entity wherever the article mentions it, by name, by
        // office at the date ("der US-Präsident") or by epithet ("der Norweger").
        if let kbID = affiliation?.entity, affiliation?.kind == .person,
           let existing = entities.lastIndex(where: { $0.affiliation?.entity == kbID }) {
            entities[existing].positions.append(mention.lowerBound)
            entities[existing].titles.formUnion(titles)
            return existing
        }
        // "der Norweger", "der Republikaner", "der 71-Jährige": the latest person of the base it fits.
        if affiliation == nil, let epithet = knowledge.epithet(text), let existing = latestEntity(fitting: epithet, before: mention.lowerBound) {
            entities[existing].positions.append(mention.lowerBound)
            return existing
        }
        if let last = head.last, !head.isEmpty {
            return namedEntity(mention, head: head, last: last, titles: titles, affiliation: affiliation, aliasCanonical: aliasCanonical)
        }
        if affiliation?.entity != nil, affiliation?.kind == .person, let name = affiliation?.canonical {
            entities.append(Entity(canonical: name, familyName: nil, titles: titles, affiliation: affiliation, positions: [mention.lowerBound]))
            return entities.count - 1
        }
        // ("einem Kommandeur der Miliz": an indefinite article introduces someone new, not the title's latest holder.)
        if !titles.isEmpty, !knowledge.index.indefiniteArticles.contains(view.lower[mention.lowerBound]),
           let existing = latestPerson(withTitles: titles, before: mention.lowerBound) {
            entities[existing].absorb(affiliation)
            return existing
        }
        // "die Ärztezeitung in ihrer Onlineausgabe" is the Ärztezeitung.
        // Bodies keep the name the article gives them ("Kreml", "Weißes Haus"); their entry is in `entity`.
        let canonical = affiliation?.alias ?? knowledge.index.aliasForm(view.text(mention.lowerBound..<headEnd)) ?? aliasCanonical
            ?? strippedOfDeterminer(mention.lowerBound..<headEnd)
        if let existing = entities.lastIndex(where: { $0.canonical == canonical }) { return existing }
        entities.append(Entity(canonical: canonical, familyName: nil, titles: titles, affiliation: affiliation))
        return entities.count - 1
    }

    /// What the mention reads as (side, entity, kind), with an article's body or place for a bare noun,
    /// and where its head ends.
    private mutating func reading(of mention: Range<Int>, named: Bool) -> (affiliation: Affiliation?, headEnd: Int) {
        // The source speaks through the phrase's head: "Ein Diplomat in Moskau" is no Kremlin voice,
        // "Der Kreml in Moskau" and "der Sprecher des Weißen Hauses" are.
        let headEnd = mention.first { place in
            place > mention.lowerBound && view.has(place, .placePreposition)
                && !knowledge.isSeatAttachment(view.text((place - 1)..<min(place + 4, mention.upperBound)))
        } ?? mention.upperBound
        var affiliation = affiliation(of: mention, headEnd: headEnd, named: named)
        if let noun = bareNoun(of: mention, reading: affiliation) {
            if bodyMentions == nil { bodyMentions = Self.bodyMentions(view: view, knowledge: knowledge, date: date) }
            affiliation = articleBody(for: mention, noun: noun, reading: affiliation, in: bodyMentions ?? []) ?? affiliation
        }
        if affiliation == nil, let noun = executiveDocumentBody(of: mention.lowerBound..<headEnd) {
            if bodyMentions == nil { bodyMentions = Self.bodyMentions(view: view, knowledge: knowledge, date: date) }
            affiliation = articleBody(for: mention, noun: noun, reading: nil, in: bodyMentions ?? [])
        }
        if let joint = jointReading(of: mention.lowerBound..<headEnd, placed: headEnd < mention.upperBound,
                                                reading: affiliation) { affiliation = joint }
        if affiliation?.side == nil { affiliation = placeBody(for: mention, reading: affiliation) ?? affiliation }
        return (affiliation, headEnd)
    }

    /// The entity of a mention with names in its head: the latest one of its family name, else a new one.
    private mutating func namedEntity(_ mention: Range<Int>, head: [Int], last: Int, titles: Set<String>,
                                      affiliation: Affiliation?, aliasCanonical: String?) -> Int {
        let family = SourceMatcher.stem(view.lower[last])
        // "Osama bin Laden": name particles between the names stay.
        let fullName = (head[0]...last).filter { head.contains($0) || view.has($0, .nameParticle) }
            .map { view.tokens[$0].text }.joined(separator: " ")
        if let existing = entities.lastIndex(where: { $0.familyName == family }) {
            if fullName.count > entities[existing].canonical.count, head.count > 1 { entities[existing].canonical = fullName }
            entities[existing].titles.formUnion(titles)
            // "Gates" after "Bill Gates" is Bill Gates, whoever held an office of that name then.
            if affiliation?.guessed != true || entities[existing].affiliation == nil && head.count == entities[existing].canonical.split(separator: " ").count {
                entities[existing].absorb(affiliation)
            }
            entities[existing].positions.append(mention.lowerBound)
            return existing
        }
        let canonical = affiliation?.kind == .person ? (affiliation?.canonical ?? fullName)
            : head.count == 1 ? (aliasCanonical ?? fullName) : fullName
        entities.append(Entity(canonical: canonical, familyName: family, titles: titles, affiliation: affiliation, positions: [mention.lowerBound]))
        return entities.count - 1
    }

    /// The tokens that name the person a mention is about: the head's names, stopping at a genitive
    /// or "von" attachment, or the apposition's ("Der Gouverneur von Oaxaca, Gabino Cué").
    private func headNames(_ mention: Range<Int>) -> [Int] {
        let names = mention.filter { index in
            view.isNominal(index) && !view.isTitleToken(index)
                && !view.isInstitutionToken(index)
                && !view.has(index, .statement) && !view.isAdjective(index)
                && !(index + 1 < mention.upperBound && view.isNominal(index + 1) && view.isInstitutionToken(index + 1))
        }
        func headNames(from start: Int) -> [Int] {
            names.filter { $0 >= start }.prefix { index in
                !(start..<index).contains { view.has($0, .headEnd) && $0 > start || view.tokens[$0].text == "," }
            }
        }
        var head = headNames(from: mention.lowerBound)
        // "Die Arbeitsgemeinschaft im Kreis Lippe": names after a preposition are a place, not the head.
        if let first = head.first, (mention.lowerBound..<first).contains(where: { view.has($0, .preposition) }) { head = [] }
        // "der Präsident Indonesiens, Susilo Bambang Yudhoyono": a genitive after the title names no person.
        let genitiveOnly = !head.isEmpty && head.allSatisfy { $0 > mention.lowerBound && view.isTitleToken($0 - 1) && view.lower[$0].hasSuffix("s") }
        if head.isEmpty || genitiveOnly, let comma = mention.first(where: { view.tokens[$0].text == "," }), comma + 1 < mention.upperBound,
           case let apposed = headNames(from: comma + 1), !apposed.isEmpty {
            head = apposed
        }
        return head
    }

    /// The knowledge base's reading of a mention up to its place attachment; a name the base does
    /// not know takes the side of the title before its comma ("die US-Delegationsleiterin beim
    /// Gipfel, Jane Roe, sagte").
    private func affiliation(of mention: Range<Int>, headEnd: Int, named: Bool) -> Affiliation? {
        var affiliation = affiliation(of: mention.lowerBound..<headEnd, named: named)
        if affiliation?.side == nil, affiliation?.kind != .media, named, let title = titleBeforeComma(mention),
           let lent = self.affiliation(of: title, named: false), let side = lent.side, lent.kind == .person || lent.kind == .anonymous {
            var person = affiliation ?? Affiliation(kind: .person, strength: 1)
            person.side = side
            person.office = person.office ?? lent.office
            person.trace += lent.trace.filter { $0.hasPrefix("source:") }.prefix(1).map { $0 + " via:apposition" }
            affiliation = person
        }
        return affiliation
    }

    /// The knowledge base's reading of a mention at the article's date (user sources as fallback).
    private func affiliation(of mention: Range<Int>, named: Bool) -> Affiliation? {
        view.memo.decide(knowledge, view.text(mention), date: date, hasName: named, shadowed: shadowed, fallback: matcher)
    }

    /// Family names the article gives to people the knowledge base does not know ("Daniel
    /// Lawrow"): read from the tokens, only where two capitalised words stand side by side.
    static func shadowedFamilyNames(view: TextView, knowledge: AffiliationResolver) -> Set<String> {
        var result = Set<String>()
        let tokens = view.tokens
        for index in tokens.indices.dropFirst() where tokens[index].kind == .word && view.isCapitalized(index)
            && tokens[index - 1].kind == .word && view.isCapitalized(index - 1) && tokens[index].sentence == tokens[index - 1].sentence
            && tokens[index - 1].span.end < tokens[index].span.start {
            if let family = knowledge.shadowedFamilyName(given: KnowledgeIndex.word(tokens[index - 1].text),
                                                          family: KnowledgeIndex.word(tokens[index].text)) {
                result.insert(family)
            }
        }
        return result
    }

    /// The phrase before a comma right before a mention, from its article on ("die
    /// US-Verhandlungsführerin in Genf" before ", Jane Roe"), within a few words of the sentence.
    private func titleBeforeComma(_ mention: Range<Int>) -> Range<Int>? {
        let comma = mention.lowerBound - 1
        guard comma > 0, view.tokens[comma].text == "," else { return nil }
        let sentence = view.tokens[comma].sentence
        var start = comma - 1
        while start >= max(0, comma - 8), view.tokens[start].sentence == sentence {
            if view.has(start, .determiner) { return start..<comma }
            if view.tokens[start].text == "," { return nil }
            start -= 1
        }
        return nil
    }

    /// The latest entity the knowledge base knows as a person that fits an epithet ("der Norweger").
    private func latestEntity(fitting epithet: Epithet, before position: Int) -> Int? {
        let base = knowledge.index.base
        return entities.indices.filter { index in
            guard let id = entities[index].affiliation?.entity, let person = base.person(id) else { return false }
            return knowledge.person(person, fits: epithet, date: date) && entities[index].positions.contains { $0 < position }
        }.max { (entities[$0].positions.filter { $0 < position }.max() ?? -1) < (entities[$1].positions.filter { $0 < position }.max() ?? -1) }
    }

    /// A person's title keys: the title stem, and with the adjective before it ("russisch staatschef").
    private func titleKeys(_ mention: Range<Int>) -> Set<String> {
        var keys = Set<String>()
        for index in mention where view.isNominal(index) && view.isTitleToken(index) {
            let title = SourceMatcher.stem(view.lower[index])
            keys.insert(title)
            if index > mention.lowerBound, view.isAdjective(index - 1) {
                keys.insert(SourceMatcher.stem(view.lower[index - 1]) + " " + title)
            }
        }
        return keys
    }

    /// The person with one of these titles mentioned last before `position` (or first after it).
    /// A mention with an adjective ("russisch staatschef") must match that key exactly.
    private func latestPerson(withTitles titles: Set<String>, before position: Int) -> Int? {
        let specific = titles.filter { $0.containsWord(" ") }
        let wanted = specific.isEmpty ? titles : specific
        let candidates = entities.indices.filter { entities[$0].familyName != nil && !entities[$0].titles.isDisjoint(with: wanted) }
        let before = candidates.max { (entities[$0].positions.filter { $0 < position }.max() ?? -1) < (entities[$1].positions.filter { $0 < position }.max() ?? -1) }
        if let before, entities[before].positions.contains(where: { $0 < position }) { return before }
        return candidates.first
    }

    private func strippedOfDeterminer(_ mention: Range<Int>) -> String {
        var start = mention.lowerBound
        if mention.count > 1, view.has(start, .determiner) { start += 1 }
        return view.text(start..<mention.upperBound)
    }
}

extension EntityResolver.Entity {
    /// Keeps the strongest reading of an entity: a named person beats an office at a date, which
    /// beats a role or a body.
    mutating func absorb(_ other: Affiliation?) {
        guard let other else { return }
        if affiliation == nil || other.strength > affiliation!.strength { affiliation = other }
    }
}
