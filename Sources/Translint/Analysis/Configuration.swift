/// What an `Analyzer` runs: which rules, for which language, above which confidence.
public struct Configuration: Sendable {
    /// The text's language, or `.auto` to identify it.
    public var language: LanguageChoice = .auto
    /// Rule ids to run in addition to the default-enabled ones.
    public var enabledRules: Set<String> = []
    /// Rule ids never to run.
    public var disabledRules: Set<String> = []
    /// When set, only these rule ids run.
    public var onlyRules: Set<String>? = nil
    /// Findings below this confidence are dropped from reports.
    public var minimumConfidence: Double = 0.5
    /// Per-rule minimum confidence, overriding `minimumConfidence`.
    public var ruleMinimumConfidence: [String: Double] = [:]
    /// Garble score (0…100) from which the verdict is `suspect`.
    public var suspectThreshold: Double = GarbleScore.suspectThreshold
    /// Garble score (0…100) from which the verdict is `garbled`.
    public var garbledThreshold: Double = GarbleScore.garbledThreshold
    /// When true (the default), `translint-disable…` comments in the text hide findings; see
    /// `InlineDirectives`.
    public var honorsInlineDirectives: Bool = true
    /// When true (the default), reports with findings say which language the text was probably
    /// machine-translated from, when the evidence supports it; see `SourceLanguageHint`.
    public var infersSourceLanguage: Bool = true

    /// A configuration with default rules and thresholds.
    public init(language: LanguageChoice = .auto, minimumConfidence: Double = 0.5) {
        self.language = language
        self.minimumConfidence = minimumConfidence
    }

    /// True when the rule with this description runs under this configuration.
    public func runs(_ description: RuleDescription) -> Bool {
        if disabledRules.contains(description.id) { return false }
        if let only = onlyRules { return only.contains(description.id) }
        return description.isEnabledByDefault || enabledRules.contains(description.id)
    }
}
