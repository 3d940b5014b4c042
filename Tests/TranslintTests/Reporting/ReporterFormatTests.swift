import Foundation
import Testing
@testable import Translint

/// Test helpers shared by the reporting and analysis tests.
enum Fixtures {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static var seedArticle: String {
        (try? String(contentsOf: repository.appendingPathComponent("Corpora/in-the-wild/seed-article-fr.txt"), encoding: .utf8)) ?? ""
    }

    /// A small French text with findings that every build of the rules makes: repeated lines,
    /// a lone dash, a known calque.
    static let damaged = """
    Poutine arrive à Pyongyang
    Poutine arrive à Pyongyang
    -
    Le président russe, photo de la piscine du Kremlin via AP, fichier.
    Il a déclaré que les deux pays coopéreraient, a dit “le porte-parole ».

    """

    static let analyzer = Analyzer(configuration: Configuration(language: .fixed(.fr)))
}

@Suite struct SARIFReporterTests {
    static let schemaURL = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Resources/sarif-schema-2.1.0.json")

    func validator() throws -> JSONSchemaValidator {
        let text = try String(contentsOf: SARIFReporterTests.schemaURL, encoding: .utf8)
        return try #require(JSONSchemaValidator(schema: text))
    }

    @Test func logValidatesAgainstTheSchema() throws {
        let texts = [("seed article.txt", Fixtures.seedArticle), ("damaged.md", Fixtures.damaged),
                     ("emoji-😀/crlf.txt", "😀 Poutine arrive.\r\nPoutine arrive.\r\nPoutine arrive.\r\n"), ("empty.txt", "")]
        let documents = texts.map { ReportedDocument(report: Fixtures.analyzer.analyze($0.1), source: $0.1, path: $0.0) }
        #expect(documents.contains { !$0.report.findings.isEmpty })
        let rendered = SARIFReporter.render(documents)
        let log = try #require(JSONValue.parse(rendered))
        let errors = try validator().validate(log)
        #expect(errors.isEmpty, "\(errors.prefix(10))")
    }

    @Test func validatorRejectsBrokenLogs() throws {
        let v = try validator()
        #expect(!v.validate(.object([("version", .string("2.1.0"))])).isEmpty)  // runs missing
        #expect(!v.validate(.object([("version", .string("9")), ("runs", .array([]))])).isEmpty)
        let badRegion = JSONValue.parse(#"{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"t"}},"results":[{"message":{"text":"m"},"locations":[{"physicalLocation":{"region":{"startLine":0}}}]}]}]}"#)!
        #expect(!v.validate(badRegion).isEmpty)
    }

    @Test func resultsCarryRuleMetadataRegionsAndFixes() throws {
        let report = Fixtures.analyzer.analyze(Fixtures.damaged)
        let log = SARIFReporter.log([ReportedDocument(report: report, source: Fixtures.damaged, path: "a b.txt")])
        let run = try #require(log["runs"]?.array?.first)
        #expect(run["columnKind"]?.string == "unicodeCodePoints")
        let rules = try #require(run["tool"]?["driver"]?["rules"]?.array)
        #expect(rules.count == RuleRegistry.all.count)
        #expect(rules.allSatisfy { $0["defaultConfiguration"]?["level"]?.string != nil && $0["fullDescription"] != nil })
        let results = try #require(run["results"]?.array)
        #expect(results.count == report.findings.count)
        for (result, finding) in zip(results, report.findings) {
            #expect(result["ruleId"]?.string == finding.ruleID)
            let location = result["locations"]?.array?.first?["physicalLocation"]
            #expect(location?["artifactLocation"]?["uri"]?.string == "a%20b.txt")
            #expect(location?["region"]?["charOffset"]?.int == finding.range.lowerBound)
            #expect(location?["region"]?["charLength"]?.int == finding.range.count)
            #expect((result["fixes"]?.array?.count ?? 0) == finding.fixes.count)
        }
    }
}

@Suite struct GitHubReporterTests {
    @Test func escapesDataAndProperties() {
        #expect(GitHubReporter.escapeData("50% done\r\nnext: a, b") == "50%25 done%0D%0Anext: a, b")
        #expect(GitHubReporter.escapeProperty("dir:a,b/50%\nx.txt") == "dir%3Aa%2Cb/50%25%0Ax.txt")
    }

    @Test func oneAnnotationPerFindingWithEscapedFields() {
        let text = "Poutine arrive.\nPoutine arrive.\n"
        let report = Fixtures.analyzer.analyze(text)
        let out = GitHubReporter.render([ReportedDocument(report: report, source: text, path: "docs/a,b:c.txt")])
        let lines = out.split(separator: "\n")
        let annotations = lines.filter { $0.hasPrefix("::warning ") || $0.hasPrefix("::notice file=docs/a%2Cb%3Ac.txt,line=") }
        #expect(annotations.count == report.findings.count)
        for line in annotations {
            #expect(line.contains("file=docs/a%2Cb%3Ac.txt,line="))
            #expect(line.contains(",col=") && line.contains(",endLine=") && line.contains(",endColumn=") && line.contains(",title="))
        }
        #expect(!out.contains("\r"))
    }
}

@Suite struct JSONLReporterTests {
    @Test func oneFindingPerLineWithPath() throws {
        let report = Fixtures.analyzer.analyze(Fixtures.damaged)
        let out = JSONLReporter.render([ReportedDocument(report: report, source: Fixtures.damaged, path: "x.txt")])
        let lines = out.split(separator: "\n")
        #expect(lines.count == report.findings.count)
        for (line, finding) in zip(lines, report.findings) {
            let value = try #require(JSONValue.parse(String(line)))
            #expect(value["path"]?.string == "x.txt")
            #expect(value["rule"]?.string == finding.ruleID)
            #expect(value["start"]?.int == finding.range.lowerBound)
        }
    }

    @Test func jsonEnvelopeHasAFormatVersion() {
        let envelope = Reporters.jsonEnvelope([])
        #expect(envelope["tool"]?["format_version"]?.int == Reporters.jsonFormatVersion)
    }
}

@Suite struct HTMLReporterTests {
    @Test func pageIsSelfContainedAndEscaped() {
        let hostile = Fixtures.damaged + "<script>alert('x')</script> & \"quotes\" https://example.com/x.png\n<img src=x>\n"
        let documents = [ReportedDocument(report: Fixtures.analyzer.analyze(hostile), source: hostile, path: "<b>path</b>.txt"),
                         ReportedDocument(report: Fixtures.analyzer.analyze(Fixtures.seedArticle), source: Fixtures.seedArticle,
                                          path: "seed.txt")]
        let html = HTMLReporter.render(documents)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        // The text may mention a URL; the page itself references nothing outside it.
        let markup = html.replacingOccurrences(of: "https://example.com/x.png", with: "")
        #expect(!markup.contains("http://") && !markup.contains("https://"))
        #expect(!html.contains("src=\"") && !html.contains("href=\"h") && !html.contains("@import"))
        #expect(!html.lowercased().contains("<link"))
        #expect(!html.lowercased().contains("<script"))
        #expect(!html.contains("<img"))
        #expect(!html.contains("<b>path</b>"))
        #expect(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quotes&quot;"))
        #expect(!html.contains("url("))
        for (n, f) in documents[0].report.findings.enumerated() {
            #expect(html.contains("id=\"d1-f\(n + 1)\""), "\(f)")
        }
    }

    @Test func scoreVerdictAndCategoriesAppear() {
        let report = Fixtures.analyzer.analyze(Fixtures.seedArticle)
        let html = HTMLReporter.render([ReportedDocument(report: report, source: Fixtures.seedArticle, path: "seed.txt")])
        #expect(html.contains("v-\(report.verdict.rawValue)"))
        for category in report.countsByCategory.keys { #expect(html.contains(HTMLReporter.className(category))) }
        #expect(html.components(separatedBy: "<mark ").count - 1 >= report.findings.count)
    }

    @Test func benchPageIsSelfContained() {
        let rows = [HTMLBenchReporter.CategoryRow(name: "merged-word", gold: 12, predicted: 10, truePositives: 9,
                                                  precision: 0.9, recall: 0.75, f1: 0.818, fixAccuracy: 1),
                    HTMLBenchReporter.CategoryRow(name: "<odd>", gold: 1, predicted: 0, truePositives: 0,
                                                  precision: nil, recall: 0, f1: nil)]
        let micro = HTMLBenchReporter.CategoryRow(name: "micro", gold: 13, predicted: 10, truePositives: 9,
                                                  precision: 0.9, recall: 0.69, f1: 0.78)
        let html = HTMLBenchReporter.render(corpora: ["Corpora/in-the-wild/seed-article-fr.jsonl"], rows: rows, micro: micro,
                                            documentLevel: .init(documents: 7, accuracy: 1, precision: 1, recall: 1, rocAUC: 1,
                                                                 cleanFindingsPer10kWords: 3.2))
        #expect(!html.contains("http://") && !html.contains("https://") && !html.contains("<script"))
        #expect(html.contains("&lt;odd&gt;") && html.contains("90.0") && html.contains("width:75.0%"))
    }
}

@Suite struct VisibleTextTests {
    @Test func lineBreaksBecomeOneMarkEach() {
        #expect(Reporters.visible("a\r\nb\nc") == "a⏎b⏎c")
        #expect(Reporters.visible("a\rb\r") == "a\rb\r")
        #expect(Reporters.visible("\r\r\n") == "\r⏎")
        #expect(Reporters.visible("é\u{301}\n👩‍👩‍👧") == "é\u{301}⏎👩‍👩‍👧")
    }
}
