/// Converts scalar offsets to 1-based line and column numbers (columns count Unicode scalars),
/// for `path:line:col` output. Built once per text; lookups are a binary search.
public struct TextPosition: Sendable {
    private let lineStarts: [Int]

    /// Indexes the line starts of `text`; `\n`, `\r` and `\r\n` each end a line.
    public init(_ text: String) {
        var starts = [0]
        var offset = 0
        var previousCR = false
        for s in text.unicodeScalars {
            offset += 1
            if s == "\n" {
                if previousCR { starts[starts.count - 1] = offset } else { starts.append(offset) }
            } else if s == "\r" {
                starts.append(offset)
            }
            previousCR = s == "\r"
        }
        lineStarts = starts
    }

    /// 1-based line and column of a scalar offset.
    public func lineColumn(_ offset: Int) -> (line: Int, column: Int) {
        var lo = 0, hi = lineStarts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if lineStarts[mid] <= offset { lo = mid } else { hi = mid - 1 }
        }
        return (lo + 1, offset - lineStarts[lo] + 1)
    }
}
