/// TODO: Redundant Pronoun.
public struct RedundantPronounRule: Rule {
    public static let description = RuleDescription(
        id: "redundant-pronoun", name: "Redundant Pronoun", category: .redundantPronoun,
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
