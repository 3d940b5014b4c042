import Foundation

/// Runs a function over a stream of JSONL lines on every core and writes the results in
/// input order. Lines are taken in windows (`window` lines at a time), so memory stays
/// bounded whatever the input size; within a window, lines are processed in parallel.
/// The output is identical whatever the number of workers.
public struct BatchProcessor: Sendable {
    /// Cores to spread each window over; at least 1 (1 runs every line on the calling thread).
    public var workers: Int
    /// Lines read and processed at a time, which bounds memory; at least 1.
    public var window: Int

    /// A processor using every core and windows of 512 lines by default.
    public init(workers: Int = ProcessInfo.processInfo.activeProcessorCount, window: Int = 512) {
        self.workers = max(1, workers)
        self.window = max(1, window)
    }

    /// Processes every line from `next` with `transform` (line number from 1, bytes) and hands
    /// each result to `emit` in input order. `progress` is called after each window with the
    /// number of lines done.
    public func run(next: () -> [UInt8]?, transform: @Sendable @escaping (Int, [UInt8]) -> String,
                    emit: (String) -> Void, progress: ((Int) -> Void)? = nil) {
        var lineNumber = 0
        var done = false
        while !done {
            var batch: [[UInt8]] = []
            batch.reserveCapacity(window)
            while batch.count < window, let line = next() {
                batch.append(line)
            }
            if batch.count < window { done = true }
            if batch.isEmpty { break }
            let first = lineNumber + 1
            lineNumber += batch.count
            let results = ResultSlots(count: batch.count)
            let lines = batch
            if workers == 1 {
                for (k, line) in lines.enumerated() { results.set(k, transform(first + k, line)) }
            } else {
                // One line per iteration, handed out as workers free up: documents differ in
                // size by orders of magnitude, and a window waits for its slowest worker.
                DispatchQueue.concurrentPerform(iterations: lines.count) { k in
                    results.set(k, transform(first + k, lines[k]))
                }
            }
            for k in 0..<lines.count { emit(results.get(k)) }
            progress?(lineNumber)
        }
    }
}

/// Result storage written by many threads, each to its own index.
private final class ResultSlots: @unchecked Sendable {
    private var slots: [String]
    private let lock = NSLock()

    init(count: Int) { slots = [String](repeating: "", count: count) }

    func set(_ index: Int, _ value: String) {
        lock.lock(); slots[index] = value; lock.unlock()
    }

    func get(_ index: Int) -> String {
        lock.lock(); defer { lock.unlock() }
        return slots[index]
    }
}
