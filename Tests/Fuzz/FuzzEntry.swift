// libFuzzer entry point: arbitrary bytes through decode → analyze → repair → re-analyze,
// checking the invariants `translint fix` promises. Built outside SwiftPM (see run-fuzzer.sh),
// so it reads the language data from TRANSLINT_DATA.
import Foundation

private let resources = LanguageResources.shared
/// One analyzer per language; the input's first byte picks one (Italian and Portuguese joined in run 20).
private let analyzers: [Analyzer] = Language.allCases.map {
    Analyzer(configuration: Configuration(language: .fixed($0)), resources: resources)
}
private let autoAnalyzer = Analyzer(configuration: Configuration(language: .auto, minimumConfidence: 0.0), resources: resources)

private func check(_ condition: Bool, _ message: @autoclosure () -> String) {
    if !condition {
        FileHandle.standardError.write(Data("invariant violated: \(message())\n".utf8))
        abort()
    }
}

/// Loads everything that is loaded once (lexicons, profiles, compiled patterns) before fuzzing
/// starts, so that libFuzzer's per-input leak check does not mistake these one-time caches for
/// leaks. Foundation's NSRegularExpression keeps ICU allocations LeakSanitizer cannot see
/// through; `lsan-suppressions.txt` names them for the check at exit.
@_cdecl("LLVMFuzzerInitialize")
public func fuzzInitialize(_ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>) -> CInt {
    let sample = "Le président a déclaré mercredi que Poutinequi arrive à Paris. El presidente dijo que the house is red."
    for language in Language.allCases {
        _ = resources.profile(for: language).boilerplateMatcher   // compiled on first use
        _ = resources.lexicon(for: language)
    }
    for a in analyzers + [autoAnalyzer] { _ = Repairer(analyzer: a).repair(sample) }
    return 0
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let decoded = DecodedText(bytes: bytes)
    let text = decoded.text
    let count = text.unicodeScalars.count
    let analyzer = bytes.first.map { analyzers[Int($0) % analyzers.count] } ?? autoAnalyzer
    var reports: [Report] = []
    for a in [analyzer, autoAnalyzer] {
        let report = a.analyze(text)
        reports.append(report)
        for f in report.findings {
            check(f.range.lowerBound >= 0 && f.range.upperBound <= count && !f.range.isEmpty, "finding range \(f.range) outside 0..<\(count)")
            for fix in f.fixes {
                for e in fix.edits { check(e.range.lowerBound >= 0 && e.range.upperBound <= count, "edit range \(e.range) outside text") }
            }
            check((0...1).contains(f.confidence), "confidence \(f.confidence)")
        }
        check((0...100).contains(report.garbleScore), "score \(report.garbleScore)")
    }
    let repairer = Repairer(analyzer: analyzer)
    let once = repairer.repair(text)
    check(String(validating: Array(once.text.utf8), as: UTF8.self) != nil, "repair produced invalid UTF-8")
    let twice = repairer.repair(once.text)
    check(twice.text == once.text, "fix is not idempotent")
    // Bytes outside the applied edits of the first round are unchanged.
    let firstRound = once.applied.filter { $0.round == 1 }.flatMap(\.fix.edits)
    if !firstRound.isEmpty {
        let replayed = TextEditor.apply(firstRound, to: text)
        let chosen = repairer.selectFixes(from: reports[0]).flatMap { $0.1.edits }
        check(TextEditor.apply(chosen, to: text) == replayed, "first round is not reproducible")
    }
    return 0
}
