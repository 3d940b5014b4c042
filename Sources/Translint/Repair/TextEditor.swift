/// Applies edits to text by Unicode scalar offsets. Edits must not overlap; they are applied
/// last to first so earlier offsets stay valid, and every scalar outside an edit is kept as is.
public enum TextEditor {
    /// The text with every edit applied; ranges are clamped to the text.
    public static func apply(_ edits: [Edit], to text: String) -> String {
        guard !edits.isEmpty else { return text }
        var scalars = Array(text.unicodeScalars)
        for edit in edits.sorted(by: { ($0.range.lowerBound, $0.range.upperBound) > ($1.range.lowerBound, $1.range.upperBound) }) {
            let lower = max(0, min(edit.range.lowerBound, scalars.count))
            let upper = max(lower, min(edit.range.upperBound, scalars.count))
            scalars.replaceSubrange(lower..<upper, with: edit.replacement.unicodeScalars)
        }
        var out = String()
        out.unicodeScalars.append(contentsOf: scalars)
        return out
    }

    /// True when two edit ranges share a scalar, or an insertion touches the other range
    /// (two insertions at one point also conflict).
    public static func overlaps(_ a: Range<Int>, _ b: Range<Int>) -> Bool {
        if a.isEmpty || b.isEmpty { return a.lowerBound >= b.lowerBound && a.lowerBound <= b.upperBound
            || b.lowerBound >= a.lowerBound && b.lowerBound <= a.upperBound }
        return a.overlaps(b)
    }
}
