import Foundation

/// Terms in a dense trie over scalars below U+0300: a step is two array reads, so the terms a word
/// starts or ends with are found in one walk over its scalars, without building strings. Topic terms
/// are stored forwards and backwards; titles and institutions backwards (`SpeakerLexicon`).
///
/// Terms are stored in NFC. A word whose scalars all lie in U+0020..<U+0300 is in NFC with one scalar
/// per `Character`, so for it scalar equality is `String` equality; terms whose NFC leaves that range
/// can equal no such word and are left out (`longest` still counts them for the string path).
struct ScalarTrie: Sendable {
    /// The letter index of each scalar value below U+0300 that occurs in a term, -1 for the others.
    private let letters: [Int32]
    private let width: Int
    /// Child of a node at `node * width + letter`; 0 for none (the root is nobody's child).
    private var children: [Int32]
    /// The payloads (topic indices) of the terms spelled by the path to each node; a node that ends
    /// a term without a payload holds `[0]`.
    private(set) var hits: [[Int]] = [[]]
    /// The most scalars any term has in NFD: a text longer than that is canonically equivalent to
    /// no term, since decomposition never shortens a text.
    let longest: Int

    /// The terms with their payloads; `backwards` stores each term spelled from its end.
    init(_ terms: [(term: String, payload: [Int])], backwards: Bool = false) {
        longest = terms.map { $0.term.decomposedStringWithCanonicalMapping.unicodeScalars.count }.max() ?? 0
        let simple = terms.compactMap { term, payload in
            ScalarTrie.simpleScalars(term).map { (backwards ? Array($0.reversed()) : $0, payload) }
        }
        var letters = [Int32](repeating: -1, count: 0x300)
        var width = 0
        for (scalars, _) in simple {
            for scalar in scalars where letters[Int(scalar.value)] < 0 {
                letters[Int(scalar.value)] = Int32(width)
                width += 1
            }
        }
        self.letters = letters
        self.width = max(width, 1)
        children = [Int32](repeating: 0, count: self.width)
        for (scalars, payload) in simple {
            var node = 0
            for scalar in scalars {
                let slot = node * self.width + Int(letters[Int(scalar.value)])
                if children[slot] == 0 {
                    children[slot] = Int32(hits.count)
                    hits.append([])
                    children.append(contentsOf: repeatElement(0, count: self.width))
                }
                node = Int(children[slot])
            }
            hits[node] += payload
        }
    }

    /// Entries without a payload, spelled backwards: for `anyEntry(endingAt:in:where:)`.
    init(backwards entries: Set<String>) {
        self.init(entries.map { ($0, [0]) }, backwards: true)
    }

    /// The node reached from `node` by `scalar`, or nil.
    @inline(__always)
    func child(of node: Int, _ scalar: Unicode.Scalar) -> Int? {
        guard scalar.value < 0x300 else { return nil }
        let letter = letters[Int(scalar.value)]
        guard letter >= 0 else { return nil }
        let next = children[node * width + Int(letter)]
        return next == 0 ? nil : Int(next)
    }

    /// For a trie of terms spelled backwards: calls `body` with the length of every term that
    /// `scalars[..<end]` ends in, shortest first, until it returns true; returns whether it did.
    func anyEntry(endingAt end: Int, in scalars: [Unicode.Scalar], where body: (Int) -> Bool) -> Bool {
        var node = 0
        var position = end
        while position > 0 {
            position -= 1
            guard let next = child(of: node, scalars[position]) else { return false }
            node = next
            if !hits[node].isEmpty, body(end - position) { return true }
        }
        return false
    }

    /// The term's scalars in NFC when they all lie in the simple range, else nil.
    static func simpleScalars(_ term: String) -> [Unicode.Scalar]? {
        let scalars = Array(term.precomposedStringWithCanonicalMapping.unicodeScalars)
        return isSimple(scalars[...]) ? scalars : nil
    }

    /// Whether the scalars are a text the trie can answer for exactly (see the type's note).
    static func isSimple(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
        scalars.allSatisfy { $0.value >= 0x20 && $0.value < 0x300 }
    }
}
