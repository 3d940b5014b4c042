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
}
