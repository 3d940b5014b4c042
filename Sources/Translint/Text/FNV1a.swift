/// The 64-bit FNV-1a hash of UTF-8 bytes, which every byte-keyed table here starts from
/// (`Lexicon`, `ByteKeyTable`, `KeyIndex`) before folding it to its own width: a caller that
/// looks the same bytes up in several tables hashes them once.
enum FNV1a {
    @inline(__always)
    static func hash(_ bytes: some Sequence<UInt8>) -> UInt64 {
        var h: UInt64 = 0xcbf29ce484222325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x100000001b3 }
        return h
    }
}
