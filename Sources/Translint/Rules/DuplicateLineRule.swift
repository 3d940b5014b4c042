/// TODO: Duplicate Line.
public struct DuplicateLineRule: Rule {
    public static let description = RuleDescription(
        id: "duplicate-line", name: "Duplicate Line", category: .duplicateLine,
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
