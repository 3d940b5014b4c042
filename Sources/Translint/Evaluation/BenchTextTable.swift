/// The `translint bench` table for people: one block per corpus, then an overall block.
public enum BenchTextTable {
    /// One block per corpus, then the overall block when given; `errors` caps the error samples of each kind.
    public static func render(corpora: [CorpusEvaluation], overall: CorpusEvaluation?,
                              perDocument: Bool = false, errors: Int = 0) -> String {
        var out = ""
        for c in corpora {
            out += block(c, perDocument: perDocument, errors: errors)
            out += "\n"
        }
        if let overall {
            out += block(overall, perDocument: false, errors: 0)
        }
        return out
    }

    /// One corpus's block: category table, document metrics, clean-text findings, expected failures, skipped lines.
    public static func block(_ e: CorpusEvaluation, perDocument: Bool, errors: Int) -> String {
        let d = e.documentMetrics
        let words = e.documents.reduce(0) { $0 + $1.wordCount }
        var out = "\(e.path)  (\(e.documents.count) document\(e.documents.count == 1 ? "" : "s"): \(d.garbledCount) garbled, \(d.cleanCount) clean; \(words) words)\n"
        let header = [pad("category", 24), pad("gold", 6, true), pad("pred", 6, true), pad("tp", 6, true),
                      pad("prec", 7, true), pad("recall", 7, true), pad("f1", 7, true), pad("fix acc", 8, true)]
        out += "  " + header.joined(separator: " ") + "\n"
        for c in e.sortedCategories { out += row(c.rawValue, e.categories[c]!) }
        out += row("micro", e.micro)
        out += "  document: accuracy \(BenchFormat.ratio(d.accuracy))  precision \(BenchFormat.ratio(d.precision))"
            + "  recall \(BenchFormat.ratio(d.recall))  AUC \(BenchFormat.ratio(d.auc))\n"
        let perTenK = d.cleanFindingsPer10kWords.map { String(format: "%.2f", $0) } ?? "—"
        out += "  clean text: \(perTenK) findings per 10k words (\(d.cleanFindings) findings in \(d.cleanWords) words)\n"
        if !e.expectedFailures.isEmpty {
            let unexpected = e.unexpectedPasses
            out += "  expected failures: \(e.expectedFailures.count), unexpectedly passing \(unexpected.count)"
            out += unexpected.isEmpty ? "\n" : ": " + unexpected.map(\.id).joined(separator: ", ") + "\n"
        }
        for p in e.problems { out += "  skipped \(p)\n" }
        if perDocument {
            out += "  " + [pad("id", 24), pad("lang", 4), pad("label", 7), pad("gold", 5, true), pad("pred", 5, true),
                           pad("tp", 5, true), pad("score", 6, true), " verdict"].joined(separator: " ") + "\n"
            for doc in e.documents {
                out += "  " + [pad(doc.id, 24), pad(doc.language.rawValue, 4), pad(doc.garbled ? "garbled" : "clean", 7),
                               pad(String(doc.goldCount), 5, true), pad(String(doc.findingCount), 5, true),
                               pad(String(doc.matched), 5, true), pad(BenchFormat.number(doc.garbleScore), 6, true),
                               " " + doc.verdict.rawValue + (doc.expectsFailure ? (doc.passes ? " (xfail: passes)" : " (xfail)") : "")]
                    .joined(separator: " ") + "\n"
            }
        }
        let samples = e.errorSamples(limit: errors)
        if !samples.isEmpty {
            for kind in [ErrorSample.Kind.falsePositive, .falseNegative] {
                let list = samples.filter { $0.kind == kind }
                guard !list.isEmpty else { continue }
                out += "  \(kind == .falsePositive ? "false positives" : "false negatives") (first \(list.count)):\n"
                for s in list {
                    var line = "    \(s.documentID) \(s.category)"
                    if let r = s.ruleID { line += " [\(r)]" }
                    line += " @\(s.range.lowerBound)..<\(s.range.upperBound): …\(BenchFormat.oneLine(s.before))⟦\(BenchFormat.oneLine(s.text))⟧\(BenchFormat.oneLine(s.after))…"
                    if let m = s.message { line += "  — \(m)" }
                    if let f = s.fix { line += "  fix → \"\(BenchFormat.oneLine(f))\"" }
                    out += line + "\n"
                }
            }
        }
        return out
    }

    static func row(_ name: String, _ c: CategoryCounts) -> String {
        "  " + [pad(name, 24), pad(String(c.gold), 6, true), pad(String(c.predicted), 6, true),
                pad(String(c.truePositives), 6, true), pad(BenchFormat.ratio(c.precision), 7, true),
                pad(BenchFormat.ratio(c.recall), 7, true), pad(BenchFormat.ratio(c.f1), 7, true),
                pad(BenchFormat.ratio(c.fixAccuracy), 8, true)].joined(separator: " ") + "\n"
    }

    private static func pad(_ s: String, _ w: Int, _ right: Bool = false) -> String { BenchFormat.pad(s, w, right: right) }
}
