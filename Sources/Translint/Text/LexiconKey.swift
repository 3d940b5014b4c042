/// Folds a word the way wordfreq stores it: lowercase (case folding), the typographic
/// apostrophe as ASCII, German ß as "ss".
public enum LexiconKey {
    public static func fold(_ word: some StringProtocol) -> String {
        var out = String()
        out.unicodeScalars.reserveCapacity(word.unicodeScalars.count)
        var needsLowercasing = false
        for s in word.unicodeScalars {
            switch s.value {
            case 0x2019, 0x02BC: out.unicodeScalars.append("'")
            case 0xDF: out.unicodeScalars.append("s"); out.unicodeScalars.append("s")
            case 0x41...0x5A: out.unicodeScalars.append(Unicode.Scalar(s.value | 0x20)!)
            case 0..<0x80: out.unicodeScalars.append(s)
            default:
                out.unicodeScalars.append(s)
                needsLowercasing = true
            }
        }
        return needsLowercasing ? out.lowercased() : out
    }
}
