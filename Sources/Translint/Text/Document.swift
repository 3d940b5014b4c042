/// A line of the document, without its line terminator.
public struct Line: Sendable, Hashable {
    /// Scalar offsets of the line's content (terminator excluded).
    public var range: Range<Int>
    /// Scalar offsets of the terminator ("\n", "\r\n"); empty on the last line.
    public var terminator: Range<Int>
    /// Indices into `Document.tokens` of the line's content tokens.
    public var tokens: Range<Int>
    /// True when the line holds nothing but white space.
    public var isBlank: Bool
}

/// A sentence: a run of tokens ended by `.`, `!`, `?`, `…` or a line end.
public struct Sentence: Sendable, Hashable {
    public var tokens: Range<Int>
    public var range: Range<Int>
}

/// The text a rule reads, built once per analysis: the original text, its scalars and UTF-8
/// bytes, tokens, lines, paragraphs and sentences. Everything is immutable so every rule can
/// read it concurrently.
public struct Document: Sendable {
    public let text: String
    public let language: Language
    public let scalars: [Unicode.Scalar]
    public let utf8: [UInt8]
    public let tokens: [Token]
    /// Indices into `tokens` of word tokens, in order.
    public let words: [Int]
    public let lines: [Line]
    /// Paragraphs as ranges of line indices (runs of non-blank lines).
    public let paragraphs: [Range<Int>]
    public let sentences: [Sentence]
    /// For each token, the index of its line.
    public let lineOfToken: [Int]

    public init(text: String, language: Language, tokenizer: Tokenizer = Tokenizer()) {
        self.text = text
        self.language = language
        let utf8 = Array(text.utf8)
        let scalars = Document.decodeScalars(utf8)
        self.scalars = scalars
        self.utf8 = utf8
        var tokens = tokenizer.tokenize(scalars: scalars)
        // Lines, each token's line and the word indices in one pass over the tokens.
        var lines: [Line] = []
        var words: [Int] = []
        words.reserveCapacity(tokens.count / 2 + 1)
        var lineStartToken = 0
        var lineStart = 0
        var blank = true
        let lineOfToken = [Int](unsafeUninitializedCapacity: tokens.count) { out, count in
            tokens.withUnsafeBufferPointer { tb in
                for t in 0..<tb.count {
                    out[t] = lines.count
                    switch tb[t].kind {
                    case .newline:
                        lines.append(Line(range: lineStart..<tb[t].range.lowerBound, terminator: tb[t].range,
                                          tokens: lineStartToken..<t, isBlank: blank))
                        lineStartToken = t + 1
                        lineStart = tb[t].range.upperBound
                        blank = true
                    case .space:
                        break
                    case .word:
                        words.append(t)
                        blank = false
                    case .number, .punctuation:
                        blank = false
                    }
                }
            }
            count = tokens.count
        }
        if lineStart < scalars.count || lines.isEmpty || lineStartToken < tokens.count {
            lines.append(Line(range: lineStart..<scalars.count, terminator: scalars.count..<scalars.count,
                              tokens: lineStartToken..<tokens.count, isBlank: blank))
        }
        var paragraphs: [Range<Int>] = []
        var paragraphStart: Int? = nil
        for (l, line) in lines.enumerated() {
            if line.isBlank {
                if let p = paragraphStart { paragraphs.append(p..<l); paragraphStart = nil }
            } else if paragraphStart == nil {
                paragraphStart = l
            }
        }
        if let p = paragraphStart { paragraphs.append(p..<lines.count) }

        let sentences = Document.markSentences(&tokens, scalars: scalars)
        self.tokens = tokens
        self.lines = lines
        self.paragraphs = paragraphs
        self.sentences = sentences
        self.lineOfToken = lineOfToken
        self.words = words
    }

    /// The scalars of valid UTF-8 (a `String`'s bytes), decoded in one pass with an ASCII fast
    /// path: the same array as `Array(text.unicodeScalars)`, at a fraction of the cost.
    static func decodeScalars(_ utf8: [UInt8]) -> [Unicode.Scalar] {
        let n = utf8.count
        return [Unicode.Scalar](unsafeUninitializedCapacity: n) { out, count in
            utf8.withUnsafeBufferPointer { b in
                var i = 0, o = 0
                while i < n {
                    // Eight ASCII bytes at once, widened as one vector: most of Latin-script text.
                    if n - i >= 8 {
                        let eight = UnsafeRawPointer(b.baseAddress! + i).loadUnaligned(as: UInt64.self)
                        if eight & 0x8080_8080_8080_8080 == 0 {
                            let lanes = unsafeBitCast(eight, to: SIMD8<UInt8>.self)   // bytes in memory order
                            UnsafeMutableRawPointer(out.baseAddress! + o)
                                .storeBytes(of: SIMD8<UInt32>(truncatingIfNeeded: lanes), as: SIMD8<UInt32>.self)
                            i += 8; o += 8
                            continue
                        }
                    }
                    let c = b[i]
                    let v: UInt32
                    if c < 0x80 {
                        v = UInt32(c); i += 1
                    } else if c < 0xE0 {
                        v = (UInt32(c & 0x1F) << 6) | UInt32(b[i + 1] & 0x3F); i += 2
                    } else if c < 0xF0 {
                        v = (UInt32(c & 0x0F) << 12) | (UInt32(b[i + 1] & 0x3F) << 6) | UInt32(b[i + 2] & 0x3F); i += 3
                    } else {
                        v = (UInt32(c & 0x07) << 18) | (UInt32(b[i + 1] & 0x3F) << 12)
                            | (UInt32(b[i + 2] & 0x3F) << 6) | UInt32(b[i + 3] & 0x3F); i += 4
                    }
                    (out.baseAddress! + o).initialize(to: Unicode.Scalar(v) ?? "\u{FFFD}")
                    o += 1
                }
                count = o
            }
        }
    }

    /// Splits sentences and marks each word that starts one or follows an opener.
    private static func markSentences(_ tokens: inout [Token], scalars: [Unicode.Scalar]) -> [Sentence] {
        var sentences: [Sentence] = []
        var start: Int? = nil
        var atStart = true
        var afterOpener = false
        var pendingEnd = false
        // Unchecked buffers: this runs once per token of every document.
        tokens.withUnsafeMutableBufferPointer { tokens in
            scalars.withUnsafeBufferPointer { scalars in
                func close(_ end: Int) {
                    if let s = start {
                        var e = end
                        while e > s, tokens[e - 1].kind == .space { e -= 1 }
                        if e > s {
                            sentences.append(Sentence(tokens: s..<e,
                                                      range: tokens[s].range.lowerBound..<tokens[e - 1].range.upperBound))
                        }
                    }
                    start = nil
                }
                for t in 0..<tokens.count {
                    switch tokens[t].kind {
                    case .newline:
                        close(t)
                        atStart = true; afterOpener = false; pendingEnd = false
                    case .space:
                        if pendingEnd { close(t); atStart = true; pendingEnd = false }
                    case .punctuation:
                        if start == nil { start = t }
                        let s = scalars[tokens[t].range.lowerBound]
                        if CharacterClass.isSentenceTerminator(s) {
                            pendingEnd = true
                        } else if pendingEnd && CharacterClass.isCloser(s) {
                            // `."` keeps the sentence open until the space after the quote.
                        } else {
                            pendingEnd = false
                        }
                        afterOpener = CharacterClass.isOpener(s)
                    case .word, .number:
                        if pendingEnd {
                            // "3.5", "U.S": no space after the period, so no new sentence.
                            pendingEnd = false
                        }
                        if start == nil { start = t }
                        if tokens[t].kind == .word {
                            tokens[t].isSentenceStart = atStart
                            tokens[t].followsOpener = afterOpener
                        }
                        atStart = false
                        afterOpener = false
                    }
                }
                close(tokens.count)
            }
        }
        return sentences
    }

    // MARK: - Reading tokens

    /// The token's text.
    @inline(__always)
    public func string(_ t: Int) -> String {
        String(decoding: utf8[tokens[t].utf8], as: UTF8.self)
    }

    /// The text of a scalar range: one copy of its UTF-8 bytes (no per-scalar appends).
    public func string(in range: Range<Int>) -> String {
        let r = range.clamped(to: 0..<scalars.count)
        if r.isEmpty { return "" }
        return String(decoding: utf8[utf8Offset(ofScalar: r.lowerBound)..<utf8Offset(ofScalar: r.upperBound)],
                      as: UTF8.self)
    }

    /// The UTF-8 byte offset of scalar offset `s` (0...scalars.count). Tokens tile the text, so
    /// this is a binary search over tokens plus a walk inside one token; O(1) for ASCII text.
    public func utf8Offset(ofScalar s: Int) -> Int {
        if scalars.count == utf8.count { return s }          // all ASCII: offsets coincide
        if s >= scalars.count { return utf8.count }
        if s <= 0 { return 0 }
        var lo = 0, hi = tokens.count - 1
        while lo < hi {                                        // last token starting at or before s
            let mid = (lo + hi + 1) >> 1
            if tokens[mid].range.lowerBound <= s { lo = mid } else { hi = mid - 1 }
        }
        let token = tokens[lo]
        var byte = token.utf8.lowerBound
        var k = token.range.lowerBound
        while k < s {
            let v = scalars[k].value
            byte += v < 0x80 ? 1 : v < 0x800 ? 2 : v < 0x10000 ? 3 : 4
            k += 1
        }
        return byte
    }

    /// `string(in: range).trimmingCharacters(in: .whitespaces)` without Foundation: trims
    /// U+0009 and every space separator (Zs) at both ends, as `CharacterSet.whitespaces` does.
    public func trimmedString(in range: Range<Int>) -> String {
        string(in: trimmedRange(range))
    }

    /// The scalar range of `trimmedString(in: range)`, for callers that look before they copy.
    public func trimmedRange(_ range: Range<Int>) -> Range<Int> {
        var r = range.clamped(to: 0..<scalars.count)
        @inline(__always) func isWhitespace(_ s: Unicode.Scalar) -> Bool {
            let v = s.value
            if v < 0x80 { return v == 0x20 || v == 0x09 }
            return s.properties.generalCategory == .spaceSeparator
        }
        while !r.isEmpty, isWhitespace(scalars[r.lowerBound]) { r = (r.lowerBound + 1)..<r.upperBound }
        while !r.isEmpty, isWhitespace(scalars[r.upperBound - 1]) { r = r.lowerBound..<(r.upperBound - 1) }
        return r
    }

    /// The token's text folded as the lexicons store words: lowercase, ASCII apostrophe,
    /// German ß as "ss".
    public func key(_ t: Int) -> String {
        let token = tokens[t]
        if token.isASCII {
            // Straight into the String's storage (none for words of up to 15 bytes).
            let range = token.utf8
            return utf8.withUnsafeBufferPointer { src in
                String(unsafeUninitializedCapacity: range.count) { out in
                    for k in 0..<range.count {
                        let b = src[range.lowerBound + k]
                        out[k] = b >= 0x41 && b <= 0x5A ? b | 0x20 : b
                    }
                    return range.count
                }
            }
        }
        let fast = utf8.withUnsafeBufferPointer {
            LexiconKey.foldCommonLatin(UnsafeBufferPointer(rebasing: $0[token.utf8]))
        }
        return fast ?? LexiconKey.fold(string(t))
    }

    /// The index of the next word token after token `t`, if any.
    public func nextWord(after t: Int) -> Int? {
        var k = t + 1
        while k < tokens.count {
            if tokens[k].kind == .word { return k }
            k += 1
        }
        return nil
    }

    /// The index of the previous word token before token `t`, if any.
    public func previousWord(before t: Int) -> Int? {
        var k = t - 1
        while k >= 0 {
            if tokens[k].kind == .word { return k }
            k -= 1
        }
        return nil
    }

    /// True when tokens `a` and `b` (a < b) are separated by exactly one run of horizontal space.
    public func separatedBySpaceOnly(_ a: Int, _ b: Int) -> Bool {
        b == a + 2 && tokens[a + 1].kind == .space
    }

    /// The first token of the line holding token `t`.
    public func line(of t: Int) -> Line { lines[lineOfToken[t]] }
}
