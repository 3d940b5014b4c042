/// How one corpus document fared: the analyzer's report matched against its gold artifacts.
public struct DocumentEvaluation: Sendable {
    /// The corpus document's id.
    public var id: String
    /// The corpus file it came from.
    public var file: String
    /// 1-based line number in `file`.
    public var line: Int
    /// The document-level label: true when labeled garbled.
    public var garbled: Bool
    /// True for a known failure (strict xfail).
    public var expectsFailure: Bool
    /// The language it was analysed as.
    public var language: Language
    /// The report's garble score, 0…100.
    public var garbleScore: Double
    /// The report's verdict.
    public var verdict: Verdict
    /// Words in the text.
    public var wordCount: Int
    /// Counts per category, including categories only the gold or only the findings have.
    public var categories: [Category: CategoryCounts]
    /// Findings in the report.
    public var findingCount: Int
    /// Gold artifacts in the document.
    public var goldCount: Int
    /// Gold artifacts matched by a finding.
    public var matched: Int { categories.values.reduce(0) { $0 + $1.truePositives } }
    /// Matched pairs whose first fix disagrees with the gold fix.
    public var wrongFixes: Int
    /// Unmatched findings and artifacts, in text order.
    public var errors: [ErrorSample]

    /// True when every gold artifact is matched with a fix that agrees (where the gold gives
    /// one) and, for a document labeled clean, nothing is found. This is what "the case passes"
    /// means for expected failures.
    public var passes: Bool {
        let missed = goldCount - matched
        return missed == 0 && wrongFixes == 0 && (garbled || findingCount == 0)
    }

    /// Matches the report's findings against the document's gold artifacts.
    public init(document: CorpusDocument, report: Report) {
        let findings = report.findings
        let gold = document.artifacts
        let pairs = GoldMatcher.match(gold: gold, findings: findings)
        let scalars = Array(document.text.unicodeScalars)
        var categories: [Category: CategoryCounts] = [:]
        for a in gold { categories[a.category, default: CategoryCounts()].gold += 1 }
        for f in findings { categories[f.category, default: CategoryCounts()].predicted += 1 }
        var wrongFixes = 0
        var matchedGold = Set<Int>(), matchedFindings = Set<Int>()
        var errors: [ErrorSample] = []
        for p in pairs {
            let a = gold[p.gold]
            categories[a.category, default: CategoryCounts()].truePositives += 1
            matchedGold.insert(p.gold)
            matchedFindings.insert(p.finding)
            if let agrees = GoldMatcher.fixAgrees(gold: a, finding: findings[p.finding], text: document.text) {
                categories[a.category, default: CategoryCounts()].fixable += 1
                if agrees { categories[a.category, default: CategoryCounts()].fixesCorrect += 1 } else { wrongFixes += 1 }
            }
        }
        for (i, f) in findings.enumerated() where !matchedFindings.contains(i) {
            errors.append(ErrorSample(kind: .falsePositive, documentID: document.id, category: f.category,
                                      range: f.range, scalars: scalars, ruleID: f.ruleID, message: f.message,
                                      fix: f.fixes.first.map { DocumentEvaluation.describe($0, scalars: scalars) }))
        }
        for (i, a) in gold.enumerated() where !matchedGold.contains(i) {
            errors.append(ErrorSample(kind: .falseNegative, documentID: document.id, category: a.category,
                                      range: a.range, scalars: scalars, fix: a.fix))
        }
        errors.sort { ($0.range.lowerBound, $0.range.upperBound, $0.kind.rawValue) < ($1.range.lowerBound, $1.range.upperBound, $1.kind.rawValue) }

        self.id = document.id
        self.file = document.file
        self.line = document.line
        self.garbled = document.garbled
        self.expectsFailure = document.expectsFailure
        self.language = report.language
        self.garbleScore = report.garbleScore
        self.verdict = report.verdict
        self.wordCount = report.wordCount
        self.categories = categories
        self.findingCount = findings.count
        self.goldCount = gold.count
        self.wrongFixes = wrongFixes
        self.errors = errors
    }

    /// A fix as the text that would replace the finding's span: the replacement of a single edit,
    /// or the edits spelled out.
    static func describe(_ fix: Fix, scalars: [Unicode.Scalar]) -> String {
        if fix.edits.count == 1 { return fix.edits[0].replacement }
        return fix.edits.map { "\($0.range.lowerBound)..<\($0.range.upperBound)→\($0.replacement)" }
            .joined(separator: " ")
    }
}
