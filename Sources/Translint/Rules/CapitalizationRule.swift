/// TODO: Capitalization.
public struct CapitalizationRule: Rule {
    public static let description = RuleDescription(
        id: "capitalization", name: "Capitalization", category: .capitalization,
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
