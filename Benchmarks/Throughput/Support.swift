import Foundation
import Translint
#if canImport(Glibc)
import Glibc
#endif

// MARK: - Clock and process statistics

#if canImport(Glibc)
let RUSAGE_SELF_WHO = __rusage_who_t(RUSAGE_SELF.rawValue)
#else
let RUSAGE_SELF_WHO = RUSAGE_SELF
#endif

/// Monotonic nanoseconds (CLOCK_MONOTONIC, the clock a child process shares with its parent).
@inline(__always)
func nowNanoseconds() -> UInt64 {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return UInt64(ts.tv_sec) &* 1_000_000_000 &+ UInt64(ts.tv_nsec)
}

/// CPU time of the calling thread in nanoseconds: on a shared machine this is far less noisy
/// than wall time (waiting for a core does not count), though cache sharing still does.
@inline(__always)
func threadCPUNanoseconds() -> UInt64 {
    var ts = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
    return UInt64(ts.tv_sec) &* 1_000_000_000 &+ UInt64(ts.tv_nsec)
}

/// A field of /proc/self/status in kB ("VmHWM", "VmRSS"), or nil where /proc is missing.
func procStatusKB(_ field: String) -> Int? {
    guard let text = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
    for line in text.split(separator: "\n") where line.hasPrefix(field + ":") {
        let digits = line.dropFirst(field.count + 1).filter(\.isNumber)
        return Int(digits)
    }
    return nil
}

func median(_ values: [Double]) -> Double {
    let s = values.sorted()
    if s.isEmpty { return .nan }
    return s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2
}

// MARK: - Input text

enum CorpusError: Error, CustomStringConvertible {
    case missing(String)
    var description: String {
        switch self { case .missing(let p): "cannot read \(p) (run from the package root or pass --corpora DIR)" }
    }
}

/// Locates `Corpora/`: the given folder, the current directory, or the package this file is in.
func locateCorpora(_ explicit: String?) -> URL {
    if let explicit { return URL(fileURLWithPath: explicit) }
    let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent("Corpora")
    if FileManager.default.fileExists(atPath: cwd.path) { return cwd }
    return URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Corpora")
}

/// The texts the benchmark text is made of, in a fixed order: every `text` of
/// `negative/<lang>-clean.jsonl`, then (French) `in-the-wild/seed-article-fr.txt`.
func sourceTexts(language: Language, corpora: URL) throws -> [String] {
    var texts: [String] = []
    let jsonl = corpora.appendingPathComponent("negative/\(language.rawValue)-clean.jsonl")
    guard let data = FileManager.default.contents(atPath: jsonl.path) else { throw CorpusError.missing(jsonl.path) }
    for line in data.split(separator: 0x0A) where !line.isEmpty {
        if let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any],
           let text = object["text"] as? String, !text.isEmpty {
            texts.append(text)
        }
    }
    if language == .fr {
        let seed = corpora.appendingPathComponent("in-the-wild/seed-article-fr.txt")
        guard let s = try? String(contentsOf: seed, encoding: .utf8) else { throw CorpusError.missing(seed.path) }
        texts.append(s)
    }
    return texts
}

/// The benchmark text: the source texts separated by blank lines, repeated in order until the
/// text holds at least `bytes` UTF-8 bytes, then cut at the last paragraph boundary at or
/// after `bytes` (so the size is exact to within one paragraph). Deterministic.
func buildText(from texts: [String], bytes target: Int) -> String {
    var out: [UInt8] = []
    out.reserveCapacity(target + 64 * 1024)
    let units = texts.map { Array($0.trimmingCharacters(in: .whitespacesAndNewlines).utf8) }
    precondition(!units.isEmpty)
    var k = 0
    while out.count < target {
        if !out.isEmpty { out.append(contentsOf: [0x0A, 0x0A]) }
        out.append(contentsOf: units[k % units.count])
        k += 1
    }
    // Cut at the first paragraph break at or after the target.
    var cut = out.count
    var i = target
    while i + 1 < out.count {
        if out[i] == 0x0A && out[i + 1] == 0x0A { cut = i; break }
        i += 1
    }
    out.removeSubrange(cut...)
    out.append(0x0A)
    return String(decoding: out, as: UTF8.self)
}

/// Splits text at paragraph boundaries (blank lines) into documents of about `size` bytes,
/// the way a corpus holds articles. Each document keeps its own paragraphs verbatim.
func splitDocuments(_ text: String, size: Int) -> [String] {
    let bytes = Array(text.utf8)
    var documents: [String] = []
    var start = 0
    var i = 0
    let n = bytes.count
    while i < n {
        if i - start >= size, i + 1 < n, bytes[i] == 0x0A, bytes[i + 1] == 0x0A {
            documents.append(String(decoding: bytes[start..<i], as: UTF8.self))
            i += 2
            while i < n, bytes[i] == 0x0A { i += 1 }
            start = i
            continue
        }
        i += 1
    }
    if start < n { documents.append(String(decoding: bytes[start..<n], as: UTF8.self)) }
    return documents
}

// MARK: - Child-process probes

/// `--probe`: run in a fresh process. Prints one line of `key=value` pairs: the monotonic time
/// main.swift began, the lexicon load window, and VmHWM after one and after all six lexicons.
func runProbe(mainStart: UInt64, language: Language) {
    let lexCPUStart = threadCPUNanoseconds()
    let lexStart = nowNanoseconds()
    let lexicon = LanguageResources.shared.lexicon(for: language)
    let lexEnd = nowNanoseconds()
    let lexCPU = threadCPUNanoseconds() - lexCPUStart
    // CPU time of the whole process since exec (loader, runtime, data lookup, lexicon): the
    // steadier startup figure when other processes compete for the cores.
    var usage = rusage()
    getrusage(RUSAGE_SELF_WHO, &usage)
    let processCPU = Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3
        + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3
    let profileStart = nowNanoseconds()
    _ = LanguageResources.shared.profile(for: language)
    let profileEnd = nowNanoseconds()
    // First real analysis of a short text (what `translint check` does next).
    let analyzer = Analyzer(configuration: Configuration(language: .fixed(language)))
    let firstStart = nowNanoseconds()
    _ = analyzer.analyze("Le président a dit que la réunion aura lieu demain.", language: language)
    let firstEnd = nowNanoseconds()
    let hwmOne = procStatusKB("VmHWM") ?? -1
    let rssOne = procStatusKB("VmRSS") ?? -1
    for l in Language.allCases {
        _ = LanguageResources.shared.lexicon(for: l)
        _ = LanguageResources.shared.profile(for: l)
    }
    let hwmAll = procStatusKB("VmHWM") ?? -1
    let rssAll = procStatusKB("VmRSS") ?? -1
    print("main=\(mainStart) lexStart=\(lexStart) lexEnd=\(lexEnd) lexCPUNs=\(lexCPU) processCPUMs=\(processCPU) "
          + "profileNs=\(profileEnd - profileStart) "
          + "firstAnalysisNs=\(firstEnd - firstStart) hwmOne=\(hwmOne) rssOne=\(rssOne) "
          + "hwmAll=\(hwmAll) rssAll=\(rssAll) words=\(lexicon.count)")
}

struct ProbeResult {
    var spawnToMainMs: Double
    var spawnToLexiconMs: Double
    var lexiconLoadMs: Double
    var lexiconLoadCPUMs: Double
    var processCPUToLexiconMs: Double
    var profileLoadMs: Double
    var firstAnalysisMs: Double
    var hwmOneMB: Double
    var hwmAllMB: Double
}

/// Spawns this executable with `--probe` and reads its line; the spawn time is taken just
/// before `posix_spawn`, so "process start" includes exec, dynamic linking and Swift runtime
/// set-up, which no in-process clock can see.
func spawnProbe(language: Language) -> ProbeResult? {
    let exe = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().path
    var fds: [Int32] = [0, 0]
    guard pipe(&fds) == 0 else { return nil }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    posix_spawn_file_actions_adddup2(&actions, fds[1], 1)
    posix_spawn_file_actions_addclose(&actions, fds[0])
    let argv = [exe, "--probe", "--lang", language.rawValue]
    var cArgs = argv.map { strdup($0) } + [nil]
    defer { for p in cArgs { free(p) } }
    var pid: pid_t = 0
    let t0 = nowNanoseconds()
    let rc = posix_spawn(&pid, exe, &actions, nil, &cArgs, environ)
    posix_spawn_file_actions_destroy(&actions)
    close(fds[1])
    guard rc == 0 else { close(fds[0]); return nil }
    var output = [UInt8]()
    var buffer = [UInt8](repeating: 0, count: 4096)
    while true {
        let n = read(fds[0], &buffer, buffer.count)
        if n <= 0 { break }
        output.append(contentsOf: buffer[0..<n])
    }
    close(fds[0])
    var status: Int32 = 0
    waitpid(pid, &status, 0)
    var values: [String: Double] = [:]
    for pair in String(decoding: output, as: UTF8.self).split(whereSeparator: { $0 == " " || $0 == "\n" }) {
        let kv = pair.split(separator: "=")
        if kv.count == 2, let v = Double(kv[1]) { values[String(kv[0])] = v }
    }
    guard let main = values["main"], let ls = values["lexStart"], let le = values["lexEnd"] else { return nil }
    let start = Double(t0)
    return ProbeResult(spawnToMainMs: (main - start) / 1e6, spawnToLexiconMs: (le - start) / 1e6,
                       lexiconLoadMs: (le - ls) / 1e6, lexiconLoadCPUMs: (values["lexCPUNs"] ?? 0) / 1e6,
                       processCPUToLexiconMs: values["processCPUMs"] ?? 0, profileLoadMs: (values["profileNs"] ?? 0) / 1e6,
                       firstAnalysisMs: (values["firstAnalysisNs"] ?? 0) / 1e6,
                       hwmOneMB: (values["hwmOne"] ?? 0) / 1024, hwmAllMB: (values["hwmAll"] ?? 0) / 1024)
}
