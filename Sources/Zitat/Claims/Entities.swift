/// Stage: canonical speakers and sources. Needs drafted claims with speaker mentions; adds one
/// canonical name per person or body in the article and the source it speaks for.
///
/// Mentions corefer by family name ("US-Präsident Joe Biden", "Biden") and by title
/// ("der US-Präsident" → the latest person introduced with that title).
struct EntityResolver {
    struct Entity {
        var canonical: String
        var familyName: String?
        var titles: Set<String>
        var source: (source: String, alias: String)?
    }

    let view: TextView
    let matcher: SourceMatcher
    private(set) var entities: [Entity] = []
    private var entityOfMention: [Range<Int>: Int] = [:]

    init(view: TextView, matcher: SourceMatcher) {
        self.view = view
        self.matcher = matcher
    }

    /// The entity a mention belongs to, creating it on first sight.
    mutating func entity(for mention: Range<Int>) -> Entity {
        if let known = entityOfMention[mention] { return entities[known] }
        let index = resolve(mention)
        entityOfMention[mention] = index
        return entities[index]
    }

    private var determiners: Set<String> {
        view.rules.speakers.words[.determiner] ?? []
    }

    private mutating func resolve(_ mention: Range<Int>) -> Int {
        let text = view.text(mention)
        let titles = Set(mention.filter { view.isNominal($0) && view.rules.speakers.isTitle(view.tokens[$0].text) }
            .map { SourceMatcher.stem(view.lower[$0]) })
        let names = mention.filter { index in
            view.isNominal(index) && !view.rules.speakers.isTitle(view.tokens[index].text)
                && !view.rules.speakers.isInstitution(view.tokens[index].text)
                && !view.has(index, .statement) && !view.isAdjective(index)
                && !(index + 1 < mention.upperBound && view.isNominal(index + 1) && view.rules.speakers.isInstitution(view.tokens[index + 1].text))
        }
        // Only the head of the phrase names the person: stop at a genitive or "von" attachment.
        let head = names.prefix { index in
            !(mention.lowerBound..<index).contains { ["des", "der", "von", "vom", "für"].contains(view.lower[$0]) && $0 > mention.lowerBound }
        }
        let source = matcher.match(text)
        let aliasCanonical = matcher.canonicalAlias(text, ignoring: Set(determiners.map { SourceMatcher.stem($0) }))
        if let last = head.last, !head.isEmpty {
            let family = SourceMatcher.stem(view.lower[last])
            let fullName = head.map { view.tokens[$0].text }.joined(separator: " ")
            if let existing = entities.lastIndex(where: { $0.familyName == family }) {
                if fullName.count > entities[existing].canonical.count, head.count > 1 { entities[existing].canonical = fullName }
                entities[existing].titles.formUnion(titles)
                if entities[existing].source == nil { entities[existing].source = source }
                return existing
            }
            let canonical = head.count == 1 ? (aliasCanonical ?? fullName) : fullName
            entities.append(Entity(canonical: canonical, familyName: family, titles: titles, source: source))
            return entities.count - 1
        }
        if !titles.isEmpty, let existing = entities.lastIndex(where: { !$0.titles.isDisjoint(with: titles) && $0.familyName != nil }) {
            if entities[existing].source == nil { entities[existing].source = source }
            return existing
        }
        let canonical = aliasCanonical ?? strippedOfDeterminer(mention)
        if let existing = entities.lastIndex(where: { $0.canonical == canonical }) { return existing }
        entities.append(Entity(canonical: canonical, familyName: nil, titles: titles, source: source))
        return entities.count - 1
    }

    private func strippedOfDeterminer(_ mention: Range<Int>) -> String {
        var start = mention.lowerBound
        if mention.count > 1, view.has(start, .determiner) { start += 1 }
        return view.text(start..<mention.upperBound)
    }
}
