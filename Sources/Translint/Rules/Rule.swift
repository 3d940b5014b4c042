/// A detector for one kind of artifact. Rules are small value types: they read a
/// `RuleContext` and return findings, holding no state between documents, so one instance
/// serves every thread.
public protocol Rule: Sendable {
    static var description: RuleDescription { get }
    init()
    func findings(in context: RuleContext) -> [Finding]
}

extension Rule {
    public var description: RuleDescription { Self.description }

    /// A finding of this rule's id and category.
    public func finding(_ range: Range<Int>, _ message: String, confidence: Double, fixes: [Fix] = [],
                        category: Category? = nil) -> Finding {
        Finding(ruleID: Self.description.id, category: category ?? Self.description.category, range: range,
                message: message, confidence: confidence, fixes: fixes)
    }
}
