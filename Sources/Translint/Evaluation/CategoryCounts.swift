/// Counts for one category (or for all, micro-averaged) and the metrics derived from them.
///
/// Undefined ratios are nil (JSON `null`): precision when nothing was predicted, recall when
/// there was nothing to find, F1 when both are zero, fix accuracy when no matched pair had a
/// gold fix. F1 is `2·tp / (gold + predicted)`, the harmonic mean of precision and recall
/// whenever both are defined, and 0 when one side is empty and the other is not.
public struct CategoryCounts: Sendable, Hashable {
    /// Gold artifacts of the category.
    public var gold = 0
    /// Findings of the category.
    public var predicted = 0
    /// Gold artifacts matched by a finding (each at most once).
    public var truePositives = 0
    /// Matched pairs whose gold artifact has a fix.
    public var fixable = 0
    /// Of those, the pairs whose first fix gives the gold text.
    public var fixesCorrect = 0

    /// All counts zero.
    public init() {}

    /// Counts as given.
    public init(gold: Int, predicted: Int, truePositives: Int, fixable: Int = 0, fixesCorrect: Int = 0) {
        self.gold = gold
        self.predicted = predicted
        self.truePositives = truePositives
        self.fixable = fixable
        self.fixesCorrect = fixesCorrect
    }

    /// Findings matched by no gold artifact.
    public var falsePositives: Int { predicted - truePositives }
    /// Gold artifacts no finding matched.
    public var falseNegatives: Int { gold - truePositives }

    /// tp / predicted, 0…1; nil when nothing was predicted.
    public var precision: Double? { predicted == 0 ? nil : Double(truePositives) / Double(predicted) }
    /// tp / gold, 0…1; nil when there was nothing to find.
    public var recall: Double? { gold == 0 ? nil : Double(truePositives) / Double(gold) }
    /// 2·tp / (gold + predicted), 0…1; nil when both are zero.
    public var f1: Double? {
        gold + predicted == 0 ? nil : 2 * Double(truePositives) / Double(gold + predicted)
    }
    /// fixesCorrect / fixable, 0…1; nil when no matched pair had a gold fix.
    public var fixAccuracy: Double? { fixable == 0 ? nil : Double(fixesCorrect) / Double(fixable) }

    /// The counts added field by field.
    public static func + (a: CategoryCounts, b: CategoryCounts) -> CategoryCounts {
        CategoryCounts(gold: a.gold + b.gold, predicted: a.predicted + b.predicted,
                       truePositives: a.truePositives + b.truePositives,
                       fixable: a.fixable + b.fixable, fixesCorrect: a.fixesCorrect + b.fixesCorrect)
    }

    /// Adds `b` to `a` field by field.
    public static func += (a: inout CategoryCounts, b: CategoryCounts) { a = a + b }
}
