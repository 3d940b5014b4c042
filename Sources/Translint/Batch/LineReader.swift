import Foundation

/// Reads a file or standard input line by line in chunks, so a batch of any size streams
/// through bounded memory. Lines are returned as raw bytes without the "\n" (or "\r\n").
/// A line longer than `maximumLineLength` is not kept: it is read through to its end and
/// reported by its length, so one runaway line (a file without newlines, `/dev/zero`) cannot
/// exhaust memory.
public final class LineReader {
    /// One line of input.
    public enum Line: Sendable, Equatable {
        /// The line's bytes, without its line break.
        case bytes([UInt8])
        /// A line longer than `maximumLineLength`, skipped; `length` is its length in bytes.
        case tooLong(length: Int)
    }

    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private var start = 0
    /// Where the search for the next newline resumes: the bytes before it hold none.
    private var searched = 0
    private var atEnd = false
    private let chunkSize: Int
    /// The longest line kept, in bytes (1 GiB by default).
    public let maximumLineLength: Int

    /// Reads from `handle` in chunks of `chunkSize` bytes (1 MiB by default).
    public init(handle: FileHandle, chunkSize: Int = 1 << 20, maximumLineLength: Int = 1 << 30) {
        self.handle = handle
        self.chunkSize = max(1, chunkSize)
        self.maximumLineLength = max(1, maximumLineLength)
    }

    /// The next line, or nil at the end of the input.
    public func next() -> Line? {
        while true {
            if let newline = buffer[max(start, searched)...].firstIndex(of: 0x0A) {
                var end = newline
                if end > start, buffer[end - 1] == 0x0D { end -= 1 }
                let line = end - start > maximumLineLength ? .tooLong(length: end - start) : Line.bytes(Array(buffer[start..<end]))
                start = newline + 1
                searched = start
                return line
            }
            searched = buffer.count
            if buffer.count - start > maximumLineLength { return skipRestOfLine() }
            if atEnd {
                guard start < buffer.count else { return nil }
                defer { start = buffer.count; searched = start }
                return buffer.count - start > maximumLineLength
                    ? .tooLong(length: buffer.count - start) : .bytes(Array(buffer[start...]))
            }
            if start > 0 {
                buffer.removeFirst(start)
                searched -= start
                start = 0
            }
            let data = handle.readData(ofLength: chunkSize)
            if data.isEmpty { atEnd = true } else { buffer.append(contentsOf: data) }
        }
    }

    /// Drops the over-long line at `start` and reads on, without keeping it, to its newline.
    private func skipRestOfLine() -> Line {
        var length = buffer.count - start
        buffer = []
        start = 0
        searched = 0
        while !atEnd {
            let data = handle.readData(ofLength: chunkSize)
            if data.isEmpty { atEnd = true; break }
            if let newline = data.firstIndex(of: 0x0A) {
                length += newline - data.startIndex
                buffer = Array(data[(newline + 1)...])
                break
            }
            length += data.count
        }
        return .tooLong(length: length)
    }
}
