/// TODO: Doubled Article.
public struct DoubledArticleRule: Rule {
    public static let description = RuleDescription(
        id: "doubled-article", name: "Doubled Article", category: .doubledArticle,
        summary: "TODO",
        rationale: "TODO",
        triggering: [],
        nonTriggering: []
    )

    public init() {}

    public func findings(in context: RuleContext) -> [Finding] {
        []
    }
}
