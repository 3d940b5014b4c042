import Foundation
import Translint

/// `translint score`: one line per document with its garble score and verdict.
enum ScoreCommand: Command {
    static let name = "score"
    static let summary = "Score each document: garble score 0–100, verdict, counts per category"
    static let help = """
    USAGE: translint score [PATH…|-] [options]

    Prints one line per document: score, verdict, language, words, counts per category, path.
    The score is 0 for clean text and approaches 100 as confident findings per word grow.
    Exit status: 0, or 2 on usage or input errors.

    OPTIONS:
      --format text|json     output format (default text)
    \(AnalysisOptions.help)
    \(BatchMode.help)

    EXAMPLE:
      translint score Corpora/in-the-wild/seed-article-fr.txt
    """

    static func run(_ arguments: [String]) -> Int32 {
        var args: Arguments
        let options: AnalysisOptions
        let format: String
        let batch: Bool
        let jobs: Int?
        do {
            args = try Arguments(arguments, valueOptions: AnalysisOptions.valueOptions.union(["--format", "--input", "--jobs"]))
            options = try AnalysisOptions(&args)
            format = try args.value("--format") ?? "text"
            guard ["text", "json"].contains(format) else {
                throw Arguments.UsageError(description: "--format takes text or json, not '\(format)'")
            }
            (batch, jobs) = try BatchMode.options(&args)
            try args.finish()
        } catch {
            return Console.usage("\(error)", command: name)
        }
        if let problem = AnalysisOptions.checkResources() { return Console.usage(problem, command: name) }
        let analyzer = options.analyzer()
        if batch {
            return BatchMode.run(kind: .score, paths: args.positionals, analyzer: analyzer, repairer: nil, jobs: jobs)
        }
        let ok = Inputs.each(args.positionals, command: name) { input in
            let report = analyzer.summary(of: input.decoded.text)
            let counts = report.countsByCategory.sorted { $0.key < $1.key }
            if format == "json" {
                Console.out(JSONValue.object([
                    ("path", .string(input.path)),
                    ("garble_score", .number(report.garbleScore)),
                    ("verdict", .string(report.verdict.rawValue)),
                    ("language", .string(report.language.rawValue)),
                    ("words", .int(report.wordCount)),
                    ("counts", .object(counts.map { ($0.key.rawValue, .int($0.value)) })),
                ]).serialized() + "\n")
            } else {
                let countText = counts.isEmpty ? "-" : counts.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
                Console.out(String(format: "%5.1f", report.garbleScore)
                    + "\t\(report.verdict.rawValue)\t\(report.language.rawValue)\t\(report.wordCount) words\t\(countText)\t\(Console.shown(input.path))\n")
            }
        }
        return ok ? 0 : 2
    }
}
