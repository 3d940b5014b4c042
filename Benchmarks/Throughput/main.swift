// translint-benchmarks: throughput, startup and memory of the Translint pipeline.
// See Benchmarks/README.md, "Throughput".
import Foundation
import Translint
#if canImport(Glibc)
import Glibc
#endif

// The earliest moment this process can see: the first statement of top-level code.
let mainStart = nowNanoseconds()

let usage = """
USAGE: translint-benchmarks [options]

  --size MB          size of the generated text (default 10)
  --lang L           fr (default), es, it, pt, de, en: Corpora/negative/<l>-clean.jsonl
                     (+ Corpora/in-the-wild/seed-article-fr.txt for fr), repeated up to --size
  --input FILE       benchmark this UTF-8 file instead of the generated text
  --corpora DIR      where Corpora/ is (default ./Corpora, else the package's)
  --runs N           timed runs per stage after one warm-up (default 5, at least 5 is advised)
  --doc-kb K         size of the realistic documents the text is split into (default 5)
  --no-single        skip the one-big-document pass
  --no-rules         skip the per-rule stages
  --no-repair        skip the repair stage
  --json             print one JSON object instead of the table
  --linearity        full analysis at 1, 10 and 100 MB (split and single document); warns
                     when MB/s varies by more than ±20 % from the 10 MB figure
  --linearity-sizes  comma-separated MB list for --linearity (default 1,10,100)
  --write-text FILE  write the generated text to FILE and exit (for hunspell_side_by_side.py)
  --write-jsonl FILE write the generated text as ~5 KB JSON-lines documents and exit
  --only LIST        run only these stages: tokenize,document,context,rules,analysis,repair
                     (with --runs 1 --no-single, handy under valgrind --tool=callgrind)
  --no-probe         skip the startup / RSS child process
"""

// MARK: - Arguments

var sizeMB = 10.0
var language = Language.fr
var inputPath: String? = nil
var corporaPath: String? = nil
var runs = 5
var docKB = 5.0
var single = true
var perRule = true
var doRepair = true
var jsonOutput = false
var linearity = false
var linearitySizes: [Double] = [1, 10, 100]
var writeText: String? = nil
var writeJSONL: String? = nil
var probe = false
var runProbeChild = true
var only: Set<String>? = nil

do {
    var args = Array(CommandLine.arguments.dropFirst())
    func value(_ name: String) -> String {
        guard !args.isEmpty else { FileHandle.standardError.write(Data("\(name) needs a value\n".utf8)); exit(2) }
        return args.removeFirst()
    }
    while !args.isEmpty {
        let a = args.removeFirst()
        switch a {
        case "--size": sizeMB = Double(value(a)) ?? sizeMB
        case "--lang":
            guard let l = Language(rawValue: value(a)) else { print(usage); exit(2) }
            language = l
        case "--input": inputPath = value(a)
        case "--corpora": corporaPath = value(a)
        case "--runs": runs = max(1, Int(value(a)) ?? runs)
        case "--doc-kb": docKB = Double(value(a)) ?? docKB
        case "--no-single": single = false
        case "--no-rules": perRule = false
        case "--no-repair": doRepair = false
        case "--json": jsonOutput = true
        case "--linearity": linearity = true
        case "--linearity-sizes": linearitySizes = value(a).split(separator: ",").compactMap { Double($0) }
        case "--write-text": writeText = value(a)
        case "--write-jsonl": writeJSONL = value(a)
        case "--probe": probe = true
        case "--no-probe": runProbeChild = false
        case "--only": only = Set(value(a).split(separator: ",").map(String.init))
        case "-h", "--help": print(usage); exit(0)
        default:
            FileHandle.standardError.write(Data("unknown option \(a)\n\(usage)\n".utf8)); exit(2)
        }
    }
}

if probe {
    runProbe(mainStart: mainStart, language: language)
    exit(0)
}

@MainActor /// Progress and per-run details go to stderr, so stdout holds only the table or the JSON.
func log(_ s: String) {
    FileHandle.standardError.write(Data((s + "\n").utf8))
}

// MARK: - Text

@MainActor func makeText(megabytes: Double) -> String {
    if let inputPath {
        guard let data = FileManager.default.contents(atPath: inputPath) else {
            FileHandle.standardError.write(Data("cannot read \(inputPath)\n".utf8)); exit(2)
        }
        return String(decoding: data, as: UTF8.self)
    }
    do {
        let texts = try sourceTexts(language: language, corpora: locateCorpora(corporaPath))
        return buildText(from: texts, bytes: Int(megabytes * 1_000_000))
    } catch {
        FileHandle.standardError.write(Data("\(error)\n".utf8)); exit(2)
    }
}

let text = makeText(megabytes: sizeMB)
let documents = splitDocuments(text, size: Int(docKB * 1000))
let textBytes = text.utf8.count
let megabytes = Double(textBytes) / 1_000_000

if let writeText {
    guard FileManager.default.createFile(atPath: writeText, contents: Data(text.utf8)) else {
        FileHandle.standardError.write(Data("cannot write \(writeText)\n".utf8)); exit(2)
    }
    exit(0)
}
if let writeJSONL {
    var out = Data()
    for (i, d) in documents.enumerated() {
        let object: [String: Any] = ["id": "bench-\(i)", "lang": language.rawValue, "text": d]
        out.append(try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]))
        out.append(0x0A)
    }
    guard FileManager.default.createFile(atPath: writeJSONL, contents: out) else {
        FileHandle.standardError.write(Data("cannot write \(writeJSONL)\n".utf8)); exit(2)
    }
    exit(0)
}

// MARK: - Set-up

let resources = LanguageResources.shared
guard resources.isAvailable else { FileHandle.standardError.write(Data("no language data found\n".utf8)); exit(2) }
let profile = resources.profile(for: language)
let lexicon = resources.lexicon(for: language)
let tokenizer = Tokenizer(elisions: profile.elisions)
let analyzer = Analyzer(configuration: Configuration(language: .fixed(language)), resources: resources)
let rules = analyzer.rules.filter { type(of: $0).description.languages.contains(language) }
let repairer = Repairer(analyzer: analyzer)
// Other languages' lexicons and the language-identification model load on first use; one
// analysis here loads them, so a single run under a profiler (`--runs 1`) counts analysis only.
// The lexicon's word-endings index (merged-word evidence) is also built once per process, on
// the first word that needs it: built here, like the lexicons, it is start-up, not analysis.
for l in Language.allCases { _ = resources.lexicon(for: l); _ = resources.profile(for: l) }
_ = lexicon.wordsEnding(with: "e")
_ = analyzer.analyze(documents.first ?? "", language: language)

// MARK: - Measurement

struct Stage {
    var name: String
    var mode: String            // "split" or "single"
    var seconds: Double         // median wall time
    var runs: [Double]
    var cpuSeconds: Double      // median thread CPU time
    var cpuRuns: [Double]
    var megabytes: Double
    var tokens: Int
    var mbPerSecond: Double { megabytes / seconds }
    var tokensPerSecond: Double { Double(tokens) / seconds }
    var cpuMBPerSecond: Double { megabytes / cpuSeconds }
    var spread: Double {        // (max - min) / median
        guard let lo = runs.min(), let hi = runs.max() else { return 0 }
        return (hi - lo) / seconds
    }
}

struct Timing { var wall: Double; var walls: [Double]; var cpu: Double; var cpus: [Double] }

/// Runs `body` once to warm up (unless runs == 1, for profilers), then `runs` times, and
/// returns the median wall time and median thread CPU time.
@MainActor func measure(_ runs: Int, _ body: () -> Void) -> Timing {
    if runs > 1 { body() }
    var walls: [Double] = [], cpus: [Double] = []
    for _ in 0..<runs {
        let c0 = threadCPUNanoseconds()
        let t0 = nowNanoseconds()
        body()
        walls.append(Double(nowNanoseconds() - t0) / 1e9)
        cpus.append(Double(threadCPUNanoseconds() - c0) / 1e9)
    }
    return Timing(wall: median(walls), walls: walls, cpu: median(cpus), cpus: cpus)
}

var sink = 0   // keeps results alive so nothing is optimised away

@MainActor func benchmark(mode: String, docs: [String]) -> [Stage] {
    var stages: [Stage] = []
    let tokenCount = docs.reduce(0) { $0 + tokenizer.tokenize($1).count }
    func add(_ name: String, _ r: Timing) {
        let s = Stage(name: name, mode: mode, seconds: r.wall, runs: r.walls, cpuSeconds: r.cpu, cpuRuns: r.cpus,
                      megabytes: megabytes, tokens: tokenCount)
        stages.append(s)
        log(String(format: "  %@ %@ %8.2f MB/s  %10.0f tok/s  (%.3f s wall, spread %.0f %%; cpu %.3f s = %.2f MB/s)",
                   mode, name.padding(toLength: 26, withPad: " ", startingAt: 0),
                   s.mbPerSecond, s.tokensPerSecond, s.seconds, s.spread * 100, s.cpuSeconds, s.cpuMBPerSecond))
    }
    func on(_ name: String) -> Bool { only?.contains(name) ?? true }
    if on("tokenize") { add("tokenize", measure(runs) {
        for d in docs { sink &+= tokenizer.tokenize(d).count }
    }) }
    if on("document") { add("document", measure(runs) {
        for d in docs { sink &+= Document(text: d, language: language, tokenizer: tokenizer).tokens.count }
    }) }
    let prebuiltDocuments = on("context") || (perRule && on("rules"))
        ? docs.map { Document(text: $0, language: language, tokenizer: tokenizer) } : []
    if on("context") { add("context", measure(runs) {
        for d in prebuiltDocuments {
            sink &+= RuleContext(document: d, profile: profile, lexicon: lexicon, resources: resources).keyIDs.count
        }
    }) }
    if perRule && on("rules") {
        let contexts = prebuiltDocuments.map {
            RuleContext(document: $0, profile: profile, lexicon: lexicon, resources: resources)
        }
        for rule in rules {
            add("rule " + type(of: rule).description.id, measure(runs) {
                for c in contexts { sink &+= rule.findings(in: c).count }
            })
        }
    }
    if on("analysis") { add("analysis", measure(runs) {
        for d in docs { sink &+= analyzer.analyze(d, language: language).findings.count }
    }) }
    if doRepair && on("repair") {
        add("repair", measure(runs) {
            for d in docs { sink &+= repairer.repair(d, language: language).applied.count }
        })
    }
    return stages
}

@MainActor func linearityPass(mode: String) -> [(Double, Double, Double)] {
    var results: [(Double, Double, Double)] = []
    for size in linearitySizes {
        let t = makeText(megabytes: size)
        let mb = Double(t.utf8.count) / 1e6
        let docs = mode == "split" ? splitDocuments(t, size: Int(docKB * 1000)) : [t]
        // 50 MB and more: one run, no warm-up (a run takes tens of seconds; warming up is moot).
        let r = measure(size >= 50 ? 1 : runs) {
            for d in docs { sink &+= analyzer.analyze(d, language: language).findings.count }
        }
        log(String(format: "  linearity %@ %6.1f MB: %7.2f MB/s (%.2f s wall; cpu %.2f MB/s)", mode, mb, mb / r.wall,
                   r.wall, mb / r.cpu))
        results.append((mb, mb / r.wall, mb / r.cpu))
    }
    return results
}

// MARK: - Run

/// The probe runs `probeRuns` times (fresh process each time); each figure is the median.
let probeRuns = 5
let probeResult: ProbeResult? = {
    guard runProbeChild else { return nil }
    let all = (0..<probeRuns).compactMap { _ in spawnProbe(language: language) }
    guard !all.isEmpty else { return nil }
    func m(_ f: (ProbeResult) -> Double) -> Double { median(all.map(f)) }
    return ProbeResult(spawnToMainMs: m(\.spawnToMainMs), spawnToLexiconMs: m(\.spawnToLexiconMs),
                       lexiconLoadMs: m(\.lexiconLoadMs), lexiconLoadCPUMs: m(\.lexiconLoadCPUMs),
                       processCPUToLexiconMs: m(\.processCPUToLexiconMs), profileLoadMs: m(\.profileLoadMs),
                       firstAnalysisMs: m(\.firstAnalysisMs), hwmOneMB: m(\.hwmOneMB), hwmAllMB: m(\.hwmAllMB))
}()
if let p = probeResult {
    log(String(format: "startup: spawn→main %.1f ms, spawn→%@ lexicon loaded %.1f ms (lexicon load %.1f ms), "
               + "VmHWM one lexicon %.1f MB, all six %.1f MB", p.spawnToMainMs, language.rawValue,
               p.spawnToLexiconMs, p.lexiconLoadMs, p.hwmOneMB, p.hwmAllMB))
}

log(String(format: "text: %.2f MB (%d bytes), %d documents of ~%.0f KB, %@", megabytes, textBytes, documents.count,
           docKB, inputPath ?? "generated from Corpora (\(language.rawValue))"))

var stages: [Stage] = []
var linearitySplit: [(Double, Double, Double)] = []
var linearitySingle: [(Double, Double, Double)] = []
if linearity {
    linearitySplit = linearityPass(mode: "split")
    if single { linearitySingle = linearityPass(mode: "single") }
} else {
    stages += benchmark(mode: "split", docs: documents)
    if single { stages += benchmark(mode: "single", docs: [text]) }
}
let peakRSS = Double(procStatusKB("VmHWM") ?? 0) / 1024

// MARK: - Report

@MainActor func stage(_ name: String, _ mode: String) -> Stage? { stages.first { $0.name == name && $0.mode == mode } }
@MainActor func ratio(_ mode: String) -> Double? {
    guard let a = stage("analysis", mode), let t = stage("tokenize", mode) else { return nil }
    return a.cpuSeconds / t.cpuSeconds
}
/// Compares CPU-time MB/s (wall time on a shared machine says more about the neighbours).
/// The CPU MB/s linearity compares with: the 10 MB run's, or the first size's.
@MainActor func linearityReference(_ r: [(Double, Double, Double)]) -> Double? {
    r.first(where: { abs($0.0 - 10) < 1 })?.2 ?? r.first?.2
}
@MainActor func linearityWarnings(_ r: [(Double, Double, Double)]) -> [String] {
    guard let reference = linearityReference(r) else { return [] }
    return r.compactMap { (mb, _, rate) in
        let dev = rate / reference - 1
        return abs(dev) > 0.2 ? String(format: "%.0f MB: %.2f MB/s (cpu) is %+.0f %% from %.2f MB/s", mb, rate, dev * 100, reference) : nil
    }
}

/// Each linearity size's CPU MB/s relative to the 10 MB one (or the first), minus 1.
@MainActor func linearityDeviations(_ r: [(Double, Double, Double)]) -> [Double] {
    guard let reference = linearityReference(r) else { return [] }
    return r.map { $0.2 / reference - 1 }
}
let targetChecks = Targets.check(
    analysisMBPerSecond: stage("analysis", "split")?.cpuMBPerSecond,
    analysisOverTokenize: ratio("split"),
    startupMilliseconds: probeResult?.spawnToLexiconMs,
    allLexiconsRSSMB: probeResult?.hwmAllMB,
    linearityDeviations: linearity ? linearityDeviations(linearitySplit) + linearityDeviations(linearitySingle) : nil)

if jsonOutput {
    var object: [String: Any] = [
        "language": language.rawValue,
        "text_bytes": textBytes,
        "documents": documents.count,
        "document_kb": docKB,
        "runs": runs,
        "peak_rss_mb_benchmark_process": peakRSS,
    ]
    if let p = probeResult {
        object["startup"] = [
            "spawn_to_main_ms": p.spawnToMainMs, "spawn_to_lexicon_loaded_ms": p.spawnToLexiconMs,
            "lexicon_load_ms": p.lexiconLoadMs, "lexicon_load_cpu_ms": p.lexiconLoadCPUMs,
            "process_cpu_to_lexicon_loaded_ms": p.processCPUToLexiconMs, "profile_load_ms": p.profileLoadMs,
            "first_analysis_ms": p.firstAnalysisMs,
            "peak_rss_mb_one_lexicon": p.hwmOneMB, "peak_rss_mb_all_lexicons": p.hwmAllMB,
        ]
    }
    object["stages"] = stages.map {
        ["name": $0.name, "mode": $0.mode, "median_seconds": $0.seconds, "runs_seconds": $0.runs,
         "median_cpu_seconds": $0.cpuSeconds, "runs_cpu_seconds": $0.cpuRuns,
         "mb_per_second": $0.mbPerSecond, "tokens_per_second": $0.tokensPerSecond,
         "cpu_mb_per_second": $0.cpuMBPerSecond, "cpu_tokens_per_second": Double($0.tokens) / $0.cpuSeconds,
         "tokens": $0.tokens] as [String: Any]
    }
    if let r = ratio("split") { object["analysis_over_tokenize_split"] = r }
    if let r = ratio("single") { object["analysis_over_tokenize_single"] = r }
    if linearity {
        object["linearity"] = [
            "split": linearitySplit.map { ["mb": $0.0, "mb_per_second": $0.1, "cpu_mb_per_second": $0.2] },
            "single": linearitySingle.map { ["mb": $0.0, "mb_per_second": $0.1, "cpu_mb_per_second": $0.2] },
            "warnings": linearityWarnings(linearitySplit) + linearityWarnings(linearitySingle),
        ]
    }
    object["targets"] = targetChecks.map {
        ["target": $0.target, "measured": $0.measured, "met": $0.met, "miss": $0.met ? NSNull() : ($0.miss.map { $0 as Any } ?? NSNull())]
    }
    let data = try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
    print(String(decoding: data, as: UTF8.self))
} else {
    print(String(format: "Translint throughput — %@, %.2f MB, %d documents of ~%.0f KB, median of %d runs after a warm-up",
                 language.rawValue, megabytes, documents.count, docKB, runs))
    if !stages.isEmpty {
        print("")
        print("MB/s and tokens/s from the median thread CPU time; wall-clock MB/s in brackets")
        print("stage                          split MB/s   split tok/s   (wall)   single MB/s  single tok/s   (wall)")
        var names: [String] = []
        for s in stages where !names.contains(s.name) { names.append(s.name) }
        for n in names {
            let a = stage(n, "split"), b = stage(n, "single")
            // A stage that takes under a millisecond for the whole text (a rule that is still a
            // stub, say) has no meaningful rate: it prints as "<1 ms".
            func cells(_ st: Stage?, _ w1: Int, _ w2: Int, _ w3: Int) -> String {
                func pad(_ x: String, _ w: Int) -> String { String(repeating: " ", count: max(0, w - x.count)) + x }
                guard let st else { return pad("-", w1) + pad("-", w2) + pad("-", w3) }
                if st.cpuSeconds < 0.001 { return pad("<1 ms", w1) + pad("", w2) + pad("", w3) }
                return pad(String(format: "%.2f", st.cpuMBPerSecond), w1)
                    + pad(String(format: "%.0f", Double(st.tokens) / st.cpuSeconds), w2)
                    + pad(String(format: "%.2f", st.mbPerSecond), w3)
            }
            print(n.padding(toLength: 30, withPad: " ", startingAt: 0) + cells(a, 11, 14, 9) + cells(b, 14, 14, 9))
        }
        print("")
        if let r = ratio("split") { print(String(format: "full analysis / tokenize-only time (cpu, split):  %.2f×", r)) }
        if let r = ratio("single") { print(String(format: "full analysis / tokenize-only time (cpu, single): %.2f×", r)) }
    }
    if let p = probeResult {
        print(String(format: "startup (median of \(probeRuns) fresh processes): process start → main %.1f ms; → %@ lexicon loaded %.1f ms (lexicon load alone %.1f ms, profile %.1f ms, first analysis %.1f ms)",
                     p.spawnToMainMs, language.rawValue, p.spawnToLexiconMs, p.lexiconLoadMs, p.profileLoadMs, p.firstAnalysisMs))
        print(String(format: "startup CPU time: process start → %@ lexicon loaded %.1f ms (lexicon load alone %.1f ms)",
                     language.rawValue, p.processCPUToLexiconMs, p.lexiconLoadCPUMs))
        print(String(format: "peak RSS (fresh process): one lexicon %.1f MB, all six lexicons + profiles %.1f MB",
                     p.hwmOneMB, p.hwmAllMB))
    }
    print(String(format: "peak RSS of this benchmark process (text, all prebuilt documents and contexts): %.1f MB", peakRSS))
    if linearity {
        for (mode, r) in [("split", linearitySplit), ("single", linearitySingle)] where !r.isEmpty {
            print("linearity (\(mode)): " + r.map { String(format: "%.1f MB → %.2f MB/s cpu (%.2f wall)", $0.0, $0.2, $0.1) }.joined(separator: ", "))
            for w in linearityWarnings(r) { print("WARNING: not linear (\(mode)): \(w)") }
        }
    }
    if !targetChecks.isEmpty {
        print("")
        print("targets (why the analysis targets are missed: Benchmarks/README.md, \"Where the analysis time goes\")")
        for c in targetChecks {
            print("  " + c.target.padding(toLength: 58, withPad: " ", startingAt: 0)
                  + c.measured.padding(toLength: 14, withPad: " ", startingAt: 0) + c.verdict)
        }
    }
}
if sink == 42 { print("") }
