import Foundation

/// The UTF-8 bytes of JSON text being written. Strings are copied in runs of bytes that need no
/// escape, because appending scalar by scalar to a `String` cost more than the analysis itself
/// in batch mode.
struct JSONBytes {
    private(set) var bytes: [UInt8] = []

    init() { bytes.reserveCapacity(1024) }

    /// The text written so far (always valid UTF-8: only whole strings and ASCII are appended).
    var string: String { String(decoding: bytes, as: UTF8.self) }

    mutating func byte(_ b: UInt8) { bytes.append(b) }

    mutating func append(_ s: String) { bytes.append(contentsOf: s.utf8) }

    mutating func newline(_ indent: [UInt8], _ level: Int) {
        bytes.append(UInt8(ascii: "\n"))
        for _ in 0..<level { bytes.append(contentsOf: indent) }
    }

    /// `s` in double quotes. Escaped: the quote, the backslash, C0 and C1 controls (`\n`, `\r`,
    /// `\t` by name, others as `\uXXXX`), U+2028 and U+2029 (line breaks for JavaScript).
    mutating func appendQuoted(_ s: String) {
        bytes.append(UInt8(ascii: "\""))
        var s = s
        s.withUTF8 { utf8 in
            var runStart = 0
            var i = 0
            let n = utf8.count
            while i < n {
                let b = utf8[i]
                var escape: [UInt8]? = nil
                var width = 1
                if b < 0x80 {
                    switch b {
                    case UInt8(ascii: "\""): escape = JSONBytes.quote
                    case UInt8(ascii: "\\"): escape = JSONBytes.backslash
                    case 0x0A: escape = JSONBytes.lineFeed
                    case 0x0D: escape = JSONBytes.carriageReturn
                    case 0x09: escape = JSONBytes.tab
                    case 0..<0x20, 0x7F: escape = JSONBytes.unicodeEscape(UInt32(b))
                    default: break
                    }
                } else if b == 0xC2, i + 1 < n, (0x80...0x9F).contains(utf8[i + 1]) {
                    escape = JSONBytes.unicodeEscape(UInt32(utf8[i + 1])); width = 2
                } else if b == 0xE2, i + 2 < n, utf8[i + 1] == 0x80, utf8[i + 2] == 0xA8 || utf8[i + 2] == 0xA9 {
                    escape = JSONBytes.unicodeEscape(utf8[i + 2] == 0xA8 ? 0x2028 : 0x2029); width = 3
                }
                if let escape {
                    if runStart < i { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<i])) }
                    bytes.append(contentsOf: escape)
                    i += width
                    runStart = i
                } else {
                    i += 1
                }
            }
            if runStart < n { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<n])) }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    private static let quote = Array(#"\""#.utf8)
    private static let backslash = Array(#"\\"#.utf8)
    private static let lineFeed = Array(#"\n"#.utf8)
    private static let carriageReturn = Array(#"\r"#.utf8)
    private static let tab = Array(#"\t"#.utf8)

    private static func unicodeEscape(_ value: UInt32) -> [UInt8] {
        Array(String(format: "\\u%04X", value).utf8)
    }
}
