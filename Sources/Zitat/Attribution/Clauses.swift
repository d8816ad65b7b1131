/// A clause of a sentence with its finite verb and topological fields (all token ranges into the
/// article): "[Am Montag]Vorfeld [hat]linke Klammer [der Minister]Mittelfeld [gesagt]rechte Klammer".
struct Clause: Sendable, Equatable {
    enum Kind: Sendable, Equatable {
        /// Verb first or second: "Der Minister sagte …", "Sagte er …".
        case main
        /// Opened by a subordinator, verb last: "…, dass er komme".
        case subordinate
        /// Opened by a relative pronoun, perhaps after a preposition: "…, der gestern sprach", "…, von dem sie glaubt".
        case relative
        /// A zu-infinitive without a finite verb: "…, den Vertrag zu kündigen".
        case infinitive
        /// Inside round brackets or dashes.
        case parenthetical
    }

    var kind: Kind
    var tokens: Range<Int>
    /// The finite verb, if the clause has one.
    var finite: Int?
    var prefield: Range<Int>
    /// The finite verb of a main clause; the subordinator or relative phrase of a dependent one.
    var leftBracket: Range<Int>
    var middleField: Range<Int>
    /// The verbs at the end: participles, infinitives, separable particles (and the finite verb of a
    /// dependent clause).
    var rightBracket: Range<Int>
    var postfield: Range<Int>
}

/// Splits sentences into clauses, linear in the sentence's length: the sentence is cut at clause
/// separators (comma, semicolon, colon, dash, brackets) outside quotations, each piece is classed by
/// its first words, and its fields are found from its finite verb and the verbs that end it. A piece
/// without any verb (an apposition: "…, der Sprecher der Partei, …") joins the clause before it.
extension TextView {
    func clauses(ofSentence sentence: Int) -> [Clause] {
        let range = segmentation.sentences[sentence].tokens
        var result: [Clause] = []
        var start = range.lowerBound
        var bracketStart: Int?
        for index in range {
            let text = tokens[index].text
            if text == "(" && isOutsideQuotes(index) && bracketStart == nil {
                // The clause around the brackets goes on after them.
                bracketStart = index + 1
            } else if text == ")", let opened = bracketStart {
                if opened < index { result.append(fields(of: opened..<index, kind: .parenthetical)) }
                bracketStart = nil
            } else if bracketStart == nil, isClauseBoundary(index) {
                if start < index { appendClause(start..<index, into: &result) }
                start = index + 1
            }
        }
        if start < range.upperBound { appendClause(start..<range.upperBound, into: &result) }
        return result
    }

    /// The smallest clause that holds the token, if any.
    func clause(containing index: Int, in clauses: [Clause]) -> Clause? {
        clauses.filter { $0.tokens.contains(index) }.min { $0.tokens.count < $1.tokens.count }
    }

    private func isClauseBoundary(_ index: Int) -> Bool {
        guard isOutsideQuotes(index) else { return false }
        switch tokens[index].text {
        case ",", ";", ":", "–", "—": return true
        default: return false
        }
    }

    /// Classes a piece and adds it, or joins it to the clause before when it has no verb of its own.
    private func appendClause(_ piece: Range<Int>, into clauses: inout [Clause]) {
        var first = piece.lowerBound
        // Coordinated clauses: the coordinator before the clause's own first word.
        while first < piece.upperBound, !isWord(first) || facts(first).classes.contains(WordClasses(.coordinator)) { first += 1 }
        let hasVerb = piece.contains { isVerbForm($0) && !inBrackets[$0] }
        if !hasVerb, var last = clauses.popLast() {
            last.tokens = last.tokens.lowerBound..<piece.upperBound
            last.postfield = last.postfield.isEmpty ? piece : last.postfield.lowerBound..<piece.upperBound
            clauses.append(last)
            return
        }
        let body = first..<piece.upperBound
        let kind: Clause.Kind
        // A dependent clause ends in its finite verb ("während er sprach", not "während der Sitzung").
        let verbLast = fields(of: body, kind: .subordinate).finite != nil
        if first < piece.upperBound, isSubordinator(first), verbLast || facts(first).governs.isEmpty {
            kind = .subordinate
        } else if first < piece.upperBound, opensRelative(first), verbLast {
            kind = .relative
        } else if !body.contains(where: { finiteCandidate($0) }), body.contains(where: { isZuInfinitive($0) }) {
            kind = .infinitive
        } else {
            kind = .main
        }
        var clause = fields(of: body, kind: kind)
        clause.tokens = piece
        clauses.append(clause)
    }

    /// The fields of a clause of a known kind.
    private func fields(of body: Range<Int>, kind: Clause.Kind) -> Clause {
        let end = body.upperBound
        // The right bracket: the last run of verb forms and particles, after the left bracket.
        var bracketEnd = end
        while bracketEnd > body.lowerBound, !isWord(bracketEnd - 1) { bracketEnd -= 1 }
        var bracketStart = bracketEnd
        while bracketStart > body.lowerBound, isWord(bracketStart - 1), isRightBracketWord(bracketStart - 1, last: bracketStart == bracketEnd) {
            bracketStart -= 1
        }
        var clause = Clause(kind: kind, tokens: body, finite: nil, prefield: body.lowerBound..<body.lowerBound,
                            leftBracket: body.lowerBound..<body.lowerBound, middleField: body, rightBracket: bracketStart..<bracketEnd,
                            postfield: bracketEnd..<end)
        switch kind {
        case .main, .parenthetical:
            // Verb second (or first): the first finite verb.
            let candidates = body.lazy.filter { finiteCandidate($0) && (kind == .parenthetical || !self.inBrackets[$0]) }
            guard var finite = candidates.first else {
                clause.middleField = body.lowerBound..<bracketStart
                return clause
            }
            // "Im April letzten Jahres hatte …": an -en form before a capitalised word, with a finite verb
            // after it, is an adjective of the prefield.
            if lower[finite].hasSuffix("en"), finite + 1 < body.upperBound, isCapitalized(finite + 1),
               let later = candidates.first(where: { $0 > finite }) {
                finite = later
            }
            clause.finite = finite
            clause.prefield = body.lowerBound..<finite
            clause.leftBracket = finite..<(finite + 1)
            // The finite verb is the left bracket, not part of the right one ("teilte mit").
            clause.rightBracket = max(bracketStart, finite + 1)..<max(bracketEnd, finite + 1)
            clause.middleField = (finite + 1)..<max(finite + 1, clause.rightBracket.lowerBound)
        case .subordinate, .relative, .infinitive:
            var opener = body.lowerBound
            if kind == .relative, facts(opener).governs != [] { opener += 1 }
            // "in dessen Folge", "deren Sprecher": a genitive relative with its noun.
            if kind == .relative, facts(opener).determiner.cases == [.genitive], opener + 1 < body.upperBound, isCapitalized(opener + 1) {
                opener += 1
            }
            let left = kind == .infinitive ? body.lowerBound : opener + 1
            clause.leftBracket = body.lowerBound..<left
            // "…, den Vertrag gekündigt zu haben": a zu-infinitive ends the clause, so no finite verb does.
            let endsInZu = clause.rightBracket.last.map { isZuInfinitive($0) || ($0 > 0 && lower[$0 - 1] == "zu") } ?? false
            clause.finite = kind == .infinitive || endsInZu ? nil : clause.rightBracket.last { finiteCandidate($0) }
            clause.middleField = left..<max(left, bracketStart)
        }
        return clause
    }

    /// A finite verb form by the lexicon that is no closed-class word ("einen", "meinen" before a noun
    /// are articles), not capitalised except at the start of a sentence or quotation.
    func finiteCandidate(_ index: Int) -> Bool {
        guard isWord(index), tokens[index].kind == .word else { return false }
        let facts = facts(index)
        guard facts.isFinite, facts.determiner.isEmpty, facts.governs.isEmpty else { return false }
        // "zu kündigen": an infinitive, though the plural present reads the same.
        if index > 0, lower[index - 1] == "zu" { return false }
        // An attributive adjective before its noun: "im gleichen Interview", "der verbreiteten Erklärung".
        if index + 1 < tokens.count, isWord(index + 1), isCapitalized(index + 1), !isSentenceInitial(index),
           facts.participleAdjective || index > 0 && (!self.facts(index - 1).determiner.isEmpty || !self.facts(index - 1).governs.isEmpty
               || has(index - 1, .preposition) || has(index - 1, .determiner)) {
            return false
        }
        if isCapitalized(index), !isSentenceInitial(index), !(index > 0 && TokenGrammar.opensClause(tokens[index - 1].text)) { return false }
        return true
    }

    private func isVerbForm(_ index: Int) -> Bool {
        finiteCandidate(index) || (!isCapitalized(index) && !facts(index).nonFinite.isEmpty && facts(index).determiner.isEmpty)
    }

    /// A verb form or "zu" of the verbs that end a clause; a separable particle only as its last word
    /// ("teilte … mit"), where it cannot be a preposition.
    private func isRightBracketWord(_ index: Int, last: Bool) -> Bool {
        guard !isCapitalized(index) || isSentenceInitial(index) else { return false }
        let facts = facts(index)
        if last, facts.classes.contains(WordClasses(.verbParticle)) { return true }
        if lower[index] == "zu" { return !last && self.facts(index + 1).nonFinite.contains(.infinitive) }
        return (facts.isFinite || !facts.nonFinite.isEmpty) && facts.determiner.isEmpty && facts.governs.isEmpty
    }

    private func isZuInfinitive(_ index: Int) -> Bool {
        facts(index).nonFinite.contains(.zuInfinitive) || (lower[index] == "zu" && facts(index + 1).nonFinite.contains(.infinitive))
    }

    private func isSubordinator(_ index: Int) -> Bool {
        facts(index).classes.contains(WordClasses(.subordinator)) && !facts(index).classes.contains(WordClasses(.article))
    }

    /// A relative pronoun, or a preposition before one ("von dem", "mit denen"), right after a comma.
    private func opensRelative(_ index: Int) -> Bool {
        guard index > 0, tokens[index - 1].text == "," else { return false }
        let relative = WordClasses(.relativePronoun)
        if facts(index).classes.contains(relative) { return !isCapitalized(index + 1) }
        // "von dem die Polizei glaubt", not "für die PlayStation" (an article before its noun).
        return !facts(index).governs.isEmpty && facts(index + 1).classes.contains(relative)
            && (!facts(index + 1).classes.contains(WordClasses(.article)) || !isCapitalized(index + 2))
    }
}
