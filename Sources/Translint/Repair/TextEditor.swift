/// Applies edits to text by Unicode scalar offsets. Edits must not overlap; they are applied
/// last to first so earlier offsets stay valid, and every scalar outside an edit is kept as is.
public enum TextEditor {
    /// The text with every edit applied; ranges are clamped to the text.
    public static func apply(_ edits: [Edit], to text: String) -> String {
        guard !edits.isEmpty else { return text }
        if let spliced = splice(edits, into: text) { return spliced }
        return applyLastToFirst(edits, to: text)
    }

    /// `apply` by copying UTF-8 byte runs between the edits, without decoding the text into
    /// scalars: linear in the text, where replacing subranges of a scalar array moves the tail
    /// once per edit and takes four bytes per scalar. Nil unless the edits, in order, are apart
    /// and inside the text (two insertions at one point, or overlaps, take the general path,
    /// whose last-to-first order decides how they combine).
    static func splice(_ edits: [Edit], into text: String) -> String? {
        let ordered = edits.count == 1 ? edits : edits.sorted {
            ($0.range.lowerBound, $0.range.upperBound) < ($1.range.lowerBound, $1.range.upperBound)
        }
        guard ordered[0].range.lowerBound >= 0 else { return nil }
        for (a, b) in zip(ordered, ordered.dropFirst()) {
            if a.range.upperBound > b.range.lowerBound { return nil }
            if a.range.isEmpty, b.range.isEmpty, a.range.lowerBound == b.range.lowerBound { return nil }
        }
        var text = text
        return text.withUTF8 { bytes -> String? in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + ordered.reduce(0) { $0 + $1.replacement.utf8.count })
            var byte = 0, scalar = 0, copiedUpTo = 0
            /// Moves `byte` forward to the start of scalar `target`; false past the end.
            func advance(to target: Int) -> Bool {
                while scalar < target {
                    guard byte < bytes.count else { return false }
                    byte += 1
                    while byte < bytes.count, bytes[byte] & 0xC0 == 0x80 { byte += 1 }
                    scalar += 1
                }
                return true
            }
            for edit in ordered {
                guard advance(to: edit.range.lowerBound) else { return nil }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copiedUpTo..<byte]))
                out.append(contentsOf: edit.replacement.utf8)
                guard advance(to: edit.range.upperBound) else { return nil }
                copiedUpTo = byte
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copiedUpTo...]))
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// The general `apply`: last edit first, on an array of scalars, ranges clamped.
    static func applyLastToFirst(_ edits: [Edit], to text: String) -> String {
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
