public import Foundation

/// A problem with the lexicon file.
public enum LexiconError: Error, LocalizedError, Equatable {
    case unreadable(path: String, reason: String)
    case malformed(path: String, line: Int, reason: String)

    public var errorDescription: String? {
        switch self {
        case let .unreadable(path, reason): "\(path): cannot read the lexicon: \(reason)"
        case let .malformed(path, line, reason): "\(path):\(line): error: \(reason)"
        }
    }
}

/// German word forms → their readings (word class, lemma, case/number/gender, verb form, mood, person),
/// from `rules/lexicon/german.lexicon` (one line per form, sorted by bytes; written by
/// `rules/lexicon/expand.py`). Opening it only samples the file; a lookup binary-searches the bytes and
/// decodes that one line, so nothing is parsed that no text asks for.
public struct GermanLexicon: Sendable {
    /// The file's text, contiguous UTF-8 (a compiled-in literal is used where it lies).
    let text: String
    let lines: SortedLines
    let path: String

    /// The lexicon of the rules directory of this checkout.
    public static var defaultPath: String {
        (RuleSet.checkoutDirectory as NSString).appendingPathComponent("lexicon/german.lexicon")
    }

    /// Reads a lexicon file.
    public static func load(path: String = defaultPath) throws(LexiconError) -> GermanLexicon {
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
            throw .unreadable(path: path, reason: error.localizedDescription)
        }
        return try GermanLexicon(parsing: String(decoding: data, as: UTF8.self), path: path)
    }

    /// Opens the text of a lexicon file (its header and a sample of its lines are checked; `validate()`
    /// checks every line); `path` names it in errors.
    public init(parsing text: String, path: String) throws(LexiconError) {
        var text = text
        text.makeContiguousUTF8()
        self.text = text
        self.path = path
        let opened = text.utf8.withContiguousStorageIfAvailable { SortedLines.open($0, path: path) }
        lines = try (opened ?? .failure(.unreadable(path: path, reason: "not contiguous UTF-8"))).get()
    }

    /// How many distinct word forms the lexicon knows (counts the lines).
    public var formCount: Int { withBytes { lines.count(in: $0) } }

    /// The readings of exactly this form.
    public func analyses(of form: String) -> [WordAnalysis] { analyses(of: form, withLemmas: true) }

    /// The readings of exactly this form; without lemmas (each ""), one reading stands for all the
    /// particle verbs a separated stem belongs to, and no lemma string is built.
    func analyses(of form: String, withLemmas: Bool) -> [WordAnalysis] {
        var form = form
        return form.withUTF8 { analyses(ofUTF8: $0, withLemmas: withLemmas) }
    }

    /// The readings of exactly this form, given as UTF-8 bytes (NFC, as the file).
    func analyses(ofUTF8 form: UnsafeBufferPointer<UInt8>, withLemmas: Bool = true) -> [WordAnalysis] {
        withBytes { bytes in
            guard let line = lines.find(form, in: bytes) else { return [] }
            var result: [WordAnalysis] = []
            ReadingDecoder(bytes: bytes, form: form, withLemmas: withLemmas).decode(line, into: &result)
            return result
        }
    }

    /// The readings of a word as it stands in a text: exact, and with its first letter in the other case
    /// (a verb at the start of a sentence, a noun written in capitals).
    public func lookup(_ word: String) -> [WordAnalysis] { lookup(word, withLemmas: true) }

    func lookup(_ word: String, withLemmas: Bool) -> [WordAnalysis] {
        guard let first = word.first else { return [] }
        let flipped = (first.isUppercase ? first.lowercased() : first.uppercased()) + word.dropFirst()
        return analyses(of: word, withLemmas: withLemmas) + (flipped == word ? [] : analyses(of: flipped, withLemmas: withLemmas))
    }

    /// Checks every line: sorted, unique forms, readings that decode. Slow (reads the whole file); for
    /// tests and `--check`-style tools, not for every run.
    public func validate() throws(LexiconError) {
        let result = withBytes { lines.validate($0, path: path) }
        if let error = result { throw error }
    }

    func withBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        // `init` made the text contiguous, so the storage is always available.
        text.utf8.withContiguousStorageIfAvailable(body) ?? body(UnsafeBufferPointer(start: nil, count: 0))
    }
}
