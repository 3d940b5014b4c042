/// Every built-in rule, in catalogue order. Adding a rule means writing its file and listing it here.
public enum RuleRegistry {
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
    ]

    public static var descriptions: [RuleDescription] { all.map { type(of: $0).description } }

    public static func rule(id: String) -> (any Rule)? {
        all.first { type(of: $0).description.id == id }
    }
}
