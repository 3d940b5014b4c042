import Foundation
import Translint

/// `translint bench`: scores the rules on labeled JSONL corpora and gates on thresholds.
enum BenchCommand: Command {
    static let name = "bench"
    static let summary = "Score the rules on labeled JSONL corpora (precision, recall, fix accuracy)"
    static let help = """
    USAGE: translint bench PATH... [--format text|json|html] [--thresholds FILE] [--min-confidence X]
                           [--lang L] [--per-document] [--errors N] [--disable RULE...]

    Runs the analyzer on every document of the corpora (files, or folders searched for *.jsonl)
    and matches its findings to the gold artifacts: same category and overlapping ranges, one to
    one, largest overlap first. Prints per category and micro-averaged gold / predicted / true
    positives / precision / recall / F1 / fix accuracy, document-level accuracy, precision,
    recall and ROC AUC of the garble score, and findings per 10k words on clean documents:
    one block per corpus file, then an overall block.

    OPTIONS:
      --format text|json|html  A table (default), one JSON object (schema: Benchmarks/README.md), or a
                            self-contained HTML page with bars per category
      --thresholds FILE     Exit 1 and list each missed bound (corpus, metric, required, measured)
      --min-confidence X    Drop findings under X (0…1; default 0.5)
      --lang L              Analyse every document as L (fr, es, it, pt, de, en) or identify it
                            (auto); default: each document's "lang"
      --per-document        Also list each document: gold, predicted, matched, score, verdict
      --errors N            Also list the first N false positives and N false negatives per corpus
      --disable RULE...     Turn rules off (repeatable or comma-separated)

    Malformed corpus lines are reported with file and line number and skipped.
    Exit status: 0 ok, 1 a threshold missed, 2 usage or input error.

    EXAMPLE:
      translint bench Corpora/in-the-wild Corpora/synthetic --thresholds Benchmarks/thresholds.json
    """

    static func run(_ arguments: [String]) -> Int32 {
        var args: Arguments
        let format: String
        let thresholdsPath: String?
        let minConfidence: Double?
        let language: LanguageChoice?
        let perDocument: Bool
        let errors: Int
        let disabled: [String]
        do {
            args = try Arguments(arguments, valueOptions: ["--format", "--thresholds", "--min-confidence", "--lang",
                                                           "--errors", "--disable"])
            if args.flag("--help", "-h") { Console.out(help + "\n"); return 0 }
            format = try args.value("--format") ?? "text"
            guard ["text", "json", "html"].contains(format) else {
                throw Arguments.UsageError(description: "--format takes text, json or html, not '\(format)'")
            }
            thresholdsPath = try args.value("--thresholds")
            minConfidence = try args.double("--min-confidence", in: 0...1)
            if let l = try args.value("--lang") {
                guard let choice = LanguageChoice(l) else {
                    throw Arguments.UsageError(description: "--lang takes auto or one of \(Language.allCases.map(\.rawValue).joined(separator: ", ")), not '\(l)'")
                }
                language = choice
            } else {
                language = nil
            }
            perDocument = args.flag("--per-document")
            errors = try args.int("--errors", in: 0...100_000) ?? 0
            disabled = try args.values("--disable")
            for id in disabled where RuleRegistry.rule(id: id) == nil {
                throw Arguments.UsageError(description: "--disable: no rule '\(id)'")
            }
            try args.finish()
            if args.positionals.isEmpty { throw Arguments.UsageError(description: "give one or more corpus files or folders") }
        } catch {
            return Console.usage("\(error)", command: name)
        }

        var thresholds: BenchThresholds? = nil
        if let thresholdsPath {
            guard let text = try? String(contentsOfFile: thresholdsPath, encoding: .utf8) else {
                return Console.usage("cannot read \(thresholdsPath)", command: name)
            }
            do { thresholds = try BenchThresholds.parse(text) } catch {
                return Console.usage("\(thresholdsPath): \(error)", command: name)
            }
        }

        let files: [String]
        do { files = try CorpusReader.files(for: args.positionals) } catch {
            return Console.usage("\(error)", command: name)
        }
        if files.isEmpty { return Console.usage("no *.jsonl corpus files found", command: name) }

        var configuration = Configuration(language: .auto, minimumConfidence: minConfidence ?? 0.5)
        configuration.disabledRules = Set(disabled)
        LanguageResources.shared.preload()
        let evaluator = Evaluator(analyzer: Analyzer(configuration: configuration), language: language)
        let cwd = FileManager.default.currentDirectoryPath

        var evaluations: [CorpusEvaluation] = []
        for file in files {
            let corpus: Corpus
            do { corpus = try CorpusReader.read(file: file, displayPath: displayPath(file, cwd: cwd)) } catch {
                return Console.usage("\(error)", command: name)
            }
            for p in corpus.problems { Console.err("translint bench: skipped \(p)") }
            evaluations.append(evaluator.evaluate(corpus))
        }
        let overall = CorpusEvaluation.combined(evaluations)
        let misses = thresholds?.check(corpora: evaluations, overall: overall)

        if format == "json" {
            var options = BenchJSON.Options()
            options.perDocument = perDocument
            options.errors = errors
            options.configuration = [
                ("min_confidence", .number(configuration.minimumConfidence)),
                ("language", .string(language.map(describe) ?? "document")),
                ("disabled_rules", .array(disabled.sorted().map { .string($0) })),
            ]
            let object = BenchJSON.object(corpora: evaluations, overall: overall, misses: misses,
                                          thresholdsFile: thresholdsPath, options: options)
            Console.out(object.pretty() + "\n")
        } else if format == "html" {
            Console.out(html(corpora: evaluations, overall: overall))
        } else {
            Console.out(BenchTextTable.render(corpora: evaluations, overall: evaluations.count > 1 ? overall : nil,
                                              perDocument: perDocument, errors: errors))
            if let misses, misses.isEmpty { Console.out("\nthresholds: all met (\(thresholdsPath!))\n") }
        }
        if let misses, !misses.isEmpty {
            for m in misses { Console.err("translint bench: threshold missed: \(m)") }
            return 1
        }
        return 0
    }

    /// The overall metrics as an HTML page (one row per category, bars for the ratios).
    static func html(corpora: [CorpusEvaluation], overall: CorpusEvaluation) -> String {
        func row(_ name: String, _ c: CategoryCounts) -> HTMLBenchReporter.CategoryRow {
            HTMLBenchReporter.CategoryRow(name: name, gold: c.gold, predicted: c.predicted, truePositives: c.truePositives,
                                          precision: c.precision, recall: c.recall, f1: c.f1, fixAccuracy: c.fixAccuracy)
        }
        let rows = overall.sortedCategories.map { row($0.rawValue, overall.categories[$0] ?? CategoryCounts()) }
        let d = overall.documentMetrics
        let document = HTMLBenchReporter.DocumentMetrics(documents: d.count, accuracy: d.accuracy, precision: d.precision,
                                                         recall: d.recall, rocAUC: d.auc,
                                                         cleanFindingsPer10kWords: d.cleanFindingsPer10kWords)
        return HTMLBenchReporter.render(corpora: corpora.map(\.path), rows: rows, micro: row("micro", overall.micro),
                                        documentLevel: document)
    }

    static func describe(_ choice: LanguageChoice) -> String {
        switch choice {
        case .auto: "auto"
        case .fixed(let l): l.rawValue
        }
    }

    /// The path relative to the working directory when it lies inside it (so thresholds keyed
    /// by repository-relative paths match), else as given; "./" prefixes dropped.
    static func displayPath(_ path: String, cwd: String) -> String {
        let absolute = URL(fileURLWithPath: path, relativeTo: URL(fileURLWithPath: cwd, isDirectory: true))
            .standardizedFileURL.path
        let base = cwd.hasSuffix("/") ? cwd : cwd + "/"
        if absolute.hasPrefix(base) { return String(absolute.dropFirst(base.count)) }
        var p = path
        while p.hasPrefix("./") { p.removeFirst(2) }
        return p
    }
}
