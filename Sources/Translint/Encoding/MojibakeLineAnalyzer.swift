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

    /// Pieces after all rounds; unchanged pieces map one-to-one to input scalars.
    static func analyze(_ scalars: [UInt32]) -> [Piece] {
        var pieces = scalars.enumerated().map { Piece(scalar: $1, lo: $0, hi: $0 + 1) }
        var evidence = Set<Int>()
        for _ in 0..<3 {
            let current = pieces.map(\.scalar)
            var taken = [Bool](repeating: false, count: current.count)
            var selected: [MojibakeProposal] = []

            var strict: [MojibakeProposal] = []
            for index in MojibakeClusters.codepages.indices {
                strict += MojibakeClusters.proposals(in: current, codepage: index, relaxed: false)
                    .filter { $0.gain >= strictThreshold }
            }
            select(strict, into: &selected, taken: &taken)
            for p in selected { if let c = p.chain.first { evidence.insert(c) } }

            var weak: [MojibakeProposal] = []
            for index in evidence.sorted() {
                weak += MojibakeClusters.proposals(in: current, codepage: index, relaxed: true)
                    .filter { $0.gain >= ($0.isLossy ? 0 : 1) }
            }
            weak += LostNoBreakSpace.proposals(in: current, evidence: evidence, taken: taken)
            select(weak, into: &selected, taken: &taken)

            if selected.isEmpty { break }
            pieces = apply(selected, to: pieces)
        }
        return pieces
    }

    /// Greedy choice by gain (ties: more common codepage first), skipping overlaps.
    private static func select(_ proposals: [MojibakeProposal], into selected: inout [MojibakeProposal], taken: inout [Bool]) {
        let ordered = proposals.sorted {
            if $0.gain != $1.gain { return $0.gain > $1.gain }
            if $0.chain.first != $1.chain.first { return ($0.chain.first ?? 0) < ($1.chain.first ?? 0) }
            return $0.start < $1.start
        }
        for p in ordered where p.start < p.end && p.end <= taken.count {
            if taken[p.start..<p.end].contains(true) { continue }
            for k in p.start..<p.end { taken[k] = true }
            selected.append(p)
        }
    }

    private static func apply(_ proposals: [MojibakeProposal], to pieces: [Piece]) -> [Piece] {
        var result = pieces
        for p in proposals.sorted(by: { $0.start > $1.start }) {
            let old = result[p.start..<p.end]
            guard let lo = old.map(\.lo).min(), let hi = old.map(\.hi).max() else { continue }
            let priorChain = old.first(where: { $0.changed })?.chain ?? []
            let replaced = p.replacement.map { value in
                Piece(scalar: value, lo: lo, hi: hi, changed: true, chain: priorChain + p.chain,
                      gain: p.gain + (old.map(\.gain).max() ?? 0),
                      isLossy: p.isLossy || old.contains { $0.isLossy },
                      usedStandIn: p.usedStandIn || old.contains { $0.usedStandIn })
            }
            result.replaceSubrange(p.start..<p.end, with: replaced)
        }
        return result
    }
}
