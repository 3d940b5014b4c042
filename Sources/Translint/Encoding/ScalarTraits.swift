/// Coarse character classes used by the badness heuristic.
///
/// Mojibake is recognisable less by single characters than by *neighbours* that real
/// text almost never puts side by side (an accented capital followed by a currency
/// sign, a lowercase letter followed by a capital from another alphabet...). These
/// classes are just fine enough to express those pairs.
enum ScalarKind: UInt8, Sendable {
    case asciiLower, asciiUpper, digit, space, asciiPunct, control, c1Control
    case lower, upper, caselessLetter
    case openPunct, closePunct, apostrophe, dash, punct
    case symbol, math, box, pictograph, combining, replacement, other
}

/// Writing system of a letter, to notice a lone letter from another alphabet.
enum ScriptGroup: UInt8, Sendable {
    case none, latin, greek, cyrillic, hebrew, arabic, eastAsian, other
}

/// The traits of one scalar that the heuristics look at.
struct ScalarTraits: Sendable {
    let value: UInt32
    let kind: ScalarKind
    let script: ScriptGroup

    var isASCII: Bool { value < 0x80 }
    var isLetter: Bool {
        switch kind {
        case .asciiLower, .asciiUpper, .lower, .upper, .caselessLetter: return true
        default: return false
        }
    }
    var isNonASCIILetter: Bool { !isASCII && isLetter }
    var isLowercaseLetter: Bool { kind == .asciiLower || kind == .lower }
    var isSymbolLike: Bool { kind == .symbol || kind == .math || kind == .box }

    @inline(__always)
    init(_ value: UInt32) {
        self.value = value
        if value < ScalarTraits.tableLimit {
            let packed = ScalarTraits.table[Int(value)]
            self.kind = ScalarKind(rawValue: UInt8(packed & 0x1F)) ?? .other
            self.script = ScriptGroup(rawValue: UInt8(packed >> 7)) ?? .other
        } else {
            self.kind = ScalarTraits.kind(of: value)
            self.script = ScalarTraits.script(of: value)
        }
    }

    /// Scalars below this have their kind, rarity and script in `table`.
    private static let tableLimit: UInt32 = 0x800

    /// `kind(of:)` (bits 0–4), `rarity` (bits 5–6) and `script(of:)` (bits 7–9) of every scalar
    /// below `tableLimit`, worked out once from the functions themselves: kind and rarity ask
    /// the Unicode tables for the general category, and hostile text scores thousands of such
    /// scalars per line.
    private static let table: [UInt16] = (0..<tableLimit).map { value in
        UInt16(kind(of: value).rawValue) | UInt16(rarity(of: value)) << 5 | UInt16(script(of: value).rawValue) << 7
    }

    private static func kind(of v: UInt32) -> ScalarKind {
        switch v {
        case 0x61...0x7A: return .asciiLower
        case 0x41...0x5A: return .asciiUpper
        case 0x30...0x39: return .digit
        case 0x20, 0x09: return .space
        case 0x00...0x1F, 0x7F: return .control
        case 0x21...0x7E: return .asciiPunct
        case 0x80...0x9F: return .c1Control
        case 0xFFFD: return .replacement
        case 0x2019: return .apostrophe
        case 0x201C, 0x2018, 0xAB, 0xA1, 0xBF, 0x201A, 0x201E, 0x2039: return .openPunct
        case 0x201D, 0xBB, 0x2026, 0x203A, 0x2122: return .closePunct
        case 0x2010...0x2015: return .dash
        case 0xB1, 0xD7, 0xF7, 0xAC, 0xA7, 0xB6, 0xB7: return .symbol
        case 0x2500...0x259F: return .box
        default: break
        }
        guard let scalar = Unicode.Scalar(v) else { return .other }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .titlecaseLetter: return .upper
        case .lowercaseLetter: return .lower
        case .otherLetter, .modifierLetter: return .caselessLetter
        case .nonspacingMark, .spacingMark, .enclosingMark: return .combining
        case .spaceSeparator: return .space
        case .openPunctuation, .initialPunctuation: return .openPunct
        case .closePunctuation, .finalPunctuation: return .closePunct
        case .dashPunctuation: return .dash
        case .otherPunctuation, .connectorPunctuation: return .punct
        case .mathSymbol: return .math
        case .currencySymbol, .modifierSymbol: return .symbol
        case .otherSymbol: return v >= 0x1F000 ? .pictograph : .symbol
        case .decimalNumber, .letterNumber, .otherNumber: return v < 0x2000 ? .symbol : .other
        default: return .other
        }
    }

    private static func script(of v: UInt32) -> ScriptGroup {
        switch v {
        case 0x41...0x5A, 0x61...0x7A, 0xC0...0x24F, 0x1E00...0x1EFF, 0xFB00...0xFB06: return .latin
        case 0x370...0x3FF, 0x1F00...0x1FFF: return .greek
        case 0x400...0x52F: return .cyrillic
        case 0x590...0x5FF: return .hebrew
        case 0x600...0x6FF, 0x750...0x77F: return .arabic
        case 0x1100...0x11FF, 0x2E80...0x9FFF, 0xAC00...0xD7AF, 0xF900...0xFAFF, 0x20000...0x3FFFF:
            return .eastAsian
        default:
            return v < 0x80 ? .none : .other
        }
    }

    /// How unlikely this scalar is in real text on its own, whatever its neighbours.
    /// C1 controls, IPA letters and obscure extension blocks are what wrong decodings
    /// typically produce, so they cost the most.
    var rarity: Int {
        value < ScalarTraits.tableLimit ? Int((ScalarTraits.table[Int(value)] >> 5) & 3) : ScalarTraits.rarity(of: value)
    }

    private static func rarity(of value: UInt32) -> Int {
        switch value {
        case 0x80...0x9F: return 3
        case 0x192: return 1
        case 0x218...0x21B: return 0
        case 0x1C4...0x1CC: return 0
        case 0x180...0x24F: return 2
        case 0x250...0x2AF: return 3
        case 0x2B0...0x2FF: return 1
        case 0x460...0x52F: return 3
        case 0x530...0x58F: return 3
        case 0x591...0x5C7: return 2
        case 0x610...0x61A, 0x64B...0x65F: return 2
        case 0x700...0x8FF: return 3
        case 0x1D00...0x1DBF: return 2
        case 0x2C60...0x2C7F, 0xA720...0xA7FF: return 2
        case 0xE000...0xF8FF: return 3
        case 0xFFFD: return 1
        case 0xFFF0...0xFFFF: return 3
        default:
            if value >= 0x80, let s = Unicode.Scalar(value), s.properties.generalCategory == .unassigned {
                return 3
            }
            return 0
        }
    }
}
