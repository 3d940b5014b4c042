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

    /// At most `window` lines are read ahead of the last one written, whatever the worker count.
    @Test(arguments: [(1, 3), (2, 3), (2, 1), (4, 16)])
    func linesInFlightStayWithinTheWindow(workers: Int, window: Int) {
        let total = 120
        let counter = InFlight()
        var produced = 0
        var maxInFlight = 0
        var emitted = 0
        BatchProcessor(workers: workers, window: window).run(next: { () -> [UInt8]? in
            guard produced < total else { return nil }
            produced += 1
            maxInFlight = max(maxInFlight, produced - emitted)
            return Array("\(produced)".utf8)
        }, transform: { number, _ in
            counter.enter()
            if number % 7 == 1 { usleep(300) }
            counter.leave()
            return "\(number)"
        }, emit: { _ in emitted += 1 })
        #expect(emitted == total)
        #expect(maxInFlight <= window)
        #expect(counter.most <= workers)
    }

    /// An empty input writes nothing and reports zero lines done.
    @Test(arguments: [1, 2])
    func emptyInputReportsZero(workers: Int) {
        var emitted: [String] = []
        var progress: [Int] = []
        BatchProcessor(workers: workers, window: 4).run(next: { nil as [UInt8]? }, transform: { n, _ in "\(n)" },
                                                        emit: { emitted.append($0) }, progress: { progress.append($0) })
        #expect(emitted.isEmpty)
        #expect(progress == [0])
    }
}

/// Counts transforms running at once.
private final class InFlight: @unchecked Sendable {
    private let lock = NSLock()
    private var now = 0
    private(set) var most = 0
    func enter() { lock.lock(); now += 1; most = max(most, now); lock.unlock() }
    func leave() { lock.lock(); now -= 1; lock.unlock() }
}
