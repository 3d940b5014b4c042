import Foundation

/// A read-only `[String: Int32]` looked up by UTF-8 bytes, without hashing a `String`.
///
/// Swift compares and hashes strings by canonical equivalence, which for non-ASCII text means
/// normalising them on every lookup — the dominant cost of per-word dictionary lookups. Bytes
/// agree with `String` equality whenever both strings are in NFC; every string whose scalars are
/// all below U+0300 (ASCII, Latin-1, Latin Extended-A/B: all of Western European text) is NFC,
/// since the first scalars that NFC can change are the combining marks from U+0300. So when the
/// table's keys and the looked-up key are all such "simple" strings, a byte match is exactly a
/// `String` match. Anything else answers `.unknown` and the caller asks its `Dictionary`.
struct ByteKeyTable: Sendable {
    enum Lookup: Equatable { case found(Int32), absent, unknown }

    private let bytes: [UInt8]
    /// Per entry: byte offset, length, value.
    private let offsets: [Int32]
    private let lengths: [Int32]
    private let values: [Int32]
    /// Slot → entry index + 1; 0 is empty.
    private let slots: [Int32]
    private let mask: Int
    /// False when some key is not simple: then every lookup is `.unknown`.
    private let exact: Bool
    /// Bit `n` set when some key is `n` bytes long (bit 63: 63 or more), so most lookups of a
    /// length no key has (the long words, for a table of function words) end without a probe.
    private let keyLengths: UInt64

    init(_ pairs: [(key: String, value: Int32)]) {
        var bytes: [UInt8] = [], offsets: [Int32] = [], lengths: [Int32] = [], values: [Int32] = []
        var exact = true
        for (key, value) in pairs {
            let start = bytes.count
            bytes.append(contentsOf: key.utf8)
            if !ByteKeyTable.isSimple(bytes[start...]) { exact = false }
            offsets.append(Int32(start))
            lengths.append(Int32(bytes.count - start))
            values.append(value)
        }
        var capacity = 16
        while capacity < pairs.count * 2 { capacity <<= 1 }
        var slots = [Int32](repeating: 0, count: capacity)
        let mask = capacity - 1
        for i in offsets.indices {
            let o = Int(offsets[i]), n = Int(lengths[i])
            var slot = ByteKeyTable.hash(bytes[o..<o + n]) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }   // keys are distinct (dictionary keys)
            slots[slot] = Int32(i + 1)
        }
        self.bytes = bytes
        self.offsets = offsets
        self.lengths = lengths
        self.values = values
        self.slots = slots
        self.mask = mask
        self.exact = exact
        self.keyLengths = lengths.reduce(0) { $0 | ByteKeyTable.lengthBit(Int($1)) }
    }

    @inline(__always)
    private static func lengthBit(_ n: Int) -> UInt64 { 1 << UInt64(min(n, 63)) }

    /// True when every scalar is below U+0300 (no UTF-8 lead byte of 0xCC or more) or general
    /// punctuation or a currency sign (U+2002…U+206F, U+20A0…U+20BF: typographic apostrophes,
    /// quotes and dashes, the ellipsis, €). None of those has a canonical decomposition, a
    /// combining class or a composition with a neighbour, so such strings are still in NFC.
    /// (U+2000 and U+2001 decompose to U+2002 and U+2003, hence the range starts at U+2002.)
    static func isSimple(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let p = bytes.baseAddress else { return true }
        let n = bytes.count
        var i = 0
        var pending = 0          // continuation bytes still to skip after an allowed E2 sequence
        var afterE2: UInt8 = 0   // second byte of an E2 sequence being checked, 0 when none
        var sawE2 = false
        while i < n {
            // Eight ASCII bytes at a time: none of them can make a string unsimple.
            if pending == 0, i + 8 <= n,
               UnsafeRawPointer(p + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                i += 8
                continue
            }
            let b = p[i]
            i += 1
            if pending > 0 {
                pending -= 1
                if sawE2 {
                    sawE2 = false
                    afterE2 = b
                    guard b >= 0x80 && b <= 0x82 else { return false }
                } else {
                    switch afterE2 {
                    case 0x80: guard b >= 0x82 else { return false }
                    case 0x81: guard b <= 0xAF else { return false }
                    default: guard b >= 0xA0 else { return false }   // 0x82: U+2080…U+20BF
                    }
                }
                continue
            }
            if b < 0xCC { continue }
            guard b == 0xE2 else { return false }
            pending = 2
            sawE2 = true
        }
        return true
    }

    /// `isSimple` of any byte collection, through its contiguous storage when it has one.
    @inline(__always)
    static func isSimple<C: Collection<UInt8>>(_ bytes: C) -> Bool {
        if let r = bytes.withContiguousStorageIfAvailable({ isSimple($0) }) { return r }
        return Array(bytes).withUnsafeBufferPointer { isSimple($0) }
    }

    @inline(__always)
    private static func hash<C: Collection<UInt8>>(_ bytes: C) -> Int { mix(FNV1a.hash(bytes)) }

    @inline(__always)
    private static func mix(_ h: UInt64) -> Int { Int(truncatingIfNeeded: h ^ (h >> 29)) }

    /// The value of `key`, `.absent`, or `.unknown` when only a `String` comparison can tell.
    func lookup(_ key: String) -> Lookup {
        guard exact else { return .unknown }
        var key = key
        return key.withUTF8 { lookup(utf8: $0) }
    }

    /// `lookup` of the `String` whose UTF-8 bytes are `k`.
    func lookup(utf8 k: UnsafeBufferPointer<UInt8>) -> Lookup {
        guard ByteKeyTable.isSimple(k) else { return .unknown }
        return lookup(simpleUTF8: k, fnv: nil)
    }

    /// `lookup(utf8:)` of bytes the caller knows are simple (`LexiconKey.foldCommonLatin` writes
    /// only such bytes), which spares checking them again; `fnv` is their `FNV1a` hash if known.
    @inline(__always)
    func lookup(simpleUTF8 k: UnsafeBufferPointer<UInt8>, fnv: UInt64?) -> Lookup {
        guard exact else { return .unknown }
        if keyLengths & ByteKeyTable.lengthBit(k.count) == 0 { return .absent }
        var slot = ByteKeyTable.mix(fnv ?? FNV1a.hash(k)) & mask
        return bytes.withUnsafeBufferPointer { all -> Lookup in
            while true {
                let e = Int(slots[slot])
                if e == 0 { return .absent }
                let i = e - 1
                let n = Int(lengths[i])
                if n == k.count, n == 0 || memcmp(all.baseAddress! + Int(offsets[i]), k.baseAddress!, n) == 0 {
                    return .found(values[i])
                }
                slot = (slot + 1) & mask
            }
        }
    }

    /// `lookup(_:)` for the UTF-8 bytes of a key the caller knows is simple (`isSimple`).
    @inline(__always)
    func lookup(simpleUTF8 k: UnsafeBufferPointer<UInt8>) -> Lookup { lookup(simpleUTF8: k, fnv: nil) }
}
