import Foundation

/// A line of a "simple" text (see `ByteKeyTable.isSimple`) as a dictionary key for
/// duplicate-line: its UTF-8 bytes in the document's buffer, equal when the bytes are (for such
/// text, exactly when the lines are equal as `String`s). The hash is computed once, from the
/// length and the first 64 bytes (as `ByteSliceKey` hashes), so the dictionary's own hashing and
/// rehashing handle one integer instead of the bytes.
///
/// The pointer is only valid inside the `withUnsafeBufferPointer` that made it: keys never
/// outlive the call that builds and reads the dictionary.
struct LineBytesKey: Hashable {
    let start: UnsafePointer<UInt8>
    let count: Int
    let digest: UInt64

    /// The key of `buffer[range]`; `range` must lie within `buffer`.
    init(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
        precondition(range.lowerBound >= 0 && range.upperBound <= buffer.count)
        let p = buffer.baseAddress.map { UnsafePointer($0) } ?? UnsafePointer(bitPattern: 1)!
        start = p + range.lowerBound
        count = range.count
        var h: UInt64 = 0xcbf2_9ce4_8422_2325 ^ UInt64(truncatingIfNeeded: count)
        for k in 0..<min(count, 64) { h = (h ^ UInt64(start[k])) &* 0x100_0000_01b3 }
        digest = h
    }

    static func == (a: LineBytesKey, b: LineBytesKey) -> Bool {
        a.count == b.count && a.digest == b.digest && (a.count == 0 || memcmp(a.start, b.start, a.count) == 0)
    }

    func hash(into hasher: inout Hasher) { hasher.combine(digest) }
}
