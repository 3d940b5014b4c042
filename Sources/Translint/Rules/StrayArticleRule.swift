/// TODO: Stray Article.
public struct StrayArticleRule: Rule {
    public static let description = RuleDescription(
        id: "stray-article", name: "Stray Article", category: .strayArticle,
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
