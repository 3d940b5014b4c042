/// The verdict on a whole document.
public enum Verdict: String, Sendable, Hashable, Codable {
    /// Clean: no damage worth mentioning; suspect: worth a look; garbled: damaged (see `GarbleScore`).
    case clean, suspect, garbled
}

/// The result of analysing one text: findings sorted by position, a garble score and a verdict.
public struct Report: Sendable {
    /// The language the text was analysed as.
    public var language: Language
    /// Findings sorted by position.
    public var findings: [Finding]
    /// 0 (clean) … 100 (thoroughly garbled); see `GarbleScore`.
    public var garbleScore: Double
    /// Whether the document looks clean, suspect or garbled.
    public var verdict: Verdict
    /// Number of words in the text; the denominator of the garble score.
    public var wordCount: Int
    /// Set when the language was not given and could not be identified with confidence.
    public var languageWasGuessed: Bool = false
    /// The language the text was probably machine-translated from, with its evidence; nil when
    /// the evidence does not single one out (see `SourceLanguageHint`).
    public var sourceLanguageHint: SourceLanguageHint? = nil

    /// Number of findings per category.
    public var countsByCategory: [Category: Int] {
        var counts: [Category: Int] = [:]
        for f in findings { counts[f.category, default: 0] += 1 }
        return counts
    }
}
