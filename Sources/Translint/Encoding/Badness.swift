/// Scores how "broken" a stretch of text looks.
///
/// The score adds, for every scalar, how rare it is on its own, and for every adjacent
/// pair, how rarely real text puts those two classes side by side. A proposed repair
/// is only worth making when it lowers this score clearly, which is what keeps
/// legitimate "Â", "Ã", "€" or "×" (Portuguese capitals, prices, maths) untouched.
enum Badness {
    /// Badness of `scalars`, including the pairs formed with the scalars just before and after.
    static func score(_ scalars: [UInt32], before: UInt32?, after: UInt32?) -> Int {
        score(scalars[...], before: before, after: after)
    }

    /// Badness of a slice. The traits are worked out once per scalar and only three are kept
    /// (a letter's neighbours decide whether it is lone), so nothing is allocated: a line is
    /// scored once per candidate repair.
    static func score(_ scalars: ArraySlice<UInt32>, before: UInt32?, after: UInt32?) -> Int {
        scalars.withUnsafeBufferPointer { body in
            // Element k of before? + body + after?; the body is elements first..<last.
            let first = before == nil ? 0 : 1
            let last = first + body.count
            let count = last + (after == nil ? 0 : 1)
            guard count > 0 else { return 0 }
            func traits(_ k: Int) -> ScalarTraits {
                if k < first { return ScalarTraits(before!) }
                if k < last { return ScalarTraits(body[k - first]) }
                return ScalarTraits(after!)
            }
            var total = 0
            var previous: ScalarTraits? = nil
            var current = traits(0)
            for k in 0..<count {
                let next: ScalarTraits? = k + 1 < count ? traits(k + 1) : nil
                // ASCII is never rare nor a foreign letter; skipping it spares two calls per scalar.
                if k >= first && k < last && current.value >= 0x80 {
                    total += current.rarity
                    if isLoneForeignLetter(current, left: previous, right: next) { total += 2 }
                }
                guard let next else { break }
                total += pairOddness(current, next)
                previous = current
                current = next
            }
            return total
        }
    }

    /// A single Hebrew, Arabic, CJK... letter with no letter of its own script beside it:
    /// wrong decodings produce these ("×”" read as UTF-8 is a lone Hebrew "ה").
    private static func isLoneForeignLetter(_ t: ScalarTraits, left: ScalarTraits?, right: ScalarTraits?) -> Bool {
        guard t.isLetter else { return false }
        switch t.script {
        case .hebrew, .arabic, .eastAsian, .other: break
        default: return false
        }
        let leftSame = left.map { $0.isLetter && $0.script == t.script } ?? false
        let rightSame = right.map { $0.isLetter && $0.script == t.script } ?? false
        return !leftSame && !rightSame
    }

    /// How unusual it is to see `a` immediately followed by `b`.
    static func pairOddness(_ a: ScalarTraits, _ b: ScalarTraits) -> Int {
        // Every rule below needs a non-ASCII scalar (ASCII letters are all Latin, and ASCII
        // has no math, box or closing-punctuation class), so the commonest pair costs nothing.
        if a.value < 0x80 && b.value < 0x80 { return 0 }
        if a.kind == .replacement || b.kind == .replacement { return 0 }
        var odd = 0
        // "Ã" and "Â" are by far the most common first halves of mojibake and rare in
        // real text before anything but a letter.
        if (a.value == 0xC3 || a.value == 0xC2) && !b.isASCII && !b.isLetter { odd += b.value == 0xA0 ? 2 : 1 }
        // A no-break space next to an ordinary space is a collapsed C3 A0 / C2 A0 pair far
        // more often than deliberate typography.
        if (a.value == 0xA0 && b.value == 0x20) || (a.value == 0x20 && b.value == 0xA0) { odd += 1 }

        if a.isNonASCIILetter {
            switch b.kind {
            case .symbol, .math, .box: odd += 2
            case .openPunct: odd += 2
            case .closePunct where b.value == 0x2122: odd += 1
            default: break
            }
        }
        if a.isSymbolLike && !a.isASCII && b.isNonASCIILetter {
            if !(a.kind == .math && b.script == .greek) { odd += 1 }
        }
        if a.isASCII && a.isLetter && (b.kind == .math || b.kind == .box) { odd += 1 }
        if a.kind == .closePunct && a.value != 0x2122 && b.isLetter { odd += 1 }
        if a.value == 0x2122 && b.isLetter { odd += 1 }
        if a.isLowercaseLetter && (b.kind == .upper || (b.kind == .asciiUpper && !a.isASCII)) { odd += 1 }
        if a.kind == .upper && b.kind == .lower && a.script == .latin && b.script == .latin { odd += 1 }
        if a.isLetter && b.isLetter && a.script != b.script && a.script != .none && b.script != .none {
            odd += scriptMixCost(a.script, b.script)
        } else if a.isLetter && b.isLetter && (a.script == .none) != (b.script == .none) {
            // ASCII letter next to a non-Latin letter.
            let other = a.script == .none ? b.script : a.script
            if other != .latin { odd += scriptMixCost(.latin, other) }
        }
        let aPunctOrSymbol = !a.isASCII && (a.isSymbolLike || a.kind == .openPunct || a.kind == .closePunct || a.kind == .dash)
        let bPunctOrSymbol = !b.isASCII && (b.isSymbolLike || b.kind == .openPunct || b.kind == .closePunct || b.kind == .dash)
        if aPunctOrSymbol && bPunctOrSymbol && (a.isSymbolLike || b.isSymbolLike) && a.value != b.value
            && !(a.kind == .box && b.kind == .box) {
            odd += 1
        }
        return odd
    }

    private static func scriptMixCost(_ a: ScriptGroup, _ b: ScriptGroup) -> Int {
        func isPair(_ x: ScriptGroup, _ y: ScriptGroup) -> Bool { (a == x && b == y) || (a == y && b == x) }
        if isPair(.latin, .greek) { return 0 }
        if isPair(.latin, .cyrillic) { return 1 }
        return 2
    }
}
