/// Pairs findings with gold artifacts (DESIGN.md, "Evaluation rules").
///
/// A finding and an artifact can match when their categories are equal and their ranges
/// share at least one scalar; an empty range matches a range it touches (its position lies
/// within the other range or at one of its ends). Matching is one-to-one and greedy, largest
/// overlap first; ties go to the earlier artifact, then the earlier finding, so the result
/// never depends on hashing or input order beyond positions.
public enum GoldMatcher {
    /// A gold artifact matched with a finding.
    public struct Pair: Sendable, Hashable {
        /// Index into the gold artifacts.
        public var gold: Int
        /// Index into the findings.
        public var finding: Int
    }

    /// The number of scalars two ranges share; 0 when an empty range touches the other;
    /// nil when they are apart.
    public static func overlap(_ a: Range<Int>, _ b: Range<Int>) -> Int? {
        if a.isEmpty || b.isEmpty {
            return TextEditor.overlaps(a, b) ? 0 : nil
        }
        let shared = min(a.upperBound, b.upperBound) - max(a.lowerBound, b.lowerBound)
        return shared > 0 ? shared : nil
    }

    /// The matched pairs, sorted by gold index.
    public static func match(gold: [GoldArtifact], findings: [Finding]) -> [Pair] {
        var candidates: [(size: Int, gold: Int, finding: Int)] = []
        for (g, artifact) in gold.enumerated() {
            for (f, finding) in findings.enumerated() where finding.category == artifact.category {
                if let size = overlap(artifact.range, finding.range) {
                    candidates.append((size, g, f))
                }
            }
        }
        candidates.sort { a, b in
            if a.size != b.size { return a.size > b.size }
            let ga = gold[a.gold].range, gb = gold[b.gold].range
            if ga.lowerBound != gb.lowerBound { return ga.lowerBound < gb.lowerBound }
            if a.gold != b.gold { return a.gold < b.gold }
            let fa = findings[a.finding].range, fb = findings[b.finding].range
            if fa.lowerBound != fb.lowerBound { return fa.lowerBound < fb.lowerBound }
            return a.finding < b.finding
        }
        var usedGold = Set<Int>(), usedFinding = Set<Int>()
        var pairs: [Pair] = []
        for c in candidates where !usedGold.contains(c.gold) && !usedFinding.contains(c.finding) {
            usedGold.insert(c.gold)
            usedFinding.insert(c.finding)
            pairs.append(Pair(gold: c.gold, finding: c.finding))
        }
        return pairs.sorted { ($0.gold, $0.finding) < ($1.gold, $1.finding) }
    }

    /// True when applying the finding's first fix alone gives the same text as replacing the
    /// gold span with the gold fix. False when the finding has no fix; nil when the gold has none.
    public static func fixAgrees(gold: GoldArtifact, finding: Finding, text: String) -> Bool? {
        guard let goldFix = gold.fix else { return nil }
        guard let fix = finding.fixes.first else { return false }
        let expected = TextEditor.apply([Edit(gold.range, goldFix)], to: text)
        return TextEditor.apply(fix.edits, to: text) == expected
    }
}
