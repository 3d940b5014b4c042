import Foundation
import Testing
@testable import Translint

/// Batch results come out in input order, whatever the worker count, the window size, and the
/// time each line takes.
@Suite struct BatchProcessorTests {
    @Test(arguments: [(1, 7), (2, 7), (4, 1), (4, 512), (3, 10)])
    func resultsKeepInputOrderAcrossWindows(workers: Int, window: Int) {
        let lines = (0..<203).map { Array("line \($0)".utf8) }
        var next = lines.makeIterator()
        var emitted: [String] = []
        var progress: [Int] = []
        BatchProcessor(workers: workers, window: window).run(next: { next.next() }, transform: { number, bytes in
            // Uneven work, so that later lines of a window often finish first.
            if number % 5 == 0 { usleep(200) }
            return "\(number):" + String(decoding: bytes, as: UTF8.self)
        }, emit: { emitted.append($0) }, progress: { progress.append($0) })
        #expect(emitted == (0..<203).map { "\($0 + 1):line \($0)" })
        #expect(progress.last == 203)
        #expect(progress == progress.sorted())
    }
}
