/// A deliberately simple word scanner for the garbler (independent of the analyzer's
/// tokenizer, so corpora do not change when the tokenizer does): a word is a run of letters,
/// marks and digits, with single inner hyphens or apostrophes; sentences start at a
/// paragraph or line start and after . ! ? followed by a space.
struct GarbleWord: Sendable, Hashable {
    var range: Range<Int>
    var text: String
    var isSentenceStart: Bool

    var isCapitalized: Bool {
        guard let first = text.unicodeScalars.first else { return false }
        return first.properties.isUppercase && text.unicodeScalars.dropFirst().contains { $0.properties.isLowercase }
    }

    var isLowercase: Bool { text.unicodeScalars.allSatisfy { !$0.properties.isUppercase } }

    var isAlphabetic: Bool { text.unicodeScalars.allSatisfy { $0.properties.isAlphabetic } }
}

enum GarbleScanner {
    static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        s.properties.isAlphabetic || s.properties.numericType != nil || s.properties.generalCategory == .nonspacingMark
    }

    static func isJoiner(_ s: Unicode.Scalar) -> Bool {
        s == "-" || s == "'" || s == "\u{2019}" || s == "\u{2010}"
    }

    static func words(in scalars: [Unicode.Scalar]) -> [GarbleWord] {
        var words: [GarbleWord] = []
        var i = 0
        var atStart = true
        while i < scalars.count {
            let s = scalars[i]
            if isWordScalar(s) {
                let start = i
                while i < scalars.count {
                    if isWordScalar(scalars[i]) { i += 1; continue }
                    if isJoiner(scalars[i]), i + 1 < scalars.count, isWordScalar(scalars[i + 1]) { i += 1; continue }
                    break
                }
                var text = String()
                text.unicodeScalars.append(contentsOf: scalars[start..<i])
                words.append(GarbleWord(range: start..<i, text: text, isSentenceStart: atStart))
                atStart = false
                continue
            }
            if s == "\n" {
                atStart = true
            } else if s == "." || s == "!" || s == "?" || s == "…" {
                if i + 1 < scalars.count, scalars[i + 1] == " " || scalars[i + 1] == "\n" { atStart = true }
            }
            i += 1
        }
        return words
    }
}
