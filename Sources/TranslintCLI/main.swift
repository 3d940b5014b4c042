import Foundation
import Translint

// Minimal development entry point; replaced by the full CLI.
let args = Array(CommandLine.arguments.dropFirst())
var lang = Language.fr
var files: [String] = []
var i = 0
while i < args.count {
    if args[i] == "--lang", i + 1 < args.count { lang = Language(rawValue: args[i + 1]) ?? .fr; i += 2; continue }
    if args[i] == "check" { i += 1; continue }
    files.append(args[i]); i += 1
}
let analyzer = Analyzer(configuration: Configuration(language: .fixed(lang)))
for file in files {
    let text = (try? String(contentsOfFile: file, encoding: .utf8)) ?? ""
    let report = analyzer.analyze(text)
    let scalars = Array(text.unicodeScalars)
    for f in report.findings {
        var s = String(); s.unicodeScalars.append(contentsOf: scalars[f.range])
        let fix = f.fixes.first.map { $0.edits.map { "\($0.range)→\"\($0.replacement)\"" }.joined(separator: " ") } ?? "-"
        print("\(f.range.lowerBound)-\(f.range.upperBound) \(f.ruleID) [\(String(format: "%.2f", f.confidence))] «\(s)» \(f.message) FIX \(fix)")
    }
    print("score \(report.garbleScore) \(report.verdict) words \(report.wordCount)")
}
