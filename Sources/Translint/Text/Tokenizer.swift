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
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(text.utf8.count)
        scalars.append(contentsOf: text.unicodeScalars)
        return tokenize(scalars: scalars)
    }

    /// Tokenizes a scalar array (the document keeps one, so this does not copy it again).
    public func tokenize(scalars: [Unicode.Scalar]) -> [Token] {
        var tokens: [Token] = []
        // About one token per three scalars in prose, a little more: reserving half the count
        // spares the copies of growing the array.
        tokens.reserveCapacity(scalars.count / 2 + 1)
        var i = 0
        var byte = 0
        let n = scalars.count

        @inline(__always) func width(_ s: Unicode.Scalar) -> Int {
            let v = s.value
            return v < 0x80 ? 1 : v < 0x800 ? 2 : v < 0x10000 ? 3 : 4
        }

        while i < n {
            let s = scalars[i]
            let startByte = byte
            let start = i
            if CharacterClass.isNewline(s) {
                i += 1; byte += width(s)
                if s.value == 0x0D, i < n, scalars[i].value == 0x0A { i += 1; byte += 1 }
                tokens.append(Token(kind: .newline, shape: .none, range: start..<i, utf8: startByte..<byte))
            } else if CharacterClass.isSpace(s) {
                while i < n, CharacterClass.isSpace(scalars[i]) { byte += width(scalars[i]); i += 1 }
                tokens.append(Token(kind: .space, shape: .none, range: start..<i, utf8: startByte..<byte,
                                    isASCII: false))
            } else if CharacterClass.isLetter(s) {
                tokens.append(scanWord(scalars, from: i, byte: byte, end: &i, endByte: &byte))
            } else if CharacterClass.isDigit(s) {
                var ascii = true
                while i < n {
                    let c = scalars[i]
                    if CharacterClass.isDigit(c) || CharacterClass.isLetter(c) {
                        if c.value >= 0x80 { ascii = false }
                        byte += width(c); i += 1
                    } else if (c.value == 0x2E || c.value == 0x2C), i + 1 < n, CharacterClass.isDigit(scalars[i + 1]) {
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

    private func scanWord(_ scalars: [Unicode.Scalar], from start: Int, byte startByte: Int,
                          end: inout Int, endByte: inout Int) -> Token {
        let n = scalars.count
        var i = start
        var byte = startByte
        var uppers = 0, lowers = 0
        var firstIsUpper = false, sawCased = false, laterUpper = false
        var ascii = true, hyphen = false, elision = false
        var partStart = start

        @inline(__always) func width(_ s: Unicode.Scalar) -> Int {
            let v = s.value
            return v < 0x80 ? 1 : v < 0x800 ? 2 : v < 0x10000 ? 3 : 4
        }

        loop: while i < n {
            let c = scalars[i]
            if CharacterClass.isLetter(c) || CharacterClass.isDigit(c) {
                if c.value >= 0x80 { ascii = false }
                if CharacterClass.isUppercase(c) {
                    uppers += 1
                    if !sawCased { firstIsUpper = true } else { laterUpper = true }
                    sawCased = true
                } else if CharacterClass.isLowercase(c) {
                    lowers += 1
                    sawCased = true
                }
                byte += width(c); i += 1
                continue
            }
            guard i + 1 < n, CharacterClass.isLetter(scalars[i + 1]) else { break }
            if CharacterClass.isWordHyphen(c) {
                hyphen = true
                if c.value >= 0x80 { ascii = false }
                byte += width(c); i += 1
                partStart = i
                continue
            }
            if CharacterClass.isApostrophe(c) {
                if c.value >= 0x80 { ascii = false }
                if !elisions.isEmpty, i - partStart <= 7, partStart == start {
                    var key = ""
                    for k in partStart..<i { key.unicodeScalars.append(scalars[k]) }
                    if elisions.contains(key.lowercased()) {
                        byte += width(c); i += 1
                        elision = true
                        break loop
                    }
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

    /// A capital that does not start a hyphen-separated part ("McDonald", "iPhone").
    private func hasInnerCapital(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
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
