/// Splits text into tokens in one pass over its Unicode scalars, keeping scalar and UTF-8
/// offsets side by side.
///
/// Words are runs of letters, combining marks and digits; a hyphen between two letters keeps
/// a compound together ("porte-parole"), an apostrophe between two letters keeps a word
/// together ("aujourd’hui") unless what precedes it is one of the language's elided forms
/// ("l’", "qu’"), which then becomes a token of its own, as wordfreq splits them.
public struct Tokenizer: Sendable {
    /// Lowercased elided forms without their apostrophe: "l", "d", "qu", "dell".
    public var elisions: Set<String>

    public init(elisions: Set<String> = []) {
        self.elisions = elisions
    }

    public func tokenize(_ text: String) -> [Token] {
        tokenize(scalars: Document.decodeScalars(Array(text.utf8)))
    }

    /// Tokenizes a scalar array (the document keeps one, so this does not copy it again).
    public func tokenize(scalars: [Unicode.Scalar]) -> [Token] {
        // Unchecked buffers and one class byte per scalar: the loop below runs once per scalar
        // of every document, so bounds checks and per-question calls were most of its cost.
        scalars.withUnsafeBufferPointer { buffer in
            CharacterClass.classTable.withUnsafeBufferPointer { table in
                // Local to the closure, so appending needs no access through a capture.
                var tokens: [Token] = []
                // About one token per three scalars in prose, a little more: reserving half the
                // count spares the copies of growing the array.
                tokens.reserveCapacity(scalars.count / 2 + 1)
                let text = ScalarText(scalars: buffer, table: table)
                var i = 0
                var byte = 0
                let n = buffer.count
                while i < n {
                    let s = buffer[i]
                    let f = text.classes(s)
                    let startByte = byte
                    let start = i
                    if f & CharacterClass.newlineFlag != 0 {
                        i += 1; byte += width(s)
                        if s.value == 0x0D, i < n, buffer[i].value == 0x0A { i += 1; byte += 1 }
                        tokens.append(Token(kind: .newline, shape: .none, range: start..<i, utf8: startByte..<byte))
                    } else if f & CharacterClass.spaceFlag != 0 {
                        while i < n, text.classes(buffer[i]) & CharacterClass.spaceFlag != 0 {
                            byte += width(buffer[i]); i += 1
                        }
                        tokens.append(Token(kind: .space, shape: .none, range: start..<i, utf8: startByte..<byte,
                                            isASCII: false))
                    } else if f & CharacterClass.letterFlag != 0 {
                        tokens.append(scanWord(text, from: i, byte: byte, end: &i, endByte: &byte))
                    } else if f & CharacterClass.digitFlag != 0 {
                        var ascii = true
                        while i < n {
                            let c = buffer[i]
                            if text.classes(c) & (CharacterClass.digitFlag | CharacterClass.letterFlag) != 0 {
                                if c.value >= 0x80 { ascii = false }
                                byte += width(c); i += 1
                            } else if (c.value == 0x2E || c.value == 0x2C), i + 1 < n,
                                      text.classes(buffer[i + 1]) & CharacterClass.digitFlag != 0 {
                                byte += 1; i += 1
                            } else {
                                break
                            }
                        }
                        tokens.append(Token(kind: .number, shape: .none, range: start..<i, utf8: startByte..<byte,
                                            isASCII: ascii))
                    } else {
                        i += 1; byte += width(s)
                        tokens.append(Token(kind: .punctuation, shape: .none, range: start..<i, utf8: startByte..<byte,
                                            isASCII: s.value < 0x80))
                    }
                }
                return tokens
            }
        }
    }

    @inline(__always)   // once per word: the call and the returned token cost more than the body
    private func scanWord(_ text: ScalarText, from start: Int, byte startByte: Int,
                          end: inout Int, endByte: inout Int) -> Token {
        let scalars = text.scalars
        let n = scalars.count
        var i = start
        var byte = startByte
        var uppers = 0, lowers = 0
        var firstIsUpper = false, sawCased = false, laterUpper = false
        var ascii = true, hyphen = false, elision = false
        var partStart = start

        loop: while i < n {
            let c = scalars[i]
            if c.value &- 0x61 < 26 {
                // A run of a–z, most of every Latin word: lower case, one byte each, what the
                // general case below would find, counted once for the whole run.
                let runStart = i
                i += 1
                while i < n, scalars[i].value &- 0x61 < 26 { i += 1 }
                lowers += i - runStart
                sawCased = true
                byte += i - runStart
                continue
            }
            let f = text.classes(c)
            if f & (CharacterClass.letterFlag | CharacterClass.digitFlag) != 0 {
                if c.value >= 0x80 { ascii = false }
                if f & CharacterClass.upperFlag != 0 {
                    uppers += 1
                    if !sawCased { firstIsUpper = true } else { laterUpper = true }
                    sawCased = true
                } else if f & CharacterClass.lowerFlag != 0 {
                    lowers += 1
                    sawCased = true
                }
                byte += width(c); i += 1
                continue
            }
            guard i + 1 < n, text.classes(scalars[i + 1]) & CharacterClass.letterFlag != 0 else { break }
            if CharacterClass.isWordHyphen(c) {
                hyphen = true
                if c.value >= 0x80 { ascii = false }
                byte += width(c); i += 1
                partStart = i
                continue
            }
            if CharacterClass.isApostrophe(c) {
                if c.value >= 0x80 { ascii = false }
                if !elisions.isEmpty, i - partStart <= 7, partStart == start,
                   elisions.contains(Tokenizer.lowercasedKey(scalars, partStart..<i)) {
                    byte += width(c); i += 1
                    elision = true
                    break loop
                }
                byte += width(c); i += 1
                continue
            }
            break
        }
        end = i
        endByte = byte
        let shape: CaseShape
        if !sawCased {
            shape = .none
        } else if uppers == 0 {
            shape = .lower
        } else if lowers == 0 {
            shape = (uppers >= 2) ? .upper : .capitalized
        } else if firstIsUpper && !laterUpper {
            shape = .capitalized
        } else if firstIsUpper && hyphen && !hasInnerCapital(scalars, start..<i) {
            shape = .capitalized
        } else {
            shape = .mixed
        }
        return Token(kind: .word, shape: shape, range: start..<i, utf8: startByte..<byte,
                     isElision: elision, hasHyphen: hyphen, isASCII: ascii)
    }

    /// The lowercased text of a few scalars, the form `elisions` holds. ASCII, the usual case,
    /// is folded byte by byte into a small string, with no allocation.
    static func lowercasedKey(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>) -> String {
        var ascii = true
        for k in range where scalars[k].value >= 0x80 { ascii = false; break }
        if ascii {
            return String(unsafeUninitializedCapacity: range.count) { out in
                for k in 0..<range.count {
                    let b = UInt8(truncatingIfNeeded: scalars[range.lowerBound + k].value)
                    out[k] = b >= 0x41 && b <= 0x5A ? b | 0x20 : b
                }
                return range.count
            }
        }
        var key = ""
        for k in range { key.unicodeScalars.append(scalars[k]) }
        return key.lowercased()
    }

    /// A capital that does not start a hyphen-separated part ("McDonald", "iPhone").
    private func hasInnerCapital(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>) -> Bool {
        var previous: Unicode.Scalar? = nil
        for k in range {
            let c = scalars[k]
            if CharacterClass.isUppercase(c), let p = previous, !CharacterClass.isWordHyphen(p) {
                return true
            }
            previous = c
        }
        return false
    }
}

/// UTF-8 length of a scalar, which the tokens' byte offsets add up.
@inline(__always)
private func width(_ s: Unicode.Scalar) -> Int {
    let v = s.value
    return v < 0x80 ? 1 : v < 0x800 ? 2 : v < 0x10000 ? 3 : 4
}

/// The scalars being tokenized with the class table, both read without bounds checks (the
/// tokenizer only reads indices it has compared with the count).
private struct ScalarText {
    let scalars: UnsafeBufferPointer<Unicode.Scalar>
    let table: UnsafeBufferPointer<UInt8>

    /// `CharacterClass.classes(of:)`, from the table for the scalars it holds.
    @inline(__always)
    func classes(_ s: Unicode.Scalar) -> UInt8 {
        if let k = CharacterClass.classIndex(s.value) { return table[k] }
        return CharacterClass.classes(of: s)
    }
}
