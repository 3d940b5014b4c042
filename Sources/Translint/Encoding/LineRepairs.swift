/// Turns the analysis of one line (or window) into reported repairs.
enum LineRepairs {
    static func repairs(in scalars: [UInt32], offset: Int) -> [MojibakeRepair] {
        var result: [MojibakeRepair] = []
        guard let pieces = MojibakeLineAnalyzer.analyze(scalars) else {
            // Nothing undone: each scalar is its own piece, and only C1 controls can be repaired.
            for (k, value) in scalars.enumerated() where (0x80...0x9F).contains(value) {
                if let repair = C1Controls.repair(at: offset + k, value: value) { result.append(repair) }
            }
            return withEntities(result, in: scalars, offset: offset)
        }
        var k = 0
        while k < pieces.count {
            let piece = pieces[k]
            if piece.changed {
                var hi = piece.hi
                var j = k + 1
                while j < pieces.count && pieces[j].changed && pieces[j].lo <= hi {
                    hi = max(hi, pieces[j].hi)
                    j += 1
                }
                let group = pieces[k..<j]
                result.append(mojibakeRepair(group, range: offset + piece.lo..<offset + hi))
                k = j
                continue
            }
            if let repair = C1Controls.repair(at: offset + piece.lo, value: piece.scalar) { result.append(repair) }
            k += 1
        }
        return withEntities(result, in: scalars, offset: offset)
    }

    /// `result` plus the HTML entities it does not overlap, in text order.
    private static func withEntities(_ result: [MojibakeRepair], in scalars: [UInt32], offset: Int) -> [MojibakeRepair] {
        let entities = HTMLEntities.repairs(in: scalars, offset: offset).filter { entity in
            !result.contains { $0.range.overlaps(entity.range) }
        }
        return (result + entities).sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    private static func mojibakeRepair(_ group: ArraySlice<MojibakeLineAnalyzer.Piece>, range: Range<Int>) -> MojibakeRepair {
        let text = String(String.UnicodeScalarView(group.compactMap { Unicode.Scalar($0.scalar) }))
        let chain = group.max(by: { $0.chain.count < $1.chain.count })?.chain ?? []
        let gain = group.map(\.gain).min() ?? 0
        let lossy = group.contains { $0.isLossy }
        let standIn = group.contains { $0.usedStandIn }
        // Everything that reaches this point passed the analyzer's gates; the confidence
        // only grades how clear-cut it was.
        var confidence = min(0.99, 0.6 + 0.08 * Double(max(0, gain)))
        if standIn { confidence = min(confidence, 0.75) }
        if lossy { confidence = 0.6 }
        var explanation = describe(chain)
        if lossy { explanation += ", some bytes lost (U+FFFD kept)" } else if standIn { explanation += ", a lost byte restored from context" }
        return MojibakeRepair(range: range, replacement: text, confidence: confidence, isSafe: confidence >= 0.6,
                              explanation: explanation, kind: .mojibake)
    }

    /// "UTF-8 decoded as Windows-1252 (2 rounds)" or "UTF-8 decoded as Windows-1252, then as Windows-1251".
    static func describe(_ chain: [Int]) -> String {
        let pages = SingleByteCodepage.mojibakeCandidates
        let names = chain.reversed().compactMap { $0 < pages.count ? pages[$0].name : nil }
        guard let first = names.first else { return "UTF-8 decoded with a single-byte codepage" }
        if names.allSatisfy({ $0 == first }) {
            return "UTF-8 decoded as \(first)" + (names.count > 1 ? " (\(names.count) rounds)" : "")
        }
        return "UTF-8 decoded as " + names.joined(separator: ", then as ")
    }
}
