/// The 64-bit FNV-1a hash of UTF-8 bytes, which every byte-keyed table here starts from
/// (`Lexicon`, `ByteKeyTable`, `KeyIndex`) before folding it to its own width: a caller that
/// looks the same bytes up in several tables hashes them once.
enum FNV1a {
    /// The hash of contiguous bytes: a plain pointer loop. Callers pass buffers almost always;
    /// a generic `Sequence` version was not always specialised and then cost an iterator call
    /// through a witness table per byte.
    @inline(__always)
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0xcbf29ce484222325
        guard let p = bytes.baseAddress else { return h }
        for i in 0..<bytes.count { h = (h ^ UInt64(p[i])) &* 0x100000001b3 }
        return h
    }

    /// `hash` of any byte collection, through its contiguous storage when it has one.
    @inline(__always)
    static func hash<C: Collection<UInt8>>(_ bytes: C) -> UInt64 {
        if let h = bytes.withContiguousStorageIfAvailable({ hash($0) }) { return h }
        return Array(bytes).withUnsafeBufferPointer { hash($0) }
    }
}
