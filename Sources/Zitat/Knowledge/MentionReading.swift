/// How the resolver reads a mention's words: where its head is, which aliases and markers it holds,
/// and which office or role noun heads it (also inside compounds).
extension AffiliationResolver {
    typealias Match = (range: Range<Int>, target: KnowledgeIndex.Target)

    /// The words of a mention up to a place attachment: "ein Diplomat in Moskau" is a diplomat. The
    /// seat of a government qualifies it: "die Regierung in Moskau" reads as "die Regierung Moskaus".
    func mentionWords(_ text: String) -> [KnowledgeIndex.Word] {
        var words = KnowledgeIndex.words(text)
        if let place = words.indices.dropFirst().first(where: { index.placePrepositions.contains(words[$0].lower) }) {
            if let seat = seatState(words, at: place) {
                words = Array(words[..<place] + words[seat])
            } else {
                words.removeSubrange(place...)
            }
        }
        return words
    }

    /// The words naming a state after the place preposition at `place`, when the word before it is a
    /// body whose seat names its state ("Regierung", "Außenministerium" before "in Moskau").
    func seatState(_ words: [KnowledgeIndex.Word], at place: Int) -> Range<Int>? {
        guard place > 0, place + 1 < words.count, case let body = words[place - 1].stem,
              index.seatNouns.contains(where: { body == $0 || body.hasSuffix($0) && body.count >= $0.count + 3 }) else { return nil }
        var start = place + 1
        while start < words.count, index.articles.contains(words[start].lower) { start += 1 }
        guard start < words.count else { return nil }
        let rest = Array(words[start...])
        let found = aliasMatches(rest).first { match in
            guard match.range.lowerBound == 0, case let .institution(body) = match.target else { return false }
            return base.institutions[body].kind == .state
        }
        return found.map { (start + $0.range.lowerBound)..<(start + $0.range.upperBound) }
    }

    /// Whether the place attachment in a text that opens with a body noun names the body's seat
    /// ("Regierung in Washington"): then the mention goes on through it.
    public func isSeatAttachment(_ text: String) -> Bool {
        let words = KnowledgeIndex.words(text)
        return words.count >= 3 && index.placePrepositions.contains(words[1].lower) && seatState(words, at: 1) != nil
    }

    /// The word that heads the phrase: the first capitalised word that is no article and no
    /// capitalised adjective before a noun ("Die Vereinigten Staaten" → "Staaten"), read through
    /// words that only pass the speaking on ("Angaben des Presseamts des Kremls" → "Kremls").
    func headPosition(_ words: [KnowledgeIndex.Word]) -> Int? {
        var position = extendedAttributeEnd(words) ?? 0
        while position < words.count {
            let word = words[position]
            defer { position += 1 }
            guard word.isCapitalized || word.text.containsWord("-"), !index.articles.contains(word.lower) else { continue }
            if index.transparent.contains(word.stem) { continue }
            let next = position + 1 < words.count ? words[position + 1] : nil
            // A genitive before the head belongs to it: "Moskaus Chefdiplomat", "Obamas Sprecher",
            // "Trumps Angriffsbefehl" (a name in -s before another name is the name: "Jens Stoltenberg").
            if let next, next.isCapitalized, !next.afterComma, word.lower.hasSuffix("s") {
                continue
            }
            if let next, next.isCapitalized, !next.afterComma, index.adjectiveEndings.contains(where: word.lower.hasSuffix),
               singleHeadNoun(word, at: position) == nil, index.aliases[word.stem] == nil {
                continue
            }
            return position
        }
        return nil
    }

    /// "Der auf dem Gipfel anwesende Außenminister", "die für Sicherheit zuständige Ministerin": an
    /// attribute between the article and the head, from a preposition to the participle or adjective
    /// that closes it; the head follows it. Nil when the phrase has none.
    func extendedAttributeEnd(_ words: [KnowledgeIndex.Word]) -> Int? {
        guard words.count > 4, index.articles.contains(words[0].lower), !words[1].isCapitalized,
              !(index.adjectiveEndings.contains(where: words[1].lower.hasSuffix) && words[2].isCapitalized) else { return nil }
        let closing = (2..<(words.count - 1)).first { position in
            !words[position].isCapitalized && words[position + 1].isCapitalized
                && index.adjectiveEndings.contains(where: words[position].lower.hasSuffix)
                && !index.articles.contains(words[position].lower)
        }
        return closing.map { $0 + 1 }
    }

    /// Whether a name stands beside the head ("Sprecher Mark Smith", "der Minister, Anna Berg"),
    /// not in an attachment after it ("der Sprecher des Präsidenten Mark Smith").
    func isApposition(_ words: [KnowledgeIndex.Word], head: Int, name: Range<Int>) -> Bool {
        guard name.lowerBound > head else { return false }
        if words[name.lowerBound].afterComma { return true }
        return words[(head + 1)..<name.lowerBound].allSatisfy { $0.isCapitalized && !index.articles.contains($0.lower) }
    }

    /// Alias matches, longest first, leftmost among equals; they do not overlap. A common noun that
    /// is an alias ("Bündnis") names its body only after a definite article ("das Bündnis", not
    /// "ein Bündnis von Vereinen"); "US Botschaft" is read like "US-Botschaft".
    func aliasMatches(_ words: [KnowledgeIndex.Word], shadowed: Set<String> = []) -> [Match] {
        var result: [Match] = []
        var taken = Set<Int>()
        for length in stride(from: min(index.longestAlias, words.count), through: 1, by: -1) {
            for start in 0...(words.count - length) where !(start..<(start + length)).contains(where: taken.contains) {
                let key = length == 1 ? words[start].stem
                    : index.aliasStarts.contains(words[start].stem) ? words[start..<(start + length)].map(\.stem).joined(separator: " ") : nil
                var targets = key.flatMap { index.aliases[$0] }
                if targets == nil, length == 2 { targets = index.aliases[words[start].lower + "-" + words[start + 1].stem] }
                guard let targets else { continue }
                // A single lower-case word is no name: "amerika" is, "haus" is not.
                if length == 1, !words[start].isCapitalized, !words[start].text.containsWord("-") { continue }
                if length == 1, targets.contains(where: { if case .person = $0 { true } else { false } }),
                   !mayBeFamilyName(words, at: start, shadowed: shadowed) {
                    continue
                }
                if length == 1, let key, index.definiteAliases.contains(key),
                   start == 0 || !index.definiteArticles.contains(words[start - 1].lower) {
                    continue
                }
                for target in targets { result.append((start..<(start + length), target)) }
                taken.formUnion(start..<(start + length))
            }
        }
        return result.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// A family name alone ("Rice", "Bush") that several people of the base share: the one of them
    /// who held an office of a side at the date, if exactly one did. Only for words no alias took.
    func familyNameMatches(_ words: [KnowledgeIndex.Word], taken: [Match], date: KBDate?, shadowed: Set<String>) -> [Match] {
        guard let date else { return [] }
        var result: [Match] = []
        for (position, word) in words.enumerated() where word.isCapitalized && !taken.contains(where: { $0.range.contains(position) }) {
            guard mayBeFamilyName(words, at: position, shadowed: shadowed) else { continue }
            guard let people = index.familyNames[word.stem] else { continue }
            // The name as written, or its genitive: "Allen", "Allens", but not "Alles" (stem "alle" too).
            let holding = people.filter { person in
                guard let family = KnowledgeIndex.words(base.people[person].name).last?.lower,
                      word.lower == family || word.lower == family + "s" else { return false }
                return base.people[person].tenures.contains { tenure in
                    tenure.covers(date) && base.office(tenure.office).map(base.side(ofOffice:)) != nil
                }
            }
            if holding.count == 1 { result.append((position..<(position + 1), .person(holding[0]))) }
        }
        return result
    }

    /// The body a statement compound names: "US-Mitteilung", "Kreml-Erklärung", "Pentagon-Angaben".
    func statementBody(_ word: KnowledgeIndex.Word) -> Int? {
        let parts = word.lower.split(separator: "-").map(String.init)
        guard parts.count > 1, let last = parts.last, index.transparent.contains(KnowledgeIndex.stem(last)) else { return nil }
        return parts.dropLast().lazy.compactMap { index.markers[KnowledgeIndex.stem($0)]?.first }.first
    }

    /// Whether a single word may stand for a person of the base by family name: not when the article
    /// gives someone else that family name ("Daniel Lawrow", in `shadowed`), nor when another given
    /// name stands right before it ("Tom Rice"); a title before it is fine ("Präsident Bush").
    func mayBeFamilyName(_ words: [KnowledgeIndex.Word], at position: Int, shadowed: Set<String>) -> Bool {
        if shadowed.contains(words[position].stem) { return false }
        guard position > 0, !words[position].afterComma else { return true }
        let before = words[position - 1]
        guard before.isCapitalized, !index.articles.contains(before.lower) else { return true }
        return singleHeadNoun(before, at: position - 1) != nil || index.markers[before.stem] != nil
    }

    /// Family names the article gives to someone the base does not know: a capitalised word before
    /// a family name of the base ("Daniel Lawrow", "Tom Rice") that is no alias of a person of
    /// the base, no title, no article. Read once per article.
    public func shadowedFamilyNames(in text: String) -> Set<String> {
        let words = KnowledgeIndex.words(text)
        var result = Set<String>()
        for position in words.indices.dropFirst() where words[position].isCapitalized && !words[position].afterComma
            && words[position - 1].isCapitalized {
            if let family = shadowedFamilyName(given: words[position - 1], family: words[position]) { result.insert(family) }
        }
        return result
    }

    /// The family name's stem when "given family" names someone else than the base's person of
    /// that family name; nil otherwise. Both words are capitalised and stand side by side.
    public func shadowedFamilyName(given before: KnowledgeIndex.Word, family word: KnowledgeIndex.Word) -> String? {
        let family = word.stem
        guard index.familyNames[family] != nil || index.aliases[family]?.contains(where: { if case .person = $0 { true } else { false } }) == true
        else { return nil }
        guard !index.articles.contains(before.lower), singleHeadNoun(before, at: 0) == nil,
              index.markers[before.stem] == nil, index.aliases[before.stem] == nil else { return nil }
        return index.aliases[before.stem + " " + family] == nil ? family : nil
    }

    /// Institutions the mention's words point at — markers as words or word parts, and aliases —
    /// most specific first; a body above another one found is dropped ("Sprecher der US-Armee" is
    /// the army's, not the White House's).
    func qualifiers(_ words: [KnowledgeIndex.Word], matches: [Match], head: Int?) -> [Int] {
        var found: [Int] = []
        func note(_ institutions: [Int]) { for institution in institutions where !found.contains(institution) { found.append(institution) } }
        for match in matches where !attachesElsewhere(words, match.range, head: head) {
            if case let .institution(institution) = match.target { note([institution]) }
        }
        for length in stride(from: min(index.longestMarker, words.count), through: 1, by: -1) {
            for start in 0...(words.count - length) where !attachesElsewhere(words, start..<(start + length), head: head) {
                let key = words[start..<(start + length)].map(\.stem).joined(separator: " ")
                if let institutions = index.markers[key] { note(institutions) }
            }
        }
        for (position, word) in words.enumerated() where word.lower.containsWord("-") && (position == head || isBodyWord(word, at: position)) {
            for part in word.lower.split(separator: "-") {
                if let institutions = index.markers[KnowledgeIndex.stem(String(part))] { note(institutions) }
            }
        }
        let chains = found.map { base.ancestors(ofInstitution: base.institutions[$0].id) }
        let ids = found.map { base.institutions[$0].id }
        let specific = found.indices.filter { index in
            !chains.indices.contains { other in other != index && chains[other].dropFirst().contains(ids[index]) }
        }
        return specific.sorted { chains[$0].count != chains[$1].count ? chains[$0].count > chains[$1].count : $0 < $1 }.map { found[$0] }
    }

    /// Bodies named by the first part of another word's compound ("US-Küstenwache").
    func compoundQualifiers(_ words: [KnowledgeIndex.Word], head: Int) -> [Int] {
        words.indices.filter { $0 != head }.compactMap { position -> Int? in
            let parts = words[position].lower.split(separator: "-")
            guard parts.count > 1 else { return nil }
            return index.markers[KnowledgeIndex.stem(String(parts[0]))]?.first
        }
    }

    /// Whether a marker belongs to another noun than the head: "des russischen Fußballverbands"
    /// (an adjective before a noun that is no body), "des Verbands Russlands" (a genitive after one).
    func attachesElsewhere(_ words: [KnowledgeIndex.Word], _ range: Range<Int>, head: Int?) -> Bool {
        guard let head, !range.contains(head) else { return false }
        if !words[range.lowerBound].isCapitalized {
            guard let noun = words[range.upperBound...].firstIndex(where: \.isCapitalized) else { return false }
            return noun != head && !isBodyWord(words[noun], at: noun)
        }
        var before = range.lowerBound - 1
        while before > head, index.articles.contains(words[before].lower) { before -= 1 }
        return before > head && words[before].isCapitalized && !isBodyWord(words[before], at: before)
    }

    /// A word that names a body or an office: an alias, a marker, an office or role noun.
    func isBodyWord(_ word: KnowledgeIndex.Word, at position: Int) -> Bool {
        index.markers[word.stem] != nil || singleHeadNoun(word, at: position).map { !$0.byLastPart } == true
            || index.aliases[word.stem]?.contains(where: { if case .institution = $0 { true } else { false } }) == true
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
        /// A word before the head that belongs to the noun ("stellvertretende Generalsekretärin").
        var consumed: Int?
        /// "ein Sprecher": one of several, so no unique office's holder.
        var indefinite = false
        /// Read by the last part of a compound whose first part is no known body ("Notenbankchef"):
        /// a role, never a unique office.
        var byLastPart = false
    }

    /// The office or role noun at the head, with the body its own compound names
    /// ("Pentagonsprecher" → Pentagon + Sprecher, "Nato-Diplomat" → NATO + Diplomat).
    func headNoun(_ words: [KnowledgeIndex.Word], at position: Int) -> Head? {
        guard var head = singleHeadNoun(words[position], at: position) else { return nil }
        head.indefinite = words[..<position].contains { index.indefiniteArticles.contains($0.lower) }
        // A noun of several words the base lists ("stellvertretender Generalsekretär") is its own
        // office: the modifier is part of its name, not a deputy of the holder.
        if position > 0 {
            let key = words[position - 1].stem + " " + head.noun
            if index.nouns[key] != nil {
                head.noun = key
                head.deputy = false
                head.consumed = position - 1
            }
        }
        return head
    }

    /// The head a single word reads as (`singleHeadNoun` remembers it per word, `HeadNounMemo.swift`).
    func readSingleHeadNoun(_ word: KnowledgeIndex.Word, at position: Int) -> Head? {
        if index.nouns[word.stem] != nil { return Head(word: position, noun: word.stem) }
        var parts = word.lower.split(separator: "-").map(String.init)
        guard parts.count > 1 else { return closedHead(word.lower, position: position) }
        let joined = KnowledgeIndex.stem(parts.joined())
        let deputy = index.deputyPrefixes.contains(parts[0])
        let former = index.formerPrefixes.contains(parts[0])
        if index.nouns[joined] != nil { return Head(word: position, noun: joined) }
        if deputy || former { parts.removeFirst() }
        guard let lastPart = parts.last else { return nil }
        let last = KnowledgeIndex.stem(lastPart)
        let qualifier = parts.dropLast().lazy.compactMap { index.markers[KnowledgeIndex.stem($0)]?.first }.first
        if index.nouns[last] != nil {
            return Head(word: position, noun: last, qualifier: qualifier, deputy: deputy, former: former)
        }
        guard var head = closedHead(lastPart, position: position) else { return nil }
        head.qualifier = head.qualifier ?? qualifier
        head.deputy = head.deputy || deputy
        head.former = head.former || former
        return head
    }

    /// A closed compound: a deputy prefix and a noun ("vizeaußenminister"), a marker and a noun
    /// ("pentagonsprecher", "kremlchef"), or any word ending in a noun ("Regierungssprecher"),
    /// since German compounds are headed by their last part.
    func closedHead(_ lower: String, position: Int) -> Head? {
        if index.nouns[KnowledgeIndex.stem(lower)] != nil { return Head(word: position, noun: KnowledgeIndex.stem(lower)) }
        for prefix in index.deputyPrefixes where lower.hasPrefix(prefix) {
            let rest = KnowledgeIndex.stem(String(lower.dropFirst(prefix.count)))
            if index.nouns[rest] != nil { return Head(word: position, noun: rest, deputy: true) }
        }
        if let split = compound(lower) { return Head(word: position, noun: split.noun, qualifier: split.qualifier) }
        let cuts = WordCuts(lower)
        guard cuts.count >= 7 else { return nil }
        for cut in 3...(cuts.count - 4) {
            let rest = KnowledgeIndex.stem(cuts.suffix(from: cut))
            if index.nouns[rest] != nil { return Head(word: position, noun: rest, byLastPart: true) }
        }
        return nil
    }

    /// A closed compound of a marker and a noun ("pentagonsprecher", "kremlchef").
    func compound(_ lower: String) -> (noun: String, qualifier: Int)? {
        splitCompound(lower, shortestPrefix: 2) { index.markers[KnowledgeIndex.stem($0)]?.first }
    }

    /// The first split of a closed compound into a prefix of at least `shortestPrefix` letters that
    /// `reading` knows (as it is, or without a linking "s": "regierungs|beamter") and a noun of the
    /// base of at least four letters; the noun's stem and what `reading` made of the prefix.
    func splitCompound<Reading>(_ lower: String, shortestPrefix: Int, reading: (String) -> Reading?) -> (noun: String, qualifier: Reading)? {
        let cuts = WordCuts(lower)
        guard cuts.count >= shortestPrefix + 4 else { return nil }
        for cut in shortestPrefix...(cuts.count - 4) {
            let rest = KnowledgeIndex.stem(cuts.suffix(from: cut))
            guard index.nouns[rest] != nil else { continue }
            var prefix = cuts.prefix(cut)
            if let found = reading(prefix) { return (rest, found) }
            if prefix.hasSuffix("s") {
                prefix.removeLast()
                if let found = reading(prefix) { return (rest, found) }
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
