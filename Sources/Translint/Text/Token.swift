/// What a token is; rules mostly look at words and at the gaps between them.
public enum TokenKind: UInt8, Sendable, Hashable {
    case word, number, punctuation, space, newline
}

/// The capitalisation pattern of a word, which tells a stray capital ("Il Le") from a name.
public enum CaseShape: UInt8, Sendable, Hashable {
    /// "président"
    case lower
    /// "Président", "Jong-un", "A"
    case capitalized
    /// "ONU", "GEODAKYAN" (two or more cased letters, all upper)
    case upper
    /// "SELinux", "McDonald", "iPhone"
    case mixed
    /// no cased letter at all
    case none
}

/// One token of a `Document`, with both coordinate systems: Unicode scalar offsets (what users
/// and corpora see, the same numbers as a Python `str` index) and UTF-8 byte offsets (what the
/// hot path reads).
public struct Token: Sendable, Hashable {
    public var kind: TokenKind
    public var shape: CaseShape
    /// Unicode scalar offsets into the document text, end-exclusive.
    public var range: Range<Int>
    /// UTF-8 byte offsets into `Document.utf8`, end-exclusive.
    public var utf8: Range<Int>
    /// An elided article or pronoun written with its apostrophe: "l’", "qu'", "dell’".
    public var isElision: Bool = false
    /// A hyphenated compound kept as one word: "porte-parole", "nord-coréens".
    public var hasHyphen: Bool = false
    /// First word of a sentence (after `.`, `!`, `?`, `…` or at the start of a line).
    public var isSentenceStart: Bool = false
    /// The word follows an opening quote, bracket, colon or dash, where a capital is normal.
    public var followsOpener: Bool = false
    /// Only ASCII bytes: lets lookups skip Unicode case folding.
    public var isASCII: Bool = true

    /// A capital letter is expected or allowed here without being a name.
    public var capitalIsLicensed: Bool { isSentenceStart || followsOpener }
}
