/// Decodes the bytes of a file into text, saying exactly what it had to do: a UTF-8 BOM is
/// kept (it is part of the text, and `fix` must write it back), UTF-16 with a BOM is decoded,
/// NUL bytes mean binary, and invalid UTF-8 is decoded with U+FFFD replacements while the
/// byte offset of the first bad sequence is reported.
public struct DecodedText: Sendable {
    /// The encoding the bytes were decoded from.
    public enum Encoding: String, Sendable {
        /// UTF-8, with or without a BOM.
        case utf8 = "UTF-8"
        /// UTF-16 little-endian, detected by its BOM.
        case utf16LE = "UTF-16LE"
        /// UTF-16 big-endian, detected by its BOM.
        case utf16BE = "UTF-16BE"
    }

    /// Why the text may not faithfully represent the input.
    public enum Problem: Sendable, Equatable {
        /// The input holds NUL bytes; nothing was decoded.
        case binary(firstNULOffset: Int)
        /// Invalid UTF-8 starting at this byte offset; the text holds U+FFFD replacements.
        case invalidUTF8(byteOffset: Int)
    }

    /// The decoded text; empty for binary input.
    public var text: String
    /// The encoding the bytes were decoded from.
    public var encoding: Encoding
    /// What went wrong, if anything; nil for a clean decode.
    public var problem: Problem?

    /// True when writing `text` back as UTF-8 reproduces the input bytes exactly.
    public var roundTrips: Bool { encoding == .utf8 && problem == nil }

    /// Decodes `bytes`: UTF-16 when it starts with a BOM, else UTF-8 (binary when it holds a NUL byte).
    public init(bytes: [UInt8]) {
        if bytes.count >= 2, bytes[0] == 0xFF, bytes[1] == 0xFE {
            self = DecodedText.utf16(bytes, littleEndian: true)
            return
        }
        if bytes.count >= 2, bytes[0] == 0xFE, bytes[1] == 0xFF {
            self = DecodedText.utf16(bytes, littleEndian: false)
            return
        }
        if let nul = bytes.firstIndex(of: 0) {
            self.init(text: "", encoding: .utf8, problem: .binary(firstNULOffset: nul))
            return
        }
        if let text = String(validating: bytes, as: UTF8.self) {
            self.init(text: text, encoding: .utf8, problem: nil)
            return
        }
        let offset = DecodedText.firstInvalidUTF8Offset(bytes) ?? 0
        self.init(text: String(decoding: bytes, as: UTF8.self), encoding: .utf8, problem: .invalidUTF8(byteOffset: offset))
    }

    init(text: String, encoding: Encoding, problem: Problem?) {
        self.text = text
        self.encoding = encoding
        self.problem = problem
    }

    private static func utf16(_ bytes: [UInt8], littleEndian: Bool) -> DecodedText {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var i = 2
        while i + 1 < bytes.count {
            units.append(littleEndian ? UInt16(bytes[i]) | UInt16(bytes[i + 1]) << 8
                                      : UInt16(bytes[i]) << 8 | UInt16(bytes[i + 1]))
            i += 2
        }
        let text = String(decoding: units, as: UTF16.self)
        return DecodedText(text: text, encoding: littleEndian ? .utf16LE : .utf16BE, problem: nil)
    }

    /// The byte offset of the first byte that does not start or continue a valid UTF-8 sequence.
    public static func firstInvalidUTF8Offset(_ bytes: [UInt8]) -> Int? {
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 { i += 1; continue }
            var need = 0
            var minimum: UInt32 = 0
            var value: UInt32 = 0
            switch b {
            case 0xC2...0xDF: need = 1; value = UInt32(b & 0x1F); minimum = 0x80
            case 0xE0...0xEF: need = 2; value = UInt32(b & 0x0F); minimum = 0x800
            case 0xF0...0xF4: need = 3; value = UInt32(b & 0x07); minimum = 0x10000
            default: return i
            }
            guard i + need < n else { return i }
            for k in 1...need {
                let c = bytes[i + k]
                guard c & 0xC0 == 0x80 else { return i }
                value = value << 6 | UInt32(c & 0x3F)
            }
            if value < minimum || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF) { return i }
            i += need + 1
        }
        return nil
    }
}
