/// Folds a word the way wordfreq stores it: lowercase (case folding), the typographic
/// apostrophe as ASCII, German ß as "ss".
public enum LexiconKey {
    public static func fold(_ word: some StringProtocol) -> String {
        // Nearly every word takes the byte path (equal results: `FastPathTests`); appending
        // scalars one by one and lowercasing cost thousands of instructions a word.
        if let fast = word.utf8.withContiguousStorageIfAvailable({ foldCommonLatin($0) }), let folded = fast {
            return folded
        }
        return foldByScalars(word)
    }

    /// `fold` scalar by scalar, for any word: the definition the byte path is tested against.
    static func foldByScalars(_ word: some StringProtocol) -> String {
        var out = String()
        out.unicodeScalars.reserveCapacity(word.unicodeScalars.count)
        var needsLowercasing = false
        for s in word.unicodeScalars {
            switch s.value {
            case 0x2019, 0x02BC: out.unicodeScalars.append("'")
            case 0xDF: out.unicodeScalars.append("s"); out.unicodeScalars.append("s")
            case 0x41...0x5A: out.unicodeScalars.append(Unicode.Scalar(s.value | 0x20)!)
            case 0..<0x80: out.unicodeScalars.append(s)
            default:
                out.unicodeScalars.append(s)
                needsLowercasing = true
            }
        }
        return needsLowercasing ? out.lowercased() : out
    }

    /// `fold` computed on UTF-8 bytes for words made only of ASCII, Latin-1 letters (À…ÿ), Œ/œ
    /// and the apostrophes U+2019 / U+02BC — nearly every word of the six languages. Their
    /// lowercase mappings are one scalar to one scalar (À…Þ → à…þ, except ×; Œ → œ), so the
    /// result equals `fold`'s without building the word scalar by scalar and calling
    /// `lowercased()`. Returns nil for any other byte sequence, which takes `fold`.
    static func foldCommonLatin(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        // Every mapping below is at most as long as its input, so the folded bytes fit in a
        // temporary buffer of the input's size (on the stack for words): one String, no array.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(bytes.count, 1)) { out -> String? in
            guard let o = foldCommonLatin(bytes, into: out) else { return nil }
            return String(decoding: UnsafeBufferPointer(rebasing: out[0..<o]), as: UTF8.self)
        }
    }

    /// `foldCommonLatin` of bytes known to be ASCII, into `out` (at least as long): A–Z to
    /// lowercase, nothing else changes, so the length stays.
    @inline(__always)
    static func foldASCII(_ bytes: UnsafeBufferPointer<UInt8>, into out: UnsafeMutableBufferPointer<UInt8>) -> Int {
        for k in bytes.indices {
            let b = bytes[k]
            out[k] = b &- 0x41 < 26 ? b | 0x20 : b
        }
        return bytes.count
    }

    /// `foldCommonLatin` into `out` (at least `bytes.count` long): the folded length, or nil.
    /// Lets a caller look the folded bytes up before deciding to make a `String` of them. The
    /// bytes written are ASCII, C3 xx and C5 93 only, so always simple (`ByteKeyTable.isSimple`).
    @inline(__always)
    static func foldCommonLatin(_ bytes: UnsafeBufferPointer<UInt8>, into out: UnsafeMutableBufferPointer<UInt8>) -> Int? {
        let n = bytes.count
        var k = 0, o = 0
        @inline(__always) func put(_ b: UInt8) { out[o] = b; o += 1 }
        while k < n {
            let b = bytes[k]
            let next: UInt8 = k + 1 < n ? bytes[k + 1] : 0
            switch b {
            case 0x41...0x5A: put(b | 0x20); k += 1
            case 0..<0x80: put(b); k += 1
            case 0xC3 where next == 0x9F:                            // ß → "ss"
                put(0x73); put(0x73); k += 2
            case 0xC3 where next >= 0x80 && next <= 0x9E && next != 0x97: // À…Þ → à…þ
                put(0xC3); put(next + 0x20); k += 2
            case 0xC3 where next >= 0x80 && next <= 0xBF:            // à…ÿ and ×
                put(0xC3); put(next); k += 2
            case 0xC5 where next == 0x92 || next == 0x93:            // Œ, œ → œ
                put(0xC5); put(0x93); k += 2
            case 0xCA where next == 0xBC:                            // U+02BC → '
                put(0x27); k += 2
            case 0xE2 where next == 0x80 && k + 2 < n && bytes[k + 2] == 0x99: // U+2019 → '
                put(0x27); k += 3
            default:
                return nil
            }
        }
        return o
    }
}
