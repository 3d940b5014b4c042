import Foundation

/// Dense ids for folded keys (0, 1, 2… in order of first insertion), with `String` equality:
/// two keys get the same id exactly when they are equal as Swift strings.
///
/// `String` hashing normalises non-ASCII text on every call, the dominant cost of a per-word
/// `[String: Int]`. As long as every key holds only scalars below U+0300 (see `ByteKeyTable`:
/// such strings are in NFC, so bytes agree with `String` equality), keys are hashed and compared
/// as UTF-8 bytes. The first key that is not such a "simple" string switches the index to a
/// `[String: Int]` for good, so the answers stay those of a dictionary.
struct KeyIndex: Sendable {
    /// The keys, by id.
    private(set) var strings: [String] = []
    private var storage: [UInt8] = []
    /// Per id: where its bytes are in `storage`, and their hash (one array: one append per key).
    private var entries: [Entry] = []
    private var slots: [Int32]                   // id + 1; 0 is empty
    private var mask: Int
    /// Non-nil once some key is not simple: from then on the only index.
    private var dictionary: [String: Int]? = nil

    init(expected: Int = 0) {
        var capacity = 16
        while capacity < expected * 2 { capacity <<= 1 }
        slots = [Int32](repeating: 0, count: capacity)
        mask = capacity - 1
        strings.reserveCapacity(expected)
        entries.reserveCapacity(expected)
        storage.reserveCapacity(expected * 8)
    }

    var count: Int { strings.count }

    /// The id of `key`, and whether it was new.
    mutating func insert(_ key: String) -> (id: Int, isNew: Bool) {
        if dictionary == nil {
            var k = key
            let found = k.withUTF8 { b -> (id: Int, isNew: Bool)? in
                guard ByteKeyTable.isSimple(b) else { return nil }
                return internBytes(b, key)
            }
            if let found { return found }
            var d: [String: Int] = [:]
            d.reserveCapacity(strings.count * 2)
            for (id, s) in strings.enumerated() { d[s] = id }
            dictionary = d
        }
        if let id = dictionary![key] { return (id, false) }
        let id = strings.count
        strings.append(key)
        dictionary![key] = id
        return (id, true)
    }

    /// `insert` of the `String` whose UTF-8 bytes are `b`, which the caller knows are simple
    /// (`LexiconKey.foldCommonLatin` writes only such bytes). The `String` is `string` when the
    /// caller has it at hand, else made only if the key is new. Nil once the index has switched
    /// to a dictionary: then the caller inserts the `String`.
    /// `fnv` is the bytes' `FNV1a` hash.
    @inline(__always)
    mutating func insert(simpleUTF8 b: UnsafeBufferPointer<UInt8>, fnv: UInt64, string: String? = nil) -> (id: Int, isNew: Bool)? {
        guard dictionary == nil else { return nil }
        let h = KeyIndex.mix(fnv)
        let (existing, slot) = find(b, hash: h)
        if let existing { return (existing, false) }
        // Copied into place: a short ASCII key becomes a small string without UTF-8 validation.
        let key = string ?? String(unsafeUninitializedCapacity: b.count) { out in
            if b.count > 0 { out.baseAddress!.initialize(from: b.baseAddress!, count: b.count) }
            return b.count
        }
        return (add(b, key, hash: h, slot: slot), true)
    }

    /// The id of `key`, or nil when it was never inserted.
    func id(of key: String) -> Int? {
        if let dictionary { return dictionary[key] }
        if strings.isEmpty { return nil }
        var k = key
        return k.withUTF8 { b -> Int? in
            if ByteKeyTable.isSimple(b) { return find(b, hash: KeyIndex.hash(b)).id }
            // Not simple, so not byte-comparable: it may still equal a key canonically
            // ("e" + U+0301 is "é"). Never the case for keys cut from this document's words.
            return strings.firstIndex(of: key)
        }
    }

    @inline(__always)
    private static func hash(_ b: UnsafeBufferPointer<UInt8>) -> UInt32 { mix(FNV1a.hash(b)) }

    @inline(__always)
    private static func mix(_ h: UInt64) -> UInt32 { UInt32(truncatingIfNeeded: h ^ (h >> 32)) }

    /// The id of bytes `b` (or nil) and the slot where it is or would go.
    @inline(__always)
    private func find(_ b: UnsafeBufferPointer<UInt8>, hash h: UInt32) -> (id: Int?, slot: Int) {
        var slot = Int(h) & mask
        return storage.withUnsafeBufferPointer { s in
            while true {
                let e = Int(slots[slot])
                if e == 0 { return (nil, slot) }
                let id = e - 1
                let entry = entries[id]
                if entry.hash == h, Int(entry.length) == b.count,
                   b.count == 0 || memcmp(s.baseAddress! + Int(entry.start), b.baseAddress!, b.count) == 0 {
                    return (id, slot)
                }
                slot = (slot + 1) & mask
            }
        }
    }

    private mutating func internBytes(_ b: UnsafeBufferPointer<UInt8>, _ key: String) -> (id: Int, isNew: Bool) {
        let h = KeyIndex.hash(b)
        let (existing, slot) = find(b, hash: h)
        if let existing { return (existing, false) }
        return (add(b, key, hash: h, slot: slot), true)
    }

    /// Stores new key `key` (bytes `b`, hash `h`) at `slot`; its id.
    private mutating func add(_ b: UnsafeBufferPointer<UInt8>, _ key: String, hash h: UInt32, slot: Int) -> Int {
        let id = strings.count
        strings.append(key)
        entries.append(Entry(start: Int32(truncatingIfNeeded: storage.count), length: Int32(truncatingIfNeeded: b.count),
                             hash: h))
        storage.append(contentsOf: b)
        slots[slot] = Int32(id + 1)
        if strings.count * 2 > slots.count { grow() }
        return id
    }

    private mutating func grow() {
        let capacity = slots.count * 2
        slots = [Int32](repeating: 0, count: capacity)
        mask = capacity - 1
        for id in entries.indices {
            var slot = Int(entries[id].hash) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(id + 1)
        }
    }

    private struct Entry: Sendable {
        var start: Int32
        var length: Int32
        var hash: UInt32
    }
}
