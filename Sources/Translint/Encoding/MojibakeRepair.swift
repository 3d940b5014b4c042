/// One damaged run and its proposed repair.
public struct MojibakeRepair: Sendable, Equatable {
    /// Unicode scalar offsets into the input, end-exclusive.
    public var range: Range<Int>
    /// The repaired text for that range.
    public var replacement: String
    /// 0...1
    public var confidence: Double
    /// Apply automatically?
    public var isSafe: Bool
    /// e.g. "UTF-8 decoded as Windows-1252 (2 rounds)", no trailing period.
    public var explanation: String
    public var kind: Kind

    public enum Kind: String, Sendable {
        case mojibake, htmlEntity, c1Control
    }

    public init(range: Range<Int>, replacement: String, confidence: Double, isSafe: Bool,
                explanation: String, kind: Kind) {
        self.range = range
        self.replacement = replacement
        self.confidence = confidence
        self.isSafe = isSafe
        self.explanation = explanation
        self.kind = kind
    }
}
