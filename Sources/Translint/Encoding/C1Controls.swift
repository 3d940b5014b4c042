/// C1 control characters (U+0080–U+009F) essentially never appear in real text; when
/// they do, it is because Windows-1252 bytes were decoded as Latin-1. Reading them
/// back as Windows-1252 recovers the intended punctuation (U+0092 becomes ’).
enum C1Controls {
    /// The Windows-1252 meaning of a C1 control, or nil for the five bytes that
    /// Windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D).
    static func windows1252Meaning(of value: UInt32) -> UInt32? {
        guard (0x80...0x9F).contains(value) else { return nil }
        let meaning = SingleByteCodepage.windows1252.scalar(for: UInt8(value))
        return meaning == value ? nil : meaning
    }

    static func repair(at offset: Int, value: UInt32) -> MojibakeRepair? {
        guard let meaning = windows1252Meaning(of: value), let scalar = Unicode.Scalar(meaning) else { return nil }
        let hex = String(value, radix: 16, uppercase: true)
        return MojibakeRepair(range: offset..<offset + 1, replacement: String(Character(scalar)), confidence: 0.9,
                              isSafe: true, explanation: "C1 control U+00\(hex) is Windows-1252 text decoded as Latin-1",
                              kind: .c1Control)
    }
}
