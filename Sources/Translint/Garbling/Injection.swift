/// One planned artifact: replace `range` of the clean text with `replacement`. The gold label
/// covers the whole replacement in the garbled text, and its fix is the clean text of `range`,
/// so applying the fix restores the clean text exactly.
struct Injection: Sendable, Hashable {
    var kind: GarbleKind
    /// Unicode scalar offsets into the clean text (empty for an insertion).
    var range: Range<Int>
    var replacement: String

    /// True when the two leave at least one untouched clean scalar between them (so their
    /// labels neither overlap nor touch in the garbled text).
    func isApart(from other: Injection) -> Bool {
        range.upperBound < other.range.lowerBound || other.range.upperBound < range.lowerBound
    }
}
