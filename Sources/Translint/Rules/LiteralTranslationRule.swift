/// TODO: Literal Translation.
public struct LiteralTranslationRule: Rule {
    public static let description = RuleDescription(
        id: "literal-translation", name: "Literal Translation", category: .literalTranslation,
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
