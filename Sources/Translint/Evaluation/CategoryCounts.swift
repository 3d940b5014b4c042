/// Counts for one category (or for all, micro-averaged) and the metrics derived from them.
///
/// Undefined ratios are nil (JSON `null`): precision when nothing was predicted, recall when
/// there was nothing to find, F1 when both are zero, fix accuracy when no matched pair had a
/// gold fix. F1 is `2·tp / (gold + predicted)`, the harmonic mean of precision and recall
/// whenever both are defined, and 0 when one side is empty and the other is not.
public struct CategoryCounts: Sendable, Hashable {
    public var gold = 0
    public var predicted = 0
    public var truePositives = 0
    /// Matched pairs whose gold artifact has a fix.
    public var fixable = 0
    /// Of those, the pairs whose first fix gives the gold text.
    public var fixesCorrect = 0

    public init() {}

    public init(gold: Int, predicted: Int, truePositives: Int, fixable: Int = 0, fixesCorrect: Int = 0) {
        self.gold = gold
        self.predicted = predicted
        self.truePositives = truePositives
        self.fixable = fixable
        self.fixesCorrect = fixesCorrect
    }

    public var falsePositives: Int { predicted - truePositives }
    public var falseNegatives: Int { gold - truePositives }

    public var precision: Double? { predicted == 0 ? nil : Double(truePositives) / Double(predicted) }
    public var recall: Double? { gold == 0 ? nil : Double(truePositives) / Double(gold) }
    public var f1: Double? {
        gold + predicted == 0 ? nil : 2 * Double(truePositives) / Double(gold + predicted)
    }
    public var fixAccuracy: Double? { fixable == 0 ? nil : Double(fixesCorrect) / Double(fixable) }

    public static func + (a: CategoryCounts, b: CategoryCounts) -> CategoryCounts {
        CategoryCounts(gold: a.gold + b.gold, predicted: a.predicted + b.predicted,
                       truePositives: a.truePositives + b.truePositives,
                       fixable: a.fixable + b.fixable, fixesCorrect: a.fixesCorrect + b.fixesCorrect)
    }

    public static func += (a: inout CategoryCounts, b: CategoryCounts) { a = a + b }
}
