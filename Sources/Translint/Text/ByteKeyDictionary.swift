/// A read-only `[String: Value]` looked up by UTF-8 bytes when that gives the dictionary's answer
/// (see `ByteKeyTable`), and by the dictionary itself otherwise: the same answers, without
/// normalising and hashing a `String` per lookup on the per-word paths of the rules.
struct ByteKeyDictionary<Value: Sendable>: Sendable {
    let dictionary: [String: Value]
    private let table: ByteKeyTable
    private let values: [Value]

    init(_ dictionary: [String: Value]) {
        let pairs = Array(dictionary)
        self.dictionary = dictionary
        self.values = pairs.map(\.value)
        self.table = ByteKeyTable(pairs.indices.map { (key: pairs[$0].key, value: Int32($0)) })
    }

    /// `dictionary[key]`.
    @inline(__always)
    subscript(key: String) -> Value? {
        switch table.lookup(key) {
        case .found(let i): return values[Int(i)]
        case .absent: return nil
        case .unknown: return dictionary[key]
        }
    }

    /// `self[key]` given also `key`'s UTF-8 bytes, known to be simple (`ByteKeyTable.isSimple`),
    /// and their `FNV1a` hash: no copy, no second check or hash.
    @inline(__always)
    func value(forKey key: String, simpleUTF8 utf8: UnsafeBufferPointer<UInt8>, fnv: UInt64) -> Value? {
        switch table.lookup(simpleUTF8: utf8, fnv: fnv) {
        case .found(let i): return values[Int(i)]
        case .absent: return nil
        case .unknown: return dictionary[key]
        }
    }

    var isEmpty: Bool { dictionary.isEmpty }
}
