public import Foundation

/// The quotation types of the Wikinews corpus, spelled as in its JSON.
public enum QuoteType: String, Sendable, Codable, CaseIterable, Comparable {
    case direct = "Direct"
    case indirect = "Indirect"
    case indirectFreeIndirect = "IndirectFreeIndirect"
    case freeIndirect = "FreeIndirect"
    case reported = "Reported"

    public static func < (lhs: QuoteType, rhs: QuoteType) -> Bool {
        (allCases.firstIndex(of: lhs) ?? 0) < (allCases.firstIndex(of: rhs) ?? 0)
    }
}

/// One contiguous piece of a role: scalar offsets and the token indices it covers (`end` exclusive).
public struct WikinewsSpan: Hashable, Sendable, Codable {
    public var charBegin: Int
    public var charEnd: Int
    public var begin: Int
    public var end: Int

    public init(charBegin: Int, charEnd: Int, begin: Int, end: Int) {
        self.charBegin = charBegin
        self.charEnd = charEnd
        self.begin = begin
        self.end = end
    }
}

/// The quote, speaker, cue, frame or addressee of an annotation; empty when absent.
public struct WikinewsRole: Hashable, Sendable, Codable {
    public var text: String
    public var spans: [WikinewsSpan]
    public var tokenIds: [Int]

    public init(text: String = "", spans: [WikinewsSpan] = [], tokenIds: [Int] = []) {
        self.text = text
        self.spans = spans
        self.tokenIds = tokenIds
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        text = try container.decodeIfPresent(String.self, forKey: .text) ?? ""
        spans = try container.decodeIfPresent([WikinewsSpan].self, forKey: .spans) ?? []
        tokenIds = try container.decodeIfPresent([Int].self, forKey: .tokenIds) ?? []
    }

    public static let empty = WikinewsRole()
}

/// One quotation of an article, gold or predicted.
public struct WikinewsAnnotation: Hashable, Sendable, Codable {
    public var id: Int
    public var type: QuoteType
    /// Speech, Writing, Thought, SW, ST, TW or none.
    public var medium: String?
    public var quote: WikinewsRole
    public var speaker: WikinewsRole
    public var cue: WikinewsRole
    public var frame: WikinewsRole
    public var addressee: WikinewsRole
    public var isNested: Bool
    public var hasNested: Bool
    /// For predictions: the rule and sieves that decided (not part of the gold format; scorers ignore it).
    public var rule: String?

    public init(
        id: Int, type: QuoteType, medium: String?, quote: WikinewsRole, speaker: WikinewsRole = .empty,
        cue: WikinewsRole = .empty, frame: WikinewsRole = .empty, addressee: WikinewsRole = .empty,
        isNested: Bool = false, hasNested: Bool = false, rule: String? = nil
    ) {
        self.id = id
        self.type = type
        self.medium = medium
        self.quote = quote
        self.speaker = speaker
        self.cue = cue
        self.frame = frame
        self.addressee = addressee
        self.isNested = isNested
        self.hasNested = hasNested
        self.rule = rule
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decodeIfPresent(Int.self, forKey: .id) ?? 0
        type = try container.decode(QuoteType.self, forKey: .type)
        medium = try container.decodeIfPresent(String.self, forKey: .medium)
        quote = try container.decode(WikinewsRole.self, forKey: .quote)
        speaker = try container.decodeIfPresent(WikinewsRole.self, forKey: .speaker) ?? .empty
        cue = try container.decodeIfPresent(WikinewsRole.self, forKey: .cue) ?? .empty
        frame = try container.decodeIfPresent(WikinewsRole.self, forKey: .frame) ?? .empty
        addressee = try container.decodeIfPresent(WikinewsRole.self, forKey: .addressee) ?? .empty
        isNested = try container.decodeIfPresent(Bool.self, forKey: .isNested) ?? false
        hasNested = try container.decodeIfPresent(Bool.self, forKey: .hasNested) ?? false
        rule = try container.decodeIfPresent(String.self, forKey: .rule)
    }

    /// The role of a part.
    public subscript(part: Part) -> WikinewsRole {
        switch part {
        case .quote: quote
        case .speaker: speaker
        case .cue: cue
        case .frame: frame
        case .addressee: addressee
        }
    }
}

/// A token of the corpus; `sentence` counts from 1.
public struct WikinewsToken: Hashable, Sendable, Codable {
    public var id: Int
    public var charBegin: Int
    public var charEnd: Int
    public var text: String
    public var sentence: Int
    public var word: Int?

    public init(id: Int, charBegin: Int, charEnd: Int, text: String, sentence: Int, word: Int? = nil) {
        self.id = id
        self.charBegin = charBegin
        self.charEnd = charEnd
        self.text = text
        self.sentence = sentence
        self.word = word
    }
}

/// A sentence of the corpus; `id` counts from 0, `begin`/`end` are token indices.
public struct WikinewsSentence: Hashable, Sendable, Codable {
    public var id: Int
    public var begin: Int
    public var end: Int
    public var charBegin: Int
    public var charEnd: Int
    public var text: String
    public var tokenIds: [Int]
    public var tokens: [String]

    public init(id: Int, begin: Int, end: Int, charBegin: Int, charEnd: Int, text: String, tokenIds: [Int], tokens: [String]) {
        self.id = id
        self.begin = begin
        self.end = end
        self.charBegin = charBegin
        self.charEnd = charEnd
        self.text = text
        self.tokenIds = tokenIds
        self.tokens = tokens
    }
}

/// One article of the Wikinews quotation corpus (Petersen-Frey & Biemann 2024), gold or predicted.
public struct WikinewsDocument: Hashable, Sendable, Codable {
    public var documentName: String?
    public var originalText: String
    public var tokens: [WikinewsToken]
    public var sentences: [WikinewsSentence]
    public var annotations: [WikinewsAnnotation]

    public init(
        documentName: String?, originalText: String, tokens: [WikinewsToken],
        sentences: [WikinewsSentence], annotations: [WikinewsAnnotation]
    ) {
        self.documentName = documentName
        self.originalText = originalText
        self.tokens = tokens
        self.sentences = sentences
        self.annotations = annotations
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        documentName = try container.decodeIfPresent(String.self, forKey: .documentName)
        originalText = try container.decode(String.self, forKey: .originalText)
        tokens = try container.decode([WikinewsToken].self, forKey: .tokens)
        sentences = try container.decodeIfPresent([WikinewsSentence].self, forKey: .sentences) ?? []
        annotations = try container.decodeIfPresent([WikinewsAnnotation].self, forKey: .annotations) ?? []
    }

    /// Decodes and checks a document: token offsets in bounds, annotation token ids known.
    public static func decode(_ data: Data, path: String) throws(EvalError) -> WikinewsDocument {
        let document: WikinewsDocument
        do {
            document = try JSONDecoder().decode(WikinewsDocument.self, from: data)
        } catch let error as DecodingError {
            throw .malformedGold(path: path, reason: describe(error))
        } catch {
            throw .malformedGold(path: path, reason: error.localizedDescription)
        }
        try document.check(path: path)
        return document
    }

    /// Reads one file.
    public static func load(path: String) throws(EvalError) -> WikinewsDocument {
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
            throw .unreadableGold(path: path, reason: error.localizedDescription)
        }
        return try decode(data, path: path)
    }

    /// The encoding the corpus uses: compact JSON with sorted keys.
    public func encoded() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self)
    }

    func check(path: String) throws(EvalError) {
        let length = originalText.unicodeScalars.count
        let ids = Set(tokens.map(\.id))
        if ids.count != tokens.count { throw .malformedGold(path: path, reason: "duplicate token ids") }
        for token in tokens where token.charBegin < 0 || token.charEnd < token.charBegin || token.charEnd > length {
            throw .malformedGold(
                path: path, reason: "token \(token.id) offsets \(token.charBegin)..<\(token.charEnd) outside the text (\(length) scalars)")
        }
        for annotation in annotations {
            for part in Part.allCases {
                if let unknown = annotation[part].tokenIds.first(where: { !ids.contains($0) }) {
                    throw .malformedGold(path: path, reason: "annotation \(annotation.id) \(part.rawValue) names unknown token \(unknown)")
                }
            }
        }
    }

    static func describe(_ error: DecodingError) -> String {
        func at(_ context: DecodingError.Context) -> String {
            let path = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
            return path.isEmpty ? "" : " at \(path.hasPrefix(".") ? String(path.dropFirst()) : path)"
        }
        switch error {
        case let .typeMismatch(type, context): return "expected \(type)\(at(context))"
        case let .valueNotFound(type, context): return "missing \(type) value\(at(context))"
        case let .keyNotFound(key, context): return "missing key '\(key.stringValue)'\(at(context))"
        case let .dataCorrupted(context):
            let detail = (context.underlyingError as NSError?)?.userInfo[NSDebugDescriptionErrorKey] as? String
            let message = detail ?? context.debugDescription
            return message.prefix(1).lowercased() + message.dropFirst() + at(context)
        @unknown default: return "undecodable JSON"
        }
    }
}
