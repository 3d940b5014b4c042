/// A proposal to replace a contiguous run of scalars with what its bytes really meant.
struct MojibakeProposal: Sendable {
    /// Indices into the text being analysed (end-exclusive).
    var start: Int
    var end: Int
    var replacement: [UInt32]
    /// Codepage indices (into `SingleByteCodepage.mojibakeCandidates`) in the order undone.
    var chain: [Int]
    /// How much the badness score drops; the main acceptance criterion.
    var gain: Int
    var isLossy: Bool
    /// A space or "?" stood in for a missing byte, or a language rule was used.
    var usedStandIn: Bool
}

/// Groups reassembled sequences into clusters and decides what each cluster means,
/// peeling off further layers while the result is itself entirely mojibake.
enum MojibakeClusters {
    static let codepages = SingleByteCodepage.mojibakeCandidates

    /// Proposals for every cluster found with codepage `index` in `scalars` whose gain is at
    /// least `minimumGain`: the caller drops the others anyway, and most clusters in hostile
    /// text are such, so they are not built.
    static func proposals(in scalars: [UInt32], codepage index: Int, relaxed: Bool, minimumGain: Int) -> [MojibakeProposal] {
        let sequences = UTF8Reassembly.sequences(in: scalars[...], codepage: codepages[index], relaxed: relaxed)
        var result: [MojibakeProposal] = []
        var i = 0
        while i < sequences.count {
            var j = i + 1
            while j < sequences.count && sequences[j].start == sequences[j - 1].end { j += 1 }
            let group = sequences[i..<j]
            if let proposal = evaluate(group, in: scalars, codepage: index, minimumGain: minimumGain) {
                result.append(proposal)
            }
            i = j
        }
        return result
    }

    private static func evaluate(_ group: ArraySlice<ReassembledSequence>, in scalars: [UInt32], codepage: Int,
                                 minimumGain: Int) -> MojibakeProposal? {
        guard let first = group.first, let last = group.last else { return nil }
        var decoded = group.map(\.decoded)
        var peeled: [Int] = []
        var lossy = group.contains { $0.isLossy }
        let standIn = group.contains { $0.usedStandIn }
        // Double (triple...) encoding: keep going while the result is entirely mojibake again.
        // A sequence spans two scalars or more and starts with a lead byte, so a single scalar,
        // or one that is no lead byte in a codepage, cannot be peeled with it.
        peeling: for _ in 0..<3 where decoded.count >= 2 {
            for (index, page) in codepages.enumerated() {
                guard let lead = page.byte(for: decoded[0]), lead >= 0xC2, lead <= 0xF4 else { continue }
                let inner = UTF8Reassembly.sequences(in: decoded[...], codepage: page, relaxed: false)
                let covered = inner.reduce(0) { $0 + $1.count }
                if covered == decoded.count && !inner.isEmpty && !inner.allSatisfy({ $0.isLossy }) {
                    decoded = inner.map(\.decoded)
                    peeled.append(index)
                    lossy = lossy || inner.contains { $0.isLossy }
                    continue peeling
                }
            }
            break
        }
        let before = first.start > 0 ? scalars[first.start - 1] : nil
        let after = last.end < scalars.count ? scalars[last.end] : nil
        // Three or four characters that happen to spell a valid UTF-8 sequence for a
        // punctuation mark or symbol are very unlikely to be a coincidence.
        var longSequences = 0
        for s in group where s.count >= 3 && !s.isLossy && !ScalarTraits(s.decoded).isLetter { longSequences += 1 }
        let gain = Badness.score(scalars[first.start..<last.end], before: before, after: after)
            - Badness.score(decoded, before: before, after: after) + 2 * longSequences
        guard gain >= minimumGain else { return nil }
        return MojibakeProposal(start: first.start, end: last.end, replacement: decoded, chain: [codepage] + peeled,
                                gain: gain, isLossy: lossy, usedStandIn: standIn)
    }
}
