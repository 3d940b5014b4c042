import Testing
@testable import Translint

/// Properties `translint fix` promises, checked on 10,000 generated texts per run (seeded,
/// so a failure reproduces): fixing is idempotent, changes only the ranges of the fixes it
/// applied, always yields valid UTF-8, and leaves nothing for a further fix to do.
@Suite struct RepairPropertyTests {
    /// Pieces that provoke the rules: function words, names, glued words, doubled articles,
    /// quotes of mixed styles, dashes, line ends (LF and CRLF), emoji and combining marks.
    static let pieces: [String] = [
        "le", "Le", "la", "les", "Les", "au", "du", "des", "Il", "il", "je", "Cela", "une", "qui", "où",
        "président", "dirigeant", "ministre", "Paris", "Genève", "Poutine", "Moscou", "Ukraine", "Russie",
        "États", "Unis", "Corée", "du", "Nord", "sud", "dans", "en", "Septembre", "mardi", "Mercredi",
        "Genèvela", "Parisqui", "Ukraineune", "photo", "de", "piscine", "«", "»", "“", "”", "\"", "-", "—",
        ",", ".", ":", "!", "?", "\n", "\n\n", "\r\n", "👩‍🔬", "e\u{301}", "Ã©", "&eacute;", "\u{A0}", "\u{202F}",
        "l’", "d’", "qu’", "aujourd’hui", "porte-parole", "NEXT", "Lire", "aussi", "GEODAKYAN", "Vostochny",
    ]

    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static func text(_ rng: inout SplitMix) -> String {
        var out = ""
        let count = Int.random(in: 3...30, using: &rng)
        for _ in 0..<count {
            let piece = pieces.randomElement(using: &rng)!
            out += piece
            if Int.random(in: 0..<4, using: &rng) > 0 { out += " " }
        }
        if Int.random(in: 0..<5, using: &rng) == 0 { out += "\n" + out }  // a repeated line
        return out
    }

    /// 10,000 cases in two seeded halves that run in parallel.
    @Test(arguments: [20_261_129, 1_129_2026] as [UInt64])
    func fixIsIdempotentLocalAndValid(seed: UInt64) {
        let analyzer = Analyzer(configuration: Configuration(language: .fixed(.fr)))
        let repairer = Repairer(analyzer: analyzer)
        var rng = SplitMix(state: seed)
        var changed = 0
        for case_ in 0..<5_000 {
            let text = Self.text(&rng)
            let report = analyzer.analyze(text)
            let chosen = repairer.selectFixes(from: report)
            // One round changes only the chosen ranges: everything between them is kept.
            let edits = chosen.flatMap { $0.1.edits }.sorted { $0.range.lowerBound < $1.range.lowerBound }
            let once = TextEditor.apply(edits, to: text)
            let source = Array(text.unicodeScalars), result = Array(once.unicodeScalars)
            var s = 0, r = 0
            var local = true
            for edit in edits {
                while s < edit.range.lowerBound { if source[s] != result[r] { local = false }; s += 1; r += 1 }
                s = edit.range.upperBound
                r += edit.replacement.unicodeScalars.count
            }
            while s < source.count, r < result.count { if source[s] != result[r] { local = false }; s += 1; r += 1 }
            #expect(local && s == source.count && r == result.count, "case \(case_): a fix touched text outside its range")
            // To a fixed point, valid UTF-8, idempotent, nothing left to fix.
            let fixed = repairer.repair(text)
            if fixed.changed { changed += 1 }
            #expect(String(validating: Array(fixed.text.utf8), as: UTF8.self) != nil)
            // Fixing the output again applies nothing: idempotent, and no safe fix is left.
            let again = repairer.repair(fixed.text)
            #expect(again.text == fixed.text && again.applied.isEmpty,
                    "case \(case_): fix is not idempotent on \(text.debugDescription)")
            for f in report.findings {
                #expect(f.range.upperBound <= source.count)
            }
        }
        #expect(changed > 500, "the generator must exercise the fixes (\(changed) texts changed)")
    }
}
