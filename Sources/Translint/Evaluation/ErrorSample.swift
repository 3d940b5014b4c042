/// A false positive or false negative, with enough context to read it without opening the corpus.
public struct ErrorSample: Sendable, Hashable {
    /// Whether a finding matched no artifact, or an artifact no finding.
    public enum Kind: String, Sendable {
        /// A finding that matches no gold artifact.
        case falsePositive = "false-positive"
        /// A gold artifact no finding matches.
        case falseNegative = "false-negative"
    }

    /// False positive or false negative.
    public var kind: Kind
    /// The corpus document's id.
    public var documentID: String
    /// The finding's or artifact's category.
    public var category: Category
    /// Unicode scalar offsets into the document text, end-exclusive.
    public var range: Range<Int>
    /// Up to `contextWidth` scalars before and after, and the flagged or labeled text itself.
    public var before: String
    /// The flagged or labeled text.
    public var text: String
    /// Up to `contextWidth` scalars after the range.
    public var after: String
    /// The finding's rule id and message (false positives).
    public var ruleID: String?
    /// The finding's message (false positives only).
    public var message: String?
    /// The proposed (finding) or expected (gold) replacement, when there is one.
    public var fix: String?

    /// Scalars of context kept on each side of the range.
    public static let contextWidth = 40

    /// Cuts `range` and its context out of the text's scalars.
    public init(kind: Kind, documentID: String, category: Category, range: Range<Int>,
                scalars: [Unicode.Scalar], ruleID: String? = nil, message: String? = nil, fix: String? = nil) {
        self.kind = kind
        self.documentID = documentID
        self.category = category
        self.range = range
        let r = range.clamped(to: 0..<scalars.count)
        func slice(_ a: Int, _ b: Int) -> String {
            var s = String()
            s.unicodeScalars.append(contentsOf: scalars[max(0, a)..<min(scalars.count, max(a, b))])
            return s
        }
        self.before = slice(r.lowerBound - ErrorSample.contextWidth, r.lowerBound)
        self.text = slice(r.lowerBound, r.upperBound)
        self.after = slice(r.upperBound, r.upperBound + ErrorSample.contextWidth)
        self.ruleID = ruleID
        self.message = message
        self.fix = fix
    }
}
