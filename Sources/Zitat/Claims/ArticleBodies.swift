/// Bare body nouns read against the article: "die Verantwortlichen des Außenministeriums", "ein
/// Militärsprecher", "ein hochrangiger Regierungsbeamter" name no body of their own; the article says
/// whose by naming a body of that kind with its marker ("das russische Außenministerium", "US-Militärs",
/// "die US-Regierung", a minister of the base). The latest such mention before the bare one decides
/// (looking after it as well changed nothing on the side-labelled Wikinews set, so the reading stays
/// anaphoric); a mention of that kind qualified by another nationality ("die jemenitische Regierung")
/// leaves it without a side.
extension EntityResolver {
    /// A body mention of the article: the token it starts at, the bare noun it qualifies (nil for an
    /// alias of a body), the body (nil for a body of no side the base knows).
    struct BodyMention {
        var token: Int
        var noun: String?
        var body: Int?
    }

    /// Every body the article names, sentence by sentence, in text order.
    static func bodyMentions(view: TextView, knowledge: AffiliationResolver, date: KBDate?) -> [BodyMention] {
        var result: [BodyMention] = []
        for sentence in view.segmentation.sentences {
            let positions = sentence.tokens.filter { view.tokens[$0].kind == .word && !view.ignored[$0] }
            guard !positions.isEmpty else { continue }
            let words = positions.map { KnowledgeIndex.word(view.tokens[$0].text) }
            for found in knowledge.bodyEvidence(words, date: date) {
                result.append(BodyMention(token: positions[found.word], noun: found.noun, body: found.body))
            }
        }
        return result
    }

    /// The bare body noun of a mention the knowledge base leaves without a side ("ein
    /// Militärsprecher" → "militär"), or nil.
    func bareNoun(of mention: Range<Int>, reading: Affiliation?) -> String? {
        guard reading?.side == nil, reading?.kind != .media,
              reading?.sideless == nil,
              !mention.contains(where: { $0 > mention.lowerBound && view.has($0, .placePreposition) }),
              case let start = mention.first(where: { !view.has($0, .preposition) }) ?? mention.upperBound, start < mention.upperBound
        else { return nil }
        return knowledge.bareBodyNoun(ofText: view.text(start..<mention.upperBound))
    }

    /// "ein internes Memorandum", "die Direktive": a document only a government issues, its issuer not
    /// named (no attachment with an article, no adjective of nationality), is the government's the
    /// article names last; the bare noun of that government, or nil.
    func executiveDocumentBody(of mention: Range<Int>) -> String? {
        let index = knowledge.index
        guard let body = index.executiveBody,
              let head = mention.first(where: { view.isCapitalized($0) && !view.has($0, .determiner) }),
              index.executiveDocuments.contains(KnowledgeIndex.word(view.tokens[head].text).stem),
              !mention.contains(where: { $0 > head && view.has($0, .determiner) }),
              !mention.contains(where: { knowledge.isNationalAdjective(KnowledgeIndex.word(view.tokens[$0].text)) && !view.isCapitalized($0) })
        else { return nil }
        return body
    }

    /// The reading of a bare mention from the body mentions before it, or nil when the article does
    /// not say whose body it is.
    func articleBody(for mention: Range<Int>, noun: String, reading: Affiliation?, in bodyMentions: [BodyMention]) -> Affiliation? {
        func fits(_ found: BodyMention) -> Bool? {
            if let body = found.body, found.noun == nil || found.noun == noun { return knowledge.body(body, isKindOf: noun) ? true : nil }
            return found.body == nil && found.noun == noun ? false : nil
        }
        guard let found = bodyMentions.last(where: { $0.token < mention.lowerBound && fits($0) != nil }),
              fits(found) == true, let body = found.body else { return nil }
        let entry = knowledge.index.base.institutions[body]
        var result = reading ?? Affiliation(kind: .institution, strength: 1)
        result.side = knowledge.index.base.side(ofInstitution: entry.id)
        result.trace.append("via:article-body:\(noun)→\(entry.id)")
        return result.side == nil ? nil : result
    }
}

extension EntityResolver {
    /// "laut Behördenangaben … ein Anschlag auf einen Bus in Russland": a body noun that no marker
    /// qualifies and no earlier mention explains belongs to the state its sentence names as the place
    /// ("in"/"aus" + a state of a side), when the sentence names no other state or nationality.
    func placeBody(for mention: Range<Int>, reading: Affiliation?) -> Affiliation? {
        guard reading?.side == nil, reading?.kind != .media, reading?.entity == nil,
              reading?.sideless == nil,
              !mention.contains(where: { $0 > mention.lowerBound && view.has($0, .placePreposition) }),
              let noun = knowledge.stateBodyNoun(ofText: view.text(mention)) else { return nil }
        let sentence = view.segmentation.sentences[view.tokens[mention.lowerBound].sentence]
        let words = sentence.tokens.filter { view.tokens[$0].kind == .word && !view.ignored[$0] }.map { KnowledgeIndex.word(view.tokens[$0].text) }
        let found = knowledge.placeStates(words)
        guard !found.rival, found.states.count == 1, let state = found.places.first else { return nil }
        let entry = knowledge.index.base.institutions[state]
        var result = reading ?? Affiliation(kind: .institution, strength: 1)
        result.side = knowledge.index.base.side(ofInstitution: entry.id)
        result.trace.append("via:article-place:\(noun)→\(entry.id)")
        return result.side == nil ? nil : result
    }
}
