/// What a token is, as far as the attribution stages care.
public enum TokenKind: String, Sendable, Codable {
    case word, number, punctuation, symbol
}

/// A word or punctuation mark of the text.
public struct Token: Hashable, Sendable {
    public var span: Span
    public var text: String
    public var kind: TokenKind
    /// Index of the sentence the token belongs to.
    public var sentence: Int

    public init(span: Span, text: String, kind: TokenKind, sentence: Int) {
        self.span = span
        self.text = text
        self.kind = kind
        self.sentence = sentence
    }

    public var isCapitalized: Bool { Token.isCapitalized(text) }

    /// Whether a token text's first scalar is upper case.
    static func isCapitalized(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first else { return false }
        // ASCII needs no Unicode property lookup: its upper case letters are A–Z.
        return first.isASCII ? (0x41...0x5A).contains(first.value) : first.properties.isUppercase
    }
}

/// A sentence: its span (without trailing whitespace) and its tokens.
public struct Sentence: Hashable, Sendable {
    public var span: Span
    public var paragraph: Int
    /// Indices into `Segmentation.tokens`.
    public var tokens: Range<Int>

    public init(span: Span, paragraph: Int, tokens: Range<Int>) {
        self.span = span
        self.paragraph = paragraph
        self.tokens = tokens
    }
}

/// A paragraph: a line of the article, or lines not separated by a blank line.
public struct Paragraph: Hashable, Sendable {
    public var span: Span
    /// Indices into `Segmentation.sentences`.
    public var sentences: Range<Int>

    public init(span: Span, sentences: Range<Int>) {
        self.span = span
        self.sentences = sentences
    }
}

/// The segmentation stage's result: paragraphs, sentences and tokens over the original text.
public struct Segmentation: Sendable {
    public var paragraphs: [Paragraph]
    public var sentences: [Sentence]
    public var tokens: [Token]

    public init(paragraphs: [Paragraph], sentences: [Sentence], tokens: [Token]) {
        self.paragraphs = paragraphs
        self.sentences = sentences
        self.tokens = tokens
    }
}

/// One pair of quotation marks and what they enclose.
public struct Quotation: Hashable, Sendable {
    /// The opening mark.
    public var open: Span
    /// The closing mark; nil when the quote was never closed (then `content` ends at the paragraph end).
    public var close: Span?
    /// The text between the marks.
    public var content: Span
    /// 0 for an outermost quotation, 1 inside another, and so on.
    public var depth: Int
    /// For a quote that continues over paragraphs (re-opened at each paragraph start), the
    /// index of the first quotation of the chain in `quotations`.
    public var continues: Int?

    public init(open: Span, close: Span?, content: Span, depth: Int, continues: Int? = nil) {
        self.open = open
        self.close = close
        self.content = content
        self.depth = depth
        self.continues = continues
    }

    /// From the opening mark to the closing mark (or the content's end).
    public var outer: Span { Span(open.start, close?.end ?? content.end) }
}
