import Foundation

/// Runs a function over a stream of JSONL lines on every core and writes the results in
/// input order. At most `window` lines are in flight (read but not yet written), so memory
/// stays bounded whatever the input size. The output is identical whatever the number of
/// workers.
///
/// With more than one worker the stages overlap: the calling thread reads lines and writes
/// finished results while `workers` threads transform lines as they free up. There is no
/// barrier between windows, so no core waits for the slowest document of a window, and
/// reading and writing cost no worker time.
public struct BatchProcessor: Sendable {
    /// Threads transforming lines; at least 1 (1 runs every line on the calling thread).
    public var workers: Int
    /// Most lines read but not yet written, which bounds memory; at least 1.
    public var window: Int

    /// A processor using every core and at most 512 lines in flight by default.
    public init(workers: Int = ProcessInfo.processInfo.activeProcessorCount, window: Int = 512) {
        self.workers = max(1, workers)
        self.window = max(1, window)
    }

    /// Processes every line from `next` with `transform` (line number from 1, the line) and
    /// hands each result to `emit` in input order. `progress` is called with the number of lines
    /// written after every `window` lines and once at the end.
    public func run<Line: Sendable>(next: () -> Line?, transform: @Sendable @escaping (Int, Line) -> String,
                                    emit: (String) -> Void, progress: ((Int) -> Void)? = nil) {
        if workers == 1 {
            runSerially(next: next, transform: transform, emit: emit, progress: progress)
            return
        }
        let queue = BatchQueue<Line>()
        let finished = DispatchGroup()
        for _ in 0..<workers {
            finished.enter()
            Thread {
                while let (number, line) = queue.take() {
                    queue.finish(number, transform(number, line))
                }
                finished.leave()
            }.start()
        }
        var read = 0, written = 0
        var atEnd = false
        while !atEnd || written < read {
            // Keep the workers fed up to the window, then write whatever is finished in order.
            while !atEnd, read - written < window {
                if let line = next() {
                    read += 1
                    queue.put(read, line)
                } else {
                    atEnd = true
                    queue.close()
                }
            }
            guard written < read else { break }
            // Woken once per batch of results rather than once per line.
            for result in queue.results(from: written + 1, atLeast: min(BatchProcessor.wakeBatch, read - written)) {
                emit(result)
                written += 1
                if written % window == 0 { progress?(written) }
            }
        }
        if written % window != 0 || written == 0 { progress?(written) }
        finished.wait()
    }

    /// Results the writing thread waits for before it wakes (fewer when fewer are in flight).
    static let wakeBatch = 32

    private func runSerially<Line>(next: () -> Line?, transform: (Int, Line) -> String,
                             emit: (String) -> Void, progress: ((Int) -> Void)?) {
        var written = 0
        while let line = next() {
            written += 1
            emit(transform(written, line))
            if written % window == 0 { progress?(written) }
        }
        if written % window != 0 || written == 0 { progress?(written) }
    }
}

/// Lines waiting for a worker and results waiting to be written, under one condition.
private final class BatchQueue<Line: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    private var pending: [(Int, Line?)] = []
    private var pendingHead = 0
    private var closed = false
    private var done: [Int: String] = [:]
    /// The lines the writing thread waits for, if it waits: only the result completing them
    /// wakes it.
    private var writerWaits: (first: Int, count: Int)?

    /// Hands line `number` to the workers.
    func put(_ number: Int, _ line: Line) {
        condition.lock()
        if pendingHead > 64, pendingHead * 2 > pending.count {
            pending.removeFirst(pendingHead)
            pendingHead = 0
        }
        pending.append((number, line))
        condition.unlock()
        condition.signal()
    }

    /// No more lines will come: idle workers stop.
    func close() {
        condition.lock()
        closed = true
        condition.unlock()
        condition.broadcast()
    }

    /// The next line to transform, or nil once the input is closed and drained.
    func take() -> (Int, Line)? {
        condition.lock(); defer { condition.unlock() }
        while pendingHead == pending.count {
            if closed { return nil }
            condition.wait()
        }
        let (number, line) = pending[pendingHead]
        pending[pendingHead].1 = nil   // the worker owns the line now
        pendingHead += 1
        return (number, line!)
    }

    /// Stores line `number`'s result.
    func finish(_ number: Int, _ result: String) {
        condition.lock()
        done[number] = result
        var wake = false
        if let (first, count) = writerWaits, number >= first, number < first + count {
            wake = (first..<first + count).allSatisfy { done[$0] != nil }
            if wake { writerWaits = nil }
        }
        condition.unlock()
        if wake { condition.broadcast() }
    }

    /// The consecutive finished results from line `first` on, removed from the store; waits
    /// until lines `first..<first + atLeast` are all finished.
    func results(from first: Int, atLeast: Int) -> [String] {
        condition.lock(); defer { condition.unlock() }
        while !(first..<first + max(1, atLeast)).allSatisfy({ done[$0] != nil }) {
            writerWaits = (first, max(1, atLeast))
            condition.wait()
        }
        writerWaits = nil
        var out: [String] = []
        var k = first
        while let r = done.removeValue(forKey: k) {
            out.append(r)
            k += 1
        }
        return out
    }
}
