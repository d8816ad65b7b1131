import Synchronization

/// The German lexicon file of a rule set, parsed on first use and shared by every rule set read from the
/// same file (a run loads it once, however many rule sets, analyzers and threads ask for it).
public final class LexiconSource: Sendable {
    /// The file ("<embedded>/lexicon/german.lexicon"), nil when the rules carry none.
    public let origin: String?
    private let text: String?

    /// A rule set without a lexicon: attribution falls back to word shapes.
    public static let none = LexiconSource(origin: nil, text: nil)

    public init(origin: String?, text: String?) {
        self.origin = origin
        self.text = text
    }

    /// Parsed lexicons by origin and size, for the life of the process.
    private static let cache = Mutex<[String: Result<GermanLexicon, LexiconError>]>([:])

    /// The parsed lexicon, or the error that names the file and line; nil without a file.
    public var result: Result<GermanLexicon, LexiconError>? {
        guard let origin, let text else { return nil }
        let key = "\(origin)#\(text.utf8.count)"
        // Parsed under the lock: a second thread waits for the first parse instead of repeating it.
        return Self.cache.withLock { cache in
            if let known = cache[key] { return known }
            let parsed = Result { () throws(LexiconError) in try GermanLexicon(parsing: text, path: origin) }
            cache[key] = parsed
            return parsed
        }
    }

    /// The parsed lexicon; nil without a file or when it does not parse (`result` says why).
    public var lexicon: GermanLexicon? { try? result?.get() }
}
