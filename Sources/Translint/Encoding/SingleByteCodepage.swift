/// A single-byte character set, seen as a bijection between bytes 0x80...0xFF and
/// Unicode scalars (bytes below 0x80 are ASCII in every codepage we care about).
///
/// Mojibake is UTF-8 bytes decoded with one of these tables, so undoing it means
/// encoding the visible characters back to bytes with the same table.
struct SingleByteCodepage: Sendable {
    /// Human name used in explanations, e.g. "Windows-1252".
    var name: String { storage.name }
    /// Scalar value for byte `0x80 + index`.
    var high: [UInt32] { storage.high }
    /// The tables live in one immutable object, so handing a codepage to the reassembly (once
    /// per line and candidate) retains one reference rather than four.
    private let storage: Storage

    private final class Storage: Sendable {
        let name: String
        let high: [UInt32]
        /// Scalar value to byte for the high half, as a two-level table: `pages[scalar >> 7]` is
        /// the offset of that scalar's 128-entry page in `bytes` (0, an all-zero page, when no
        /// scalar of the page is encodable). Every line is re-encoded with every candidate
        /// codepage, so this lookup is hot: two array loads instead of hashing.
        let pages: [UInt16]
        /// Byte for each scalar of each used page; 0 means "not encodable" (high bytes are >= 0x80).
        let bytes: [UInt8]

        init(name: String, high: [UInt32], pages: [UInt16], bytes: [UInt8]) {
            self.name = name
            self.high = high
            self.pages = pages
            self.bytes = bytes
        }
    }

    init(name: String, high: [UInt32]) {
        var reverse: [UInt32: UInt8] = [:]
        reverse.reserveCapacity(160)
        for (index, value) in high.enumerated() {
            reverse[value] = UInt8(0x80 + index)
        }
        // Sloppy decoders (and Latin-1 fallbacks) turn bytes 0x80...0x9F into C1 controls,
        // so a C1 control always stands for its own byte, even where the table defines it.
        for c1 in UInt32(0x80)...UInt32(0x9F) where reverse[c1] == nil {
            reverse[c1] = UInt8(c1)
        }
        let limit = (Int(reverse.keys.max() ?? 0) >> 7) + 1
        var pages = [UInt16](repeating: 0, count: limit)
        var bytes = [UInt8](repeating: 0, count: 128)
        for (scalar, byte) in reverse.sorted(by: { $0.key < $1.key }) {
            let page = Int(scalar) >> 7
            if pages[page] == 0 {
                pages[page] = UInt16(bytes.count)
                bytes += [UInt8](repeating: 0, count: 128)
            }
            bytes[Int(pages[page]) + (Int(scalar) & 0x7F)] = byte
        }
        storage = Storage(name: name, high: high, pages: pages, bytes: bytes)
    }

    /// The byte this codepage uses for `scalar`, or nil if it cannot be encoded.
    @inline(__always)
    func byte(for scalar: UInt32) -> UInt8? {
        if scalar < 0x80 { return UInt8(scalar) }
        let page = Int(scalar) >> 7
        guard page < storage.pages.count else { return nil }
        let byte = storage.bytes[Int(storage.pages[page]) + (Int(scalar) & 0x7F)]
        return byte == 0 ? nil : byte
    }

    /// The scalar this codepage shows for `byte`.
    @inline(__always)
    func scalar(for byte: UInt8) -> UInt32 {
        byte < 0x80 ? UInt32(byte) : storage.high[Int(byte) - 0x80]
    }
}
