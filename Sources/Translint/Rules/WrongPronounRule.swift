/// TODO: Wrong Pronoun.
public struct WrongPronounRule: Rule {
    public static let description = RuleDescription(
        id: "wrong-pronoun", name: "Wrong Pronoun", category: .wrongPronoun,
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
