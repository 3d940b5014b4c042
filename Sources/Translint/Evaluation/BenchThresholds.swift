/// Accuracy floors and ceilings for `translint bench --thresholds FILE`; the format is
/// documented in Benchmarks/README.md ("## translint bench"):
///
///     {"version": 1,
///      "corpora": {"Corpora/synthetic/fr-synthetic.jsonl": {
///          "categories": {"merged-word": {"min_precision": 0.97, "min_recall": 0.9}},
///          "micro": {"min_f1": 0.5},
///          "document": {"min_accuracy": 0.9, "min_auc": 0.95},
///          "max_clean_findings_per_10k_words": 2.0, "min_matched": 45, "max_unexpected_passes": 0}},
///      "overall": {…same keys…}}
///
/// Corpus keys are paths relative to the directory bench runs in (the repository root), with
/// `*` and `?` wildcards (`*` also crosses `/`); a key also matches a path that ends with
/// `/key`. Every key that matches applies. A bound on an undefined metric (precision with
/// nothing predicted, an AUC with one class) is not checked: gate counts with `min_matched`
/// or `min_recall`. Unknown keys are errors, so a typo cannot switch a gate off.
public struct BenchThresholds: Sendable {
    /// One bound: `metric >= value` (`min_…`) or `metric <= value` (`max_…`).
    public struct Bound: Sendable, Hashable {
        /// The metric name without its `min_`/`max_` prefix ("precision", "auc", "clean_findings_per_10k_words").
        public var metric: String
        /// True for a `min_…` floor, false for a `max_…` ceiling.
        public var isMinimum: Bool
        /// The floor or ceiling.
        public var value: Double
    }

    /// The bounds for one corpus key (or for the overall block).
    public struct Section: Sendable {
        /// Bounds per category, from `categories`.
        public var categories: [(Category, [Bound])] = []
        /// Bounds on the micro average over all categories, from `micro`.
        public var micro: [Bound] = []
        /// Document-level bounds (accuracy, precision, recall, AUC), from `document`.
        public var document: [Bound] = []
        /// Corpus-wide bounds, the section's top-level keys (`min_matched`, `max_unexpected_passes`, …).
        public var corpus: [Bound] = []
    }

    /// A bound a corpus did not meet.
    public struct Miss: Sendable, Hashable, CustomStringConvertible {
        /// The path of the corpus, or "overall".
        public var corpus: String
        /// "merged-word.precision", "micro.f1", "document.auc", "clean_findings_per_10k_words", …
        public var metric: String
        /// True for a floor, false for a ceiling.
        public var isMinimum: Bool
        /// The bound from the thresholds file.
        public var required: Double
        /// The value the corpus reached.
        public var measured: Double

        /// "corpus: metric = measured, required ≥ bound".
        public var description: String {
            "\(corpus): \(metric) = \(BenchFormat.number(measured)), required \(isMinimum ? "≥" : "≤") \(BenchFormat.number(required))"
        }
    }

    /// A thresholds file that cannot be read: bad JSON, an unknown key or a value of the wrong type.
    public struct FormatError: Error, CustomStringConvertible {
        /// What is wrong, with the JSON path when known.
        public var description: String
    }

    /// The corpus sections in file order, keyed by path pattern.
    public var corpora: [(pattern: String, section: Section)] = []
    /// The section checked against all corpora combined, when given.
    public var overall: Section?

    /// Thresholds with no bounds.
    public init() {}

    static let rateMetrics = ["precision", "recall", "f1", "fix_accuracy", "tp", "gold", "predicted"]
    static let documentMetrics = ["accuracy", "precision", "recall", "auc"]
    static let corpusMetrics = ["clean_findings_per_10k_words", "matched", "unexpected_passes", "problems", "documents"]

    /// Parses and validates a thresholds file; throws `FormatError` on unknown keys or wrong types.
    public static func parse(_ text: String) throws -> BenchThresholds {
        guard let json = JSONValue.parse(text), case .object(let members) = json else {
            throw FormatError(description: "thresholds: not a JSON object")
        }
        var result = BenchThresholds()
        for (key, value) in members {
            switch key {
            case "version":
                guard value.int == 1 else { throw FormatError(description: "thresholds: unsupported version (expected 1)") }
            case "corpora":
                guard case .object(let entries) = value else { throw FormatError(description: "thresholds: \"corpora\" must be an object") }
                for (pattern, section) in entries {
                    result.corpora.append((pattern, try parseSection(section, at: "corpora.\(pattern)")))
                }
            case "overall":
                result.overall = try parseSection(value, at: "overall")
            case "comment", "_comment", "description":
                continue
            default:
                throw FormatError(description: "thresholds: unknown key \"\(key)\"")
            }
        }
        return result
    }

    static func parseSection(_ value: JSONValue, at path: String) throws -> Section {
        guard case .object(let members) = value else { throw FormatError(description: "thresholds: \(path) must be an object") }
        var section = Section()
        for (key, v) in members {
            switch key {
            case "categories":
                guard case .object(let cats) = v else { throw FormatError(description: "thresholds: \(path).categories must be an object") }
                for (name, bounds) in cats {
                    section.categories.append((Category(name), try parseBounds(bounds, allowed: rateMetrics, at: "\(path).categories.\(name)")))
                }
            case "micro":
                section.micro = try parseBounds(v, allowed: rateMetrics, at: "\(path).micro")
            case "document":
                section.document = try parseBounds(v, allowed: documentMetrics, at: "\(path).document")
            case "comment", "_comment":
                continue
            default:
                section.corpus.append(try bound(key, v, allowed: corpusMetrics, at: path))
            }
        }
        return section
    }

    static func parseBounds(_ value: JSONValue, allowed: [String], at path: String) throws -> [Bound] {
        guard case .object(let members) = value else { throw FormatError(description: "thresholds: \(path) must be an object") }
        return try members.filter { $0.0 != "comment" }.map { try bound($0.0, $0.1, allowed: allowed, at: path) }
    }

    static func bound(_ key: String, _ value: JSONValue, allowed: [String], at path: String) throws -> Bound {
        let isMinimum = key.hasPrefix("min_")
        guard isMinimum || key.hasPrefix("max_"), allowed.contains(String(key.dropFirst(4))) else {
            throw FormatError(description: "thresholds: unknown key \"\(key)\" in \(path) (expected min_/max_ with one of \(allowed.joined(separator: ", ")))")
        }
        guard let number = value.double else { throw FormatError(description: "thresholds: \(path).\(key) must be a number") }
        return Bound(metric: String(key.dropFirst(4)), isMinimum: isMinimum, value: number)
    }

    /// The sections whose key matches a corpus path.
    public func sections(for path: String) -> [Section] {
        corpora.filter { BenchThresholds.matches(pattern: $0.pattern, path: path) }.map(\.section)
    }

    /// True when any corpus key matches the path.
    public func covers(_ path: String) -> Bool { !sections(for: path).isEmpty }

    /// Checks each corpus against its sections and the combination against `overall`.
    public func check(corpora evaluations: [CorpusEvaluation], overall combined: CorpusEvaluation?) -> [Miss] {
        var misses: [Miss] = []
        for e in evaluations {
            for section in sections(for: e.path) { misses += BenchThresholds.check(section, e) }
        }
        if let overall, let combined { misses += BenchThresholds.check(overall, combined) }
        return misses
    }

    static func check(_ section: Section, _ e: CorpusEvaluation) -> [Miss] {
        var misses: [Miss] = []
        func test(_ prefix: String?, _ bounds: [Bound], _ measure: (String) -> Double?) {
            for b in bounds {
                guard let measured = measure(b.metric) else { continue }
                let ok = b.isMinimum ? measured >= b.value - 1e-12 : measured <= b.value + 1e-12
                if !ok {
                    misses.append(Miss(corpus: e.path, metric: prefix.map { "\($0).\(b.metric)" } ?? b.metric,
                                       isMinimum: b.isMinimum, required: b.value, measured: measured))
                }
            }
        }
        for (category, bounds) in section.categories {
            let counts = e.categories[category] ?? CategoryCounts()
            test(category.rawValue, bounds) { rate($0, counts) }
        }
        let micro = e.micro
        test("micro", section.micro) { rate($0, micro) }
        let d = e.documentMetrics
        test("document", section.document) { metric in
            switch metric {
            case "accuracy": return d.accuracy
            case "precision": return d.precision
            case "recall": return d.recall
            default: return d.auc
            }
        }
        test(nil, section.corpus) { metric in
            switch metric {
            case "clean_findings_per_10k_words": return d.cleanFindingsPer10kWords
            case "matched": return Double(micro.truePositives)
            case "unexpected_passes": return Double(e.unexpectedPasses.count)
            case "problems": return Double(e.problems.count)
            default: return Double(e.documents.count)
            }
        }
        return misses
    }

    static func rate(_ metric: String, _ c: CategoryCounts) -> Double? {
        switch metric {
        case "precision": return c.precision
        case "recall": return c.recall
        case "f1": return c.f1
        case "fix_accuracy": return c.fixAccuracy
        case "tp": return Double(c.truePositives)
        case "gold": return Double(c.gold)
        default: return Double(c.predicted)
        }
    }

    /// Glob match with `*` (any run, crossing `/`) and `?` (one character); a pattern also
    /// matches any path ending in `/` + pattern.
    public static func matches(pattern: String, path: String) -> Bool {
        let p = Array(pattern), s = Array(path)
        if glob(p, s) { return true }
        for (i, c) in s.enumerated() where c == "/" {
            if glob(p, Array(s[(i + 1)...])) { return true }
        }
        return false
    }

    private static func glob(_ p: [Character], _ s: [Character]) -> Bool {
        var pi = 0, si = 0, star = -1, mark = 0
        while si < s.count {
            if pi < p.count, p[pi] == "?" || p[pi] == s[si] { pi += 1; si += 1 }
            else if pi < p.count, p[pi] == "*" { star = pi; mark = si; pi += 1 }
            else if star >= 0 { pi = star + 1; mark += 1; si = mark }
            else { return false }
        }
        while pi < p.count, p[pi] == "*" { pi += 1 }
        return pi == p.count
    }
}
