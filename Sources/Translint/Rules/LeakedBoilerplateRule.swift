/// TODO: Leaked Boilerplate.
public struct LeakedBoilerplateRule: Rule {
    public static let description = RuleDescription(
        id: "leaked-boilerplate", name: "Leaked Boilerplate", category: .leakedBoilerplate,
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
