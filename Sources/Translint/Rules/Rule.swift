/// A detector for one kind of artifact. Rules are small value types: they read a
/// `RuleContext` and return findings, holding no state between documents, so one instance
/// serves every thread.
public protocol Rule: Sendable {
    /// The rule's id, category, documentation and examples.
    static var description: RuleDescription { get }
    /// Creates the rule; rules are stateless, so one instance serves every document.
    init()
    /// The findings in the context's document; ranges are Unicode scalar offsets into its text, end-exclusive.
    func findings(in context: RuleContext) -> [Finding]
}

extension Rule {
    /// The rule's description (`Self.description`).
    public var description: RuleDescription { Self.description }

    /// A finding of this rule's id and category.
    public func finding(_ range: Range<Int>, _ message: String, confidence: Double, fixes: [Fix] = [],
                        category: Category? = nil) -> Finding {
        let description = Self.description
        return Finding(ruleID: description.id, category: category ?? description.category, range: range,
                       message: message, confidence: confidence, fixes: fixes)
    }
}
