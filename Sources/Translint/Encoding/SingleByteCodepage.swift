/// A single-byte character set, seen as a bijection between bytes 0x80...0xFF and
/// Unicode scalars (bytes below 0x80 are ASCII in every codepage we care about).
///
/// Mojibake is UTF-8 bytes decoded with one of these tables, so undoing it means
/// encoding the visible characters back to bytes with the same table.
struct SingleByteCodepage: Sendable {
    /// Human name used in explanations, e.g. "Windows-1252".
    let name: String
    /// Scalar value for byte `0x80 + index`.
    let high: [UInt32]
    /// Scalar value to byte, for the high half only.
    private let reverse: [UInt32: UInt8]

    init(name: String, high: [UInt32]) {
        self.name = name
        self.high = high
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
        self.reverse = reverse
    }

    /// The byte this codepage uses for `scalar`, or nil if it cannot be encoded.
    @inline(__always)
    func byte(for scalar: UInt32) -> UInt8? {
        if scalar < 0x80 { return UInt8(scalar) }
        return reverse[scalar]
    }

    /// The scalar this codepage shows for `byte`.
    @inline(__always)
    func scalar(for byte: UInt8) -> UInt32 {
        byte < 0x80 ? UInt32(byte) : high[Int(byte) - 0x80]
    }
}
