/// Undoes mojibake in one line of text, keeping track of which original scalars each
/// output scalar came from so the result can be reported as ranges.
///
/// Each round proposes cluster repairs for every codepage, keeps the best
/// non-overlapping ones whose badness gain is clear (>= 2), then — only for codepages
/// that earned that evidence — accepts weaker proposals (stand-in bytes, lost bytes,
/// the lost no-break space in "à"). Rounds repeat for layers the per-cluster peeling
/// could not see.
struct MojibakeLineAnalyzer {
    struct Piece: Sendable {
        var scalar: UInt32
        var lo: Int
        var hi: Int
        var changed = false
        var chain: [Int] = []
        var gain = 0
        var isLossy = false
        var usedStandIn = false
    }

    static let strictThreshold = 2

    /// Codepages that share most of their letters: evidence for one counts for the other.
    static func family(of index: Int) -> [Int] {
        index < families.count ? families[index] : [index]
    }

    /// `family(of:)` for every codepage, worked out once.
    private static let families: [[Int]] = {
        let pages = MojibakeClusters.codepages
        let central = ["Windows-1250", "ISO-8859-2"]
        return pages.indices.map { index in
            central.contains(pages[index].name) ? pages.indices.filter { central.contains(pages[$0].name) } : [index]
        }
    }()

    /// Pieces after all rounds (unchanged pieces map one-to-one to input scalars), or nil when
    /// the line is left as it is. Most suspicious lines of hostile input end up unchanged, so
    /// the pieces are only built once a round has something to apply.
    static func analyze(_ scalars: [UInt32]) -> [Piece]? {
        var pieces: [Piece]? = nil
        var current = scalars
        var evidence = Set<Int>()
        for _ in 0..<3 {
            var taken = [Bool](repeating: false, count: current.count)
            var selected: [MojibakeProposal] = []

            var strict: [MojibakeProposal] = []
            for index in MojibakeClusters.codepages.indices {
                let found = MojibakeClusters.proposals(in: current, codepage: index, relaxed: false,
                                                       minimumGain: strictThreshold)
                if !found.isEmpty { evidence.formUnion(family(of: index)) }
                strict += found
            }
            var lineGain: [Int: Int] = [:]
            for p in strict { if let c = p.chain.first { lineGain[c, default: 0] += p.gain } }
            select(strict, into: &selected, taken: &taken, lineGain: lineGain)

            var weak: [MojibakeProposal] = []
            for index in evidence.sorted() {
                // `relaxedThreshold` is 0 at the least.
                weak += MojibakeClusters.proposals(in: current, codepage: index, relaxed: true, minimumGain: 0)
                    .filter { $0.gain >= relaxedThreshold(for: $0, in: current) }
            }
            weak += LostNoBreakSpace.proposals(in: current, evidence: evidence, taken: taken)
            select(weak, into: &selected, taken: &taken, lineGain: lineGain)

            selected = withoutOutnumberedRepairs(selected, in: current)
            if selected.isEmpty { break }
            let applied = apply(selected, to: pieces ?? scalars.enumerated().map { Piece(scalar: $1, lo: $0, hi: $0 + 1) })
            pieces = applied
            current = applied.map(\.scalar)
        }
        guard let pieces, !isHopeless(original: scalars, repaired: current) else { return nil }
        return pieces
    }

    /// Once a codepage is known to be in play, a repair only needs to not make things
    /// worse if it turns a run inside a word into letters, or fills in a lost byte.
    private static func relaxedThreshold(for p: MojibakeProposal, in s: [UInt32]) -> Int {
        if p.isLossy { return 0 }
        let lettersOnly = p.replacement.allSatisfy { ScalarTraits($0).isLetter }
        let nextIsLetter = p.end < s.count && ScalarTraits(s[p.end]).isLetter
        let previousIsLetter = p.start > 0 && ScalarTraits(s[p.start - 1]).isLetter
        return lettersOnly && (nextIsLetter || previousIsLetter) ? 0 : 1
    }

    /// Text written in a Latin-1 style (leetspeak, all-caps Nordic...) is full of accented
    /// capitals; one or two marginal "repairs" among dozens of clean accented letters are
    /// far more likely to be coincidences than mojibake.
    private static func withoutOutnumberedRepairs(_ selected: [MojibakeProposal], in s: [UInt32]) -> [MojibakeProposal] {
        guard !selected.isEmpty else { return selected }
        var covered = [Bool](repeating: false, count: s.count)
        for p in selected { for k in p.start..<min(p.end, s.count) { covered[k] = true } }
        var cleanLetters = 0
        var cleanOther = 0
        for (k, value) in s.enumerated() where !covered[k] && value >= 0xA0 {
            if ScalarTraits(value).isLetter { cleanLetters += 1 } else { cleanOther += 1 }
        }
        if cleanLetters >= 6 && cleanLetters >= 3 * selected.count {
            return selected.filter { $0.gain >= 4 }
        }
        // A single two-character "repair" in a line whose other non-ASCII characters came
        // through intact ("Bremer/Mccoy – DrÃ¥ber") is more likely a deliberate spelling.
        if selected.count == 1, let only = selected.first, only.end - only.start == 2,
           cleanLetters + cleanOther > 0, only.gain < 5 {
            return []
        }
        return selected
    }

    /// A line that still looks mostly broken after repair was beyond help: better to leave
    /// it untouched than to replace one garble with another.
    private static func isHopeless(original: [UInt32], repaired: [UInt32]) -> Bool {
        guard repaired != original else { return false }
        // The repaired line first: when it scores low, the original need not be scored.
        let after = Badness.score(repaired, before: nil, after: nil)
        guard after >= 8 else { return false }
        return after * 2 > Badness.score(original, before: nil, after: nil)
    }

    /// Greedy choice by gain, skipping overlaps. Ties go to the codepage that explains
    /// the rest of the line best (one line is usually damaged one way), then to the more
    /// common codepage.
    private static func select(_ proposals: [MojibakeProposal], into selected: inout [MojibakeProposal],
                               taken: inout [Bool], lineGain: [Int: Int]) {
        let ordered = proposals.sorted {
            if $0.gain != $1.gain { return $0.gain > $1.gain }
            let g0 = lineGain[$0.chain.first ?? 0] ?? 0, g1 = lineGain[$1.chain.first ?? 0] ?? 0
            if g0 != g1 { return g0 > g1 }
            if $0.chain.first != $1.chain.first { return ($0.chain.first ?? 0) < ($1.chain.first ?? 0) }
            return $0.start < $1.start
        }
        for p in ordered where p.start < p.end && p.end <= taken.count {
            if taken[p.start..<p.end].contains(true) { continue }
            for k in p.start..<p.end { taken[k] = true }
            selected.append(p)
        }
    }

    /// The pieces with each proposal's range replaced. The proposals do not overlap (`select`
    /// takes each scalar once), so one pass from left to right builds the result: replacing
    /// in place would move the rest of a long line once per repair.
    private static func apply(_ proposals: [MojibakeProposal], to pieces: [Piece]) -> [Piece] {
        var result: [Piece] = []
        result.reserveCapacity(pieces.count)
        var copied = 0
        for p in proposals.sorted(by: { $0.start < $1.start }) where p.start >= copied && p.end <= pieces.count {
            let old = pieces[p.start..<p.end]
            guard let lo = old.map(\.lo).min(), let hi = old.map(\.hi).max() else { continue }
            result.append(contentsOf: pieces[copied..<p.start])
            copied = p.end
            let priorChain = old.first(where: { $0.changed })?.chain ?? []
            let replaced = p.replacement.map { value in
                Piece(scalar: value, lo: lo, hi: hi, changed: true, chain: priorChain + p.chain,
                      gain: p.gain + (old.map(\.gain).max() ?? 0),
                      isLossy: p.isLossy || old.contains { $0.isLossy },
                      usedStandIn: p.usedStandIn || old.contains { $0.usedStandIn })
            }
            result.append(contentsOf: replaced)
        }
        result.append(contentsOf: pieces[copied...])
        return result
    }
}
