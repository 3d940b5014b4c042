import Foundation

/// Reads a file or standard input line by line in chunks, so a batch of any size streams
/// through bounded memory. Lines are returned as raw bytes without the "\n" (or "\r\n").
public final class LineReader {
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private var start = 0
    private var atEnd = false
    private let chunkSize: Int

    /// Reads from `handle` in chunks of `chunkSize` bytes (1 MiB by default).
    public init(handle: FileHandle, chunkSize: Int = 1 << 20) {
        self.handle = handle
        self.chunkSize = chunkSize
    }

    /// The next line, or nil at the end of the input.
    public func next() -> [UInt8]? {
        while true {
            if let newline = buffer[start...].firstIndex(of: 0x0A) {
                var end = newline
                if end > start, buffer[end - 1] == 0x0D { end -= 1 }
                let line = Array(buffer[start..<end])
                start = newline + 1
                return line
            }
            if atEnd {
                guard start < buffer.count else { return nil }
                let line = Array(buffer[start...])
                start = buffer.count
                return line
            }
            if start > 0 {
                buffer.removeFirst(start)
                start = 0
            }
            let data = handle.readData(ofLength: chunkSize)
            if data.isEmpty { atEnd = true } else { buffer.append(contentsOf: data) }
        }
    }
}
