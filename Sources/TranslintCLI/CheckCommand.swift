import Foundation
import Translint

/// `translint check`: report findings.
enum CheckCommand: Command {
    static let name = "check"
    static let summary = "Report machine-translation damage in files"
    static let help = """
    USAGE: translint check [PATH…|-] [options]

    Prints one line per finding: path:line:col: category: message [rule] «text» → "fix",
    and a note naming the probable source language of a machine translation when the evidence
    supports it. Columns count Unicode scalars in every format.
    Exit status: 0 when nothing was found, 1 when there are findings, 2 on usage or input errors.

    Inline directives hide findings: `translint-disable-next-line [RULE…]`, `translint-disable-line
    [RULE…]`, `translint-disable [RULE…]` … `translint-enable [RULE…]`, on a line of their own or in
    a comment (<!-- translint-disable merged-word -->).

    OPTIONS:
      --format FORMAT        text (default); json (one object, with tool.format_version);
                             jsonl (one finding per line, with its path); sarif (SARIF 2.1.0);
                             github (GitHub Actions annotations); html (a self-contained review page)
      --baseline FILE        hide the findings recorded in FILE (by path, rule, text and context)
      --write-baseline FILE  record every finding of this run in FILE and exit 0
    \(AnalysisOptions.help)
    \(BatchMode.help)

    EXAMPLE:
      translint check --lang fr Corpora/in-the-wild/seed-article-fr.txt
      translint check --format json article.txt > findings.json
      translint check --format html Corpora/in-the-wild/seed-article-fr.txt > report.html
      translint check --write-baseline .translint-baseline.json docs/*.md
      translint check --baseline .translint-baseline.json --format github docs/*.md
    """

    static let formats = ["text", "json", "jsonl", "sarif", "github", "html"]

    static func run(_ arguments: [String]) -> Int32 {
        var args: Arguments
        let options: AnalysisOptions
        let format: String
        let batch: Bool
        let jobs: Int?
        var baseline: Baseline? = nil
        let writeBaseline: String?
        do {
            args = try Arguments(arguments, valueOptions: AnalysisOptions.valueOptions.union(
                ["--format", "--input", "--jobs", "--baseline", "--write-baseline"]))
            options = try AnalysisOptions(&args)
            format = try args.value("--format") ?? "text"
            guard formats.contains(format) else {
                throw Arguments.UsageError(description: "--format takes \(formats.joined(separator: ", ")), not '\(format)'")
            }
            if let path = try args.value("--baseline") {
                do { baseline = try Baseline.load(contentsOf: URL(fileURLWithPath: path)) } catch {
                    throw Arguments.UsageError(description: "--baseline: \(error)")
                }
            }
            writeBaseline = try args.value("--write-baseline")
            (batch, jobs) = try BatchMode.options(&args)
            try args.finish()
        } catch {
            return Console.usage("\(error)", command: name)
        }
        if let problem = AnalysisOptions.checkResources() { return Console.usage(problem, command: name) }
        let analyzer = options.analyzer()
        if batch {
            return BatchMode.run(kind: .check, paths: args.positionals, analyzer: analyzer, repairer: nil, jobs: jobs)
        }
        var anyFindings = false
        var documents: [JSONValue] = []
        var reported: [ReportedDocument] = []
        var recorded = Baseline()
        let ok = Inputs.each(args.positionals, command: name) { input in
            // A very large input in text format is printed segment by segment, so its findings
            // are never all held in memory at once.
            if format == "text", baseline == nil, writeBaseline == nil,
               input.decoded.text.utf8.count > Analyzer.segmentThreshold {
                var first = true
                analyzer.forEachSegment(of: input.decoded.text) { segment in
                    var report = segment.report
                    if !first { report.sourceLanguageHint = nil }
                    first = false
                    if !report.findings.isEmpty { anyFindings = true }
                    Console.out(Reporters.text(report, source: segment.text, path: Console.shown(input.path),
                                               lineOffset: segment.lineOffset, columnOffset: segment.columnOffset))
                }
                return
            }
            var report = analyzer.analyze(input.decoded.text)
            if writeBaseline != nil {
                recorded.add(report, source: input.decoded.text, path: input.path)
                return
            }
            if let baseline { report = baseline.filter(report, source: input.decoded.text, path: input.path) }
            if !report.findings.isEmpty { anyFindings = true }
            if ["jsonl", "sarif", "github", "html"].contains(format) {
                reported.append(ReportedDocument(report: report, source: input.decoded.text, path: input.path))
            } else if format == "json" {
                var json = Reporters.json(report, source: input.decoded.text, path: input.path)
                if case .invalidUTF8(let offset) = input.decoded.problem, case .object(var members) = json {
                    members.insert(("warning", .string("invalid UTF-8 at byte \(offset); analysed with U+FFFD replacements")), at: 1)
                    json = .object(members)
                }
                documents.append(json)
            } else {
                Console.out(Reporters.text(report, source: input.decoded.text, path: Console.shown(input.path)))
            }
        }
        if let writeBaseline {
            do { try recorded.write(to: URL(fileURLWithPath: writeBaseline)) } catch {
                Console.err("translint check: --write-baseline: \(writeBaseline): \(error.localizedDescription)")
                return 2
            }
            Console.err("translint check: recorded \(recorded.entries.count) finding\(recorded.entries.count == 1 ? "" : "s") in \(writeBaseline)")
            return ok ? 0 : 2
        }
        switch format {
        case "json": Console.out(Reporters.jsonEnvelope(documents).pretty() + "\n")
        case "jsonl": Console.out(JSONLReporter.render(reported))
        case "sarif": Console.out(SARIFReporter.render(reported))
        case "github": Console.out(GitHubReporter.render(reported))
        case "html": Console.out(HTMLReporter.render(reported))
        default: break
        }
        if !ok { return 2 }
        return anyFindings ? 1 : 0
    }
}
