/// A false positive or false negative, with enough context to read it without opening the corpus.
public struct ErrorSample: Sendable, Hashable {
    public enum Kind: String, Sendable {
        case falsePositive = "false-positive"
        case falseNegative = "false-negative"
    }

    public var kind: Kind
    public var documentID: String
    public var category: Category
    public var range: Range<Int>
    /// Up to `contextWidth` scalars before and after, and the flagged or labeled text itself.
    public var before: String
    public var text: String
    public var after: String
    /// The finding's rule id and message (false positives).
    public var ruleID: String?
    public var message: String?
    /// The proposed (finding) or expected (gold) replacement, when there is one.
    public var fix: String?

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
