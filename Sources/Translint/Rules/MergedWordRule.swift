/// TODO: Merged Word.
public struct MergedWordRule: Rule {
    public static let description = RuleDescription(
        id: "merged-word", name: "Merged Word", category: .mergedWord,
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
