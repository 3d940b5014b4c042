/// The cheap first look that lets clean text through at memory speed.
///
/// Mojibake of UTF-8 always shows a character that a codepage puts on a UTF-8 lead
/// byte (0xC2–0xF4) directly followed by one it puts on a continuation byte
/// (0x80–0xBF), a C1 control, a U+FFFD, or "Ã "/"Г " (lost no-break space). HTML
/// entities need "&" plus a letter or "#". Anything else — ASCII, and accented text
/// where accents sit between ASCII letters — is rejected without allocating.
enum MojibakePrescan {
    /// For each scalar used by a candidate codepage: bit n of the low byte set if it
    /// encodes to a lead byte in codepage n, bit n of the high byte for a continuation byte.
    static let roles: [UInt32: UInt16] = {
        var table: [UInt32: UInt16] = [:]
        for (index, page) in SingleByteCodepage.mojibakeCandidates.enumerated() {
            for (offset, value) in page.high.enumerated() {
                let byte = 0x80 + offset
                var bits = table[value] ?? 0
                if (0xC2...0xF4).contains(byte) { bits |= UInt16(1) << UInt16(index) }
                if (0x80...0xBF).contains(byte) { bits |= UInt16(1) << UInt16(index + 8) }
                table[value] = bits
            }
        }
        return table
    }()

    /// Decodes the scalar at `i` (assumed well-formed, as Swift strings are) and its length.
    @inline(__always)
    static func decode(_ p: UnsafeBufferPointer<UInt8>, at i: Int) -> (UInt32, Int) {
        let b = p[i]
        if b < 0x80 { return (UInt32(b), 1) }
        let length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
        guard i + length <= p.count else { return (0xFFFD, 1) }
        var value = UInt32(b) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for k in 1..<length { value = (value << 6) | (UInt32(p[i + k]) & 0x3F) }
        return (value, length)
    }

    /// Whether the non-ASCII scalar `value`, which ends at byte `next`, starts a suspicious spot.
    @inline(__always)
    static func isSuspicious(_ value: UInt32, next: Int, in p: UnsafeBufferPointer<UInt8>) -> Bool {
        if value <= 0x9F || value == 0xFFFD { return true }
        guard next < p.count else { return false }
        let following = p[next]
        if following < 0x80 {
            return following == 0x20 && (value == 0xC3 || value == 0x413)
        }
        guard let leadBits = roles[value], leadBits & 0xFF != 0 else { return false }
        let (nextValue, _) = decode(p, at: next)
        if nextValue <= 0x9F || nextValue == 0xFFFD { return true }
        guard let nextBits = roles[nextValue] else { return false }
        let shared = (leadBits & 0xFF) & (nextBits >> 8)
        guard shared != 0 else { return false }
        return plausiblePair(value, nextValue, codepages: shared)
    }

    /// Rejects the pairs clean text does contain, such as a no-break space before a
    /// capital ("«\u{A0}À" is CA 82 in MacRoman): a two-byte reading that lands on an
    /// IPA letter or another rarity cannot be the start of real mojibake.
    static func plausiblePair(_ first: UInt32, _ second: UInt32, codepages mask: UInt16) -> Bool {
        let pages = SingleByteCodepage.mojibakeCandidates
        for index in pages.indices where mask & (UInt16(1) << UInt16(index)) != 0 {
            guard let lead = pages[index].byte(for: first), let next = pages[index].byte(for: second) else { continue }
            if lead >= 0xE0 { return true }
            let decoded = (UInt32(lead & 0x1F) << 6) | UInt32(next & 0x3F)
            if ScalarTraits(decoded).rarity < 2 { return true }
        }
        return false
    }

    @inline(__always)
    static func startsEntity(_ p: UnsafeBufferPointer<UInt8>, at ampersand: Int) -> Bool {
        guard ampersand + 1 < p.count else { return false }
        let c = p[ampersand + 1] | 0x20
        return c == 0x23 | 0x20 || (0x61...0x7A).contains(c)
    }

    /// Byte index of the next suspicious spot at or after `start`, or nil.
    static func nextSuspiciousByte(in p: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard let base = p.baseAddress else { return nil }
        let n = p.count
        var i = start
        while i < n {
            // Eight bytes at a time while they are ASCII and contain no "&".
            while i + 8 <= n {
                let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                let amp = word ^ 0x2626_2626_2626_2626
                let hasAmp = (amp &- 0x0101_0101_0101_0101) & ~amp & 0x8080_8080_8080_8080
                if (word & 0x8080_8080_8080_8080) | hasAmp != 0 { break }
                i += 8
            }
            guard i < n else { return nil }
            let b = p[i]
            if b < 0x80 {
                if b == 0x26 && startsEntity(p, at: i) { return i }
                i += 1
                continue
            }
            if b < 0xC0 { i += 1; continue }  // stray continuation: cannot happen in a String
            let (value, length) = decode(p, at: i)
            if isSuspicious(value, next: i + length, in: p) { return i }
            i += length
        }
        return nil
    }
}
