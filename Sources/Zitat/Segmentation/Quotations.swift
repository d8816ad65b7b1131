/// Pairs quotation marks into quotations, paragraph by paragraph.
///
/// Needs the document and its paragraphs; adds `Quotation`s sorted by their opening mark. Handles
/// German „…“, ‚…‘, »…«, «…», English “…”, ‘…’ and ASCII "…" and '…' (told apart by their
/// neighbours), nesting, and quotes continued over paragraphs. Unpaired marks are ignored or closed
/// at their paragraph's end, never beyond it.
public struct QuotationFinder: Sendable {
    public init() {}

    /// The quotations of the document, sorted by `open.start`.
    public func quotations(in document: Document, segmentation: Segmentation) -> [Quotation] {
        var pairing = QuotePairing(scalars: document.scalars)
        let paragraphs = segmentation.paragraphs.map(\.span)
        for (index, paragraph) in paragraphs.enumerated() {
            pairing.scan(paragraph)
            pairing.endParagraph(at: paragraph.end, next: index + 1 < paragraphs.count ? paragraphs[index + 1] : nil)
        }
        return pairing.quotations
    }
}

/// The families of quotation marks; a mark only closes a quote of its own family.
enum QuoteStyle: Sendable, Equatable {
    /// „…“ or „…” (German double).
    case germanDouble
    /// ‚…‘ or ‚…’ (German single).
    case germanSingle
    /// »…« (German guillemets).
    case guillemetsInward
    /// «…» (French/Swiss guillemets).
    case guillemetsOutward
    /// ›…‹
    case singleGuillemetsInward
    /// ‹…›
    case singleGuillemetsOutward
    /// “…” (English double).
    case englishDouble
    /// ‘…’ (English single).
    case englishSingle
    /// "…" (ASCII double).
    case asciiDouble
    /// '…' (ASCII single).
    case asciiSingle
}

/// The state of the pairing: the open quotes of the current paragraph and all quotations so far.
struct QuotePairing {
    let scalars: [Unicode.Scalar]
    private(set) var quotations: [Quotation] = []
    /// Open quotes, innermost last: index into `quotations` and style.
    private var stack: [(index: Int, style: QuoteStyle)] = []
    /// The first quotation of a chain continued into the next paragraph.
    private var continuing: Int?

    init(scalars: [Unicode.Scalar]) {
        self.scalars = scalars
    }

    /// What a mark could do: close a quote of `closes` and/or open one of `opens`.
    private struct MarkRole {
        var closes: [QuoteStyle] = []
        var opens: QuoteStyle?
    }

    /// Pairs the marks of one paragraph.
    mutating func scan(_ paragraph: Span) {
        for offset in paragraph.start..<paragraph.end {
            let role = self.role(of: offset, in: paragraph)
            if !role.closes.isEmpty, let depth = stack.lastIndex(where: { role.closes.contains($0.style) }) {
                close(downTo: depth, at: Span(offset, offset + 1))
                continue
            }
            if let style = role.opens { open(style, at: offset) }
        }
    }

    /// Ends a paragraph: open quotes end here; the outermost continues if the next paragraph opens one.
    mutating func endParagraph(at end: Int, next: Span?) {
        let outermost = stack.first?.index
        while let top = stack.popLast() { quotations[top.index].content.end = max(quotations[top.index].content.start, end) }
        if let outermost, let next, startsWithOpener(next) {
            continuing = quotations[outermost].continues ?? outermost
        } else {
            continuing = nil
        }
    }

    /// Whether the paragraph's first scalar opens a quote.
    func startsWithOpener(_ paragraph: Span) -> Bool {
        guard paragraph.start < paragraph.end else { return false }
        return role(of: paragraph.start, in: paragraph).opens != nil
    }

    private mutating func open(_ style: QuoteStyle, at offset: Int) {
        var quotation = Quotation(open: Span(offset, offset + 1), close: nil, content: Span(offset + 1, offset + 1), depth: stack.count)
        if stack.isEmpty, let continuing {
            quotation.continues = continuing
            self.continuing = nil
        }
        stack.append((quotations.count, style))
        quotations.append(quotation)
    }

    /// Closes the quote at `depth` with `mark`; quotes opened inside it end unclosed before the mark.
    private mutating func close(downTo depth: Int, at mark: Span) {
        while stack.count > depth + 1, let inner = stack.popLast() {
            quotations[inner.index].content.end = max(quotations[inner.index].content.start, mark.start)
        }
        guard let top = stack.popLast() else { return }
        quotations[top.index].close = mark
        quotations[top.index].content.end = max(quotations[top.index].content.start, mark.start)
    }

    /// What the scalar at `offset` can do as a quotation mark, judged by its neighbours.
    private func role(of offset: Int, in paragraph: Span) -> MarkRole {
        let scalar = scalars[offset]
        switch scalar {
        case "\u{201E}": // „
            return MarkRole(opens: .germanDouble)
        case "\u{201A}": // ‚ (also a comma look-alike: open only before a word)
            return isWordStart(after: offset, in: paragraph) ? MarkRole(opens: .germanSingle) : MarkRole()
        case "\u{201C}": // “ closes „ or “…“, opens English; a spaced “ before a word opens inside „…“
            let opens = opensByContext(offset, in: paragraph)
            if opens, !closesByContext(offset, in: paragraph), stack.contains(where: { $0.style == .germanDouble }),
               offset > paragraph.start, scalars[offset - 1].isSpaceLike {
                return MarkRole(opens: .englishDouble)
            }
            return MarkRole(closes: [.germanDouble, .englishDouble], opens: opens ? .englishDouble : nil)
        case "\u{201D}": // ” closes „ or “, opens ”…” (Swedish) only by context
            return MarkRole(closes: [.germanDouble, .englishDouble], opens: opensByContext(offset, in: paragraph) && !closesByContext(offset, in: paragraph) ? .englishDouble : nil)
        case "\u{2018}": // ‘ closes ‚, opens English single
            return MarkRole(closes: [.germanSingle, .englishSingle], opens: opensByContext(offset, in: paragraph) ? .englishSingle : nil)
        case "\u{2019}": // ’ closes ‚ or ‘ unless it is an apostrophe inside a word
            if isInsideWord(offset, in: paragraph) { return MarkRole() }
            return MarkRole(closes: [.germanSingle, .englishSingle])
        case "\u{00BB}": // » closes «…», opens »…«
            return MarkRole(closes: [.guillemetsOutward], opens: .guillemetsInward)
        case "\u{00AB}": // « closes »…«, opens «…»
            return MarkRole(closes: [.guillemetsInward], opens: .guillemetsOutward)
        case "\u{203A}": // ›
            return MarkRole(closes: [.singleGuillemetsOutward], opens: .singleGuillemetsInward)
        case "\u{2039}": // ‹
            return MarkRole(closes: [.singleGuillemetsInward], opens: .singleGuillemetsOutward)
        case "\"":
            return asciiRole(offset, in: paragraph, style: .asciiDouble)
        case "'":
            if isInsideWord(offset, in: paragraph) { return MarkRole() }
            return asciiRole(offset, in: paragraph, style: .asciiSingle)
        default:
            return MarkRole()
        }
    }

    /// An ASCII mark opens by its left flank, closes by its right flank, and toggles when unclear.
    private func asciiRole(_ offset: Int, in paragraph: Span, style: QuoteStyle) -> MarkRole {
        let opens = opensByContext(offset, in: paragraph)
        let closes = closesByContext(offset, in: paragraph)
        let isOpen = stack.contains { $0.style == style }
        switch (opens, closes) {
        case (true, false):
            // A single mark opens only if a closing one follows in the paragraph ("in den '90ern").
            if style == .asciiSingle, !hasLaterCloser(after: offset, in: paragraph, style: style) { return MarkRole() }
            return MarkRole(opens: style)
        case (false, true):
            // A plain " may also end a typographic quote left open: „Hallo".
            return MarkRole(closes: style == .asciiDouble ? [style, .germanDouble, .englishDouble] : [style])
        default:
            if isOpen { return MarkRole(closes: [style]) }
            if style == .asciiSingle { return MarkRole() }
            return MarkRole(opens: style)
        }
    }

    /// Whether a mark of `style` that could close follows `offset` in the paragraph.
    private func hasLaterCloser(after offset: Int, in paragraph: Span, style: QuoteStyle) -> Bool {
        let mark: Unicode.Scalar = style == .asciiSingle ? "'" : "\""
        var index = offset + 1
        while index < paragraph.end {
            if scalars[index] == mark, closesByContext(index, in: paragraph), !isInsideWord(index, in: paragraph) { return true }
            index += 1
        }
        return false
    }

    /// Preceded by the paragraph start, a space or an opening bracket/dash, and followed by text.
    private func opensByContext(_ offset: Int, in paragraph: Span) -> Bool {
        let before = offset > paragraph.start ? scalars[offset - 1] : nil
        let after = offset + 1 < paragraph.end ? scalars[offset + 1] : nil
        guard let after, !after.isSpaceLike else { return false }
        guard let before else { return true }
        return before.isSpaceLike || before.isOpeningContext || before.isQuotationMark
    }

    /// Preceded by text and followed by the paragraph end, a space or punctuation.
    private func closesByContext(_ offset: Int, in paragraph: Span) -> Bool {
        let before = offset > paragraph.start ? scalars[offset - 1] : nil
        let after = offset + 1 < paragraph.end ? scalars[offset + 1] : nil
        guard let before, !before.isSpaceLike else { return false }
        guard let after else { return true }
        return after.isSpaceLike || after.isClosingContext || after.isQuotationMark
    }

    /// A letter on both sides: an apostrophe ("don't", "geht's").
    private func isInsideWord(_ offset: Int, in paragraph: Span) -> Bool {
        guard offset > paragraph.start, offset + 1 < paragraph.end else { return false }
        return scalars[offset - 1].properties.isAlphabetic && scalars[offset + 1].properties.isAlphabetic
    }

    private func isWordStart(after offset: Int, in paragraph: Span) -> Bool {
        offset + 1 < paragraph.end && !scalars[offset + 1].isSpaceLike
    }
}

extension Unicode.Scalar {
    /// A mark that may open or close a quotation.
    var isQuotationMark: Bool {
        switch value {
        case 0x22, 0x27, 0xAB, 0xBB, 0x2018, 0x2019, 0x201A, 0x201C, 0x201D, 0x201E, 0x2039, 0x203A: true
        default: false
        }
    }

    /// What may stand right before an opening mark: brackets, dashes, slashes, colons.
    var isOpeningContext: Bool {
        switch properties.generalCategory {
        case .openPunctuation, .dashPunctuation: return true
        default: return self == "/" || self == ":"
        }
    }

    /// What may stand right after a closing mark: sentence and clause punctuation, closing brackets, dashes.
    var isClosingContext: Bool {
        switch properties.generalCategory {
        case .closePunctuation, .dashPunctuation, .otherPunctuation: return true
        default: return false
        }
    }
}
