/// Applies fixes: by default the safe first fix of each finding; on request, every first fix
/// above a confidence. Overlapping fixes are never applied together (the more confident one
/// wins, the other waits for the next round); the text is re-analysed and repaired again until
/// nothing changes, so `repair(repair(x)) == repair(x)`.
public struct Repairer: Sendable {
    /// Which fixes may be applied.
    public enum Policy: Sendable, Hashable {
        /// Only fixes marked safe.
        case safeOnly
        /// Any first fix of a finding at or above this confidence.
        case minimumConfidence(Double)
    }

    /// A fix that was applied, with the finding it came from (offsets refer to the text of
    /// the round in which it was applied).
    public struct Applied: Sendable {
        /// The finding the fix came from.
        public var finding: Finding
        /// The fix applied.
        public var fix: Fix
        /// 1-based round in which it was applied.
        public var round: Int
    }

    /// The outcome of `repair(_:language:)`.
    public struct Result: Sendable {
        /// The repaired text.
        public var text: String
        /// Every fix applied, in round order.
        public var applied: [Applied]
        /// Rounds that applied at least one fix.
        public var rounds: Int
        /// True when the text differs from the input.
        public var changed: Bool
    }

    /// The analyzer run each round.
    public let analyzer: Analyzer
    /// Which fixes may be applied.
    public let policy: Policy
    /// Upper bound on analyse-and-fix rounds, in case fixes keep producing new findings. Most
    /// texts settle in two or three. Rules offer fixes that settle their own findings at once
    /// (unbalanced-quotes used to restyle one quote of a run per round, and the fuzzer found a
    /// text that needed more rounds than the old bound of 6); the generous bound keeps `fix`
    /// idempotent should another rule's fixes cascade that way.
    public let maximumRounds: Int

    /// A repairer applying fixes allowed by `policy` for at most `maximumRounds` rounds.
    public init(analyzer: Analyzer, policy: Policy = .safeOnly, maximumRounds: Int = 64) {
        self.analyzer = analyzer
        self.policy = policy
        self.maximumRounds = maximumRounds
    }

    /// The fixes one report allows, non-overlapping, most confident first.
    public func selectFixes(from report: Report) -> [(Finding, Fix)] {
        var candidates: [(Finding, Fix)] = []
        for finding in report.findings {
            guard let fix = finding.fixes.first, !fix.edits.isEmpty else { continue }
            switch policy {
            case .safeOnly: if !fix.isSafe { continue }
            case .minimumConfidence(let c): if finding.confidence < c { continue }
            }
            candidates.append((finding, fix))
        }
        candidates.sort { ($0.0.confidence, -$0.0.range.lowerBound) > ($1.0.confidence, -$1.0.range.lowerBound) }
        var chosen: [(Finding, Fix)] = []
        var taken: [Range<Int>] = []
        for (finding, fix) in candidates {
            let ranges = fix.edits.map(\.range)
            if ranges.contains(where: { r in taken.contains { TextEditor.overlaps($0, r) } }) { continue }
            taken.append(contentsOf: ranges)
            chosen.append((finding, fix))
        }
        return chosen.sorted { $0.0.range.lowerBound < $1.0.range.lowerBound }
    }

    /// Analyses and fixes `text` round after round until nothing changes or `maximumRounds` is reached.
    /// When `language` is nil it is identified once, from the input.
    public func repair(_ text: String, language: Language? = nil) -> Result {
        var current = text
        var applied: [Applied] = []
        var rounds = 0
        let language = language ?? analyzer.language(for: text).0
        let analyzer = analyzer.findingsOnly
        while rounds < maximumRounds {
            let report = analyzer.analyze(current, language: language)
            let chosen = selectFixes(from: report)
            if chosen.isEmpty { break }
            rounds += 1
            let next = TextEditor.apply(chosen.flatMap { $0.1.edits }, to: current)
            applied += chosen.map { Applied(finding: $0.0, fix: $0.1, round: rounds) }
            if next == current { break }
            current = next
        }
        return Result(text: current, applied: applied, rounds: rounds, changed: current != text)
    }
}
