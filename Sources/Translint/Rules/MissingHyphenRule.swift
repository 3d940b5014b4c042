/// TODO: Missing Hyphen.
public struct MissingHyphenRule: Rule {
    public static let description = RuleDescription(
        id: "missing-hyphen", name: "Missing Hyphen", category: .missingHyphen,
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
