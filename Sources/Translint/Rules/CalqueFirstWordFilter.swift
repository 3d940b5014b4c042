/// A quick, exact "no" to whether a folded key, or a piece of it between hyphens, is the first
/// word of a calque, asked once per distinct key of a document by literal-translation before
/// the phrasebook lookup.
///
/// Why it is exact: `String` equality is canonical equivalence, but a string whose bytes are all
/// below 0xCC has only scalars below U+0300 and is in NFC (see `ByteKeyTable`), so two such
/// strings are equal exactly when their bytes are. When every first word is such a string, a
/// piece of that kind whose signature (byte length, first and last byte) no first word has
/// matches none of them. Anything else (a byte from 0xCC, an empty piece) answers "maybe".
struct CalqueFirstWordFilter: Sendable {
    /// Bit `signature` set for each first word's signature (4096 bits: with a few dozen first
    /// words, about one key in a hundred passes without being one).
    private var signatures = [UInt64](repeating: 0, count: 64)
    /// False when some first word is empty or not made of bytes below 0xCC: then every answer
    /// is "maybe".
    private var usable = true

    init(firstWords: some Sequence<String>) {
        for word in firstWords {
            // One pass over the bytes, without copying them.
            var count = 0, first: UInt8 = 0, last: UInt8 = 0, simple = true
            for b in word.utf8 {
                if count == 0 { first = b }
                last = b
                count += 1
                if b >= 0xCC { simple = false }
            }
            guard count > 0, simple else {
                usable = false
                continue
            }
            let s = Self.signature(count, first, last)
            signatures[s >> 6] |= 1 << UInt64(s & 63)
        }
    }

    /// A 12-bit hash of a word's byte length and first and last bytes.
    @inline(__always)
    private static func signature(_ n: Int, _ first: UInt8, _ last: UInt8) -> Int {
        let h = (UInt64(truncatingIfNeeded: n) << 16 | UInt64(first) << 8 | UInt64(last)) &* 0x9E37_79B9_7F4A_7C15
        return Int(truncatingIfNeeded: h >> 52)
    }

    /// False only when neither `key` nor any of its hyphen-separated pieces (empty ones
    /// included) can equal a first word.
    func mayMatch(_ key: String) -> Bool {
        guard usable else { return true }
        let answer = key.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            let count = bytes.count
            guard count > 0 else { return true }
            var pieceStart = 0
            for i in 0..<count {
                let b = bytes[i]
                if b >= 0xCC { return true }
                if b == UInt8(ascii: "-") {
                    if matchesSignature(bytes, pieceStart, i) { return true }
                    pieceStart = i + 1
                }
            }
            if matchesSignature(bytes, pieceStart, count) { return true }
            return pieceStart > 0 && matchesSignature(bytes, 0, count)   // the whole compound
        }
        return answer ?? true
    }

    /// Whether `bytes[start..<end]` has the signature of some first word (or is empty).
    @inline(__always)
    private func matchesSignature(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        guard end > start else { return true }
        let s = Self.signature(end - start, bytes[start], bytes[end - 1])
        return signatures[s >> 6] & (1 << UInt64(s & 63)) != 0
    }
}
