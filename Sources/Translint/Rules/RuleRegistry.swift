/// Every built-in rule, in catalogue order. Adding a rule means writing its file and listing it here.
public enum RuleRegistry {
    /// One instance of every built-in rule.
    public static let all: [any Rule] = [
        MergedWordRule(),
        StrayArticleRule(),
        DoubledArticleRule(),
        RedundantPronounRule(),
        WrongPronounRule(),
        MissingArticleRule(),
        MissingHyphenRule(),
        CapitalizationRule(),
        LiteralTranslationRule(),
        DuplicateLineRule(),
        UnbalancedQuotesRule(),
        LeakedBoilerplateRule(),
        MojibakeRule(),
        UntranslatedFragmentRule(),
        SpacingRule(),
    ]

    /// The descriptions of all built-in rules, in catalogue order.
    public static var descriptions: [RuleDescription] { all.map { type(of: $0).description } }

    /// The built-in rule with this id; nil when there is none.
    public static func rule(id: String) -> (any Rule)? {
        all.first { type(of: $0).description.id == id }
    }
}
