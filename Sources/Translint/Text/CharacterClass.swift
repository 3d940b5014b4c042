/// Scalar classification used by the tokenizer. ASCII is decided with comparisons; the rest
/// falls back to Unicode properties, so accented letters, combining marks and non-Latin
/// scripts are words too.
enum CharacterClass {
    /// Flags of every scalar below `tableLimit` (Latin, Greek, Cyrillic, Hebrew, Arabic…),
    /// computed once from the very functions below, so a lookup gives the same answer as the
    /// Unicode property queries it replaces (which cost a binary search each).
    static let tableLimit: UInt32 = 0x800
    static let letterFlag: UInt8 = 1, digitFlag: UInt8 = 2, upperFlag: UInt8 = 4, lowerFlag: UInt8 = 8
    static let table: [UInt8] = (0..<tableLimit).map { v in
        guard let s = Unicode.Scalar(v) else { return 0 }
        var f: UInt8 = 0
        if slowIsLetter(s) { f |= letterFlag }
        if s.properties.numericType == .decimal || (v >= 0x30 && v <= 0x39) { f |= digitFlag }
        if s.properties.isUppercase { f |= upperFlag }
        if s.properties.isLowercase { f |= lowerFlag }
        return f
    }

    static let spaceFlag: UInt8 = 16, newlineFlag: UInt8 = 32

    /// Every class the tokenizer asks about, in one byte: the answers of the functions below.
    static func classes(of s: Unicode.Scalar) -> UInt8 {
        var f: UInt8 = 0
        if isLetter(s) { f |= letterFlag }
        if isDigit(s) { f |= digitFlag }
        if isUppercase(s) { f |= upperFlag }
        if isLowercase(s) { f |= lowerFlag }
        if isSpace(s) { f |= spaceFlag }
        if isNewline(s) { f |= newlineFlag }
        return f
    }

    /// `classes(of:)` of every scalar below `tableLimit`, then of U+2000–U+21FF (general
    /// punctuation: the typographic apostrophe, dashes, narrow no-break space, ellipsis, which
    /// French text uses on every line; then currency signs such as €, letterlike symbols such as
    /// ™, arrows), then of U+FFFD, which every undecodable byte becomes; see `classIndex`.
    static let classTable: [UInt8] = (0..<tableLimit).map { v in
        Unicode.Scalar(v).map(classes(of:)) ?? 0
    } + (punctuationBlock.lowerBound..<punctuationBlock.upperBound).map { v in
        Unicode.Scalar(v).map(classes(of:)) ?? 0
    } + [classes(of: "\u{FFFD}")]
    static let punctuationBlock: Range<UInt32> = 0x2000..<0x2200

    /// The index of `classes(of: s)` in `classTable`, nil when the scalar is not in it.
    @inline(__always)
    static func classIndex(_ v: UInt32) -> Int? {
        if v < tableLimit { return Int(v) }
        let offset = v &- punctuationBlock.lowerBound
        if offset < UInt32(punctuationBlock.count) { return Int(tableLimit + offset) }
        if v == 0xFFFD { return Int(tableLimit) + punctuationBlock.count }
        return nil
    }

    @inline(__always)
    static func isLetter(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 {
            return (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A)
        }
        if v < tableLimit { return table[Int(v)] & letterFlag != 0 }
        return slowIsLetter(s)
    }

    static func slowIsLetter(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 {
            return (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A)
        }
        if v == 0xA0 || v == 0xAD { return false }
        let p = s.properties
        if p.isAlphabetic { return true }
        switch p.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    @inline(__always)
    static func isDigit(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v >= 0x30 && v <= 0x39 }
        if v < tableLimit { return table[Int(v)] & digitFlag != 0 }
        return s.properties.numericType == .decimal
    }

    /// Horizontal white space, including the no-break spaces French puts before `: ; ! ?`.
    @inline(__always)
    static func isSpace(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x20, 0x09, 0x0B, 0x0C, 0xA0, 0x202F, 0x2009, 0x2007, 0x2008, 0x200A, 0x2002...0x2006, 0x3000, 0xFEFF, 0x200B:
            return true
        default:
            return false
        }
    }

    @inline(__always)
    static func isNewline(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x0A, 0x0D, 0x2028, 0x2029: return true
        default: return false
        }
    }

    /// ASCII apostrophe, typographic apostrophe and the modifier letter apostrophe.
    @inline(__always)
    static func isApostrophe(_ s: Unicode.Scalar) -> Bool {
        s.value == 0x27 || s.value == 0x2019 || s.value == 0x02BC
    }

    /// Hyphens that join a compound word.
    @inline(__always)
    static func isWordHyphen(_ s: Unicode.Scalar) -> Bool {
        s.value == 0x2D || s.value == 0x2010 || s.value == 0x2011
    }

    @inline(__always)
    static func isUppercase(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v >= 0x41 && v <= 0x5A }
        if v < tableLimit { return table[Int(v)] & upperFlag != 0 }
        return s.properties.isUppercase
    }

    @inline(__always)
    static func isLowercase(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v >= 0x61 && v <= 0x7A }
        if v < tableLimit { return table[Int(v)] & lowerFlag != 0 }
        return s.properties.isLowercase
    }

    /// Marks that end a sentence.
    @inline(__always)
    static func isSentenceTerminator(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x2E, 0x21, 0x3F, 0x2026: return true
        default: return false
        }
    }

    /// Punctuation after which a capital letter is normal mid-sentence.
    @inline(__always)
    static func isOpener(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x22, 0x27, 0x28, 0x5B, 0x7B, 0xAB, 0xBB, 0x2018, 0x201C, 0x201E, 0x201A, 0x2039, 0x203A,
             0x3A, 0x2013, 0x2014, 0x2D, 0x2022, 0x2F, 0x7C, 0x3B, 0x2E:
            return true
        default:
            return false
        }
    }

    /// Closing marks that may sit between a sentence terminator and the next sentence.
    @inline(__always)
    static func isCloser(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x22, 0x27, 0x29, 0x5D, 0x7D, 0xBB, 0x2019, 0x201D, 0x203A: return true
        default: return false
        }
    }
}
