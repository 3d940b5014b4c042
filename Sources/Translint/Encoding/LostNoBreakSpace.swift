/// The "à" problem: UTF-8 "à" is C3 A0, and A0 is a no-break space in Windows-1252 and
/// Windows-1251. Editors and HTML collapse that space into an ordinary one (or merge it
/// with the next one), leaving "Ã " / "Г ", which no byte-level decoding can recover.
///
/// We restore "à" only when the context makes it near certain: right after a lowercase
/// letter ("voilÃ le"), or, once the codepage is proven to be in play elsewhere in the
/// line, before a lowercase word ("Ã perturber"). Portuguese "às" and "àquele" swallow
/// the space that follows.
enum LostNoBreakSpace {
    /// Codepage index and the scalar that byte C3 shows as.
    private static let leads: [(codepage: Int, scalar: UInt32)] = [(0, 0xC3), (1, 0x413)]

    static func proposals(in s: [UInt32], evidence: Set<Int>, taken: [Bool]) -> [MojibakeProposal] {
        var result: [MojibakeProposal] = []
        for i in 0..<s.count where i + 1 < s.count && s[i + 1] == 0x20 && !taken[i] {
            guard let lead = leads.first(where: { $0.scalar == s[i] }) else { continue }
            let before = i > 0 ? ScalarTraits(s[i - 1]) : nil
            let afterSpace = i + 2 < s.count ? ScalarTraits(s[i + 2]) : nil
            let precededByLowercase = before?.isLowercaseLetter == true && before?.script == .latin
            var accept = lead.codepage == 0 && precededByLowercase
            if !accept && evidence.contains(lead.codepage) {
                let beforeOK = before == nil || before?.kind == .space || before?.value == 0x27
                    || before?.kind == .apostrophe || precededByLowercase
                let afterOK = afterSpace?.isLowercaseLetter == true || afterSpace?.kind == .space
                accept = beforeOK && afterOK
            }
            guard accept else { continue }
            let end = swallowsSpace(s, wordStart: i + 2) ? i + 2 : i + 1
            result.append(MojibakeProposal(start: i, end: end, replacement: [0xE0], chain: [lead.codepage],
                                           gain: 2, isLossy: false, usedStandIn: true))
        }
        return result
    }

    /// Whether the space after the lost "à" was the no-break space itself rather than a
    /// word separator: a doubled space, Portuguese "às", or "àquele/àquela/àqueles".
    private static func swallowsSpace(_ s: [UInt32], wordStart: Int) -> Bool {
        guard wordStart < s.count else { return false }
        if s[wordStart] == 0x20 { return true }
        if s[wordStart] == 0x73 {  // "s"
            let next = wordStart + 1 < s.count ? s[wordStart + 1] : 0x20
            let t = ScalarTraits(next)
            return !t.isLetter && next != 0x27 && next != 0x2019
        }
        let quel: [UInt32] = [0x71, 0x75, 0x65, 0x6C]
        return wordStart + 4 <= s.count && Array(s[wordStart..<wordStart + 4]) == quel
    }
}
