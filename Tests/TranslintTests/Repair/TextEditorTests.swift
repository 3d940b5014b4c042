import Testing
@testable import Translint

/// `TextEditor.apply` splices UTF-8 byte runs when the edits are apart, and falls back to the
/// last-to-first scalar path otherwise; both must give the same text for every edit list.
@Suite struct TextEditorTests {
    @Test func spliceAgreesWithTheGeneralPathOnGeneratedEdits() {
        var rng = RepairPropertyTests.SplitMix(state: 0x7E_7ED1)
        var spliced = 0
        for _ in 0..<5_000 {
            let text = RepairPropertyTests.text(&rng)
            let count = text.unicodeScalars.count
            var edits: [Edit] = []
            for _ in 0..<Int.random(in: 1...4, using: &rng) {
                let lower = Int.random(in: 0...count + 1, using: &rng)
                let upper = min(lower + Int.random(in: 0...3, using: &rng), count + 2)
                let replacement = ["", "X", "é", "👩‍🔬", " le ", "e\u{301}"].randomElement(using: &rng)!
                edits.append(Edit(lower..<upper, replacement))
            }
            let expected = TextEditor.applyLastToFirst(edits, to: text)
            if let fast = TextEditor.splice(edits, into: text) {
                spliced += 1
                #expect(fast == expected, "\(edits) on \(text.debugDescription)")
                #expect(Array(fast.utf8) == Array(expected.utf8))
            }
            #expect(TextEditor.apply(edits, to: text) == expected)
        }
        #expect(spliced > 2_000)   // the fast path is the common one
    }

    @Test func twoInsertionsAtOnePointKeepTheGeneralOrder() {
        let edits = [Edit(1..<1, "A"), Edit(1..<1, "B")]
        #expect(TextEditor.splice(edits, into: "xy") == nil)
        #expect(TextEditor.apply(edits, to: "xy") == TextEditor.applyLastToFirst(edits, to: "xy"))
    }

    @Test func editsPastTheEndAreClampedByTheGeneralPath() {
        #expect(TextEditor.splice([Edit(5..<7, "!")], into: "abc") == nil)
        #expect(TextEditor.apply([Edit(5..<7, "!")], to: "abc") == "abc!")
    }
}
