/// What a rule reads: the document, its language's profile and lexicon, and per-document
/// statistics computed once and shared by all rules (folded keys and frequencies of every
/// word, and how often each form occurs in this very document — the best evidence for names).
public struct RuleContext: Sendable {
    public let document: Document
    public let profile: LanguageProfile
    public let lexicon: Lexicon
    public let resources: LanguageResources
    /// Folded key of each token (empty for non-words), indexed like `document.tokens`.
    public let keys: [String]
    /// Zipf frequency of each word token's folded key (0 for unknown words and non-words).
    public let zipfs: [Double]
    /// Occurrences of each exact surface form of a word in the document.
    public let surfaceCounts: [String: Int]
    /// Occurrences of each folded word (hyphenated compounds also count each part).
    public let foldedCounts: [String: Int]
    /// Folded words that occur in the document at least once with a capital where a capital is
    /// not licensed (mid-sentence): names, as this document spells them.
    public let capitalizedMidSentence: [String: Int]
    /// Folded words that occur in lowercase somewhere in the document.
    public let lowercaseCounts: [String: Int]

    public init(document: Document, profile: LanguageProfile, lexicon: Lexicon, resources: LanguageResources) {
        self.document = document
        self.profile = profile
        self.lexicon = lexicon
        self.resources = resources
        var keys = [String](repeating: "", count: document.tokens.count)
        var zipfs = [Double](repeating: 0, count: document.tokens.count)
        var surface: [String: Int] = [:]
        var folded: [String: Int] = [:]
        var capitalized: [String: Int] = [:]
        var lower: [String: Int] = [:]
        for t in document.words {
            let key = document.key(t)
            keys[t] = key
            zipfs[t] = lexicon.zipf(folded: key)
            surface[document.string(t), default: 0] += 1
            folded[key, default: 0] += 1
            let token = document.tokens[t]
            if token.hasHyphen {
                for part in key.split(separator: "-") where !part.isEmpty { folded[String(part), default: 0] += 1 }
            }
            switch token.shape {
            case .capitalized where !token.capitalIsLicensed:
                capitalized[key, default: 0] += 1
            case .lower:
                lower[key, default: 0] += 1
            default:
                break
            }
        }
        self.keys = keys
        self.zipfs = zipfs
        self.surfaceCounts = surface
        self.foldedCounts = folded
        self.capitalizedMidSentence = capitalized
        self.lowercaseCounts = lower
    }

    /// The folded key of token `t`.
    @inline(__always) public func key(_ t: Int) -> String { keys[t] }
    /// The zipf frequency of token `t`.
    @inline(__always) public func zipf(_ t: Int) -> Double { zipfs[t] }
    /// The text of token `t`.
    @inline(__always) public func text(_ t: Int) -> String { document.string(t) }
    @inline(__always) public func token(_ t: Int) -> Token { document.tokens[t] }
}
