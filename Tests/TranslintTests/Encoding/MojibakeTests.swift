import Testing
@testable import Translint

/// Applies every safe repair, last first so earlier offsets stay valid.
private func repaired(_ text: String) -> String {
    var scalars = Array(text.unicodeScalars)
    for repair in MojibakeDetector.repairs(in: text).filter(\.isSafe)
        .sorted(by: { $0.range.lowerBound > $1.range.lowerBound }) {
        scalars.replaceSubrange(repair.range, with: Array(repair.replacement.unicodeScalars))
    }
    return String(String.UnicodeScalarView(scalars))
}

@Suite("Mojibake")
struct MojibakeTests {
    @Test("Repairs common mojibake", arguments: [
        ("Ã©tÃ©", "été"),
        ("Itâ€™s fine", "It’s fine"),
        ("Â« bonjour", "« bonjour"),
        ("los demÃ¡s", "los demás"),
        ("un angle de 90Â°", "un angle de 90°"),
        ("caf&eacute; &#233;t&#xE9;", "café été"),
        ("The Mona Lisa doesnÃƒÂ¢Ã¢â€šÂ¬Ã¢â€žÂ¢t have eyebrows.", "The Mona Lisa doesn’t have eyebrows."),
        ("РґРѕСЂРѕРіРµ", "дороге"),
        ("r√©gime √©quilibr√©", "régime équilibré"),
        ("Hi guys \u{ED}\u{A0}\u{BD}\u{ED}\u{B8}\u{8D}", "Hi guys 😍"),
        ("parl\u{E9}\u{85} Tu sais", "parlé… Tu sais"),
        ("voilÃ le travail", "voilà le travail"),
    ])
    func repairs(input: String, expected: String) {
        #expect(repaired(input) == expected)
    }

    @Test("Leaves legitimate text alone", arguments: [
        "INFORMAÇÃO",
        "SÃO PAULO",
        "Prix : 5 € — Ça coûte 5×£35, soit ±3 %",
        "İstanbul, Łódź, Ærøskøbing, Hà Nội, Ελληνικά",
        "higher values (“+” and “×” curves)",
        "There are a lot of Ã’s in mojibake text",
        "NESTLÉ® requiere contratar personal",
        "https://example.com/?a=1&b=2&copy=3",
        "<p>caf&eacute;</p>",
        "(-1/2)! = √π",
        "",
    ])
    func leavesAlone(text: String) {
        #expect(MojibakeDetector.repairs(in: text).isEmpty)
    }

    @Test func reportsScalarRangesAndExplanation() throws {
        let repairs = MojibakeDetector.repairs(in: "né Ã©tÃ©")
        try #require(repairs.count == 2)
        #expect(repairs[0].range == 3..<5)
        #expect(repairs[0].replacement == "é")
        #expect(repairs[0].kind == .mojibake)
        #expect(repairs[0].explanation == "UTF-8 decoded as Windows-1252")
        #expect(repairs[0].isSafe)
    }

    @Test func countsRoundsOfDoubleEncoding() throws {
        let repairs = MojibakeDetector.repairs(in: "Iggy Pop (nÃƒÂ© Jim Osterberg)")
        let first = try #require(repairs.first)
        #expect(first.replacement == "é")
        #expect(first.explanation == "UTF-8 decoded as Windows-1252 (2 rounds)")
    }

    @Test func c1ControlsReadAsWindows1252() {
        let repairs = MojibakeDetector.repairs(in: "it\u{92}s")
        #expect(repairs.map(\.kind) == [.c1Control])
        #expect(repairs.first?.replacement == "’")
    }

    @Test func survivesArbitraryScalars() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<300 {
            var scalars = String.UnicodeScalarView()
            for _ in 0..<Int.random(in: 0...40, using: &generator) {
                let pool: [ClosedRange<UInt32>] = [0x20...0x7E, 0x80...0xFF, 0x100...0x52F, 0x2000...0x2600, 0xD7F0...0xD7FF, 0xFFF0...0xFFFF, 0x1F300...0x1F64F]
                let range = pool.randomElement(using: &generator) ?? 0x20...0x7E
                if let s = Unicode.Scalar(UInt32.random(in: range, using: &generator)) { scalars.append(s) }
            }
            let text = String(scalars)
            let count = text.unicodeScalars.count
            for repair in MojibakeDetector.repairs(in: text) {
                #expect(repair.range.lowerBound >= 0 && repair.range.upperBound <= count)
                #expect((0.0...1.0).contains(repair.confidence))
            }
        }
    }
}
