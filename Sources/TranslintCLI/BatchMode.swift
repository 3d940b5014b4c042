import Foundation
import Translint

/// `--input jsonl` for check, score and fix: one JSON object per input line in, one JSON
/// result per line out, same order, all cores, bounded memory.
enum BatchMode {
    enum Kind { case check, score, fix }

    /// Reads `--input jsonl` and `--jobs N`: whether batch mode is on, and the worker count.
    static func options(_ args: inout Arguments) throws -> (isOn: Bool, jobs: Int?) {
        let input = try args.value("--input")
        let jobs = try args.int("--jobs", in: 1...256)
        if let input, input != "jsonl" { throw Arguments.UsageError(description: "--input takes jsonl, not '\(input)'") }
        return (input != nil, jobs)
    }

    static let help = """
      --input jsonl          read JSON lines {"id", "text", "lang"?} and write one JSON result per line
      --jobs N               worker threads for --input jsonl (default: all cores)
    """

    static func run(kind: Kind, paths: [String], analyzer: Analyzer, repairer: Repairer?, jobs: Int?) -> Int32 {
        let processor = BatchProcessor(workers: jobs ?? ProcessInfo.processInfo.activeProcessorCount)
        // A batch soon reads nearly all the language data; loading it first, several files at
        // once, keeps the workers from queueing behind one another's first loads. (A single
        // short file reads only part of it, so the other commands load lazily.)
        if processor.workers > 1 { analyzer.resources.preload() }
        let showProgress = isatty(2) != 0
        var ok = true
        for path in paths.isEmpty ? ["-"] : paths {
            let handle: FileHandle
            if path == "-" { handle = .standardInput } else {
                if case .problem(let message) = Inputs.kind(of: path) {
                    Console.err("translint: \(Console.shown(path)): \(message)")
                    ok = false
                    continue
                }
                guard let h = FileHandle(forReadingAtPath: path) else {
                    Console.err("translint: \(Console.shown(path)): cannot open")
                    ok = false
                    continue
                }
                handle = h
            }
            let reader = LineReader(handle: handle)
            let limit = reader.maximumLineLength
            processor.run(next: { reader.next() }, transform: { number, line in
                switch line {
                case .bytes(let bytes):
                    return process(kind: kind, line: number, bytes: bytes, analyzer: analyzer, repairer: repairer)
                case .tooLong(let length):
                    return BatchRequest.errorLine(id: nil, line: number, .tooLong(length: length, limit: limit))
                }
            }, emit: { Console.out($0 + "\n") }, progress: showProgress ? { done in
                FileHandle.standardError.write(Data("\r\(done) documents".utf8))
            } : nil)
            if showProgress { FileHandle.standardError.write(Data("\n".utf8)) }
        }
        return ok ? 0 : 2
    }

    static func process(kind: Kind, line: Int, bytes: [UInt8], analyzer: Analyzer, repairer: Repairer?) -> String {
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) {
            return BatchRequest.errorLine(id: nil, line: line, .invalidJSON)
        }
        let request: BatchRequest
        switch BatchRequest.parse(bytes) {
        case .failure(let error):
            let id = String(validating: bytes, as: UTF8.self).flatMap { JSONValue.parse($0)?["id"] }
            return BatchRequest.errorLine(id: id, line: line, error)
        case .success(let r): request = r
        }
        let warning: [(String, JSONValue)] = request.warning.map { [("warning", .string($0))] } ?? []
        switch kind {
        case .check:
            let report = analyzer.analyze(request.text, language: request.language)
            guard case .object(let members) = Reporters.json(report, source: request.text, path: nil) else { return "{}" }
            return JSONValue.object([("id", request.id)] + warning + members).serialized()
        case .score:
            let report = analyzer.analyze(request.text, language: request.language)
            return JSONValue.object([("id", request.id)] + warning + [
                ("garble_score", .number(report.garbleScore)),
                ("verdict", .string(report.verdict.rawValue)),
                ("language", .string(report.language.rawValue)),
                ("words", .int(report.wordCount)),
                ("counts", .object(report.countsByCategory.sorted { $0.key < $1.key }.map { ($0.key.rawValue, .int($0.value)) })),
            ]).serialized()
        case .fix:
            guard let repairer else { return "{}" }
            let result = repairer.repair(request.text, language: request.language)
            return JSONValue.object([("id", request.id)] + warning + [
                ("changed", .bool(result.changed)),
                ("fixes_applied", .int(result.applied.count)),
                ("text", .string(result.text)),
            ]).serialized()
        }
    }
}
