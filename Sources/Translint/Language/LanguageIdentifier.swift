/// Identifies which of the six languages a text is written in, from closed-class words
/// (each language's function words, weighted by how few other languages share them) and a
/// few letters that only some of the languages use (ñ, ß, ã, ç, …). Cheap enough to run per
/// paragraph.
public struct LanguageIdentifier: Sendable {
    public struct Guess: Sendable {
        public var language: Language
        /// 0…1: the winner's share of the evidence margin over the runner-up.
        public var confidence: Double
        /// Evidence per language.
        public var scores: [Language: Double]
    }

    private let weights: [String: [(Language, Double)]]

    public init(resources: LanguageResources = .shared) {
        var owners: [String: [Language]] = [:]
        for language in Language.allCases {
            for key in resources.profile(for: language).functionWords.keys where key.unicodeScalars.count > 1 || key == "y" || key == "e" || key == "a" || key == "o" {
                owners[key, default: []].append(language)
            }
        }
        var weights: [String: [(Language, Double)]] = [:]
        for (key, languages) in owners {
            let w = 1.0 / Double(languages.count * languages.count)
            weights[key] = languages.map { ($0, w) }
        }
        self.weights = weights
    }

    /// Letters that point at one language or a few.
    private static func letterEvidence(_ s: Unicode.Scalar) -> [(Language, Double)] {
        switch s {
        case "ñ", "¿", "¡": return [(.es, 1.5)]
        case "ß", "ä", "ö", "ü": return [(.de, 1.0)]
        case "ã", "õ": return [(.pt, 1.5)]
        case "ç": return [(.fr, 0.4), (.pt, 0.4)]
        case "è", "ê", "ë", "î", "ï", "û", "ù", "œ", "â": return [(.fr, 0.4)]
        case "ì", "ò": return [(.it, 0.6)]
        default: return []
        }
    }

    public func identify(_ text: some StringProtocol) -> Guess {
        var scores: [Language: Double] = [:]
        var word = ""
        func flush() {
            guard !word.isEmpty else { return }
            let key = LexiconKey.fold(word)
            if let owners = weights[key] { for (l, w) in owners { scores[l, default: 0] += w } }
            word = ""
        }
        var scanned = 0
        for s in text.unicodeScalars {
            scanned += 1
            if scanned > 20_000 { break }
            if CharacterClass.isLetter(s) {
                word.unicodeScalars.append(s)
                for (l, w) in LanguageIdentifier.letterEvidence(s) { scores[l, default: 0] += w * 0.3 }
            } else if CharacterClass.isApostrophe(s) {
                word.unicodeScalars.append("'")
                flush()
            } else {
                flush()
            }
        }
        flush()
        let ranked = scores.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        guard let best = ranked.first, best.value > 0 else {
            return Guess(language: .en, confidence: 0, scores: scores)
        }
        let second = ranked.count > 1 ? ranked[1].value : 0
        let confidence = min(1, (best.value - second) / max(1, best.value) + min(1, best.value / 10) * 0.5)
        return Guess(language: best.key, confidence: confidence, scores: scores)
    }
}
