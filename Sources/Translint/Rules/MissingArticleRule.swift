/// TODO: Missing Article.
public struct MissingArticleRule: Rule {
    public static let description = RuleDescription(
        id: "missing-article", name: "Missing Article", category: .missingArticle,
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
