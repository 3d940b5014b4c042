/// Reads the tab-separated data files: `#` starts a comment line, blank lines are skipped,
/// missing trailing columns read as empty strings, a "\r" before a line's "\n" is dropped.
enum TSV {
    /// Split by bytes: "\t" and "\n" are controls, each always a `Character` of its own, so the
    /// bytes split where `Character`s would (`split` on `Character`s cost the profiles about
    /// 15,000 instructions a line), except that "\r\n" is one `Character`, which hid the line
    /// break from that split; by bytes a CRLF file reads like an LF file.
    static func rows(_ text: String, columns: Int) -> [[String]] {
        var rows: [[String]] = []
        var text = text
        text.withUTF8 { bytes in
            let n = bytes.count
            var lineStart = 0
            while lineStart < n {
                var lineEnd = lineStart
                while lineEnd < n && bytes[lineEnd] != 0x0A { lineEnd += 1 }
                let next = lineEnd + 1
                defer { lineStart = next }
                if lineEnd > lineStart && bytes[lineEnd - 1] == 0x0D { lineEnd -= 1 }
                if lineEnd == lineStart || bytes[lineStart] == 0x23 { continue }
                var fields: [String] = []
                var fieldStart = lineStart
                for i in lineStart...lineEnd where i == lineEnd || bytes[i] == 0x09 {
                    fields.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[fieldStart..<i]), as: UTF8.self))
                    fieldStart = i + 1
                }
                while fields.count < columns { fields.append("") }
                rows.append(fields)
            }
        }
        return rows
    }
}
