/// Finds HTML character references left in plain text ("caf&eacute;", "&#233;").
///
/// Only complete references (with the closing ";") are repaired, only named ones from
/// the HTML 4 table, and never in text that looks like markup (where they are correct)
/// or inside a URL, whose query strings are full of "&name=".
enum HTMLEntities {
    static func repairs(in s: [UInt32], offset: Int) -> [MojibakeRepair] {
        guard s.contains(0x26) else { return [] }
        if looksLikeMarkup(s) { return [] }
        var result: [MojibakeRepair] = []
        var i = 0
        while i < s.count {
            guard s[i] == 0x26 else { i += 1; continue }
            guard let (end, value) = reference(at: i, in: s), !insideURL(s, at: i),
                  let scalar = Unicode.Scalar(value) else { i += 1; continue }
            let source = String(String.UnicodeScalarView(s[i..<end].compactMap(Unicode.Scalar.init)))
            result.append(MojibakeRepair(range: offset + i..<offset + end, replacement: String(Character(scalar)),
                                         confidence: 0.9, isSafe: true,
                                         explanation: "HTML entity \(source) left unescaped in plain text",
                                         kind: .htmlEntity))
            i = end
        }
        return result
    }

    /// End index (past ";") and value of the reference starting at the "&" at `start`.
    static func reference(at start: Int, in s: [UInt32]) -> (Int, UInt32)? {
        var i = start + 1
        guard i < s.count else { return nil }
        if s[i] == 0x23 {  // "#"
            i += 1
            var radix: UInt32 = 10
            if i < s.count && (s[i] == 0x78 || s[i] == 0x58) { radix = 16; i += 1 }
            var value: UInt32 = 0
            var digits = 0
            while i < s.count, let d = digit(s[i], radix: radix), digits < 8 {
                value = value * radix + d
                digits += 1
                i += 1
            }
            guard digits > 0, i < s.count, s[i] == 0x3B else { return nil }
            // HTML maps 128...159 through Windows-1252, like browsers do.
            if let meaning = C1Controls.windows1252Meaning(of: value) { value = meaning }
            guard value >= 0x20 || value == 0x09 || value == 0x0A, value != 0x7F,
                  !(0x80...0x9F).contains(value), Unicode.Scalar(value) != nil else { return nil }
            return (i + 1, value)
        }
        var name = ""
        while i < s.count, name.unicodeScalars.count < 10, isAlphanumeric(s[i]), let scalar = Unicode.Scalar(s[i]) {
            name.unicodeScalars.append(scalar)
            i += 1
        }
        guard i < s.count, s[i] == 0x3B, let value = HTMLEntityTable.named[name] else { return nil }
        return (i + 1, value)
    }

    private static func digit(_ v: UInt32, radix: UInt32) -> UInt32? {
        switch v {
        case 0x30...0x39: return v - 0x30
        case 0x61...0x66 where radix == 16: return v - 0x61 + 10
        case 0x41...0x46 where radix == 16: return v - 0x41 + 10
        default: return nil
        }
    }

    private static func isAlphanumeric(_ v: UInt32) -> Bool {
        (0x30...0x39).contains(v) || (0x41...0x5A).contains(v) || (0x61...0x7A).contains(v)
    }

    /// A "<" followed by a letter, "/" or "!" and a later ">": markup keeps its entities.
    private static func looksLikeMarkup(_ s: [UInt32]) -> Bool {
        guard let open = s.indices.first(where: { i in
            s[i] == 0x3C && i + 1 < s.count && (isAlphanumeric(s[i + 1]) || s[i + 1] == 0x2F || s[i + 1] == 0x21)
        }) else { return false }
        return s[open...].contains(0x3E)
    }

    /// The whitespace-delimited token before the "&" contains "?", "=" or "://".
    private static func insideURL(_ s: [UInt32], at index: Int) -> Bool {
        var i = index - 1
        while i >= 0 && s[i] != 0x20 && s[i] != 0x0A && s[i] != 0x09 {
            if s[i] == 0x3F || s[i] == 0x3D { return true }
            if s[i] == 0x2F && i > 0 && s[i - 1] == 0x2F { return true }
            i -= 1
        }
        return false
    }
}
