import Foundation
import Testing
import Translint

// The "Using the library" example of the README, compiled and run as a test. Keep the body of
// `readmeExample()` identical to the README's code block.

func readmeExample() throws -> (report: Report, repaired: String, sarif: String) {
    // 1. An analyzer: French text, default rules, findings at confidence 0.5 or more.
    let analyzer = Analyzer(configuration: Configuration(language: .fixed(.fr)))

    // 2. Analyse a text: findings (scalar offsets), a garble score 0–100 and a verdict.
    let text = """
    Poutine est arrivé à Pyongyang mardi soir.
    Poutine est arrivé à Pyongyang mardi soir.
    Le président, photo de la piscine du Kremlin via AP.

    """
    let report = analyzer.analyze(text)
    print("score \(report.garbleScore), verdict \(report.verdict)")
    for finding in report.findings {
        print(finding.ruleID, finding.category, finding.range, finding.message, finding.confidence)
    }
    if let hint = report.sourceLanguageHint {
        print("translated from \(hint.language.englishName)?", hint.evidence.map(\.text))
    }

    // 3. Render it: text, JSON, SARIF, GitHub annotations, HTML.
    print(Reporters.text(report, source: text, path: "article.txt"))
    let document = ReportedDocument(report: report, source: text, path: "article.txt")
    let sarif = SARIFReporter.render([document])
    _ = HTMLReporter.render([document])

    // 4. Repair what is safe to repair.
    let repaired = Repairer(analyzer: analyzer).repair(text).text

    // 5. A project's settings, as in .translint.json (extra words join the lexicon).
    let file = try ConfigurationFile(json: """
        {"rules": {"disable": ["duplicate-line"]}, "extra_words": {"fr": ["Iakoutsk"]}}
        """)
    var configuration = file.configuration
    configuration.language = .fixed(.fr)
    let custom = Analyzer(configuration: configuration, resources: file.resources())
    print(custom.analyze(text).findings.count)

    return (report, repaired, sarif)
}

@Suite struct ReadmeExampleTests {
    @Test func exampleRuns() throws {
        let (report, repaired, sarif) = try readmeExample()
        #expect(report.findings.contains { $0.category == .duplicateLine })
        #expect(repaired.components(separatedBy: "Poutine est arrivé à Pyongyang mardi soir.").count == 2)
        #expect(sarif.contains("\"version\": \"2.1.0\""))
    }

    /// The README's code block and the body of `readmeExample()` say the same thing.
    @Test func readmeShowsThisCode() throws {
        let here = URL(fileURLWithPath: #filePath)
        let root = here.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let readme = try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
        let source = try String(contentsOf: here, encoding: .utf8)
        guard let start = readme.range(of: "```swift\nimport Translint\n\n// 1. An analyzer"),
              let end = readme.range(of: "\n```", range: start.upperBound..<readme.endIndex),
              let bodyStart = source.range(of: "throws -> (report: Report, repaired: String, sarif: String) {\n"),
              let bodyEnd = source.range(of: "\n\n    return (report, repaired, sarif)") else {
            Issue.record("README block or example function not found")
            return
        }
        let block = String(readme[readme.index(start.lowerBound, offsetBy: "```swift\nimport Translint\n\n".count)..<end.lowerBound])
        let body = source[bodyStart.upperBound..<bodyEnd.lowerBound].split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.hasPrefix("    ") ? String($0.dropFirst(4)) : String($0) }.joined(separator: "\n")
        #expect(block == body)
    }
}
