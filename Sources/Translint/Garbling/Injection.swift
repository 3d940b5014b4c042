/// One planned artifact: replace `range` of the clean text with `replacement`. The gold label
/// covers the whole replacement in the garbled text, and its fix is the clean text of `range`,
/// so applying the fix restores the clean text exactly.
struct Injection: Sendable, Hashable {
    var kind: GarbleKind
    /// Unicode scalar offsets into the clean text (empty for an insertion).
    var range: Range<Int>
    var replacement: String
    /// Clean text that no other injection may touch, beyond `range` itself: a duplicated
    /// line's original must stay an exact copy of the inserted repeat.
    var guarded: Range<Int>? = nil

    /// Everything this injection claims: its range and its guarded text.
    var claim: Range<Int> {
        guard let g = guarded else { return range }
        return min(g.lowerBound, range.lowerBound)..<max(g.upperBound, range.upperBound)
    }

    /// True when the two leave at least one untouched clean scalar between their claims (so
    /// their labels neither overlap nor touch in the garbled text).
    func isApart(from other: Injection) -> Bool {
        claim.upperBound < other.claim.lowerBound || other.claim.upperBound < claim.lowerBound
    }
}
