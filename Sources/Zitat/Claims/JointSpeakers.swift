/// Joint speakers: "die USA und Norwegen", "Sowohl das Pentagon, der Außenminister als auch
/// die Regierung in Kiew", "Senats- und Justizkreise" speak for the one side their members
/// name when no member names another; members of two sides make a joint speaker of no side. "Die
/// beiden Länder" stands for the members of the latest joint mention before it. The words are
/// `coordinators`, `correlatives`, `pair_words` and `pair_nouns` of rules/affiliation.yaml.
extension EntityResolver {
    /// A member of a joint mention: its tokens and the text it reads as ("Senatskreise" for the
    /// "Senats-" of "Senats- und Justizkreise").
    struct Member {
        var range: Range<Int>
        var text: String
    }

    /// The reading of a joint mention, or of a pair noun that stands for one, when it decides more
    /// than `reading`: the side of its members' one side, or no side for members of two sides. A
    /// mention `placed` somewhere ("Militär- und Regierungskreise in Kabul") reads its members alone.
    mutating func jointReading(of mention: Range<Int>, placed: Bool, reading: Affiliation?) -> Affiliation? {
        guard reading?.kind != .media, reading?.sideless == nil else { return nil }
        let joined = members(of: mention)
        guard let members = joined ?? pairedMembers(for: mention), members.count > 1 else { return nil }
        let readings = members.map { memberReading($0, alone: placed) }
        let sides = Set(readings.compactMap { $0?.side })
        if sides.count > 1 {
            return Affiliation(kind: reading?.kind, sideless: .jointSides(sides.sorted().joined(separator: "+")), strength: 1)
        }
        // "Die beiden Regierungen" after "Merkel und Sarkozy": a pair noun whose members have no side
        // speaks for none, whatever side its bare noun would borrow from the article. Not a mention
        // with a coordinator of its own: "Abteilung Information und Presse des Außenministeriums" is
        // one body, its reading stands.
        if joined == nil, sides.isEmpty, reading?.side != nil {
            return Affiliation(kind: reading?.kind, sideless: .jointSides("none"), strength: 1)
        }
        guard reading?.side == nil, let side = sides.first,
              let member = readings.first(where: { $0?.side == side }) ?? nil,
              // "die beiden Länder" are states or governments, not people.
              joined != nil || member.kind == .state || member.kind == .institution else { return nil }
        var result = reading ?? Affiliation(kind: member.kind, strength: 1)
        result.side = side
        result.kind = result.kind ?? member.kind
        result.trace.append("via:joint" + (member.trace.first.map { "+" + $0 } ?? ""))
        return result
    }

    /// The members of a mention joined by coordinators (and, in a list, commas), or nil when it has
    /// none. A member that ends in a hyphen takes the last part of the next member's last word.
    func members(of mention: Range<Int>) -> [Member]? {
        let coordinators = knowledge.index.coordinators
        var cuts: [Range<Int>] = []
        var position = mention.lowerBound
        while position < mention.upperBound {
            if let words = coordinators.first(where: { matches($0, at: position, limit: mention.upperBound) }) {
                cuts.append(position..<(position + words.count))
                position += words.count
            } else {
                position += 1
            }
        }
        guard let lastCut = cuts.last else { return nil }
        // "das US-Militär, der US-Präsident als auch …": commas before the last coordinator part a list.
        for comma in mention where comma < lastCut.lowerBound && view.tokens[comma].text == "," { cuts.append(comma..<(comma + 1)) }
        cuts.sort { $0.lowerBound < $1.lowerBound }
        var start = mention.lowerBound
        while start < mention.upperBound, knowledge.index.correlatives.contains(view.lower[start]) { start += 1 }
        var ranges: [Range<Int>] = []
        for cut in cuts + [mention.upperBound..<mention.upperBound] {
            if start < cut.lowerBound { ranges.append(start..<cut.lowerBound) }
            start = cut.upperBound
        }
        return ranges.indices.map { index in
            let range = ranges[index]
            let last = view.tokens[range.upperBound - 1].text
            guard last.count > 2, last.hasSuffix("-"), index + 1 < ranges.count,
                  let tail = sharedTail(of: view.tokens[ranges[index + 1].upperBound - 1].text) else {
                return Member(range: range, text: view.text(range))
            }
            let head = range.count > 1 ? view.text(range.lowerBound..<(range.upperBound - 1)) + " " : ""
            return Member(range: range, text: head + last.dropLast() + tail)
        }
    }

    /// The last part of a compound that a member cut short shares: after its last hyphen
    /// ("Pentagon-Sprechern" → "-Sprechern"), else its shortest ending that is an office or role
    /// noun of the base ("Verteidigungskreise" → "kreise").
    func sharedTail(of word: String) -> String? {
        if let dash = word.lastIndex(of: "-"), word.index(after: dash) < word.endIndex { return String(word[dash...]) }
        let characters = Array(word.lowercased())
        guard characters.count > 6 else { return nil }
        for cut in stride(from: characters.count - 4, through: 2, by: -1) {
            let tail = String(characters[cut...])
            if knowledge.index.nouns[KnowledgeIndex.stem(tail)] != nil { return tail }
        }
        return nil
    }

    /// "die beiden Länder": the members of the latest joint mention before it, in its sentence or
    /// the one before, when one of them is a body of the base.
    func pairedMembers(for mention: Range<Int>) -> [Member]? {
        let index = knowledge.index
        guard mention.contains(where: { index.pairWords.contains(view.lower[$0]) }),
              let noun = mention.last(where: { view.isWord($0) }),
              index.pairNouns.contains(KnowledgeIndex.stem(view.lower[noun])) else { return nil }
        let sentence = view.tokens[mention.lowerBound].sentence
        var position = mention.lowerBound - 1
        while position > 0, view.tokens[position].sentence >= sentence - 1 {
            defer { position -= 1 }
            guard let words = index.coordinators.first(where: { matches($0, at: position, limit: mention.lowerBound) }) else { continue }
            let left = phrase(endingBefore: position)
            let right = phrase(startingAt: position + words.count, limit: mention.lowerBound)
            guard let left, let right else { return nil }
            return [Member(range: left, text: view.text(left)), Member(range: right, text: view.text(right))]
        }
        return nil
    }

    /// A member's reading: the base's at the article's date, else (unless read `alone`) a bare body
    /// noun read against the article ("Verteidigungskreise" after "das US-Verteidigungsministerium").
    mutating func memberReading(_ member: Member, alone: Bool) -> Affiliation? {
        var reading = view.memo.decide(knowledge, member.text, date: date, hasName: false, shadowed: shadowed, fallback: matcher)
        guard !alone, reading?.side == nil, reading?.kind != .media, reading?.sideless == nil,
              let noun = knowledge.bareBodyNoun(KnowledgeIndex.words(member.text)) else { return reading }
        if bodyMentions == nil { bodyMentions = Self.bodyMentions(view: view, knowledge: knowledge, date: date) }
        reading = articleBody(for: member.range, noun: noun, reading: reading, in: bodyMentions ?? []) ?? reading
        return reading
    }

    /// Whether the lowercased `words` stand at `position`, all before `limit`.
    private func matches(_ words: [String], at position: Int, limit: Int) -> Bool {
        position + words.count <= limit && words.indices.allSatisfy { view.lower[position + $0] == words[$0] }
    }

    /// A word that can stand in a noun phrase: an article, an adjective, a capitalised or hyphenated word.
    private func isPhraseWord(_ position: Int) -> Bool {
        view.isWord(position) && (view.has(position, .determiner) || view.isAdjective(position)
            || view.isCapitalized(position) || view.tokens[position].text.contains("-"))
    }

    /// The noun phrase that ends right before `end` ("verstimmte [die USA] und"), in its sentence.
    private func phrase(endingBefore end: Int) -> Range<Int>? {
        var start = end
        while start > 0, isPhraseWord(start - 1), view.tokens[start - 1].sentence == view.tokens[end].sentence { start -= 1 }
        return start < end && (start..<end).contains(where: view.isCapitalized) ? start..<end : nil
    }

    /// The noun phrase that starts at `start` ("und [Norwegen]."), in its sentence.
    private func phrase(startingAt start: Int, limit: Int) -> Range<Int>? {
        var end = start
        while end < limit, isPhraseWord(end), view.tokens[end].sentence == view.tokens[start].sentence { end += 1 }
        return end > start && (start..<end).contains(where: view.isCapitalized) ? start..<end : nil
    }
}
