/// The `translint bench --format json` object (schema in Benchmarks/README.md,
/// "## translint bench"). Keys are ordered; undefined ratios are `null`.
public enum BenchJSON {
    /// Bump when a key changes meaning or disappears (adding keys does not bump it).
    public static let schemaVersion = 1

    /// What goes into the object besides the metrics.
    public struct Options: Sendable {
        /// Adds a `per_document` array to each corpus.
        public var perDocument = false
        /// Adds up to this many false positives and as many false negatives per corpus under `errors`; 0 for none.
        public var errors = 0
        /// Settings echoed under `configuration`, in order.
        public var configuration: [(String, JSONValue)] = []
        /// Defaults: no per-document results, no error samples, empty configuration.
        public init() {}
    }

    /// The whole report: overall metrics, one entry per corpus and, when `misses` is non-nil, the threshold check.
    public static func object(corpora: [CorpusEvaluation], overall: CorpusEvaluation,
                              misses: [BenchThresholds.Miss]?, thresholdsFile: String?,
                              options: Options) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("version", .int(schemaVersion)),
            ("translint_version", .string(Translint.version)),
            ("configuration", .object(options.configuration)),
        ]
        members += body(overall, options: Options())
        members.append(("corpora", .array(corpora.map { .object([("path", .string($0.path))] + body($0, options: options)) })))
        if let misses {
            members.append(("thresholds", .object([
                ("file", thresholdsFile.map { .string($0) } ?? .null),
                ("passed", .bool(misses.isEmpty)),
                ("misses", .array(misses.map(miss))),
            ])))
        }
        return .object(members)
    }

    static func body(_ e: CorpusEvaluation, options: Options) -> [(String, JSONValue)] {
        let d = e.documentMetrics
        var members: [(String, JSONValue)] = [
            ("documents", .int(e.documents.count)),
            ("words", .int(e.documents.reduce(0) { $0 + $1.wordCount })),
            ("categories", .object(e.sortedCategories.map { ($0.rawValue, counts(e.categories[$0]!)) })),
            ("micro", counts(e.micro)),
            ("document", .object([
                ("garbled", .int(d.garbledCount)),
                ("clean", .int(d.cleanCount)),
                ("accuracy", ratio(d.accuracy)),
                ("precision", ratio(d.precision)),
                ("recall", ratio(d.recall)),
                ("auc", ratio(d.auc)),
            ])),
            ("clean_findings_per_10k_words", ratio(d.cleanFindingsPer10kWords)),
            ("clean_findings", .int(d.cleanFindings)),
            ("clean_words", .int(d.cleanWords)),
            ("expected_failures", .object([
                ("count", .int(e.expectedFailures.count)),
                ("unexpectedly_passing", .array(e.unexpectedPasses.map { .string($0.id) })),
            ])),
            ("problems", .array(e.problems.map { p in
                .object([("file", .string(p.file)), ("line", .int(p.line)), ("message", .string(p.message))])
            })),
        ]
        if options.perDocument {
            members.append(("per_document", .array(e.documents.map(document))))
        }
        if options.errors > 0 {
            members.append(("errors", .array(e.errorSamples(limit: options.errors).map(error))))
        }
        return members
    }

    static func counts(_ c: CategoryCounts) -> JSONValue {
        .object([
            ("gold", .int(c.gold)), ("predicted", .int(c.predicted)), ("tp", .int(c.truePositives)),
            ("fp", .int(c.falsePositives)), ("fn", .int(c.falseNegatives)),
            ("precision", ratio(c.precision)), ("recall", ratio(c.recall)), ("f1", ratio(c.f1)),
            ("fixable", .int(c.fixable)), ("fixes_correct", .int(c.fixesCorrect)),
            ("fix_accuracy", ratio(c.fixAccuracy)),
        ])
    }

    static func document(_ d: DocumentEvaluation) -> JSONValue {
        .object([
            ("id", .string(d.id)), ("line", .int(d.line)), ("lang", .string(d.language.rawValue)),
            ("garbled", .bool(d.garbled)), ("gold", .int(d.goldCount)), ("predicted", .int(d.findingCount)),
            ("tp", .int(d.matched)), ("score", .number(d.garbleScore)), ("verdict", .string(d.verdict.rawValue)),
            ("words", .int(d.wordCount)), ("expect_fail", .bool(d.expectsFailure)), ("passes", .bool(d.passes)),
        ])
    }

    static func error(_ e: ErrorSample) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("kind", .string(e.kind.rawValue)), ("id", .string(e.documentID)), ("category", .string(e.category.rawValue)),
            ("start", .int(e.range.lowerBound)), ("end", .int(e.range.upperBound)),
            ("before", .string(e.before)), ("text", .string(e.text)), ("after", .string(e.after)),
        ]
        if let r = e.ruleID { members.append(("rule", .string(r))) }
        if let m = e.message { members.append(("message", .string(m))) }
        members.append(("fix", e.fix.map { .string($0) } ?? .null))
        return .object(members)
    }

    static func miss(_ m: BenchThresholds.Miss) -> JSONValue {
        .object([
            ("corpus", .string(m.corpus)), ("metric", .string(m.metric)),
            ("bound", .string(m.isMinimum ? "min" : "max")),
            ("required", .number(m.required)), ("measured", .number(m.measured)),
        ])
    }

    static func ratio(_ v: Double?) -> JSONValue { v.map { .number($0) } ?? .null }
}
