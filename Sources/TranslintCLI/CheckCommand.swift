import Foundation
import Translint

/// `translint check`: report findings.
enum CheckCommand: Command {
    static let name = "check"
    static let summary = "Report machine-translation damage in files"
    static let help = """
    USAGE: translint check [PATH…|-] [options]

    Prints one line per finding: path:line:col: category: message [rule] «text» → "fix".
    Exit status: 0 when nothing was found, 1 when there are findings, 2 on usage or input errors.

    OPTIONS:
      --format text|json     output format (default text)
    \(AnalysisOptions.help)
    \(BatchMode.help)

    EXAMPLE:
      translint check --lang fr Corpora/in-the-wild/seed-article-fr.txt
      translint check --format json article.txt > findings.json
    """

    static func run(_ arguments: [String]) -> Int32 {
        var args: Arguments
        let options: AnalysisOptions
        let format: String
        let input: String?
        let jobs: Int?
        do {
            args = try Arguments(arguments, valueOptions: AnalysisOptions.valueOptions.union(["--format", "--input", "--jobs"]))
            options = try AnalysisOptions(&args)
            format = try args.value("--format") ?? "text"
            guard ["text", "json"].contains(format) else {
                throw Arguments.UsageError(description: "--format takes text or json, not '\(format)'")
            }
            input = try args.value("--input")
            jobs = try args.int("--jobs", in: 1...256)
            if let input, input != "jsonl" { throw Arguments.UsageError(description: "--input takes jsonl, not '\(input)'") }
            try args.finish()
        } catch {
            return Console.usage("\(error)", command: name)
        }
        if let problem = AnalysisOptions.checkResources() { return Console.usage(problem, command: name) }
        let analyzer = Analyzer(configuration: options.configuration)
        if input != nil {
            return BatchMode.run(kind: .check, paths: args.positionals, analyzer: analyzer, repairer: nil, jobs: jobs)
        }
        var anyFindings = false
        var documents: [JSONValue] = []
        let ok = Inputs.each(args.positionals, command: name) { input in
            let report = analyzer.analyze(input.decoded.text)
            if !report.findings.isEmpty { anyFindings = true }
            if format == "json" {
                var json = Reporters.json(report, source: input.decoded.text, path: input.path)
                if case .invalidUTF8(let offset) = input.decoded.problem, case .object(var members) = json {
                    members.insert(("warning", .string("invalid UTF-8 at byte \(offset); analysed with U+FFFD replacements")), at: 1)
                    json = .object(members)
                }
                documents.append(json)
            } else {
                Console.out(Reporters.text(report, source: input.decoded.text, path: input.path))
            }
        }
        if format == "json" { Console.out(Reporters.jsonEnvelope(documents).pretty() + "\n") }
        if !ok { return 2 }
        return anyFindings ? 1 : 0
    }
}
