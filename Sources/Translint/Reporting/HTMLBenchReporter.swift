/// Renders benchmark metrics (`translint bench --format html`) as one self-contained HTML page:
/// the per-category table with precision, recall and F1 bars, the micro average and the
/// document-level numbers. Takes plain values, so it does not depend on the evaluation types.
public enum HTMLBenchReporter {
    /// One row of the metrics table (a category, or the micro average).
    public struct CategoryRow: Sendable, Hashable {
        /// The category name, or "micro".
        public var name: String
        /// Gold artifacts.
        public var gold: Int
        /// Findings (predicted artifacts).
        public var predicted: Int
        /// Findings matched with a gold artifact.
        public var truePositives: Int
        /// 0…1; nil when undefined (nothing predicted).
        public var precision: Double?
        /// 0…1; nil when undefined (no gold artifact).
        public var recall: Double?
        /// 0…1; nil when undefined (no gold and nothing predicted).
        public var f1: Double?
        /// 0…1 among matched pairs with a gold fix; nil when there are none.
        public var fixAccuracy: Double?

        /// Creates a row.
        public init(name: String, gold: Int, predicted: Int, truePositives: Int, precision: Double?,
                    recall: Double?, f1: Double?, fixAccuracy: Double? = nil) {
            self.name = name
            self.gold = gold
            self.predicted = predicted
            self.truePositives = truePositives
            self.precision = precision
            self.recall = recall
            self.f1 = f1
            self.fixAccuracy = fixAccuracy
        }
    }

    /// Document-level results (`verdict == garbled` against the `garbled` labels).
    public struct DocumentMetrics: Sendable, Hashable {
        /// Number of documents evaluated.
        public var documents: Int
        /// 0…1: share of documents whose verdict agrees with the label; nil without documents.
        public var accuracy: Double?
        /// 0…1: of the documents called garbled, the share labeled garbled; nil when none was.
        public var precision: Double?
        /// 0…1: of the documents labeled garbled, the share called garbled; nil when none is.
        public var recall: Double?
        /// ROC AUC of the garble score.
        public var rocAUC: Double?
        /// Findings per 10,000 words on documents labelled clean.
        public var cleanFindingsPer10kWords: Double?

        /// Creates document-level results.
        public init(documents: Int, accuracy: Double?, precision: Double?, recall: Double?, rocAUC: Double?,
                    cleanFindingsPer10kWords: Double? = nil) {
            self.documents = documents
            self.accuracy = accuracy
            self.precision = precision
            self.recall = recall
            self.rocAUC = rocAUC
            self.cleanFindingsPer10kWords = cleanFindingsPer10kWords
        }
    }

    /// The page. `corpora` lists the files measured (shown under the title).
    public static func render(title: String = "Translint benchmark", corpora: [String], rows: [CategoryRow],
                              micro: CategoryRow, documentLevel: DocumentMetrics?) -> String {
        func pct(_ d: Double?) -> String { d.map { String(format: "%.1f", $0 * 100) } ?? "–" }
        func bar(_ d: Double?, _ cls: String) -> String {
            guard let d else { return "<td class=\"m\">–</td>" }
            let w = String(format: "%.1f", min(max(d, 0), 1) * 100)
            return "<td class=\"m\"><span class=\"v\">\(pct(d))</span><span class=\"track\"><span class=\"\(cls)\" style=\"width:\(w)%\"></span></span></td>"
        }
        func row(_ r: CategoryRow, micro: Bool) -> String {
            let category = Category(r.name)
            let chip = micro ? "<b>micro average</b>"
                : "<span class=\"chip \(HTMLReporter.className(category))\">\(HTMLReporter.escape(r.name))</span>"
            return "<tr\(micro ? " class=\"micro\"" : "")><td>\(chip)</td><td class=\"n\">\(r.gold)</td><td class=\"n\">\(r.predicted)</td><td class=\"n\">\(r.truePositives)</td>"
                + bar(r.precision, "p") + bar(r.recall, "r") + bar(r.f1, "f") + bar(r.fixAccuracy, "x") + "</tr>\n"
        }
        let categories = rows.map { Category($0.name) }
        var out = """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(HTMLReporter.escape(title))</title>
        <style>
        \(HTMLReporter.css(for: Category.known + categories.filter { !Category.known.contains($0) }))
        .metrics{width:100%;background:#fff;border:1px solid #dde1e6;border-radius:8px}
        .metrics th{background:#f0f2f4;text-align:left;padding:6px 10px;border-bottom:1px solid #dde1e6;font-weight:600}
        .metrics td{padding:5px 10px;border-bottom:1px solid #eef0f2}
        .metrics td.n{text-align:right;font-variant-numeric:tabular-nums}
        .metrics td.m{white-space:nowrap}
        .metrics .v{display:inline-block;width:44px;text-align:right;margin-right:6px;font-variant-numeric:tabular-nums}
        .track{display:inline-block;width:110px;height:10px;background:#eef0f2;border-radius:3px;vertical-align:middle;overflow:hidden}
        .track span{display:block;height:100%}
        .track .p{background:#1565c0}.track .r{background:#ef8f00}.track .f{background:#2e7d32}.track .x{background:#8e24aa}
        tr.micro td{border-top:2px solid #c9ced4;background:#fafbfc}
        .doclevel{display:flex;flex-wrap:wrap;gap:12px;margin:18px 0}
        .doclevel .card{min-width:150px}
        .doclevel .num{font-size:26px;font-weight:700}
        </style></head><body>
        <header class="top"><h1>\(HTMLReporter.escape(title))</h1><p>translint \(HTMLReporter.escape(Translint.version)) · \(HTMLReporter.escape(corpora.joined(separator: ", ")))</p></header>
        <main>
        <table class="metrics"><thead><tr><th>category</th><th>gold</th><th>predicted</th><th>TP</th><th>precision %</th><th>recall %</th><th>F1 %</th><th>fix accuracy %</th></tr></thead><tbody>

        """
        for r in rows { out += row(r, micro: false) }
        out += row(micro, micro: true)
        out += "</tbody></table>\n"
        if let d = documentLevel {
            out += "<h2 style=\"font-size:17px;margin:22px 0 0\">Document level (\(d.documents) documents, verdict = garbled)</h2>\n<div class=\"doclevel\">"
            let cards: [(String, String)] = [
                ("accuracy %", pct(d.accuracy)), ("precision %", pct(d.precision)), ("recall %", pct(d.recall)),
                ("ROC AUC", d.rocAUC.map { String(format: "%.3f", $0) } ?? "–"),
                ("findings / 10k words on clean text", d.cleanFindingsPer10kWords.map { String(format: "%.1f", $0) } ?? "–"),
            ]
            for (label, value) in cards {
                out += "<div class=\"card\"><div class=\"muted\">\(HTMLReporter.escape(label))</div><div class=\"num\">\(value)</div></div>"
            }
            out += "</div>\n"
        }
        out += "</main></body></html>\n"
        return out
    }
}
