import Foundation
import Testing
@testable import Translint

/// Lines come back whole across chunk boundaries, with "\n" and "\r\n" removed, and a line over
/// the limit is skipped (reported by its length); past the limit its bytes are read and dropped.
@Suite struct LineReaderTests {
    static func lines(of bytes: [UInt8], chunkSize: Int, limit: Int = 1 << 30) throws -> [LineReader.Line] {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("linereader-\(UUID().uuidString)")
        try Data(bytes).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let reader = LineReader(handle: try FileHandle(forReadingFrom: url), chunkSize: chunkSize, maximumLineLength: limit)
        var out: [LineReader.Line] = []
        while let line = reader.next() { out.append(line) }
        return out
    }

    @Test(arguments: [1, 2, 3, 7, 1 << 20])
    func splitsLinesAcrossChunks(chunkSize: Int) throws {
        let text = "un\r\ndeux\n\ntrois quatre cinq\nfin sans saut"
        let expected = ["un", "deux", "", "trois quatre cinq", "fin sans saut"].map { LineReader.Line.bytes(Array($0.utf8)) }
        #expect(try Self.lines(of: Array(text.utf8), chunkSize: chunkSize) == expected)
        #expect(try Self.lines(of: Array((text + "\n").utf8), chunkSize: chunkSize) == expected)
        #expect(try Self.lines(of: [], chunkSize: chunkSize).isEmpty)
    }

    @Test(arguments: [1, 4, 16, 1 << 20])
    func skipsLinesOverTheLimit(chunkSize: Int) throws {
        let long = String(repeating: "x", count: 100)
        let text = "court\n\(long)\nsuite\n\(long)"
        let lines = try Self.lines(of: Array(text.utf8), chunkSize: chunkSize, limit: 10)
        #expect(lines == [.bytes(Array("court".utf8)), .tooLong(length: 100), .bytes(Array("suite".utf8)), .tooLong(length: 100)])
    }
}
