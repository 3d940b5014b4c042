/// The evaluation of one corpus file (or of several combined): counts per category, their
/// micro average, document-level metrics, expected failures and the per-document results.
public struct CorpusEvaluation: Sendable {
    /// The corpus path, or "overall" for a combination.
    public var path: String
    /// Per-document results, in corpus order.
    public var documents: [DocumentEvaluation]
    /// Corpus lines that were skipped.
    public var problems: [CorpusProblem]
    /// Counts per category, summed over the documents.
    public var categories: [Category: CategoryCounts]
    /// Verdict, score and clean-text metrics over the documents.
    public var documentMetrics: DocumentMetrics

    /// Sums the documents' counts and metrics.
    public init(path: String, documents: [DocumentEvaluation], problems: [CorpusProblem] = []) {
        self.path = path
        self.documents = documents
        self.problems = problems
        var categories: [Category: CategoryCounts] = [:]
        var metrics = DocumentMetrics()
        for d in documents {
            for (c, counts) in d.categories { categories[c, default: CategoryCounts()] += counts }
            metrics.add(garbled: d.garbled, verdict: d.verdict, score: d.garbleScore,
                        findings: d.findingCount, words: d.wordCount)
        }
        self.categories = categories
        self.documentMetrics = metrics
    }

    /// Several corpora as one: all documents pooled (so the AUC ranks across corpora).
    public static func combined(_ parts: [CorpusEvaluation], path: String = "overall") -> CorpusEvaluation {
        CorpusEvaluation(path: path, documents: parts.flatMap(\.documents), problems: parts.flatMap(\.problems))
    }

    /// Categories with gold or predictions: those of `Category.known` in table order, then any
    /// others alphabetically.
    public var sortedCategories: [Category] {
        let known = Category.known.filter { categories[$0] != nil }
        let others = categories.keys.filter { !Category.known.contains($0) }.sorted()
        return known + others
    }

    /// All categories summed: the micro average.
    public var micro: CategoryCounts {
        sortedCategories.reduce(CategoryCounts()) { $0 + categories[$1]! }
    }

    /// Documents expected to fail (strict xfail).
    public var expectedFailures: [DocumentEvaluation] { documents.filter(\.expectsFailure) }

    /// Expected failures that now pass: a strict xfail fails on these (move the case out of
    /// known-failures once a rule handles it).
    public var unexpectedPasses: [DocumentEvaluation] { expectedFailures.filter(\.passes) }

    /// False positives and negatives in document order, at most `limit` of each kind.
    public func errorSamples(limit: Int) -> [ErrorSample] {
        guard limit > 0 else { return [] }
        var fp: [ErrorSample] = [], fn: [ErrorSample] = []
        for d in documents {
            for e in d.errors {
                if e.kind == .falsePositive, fp.count < limit { fp.append(e) }
                if e.kind == .falseNegative, fn.count < limit { fn.append(e) }
            }
            if fp.count >= limit && fn.count >= limit { break }
        }
        return fp + fn
    }
}
