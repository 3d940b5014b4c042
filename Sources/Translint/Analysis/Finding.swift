/// One replacement of a scalar range: the whole fix model (a deletion has an empty replacement).
public struct Edit: Sendable, Hashable, Codable {
    /// Unicode scalar offsets into the analysed text, end-exclusive.
    public var range: Range<Int>
    /// The text that replaces the range; empty for a deletion.
    public var replacement: String

    /// Replaces the scalar range `range` with `replacement`.
    public init(_ range: Range<Int>, _ replacement: String) {
        self.range = range
        self.replacement = replacement
    }
}

/// A proposed repair: one or more edits applied together.
public struct Fix: Sendable, Hashable, Codable {
    /// The edits, applied together; their ranges must not overlap.
    public var edits: [Edit]
    /// `translint fix` applies safe fixes by default; others only on request.
    public var isSafe: Bool

    /// A fix made of these edits.
    public init(_ edits: [Edit], isSafe: Bool) {
        self.edits = edits
        self.isSafe = isSafe
    }

    /// A fix made of a single edit.
    public init(_ range: Range<Int>, _ replacement: String, isSafe: Bool) {
        self.init([Edit(range, replacement)], isSafe: isSafe)
    }

    /// The span all edits touch.
    public var span: Range<Int> {
        let lower = edits.map(\.range.lowerBound).min() ?? 0
        let upper = edits.map(\.range.upperBound).max() ?? lower
        return lower..<upper
    }
}

/// Something a rule found: where, what kind of damage, why, how sure, and how to repair it.
public struct Finding: Sendable, Hashable {
    /// The id of the rule that found it ("merged-word").
    public var ruleID: String
    /// The kind of damage.
    public var category: Category
    /// Unicode scalar offsets into the analysed text, end-exclusive.
    public var range: Range<Int>
    /// What is wrong and why, in English, without a trailing period.
    public var message: String
    /// 0…1: how likely this is a real artifact.
    public var confidence: Double
    /// Best first; may be empty when no repair is safe to propose.
    public var fixes: [Fix]

    /// Creates a finding; `range` in Unicode scalar offsets, `confidence` in 0…1.
    public init(ruleID: String, category: Category, range: Range<Int>, message: String,
                confidence: Double, fixes: [Fix] = []) {
        self.ruleID = ruleID
        self.category = category
        self.range = range
        self.message = message
        self.confidence = confidence
        self.fixes = fixes
    }
}
