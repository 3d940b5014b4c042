/// TODO: Unbalanced Quotes.
public struct UnbalancedQuotesRule: Rule {
    public static let description = RuleDescription(
        id: "unbalanced-quotes", name: "Unbalanced Quotes", category: .unbalancedQuotes,
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
