/// Document-level metrics: how well `verdict == .garbled` predicts the `garbled` label, how
/// well `garbleScore` ranks garbled above clean documents, and how many findings land on
/// clean text.
public struct DocumentMetrics: Sendable {
    /// (label, predicted garbled, score) per document.
    public private(set) var outcomes: [(garbled: Bool, predicted: Bool, score: Double)] = []
    /// Findings and words on documents labeled `garbled: false`.
    public private(set) var cleanFindings = 0
    /// Words on documents labeled `garbled: false`.
    public private(set) var cleanWords = 0

    /// Metrics over no documents.
    public init() {}

    /// Records one document: its label, verdict, score, number of findings and words.
    public mutating func add(garbled: Bool, verdict: Verdict, score: Double, findings: Int, words: Int) {
        outcomes.append((garbled, verdict == .garbled, score))
        if !garbled {
            cleanFindings += findings
            cleanWords += words
        }
    }

    /// Adds another set of documents' outcomes and clean-text counts.
    public mutating func merge(_ other: DocumentMetrics) {
        outcomes += other.outcomes
        cleanFindings += other.cleanFindings
        cleanWords += other.cleanWords
    }

    /// Documents recorded.
    public var count: Int { outcomes.count }
    /// Documents labeled garbled.
    public var garbledCount: Int { outcomes.filter(\.garbled).count }
    /// Documents labeled clean.
    public var cleanCount: Int { count - garbledCount }

    /// Share of documents whose verdict agrees with the label; nil without documents.
    public var accuracy: Double? {
        count == 0 ? nil : Double(outcomes.filter { $0.garbled == $0.predicted }.count) / Double(count)
    }

    /// Of the documents called garbled, the share labeled garbled; nil when none was called garbled.
    public var precision: Double? {
        let predicted = outcomes.filter(\.predicted)
        return predicted.isEmpty ? nil : Double(predicted.filter(\.garbled).count) / Double(predicted.count)
    }

    /// Of the documents labeled garbled, the share called garbled; nil when none is labeled garbled.
    public var recall: Double? {
        let positives = outcomes.filter(\.garbled)
        return positives.isEmpty ? nil : Double(positives.filter(\.predicted).count) / Double(positives.count)
    }

    /// ROC AUC of the garble score; nil unless both classes are present.
    public var auc: Double? {
        DocumentMetrics.auc(positives: outcomes.filter(\.garbled).map(\.score),
                            negatives: outcomes.filter { !$0.garbled }.map(\.score))
    }

    /// Findings per 10,000 words on clean documents; nil when there are no clean words.
    public var cleanFindingsPer10kWords: Double? {
        cleanWords == 0 ? nil : Double(cleanFindings) * 10_000 / Double(cleanWords)
    }

    /// The Mann–Whitney estimate of P(score of a positive > score of a negative), ties counting
    /// one half; nil when either class is empty.
    /// - Complexity: O((p + n) log(p + n)).
    public static func auc(positives: [Double], negatives: [Double]) -> Double? {
        guard !positives.isEmpty, !negatives.isEmpty else { return nil }
        let sortedNegatives = negatives.sorted()
        var wins = 0.0
        for p in positives {
            let below = lowerBound(sortedNegatives, p)
            let notAbove = upperBound(sortedNegatives, p)
            wins += Double(below) + 0.5 * Double(notAbove - below)
        }
        return wins / (Double(positives.count) * Double(negatives.count))
    }

    private static func lowerBound(_ a: [Double], _ x: Double) -> Int {
        var lo = 0, hi = a.count
        while lo < hi { let mid = (lo + hi) / 2; if a[mid] < x { lo = mid + 1 } else { hi = mid } }
        return lo
    }

    private static func upperBound(_ a: [Double], _ x: Double) -> Int {
        var lo = 0, hi = a.count
        while lo < hi { let mid = (lo + hi) / 2; if a[mid] <= x { lo = mid + 1 } else { hi = mid } }
        return lo
    }
}
