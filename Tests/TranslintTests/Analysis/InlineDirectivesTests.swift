import Testing
@testable import Translint

@Suite struct InlineDirectivesTests {
    static let raw: Analyzer = {
        var c = Configuration(language: .fixed(.fr))
        c.honorsInlineDirectives = false
        return Analyzer(configuration: c)
    }()

    /// Line index (0-based) of a scalar offset.
    func line(_ offset: Int, in text: String) -> Int {
        TextPosition(text).lineColumn(offset).line - 1
    }

    func lines(of findings: [Finding], in text: String) -> [Int] { findings.map { line($0.range.lowerBound, in: text) } }

    static let calque = "Le président russe, photo de la piscine du Kremlin via AP."

    @Test func nextLineHidesOnlyTheNextLine() {
        let text = "\(Self.calque)\n<!-- translint-disable-next-line -->\n\(Self.calque)\n\(Self.calque)\n"
        let all = Self.raw.analyze(text).findings
        #expect(lines(of: all, in: text).contains(2))
        let kept = Fixtures.analyzer.analyze(text).findings
        #expect(kept == all.filter { line($0.range.lowerBound, in: text) != 2 && line($0.range.lowerBound, in: text) != 1 })
        #expect(lines(of: kept, in: text).contains(0) && lines(of: kept, in: text).contains(3))
    }

    @Test func blockHidesUntilEnable() {
        let text = "A.\ntranslint-disable\n\(Self.calque)\nPoutine arrive.\nPoutine arrive.\ntranslint-enable\n\(Self.calque)\n"
        let all = Self.raw.analyze(text).findings
        #expect(all.contains { (2...4).contains(line($0.range.lowerBound, in: text)) })
        let kept = Fixtures.analyzer.analyze(text).findings
        #expect(kept == all.filter { ![1, 2, 3, 4, 5].contains(line($0.range.lowerBound, in: text)) })
        #expect(lines(of: kept, in: text).contains(6))
    }

    @Test func ruleSpecificDirectivesHideOnlyThoseRules() throws {
        let text = "<!-- translint-disable literal-translation -->\n\(Self.calque)\n\(Self.calque)\n<!-- translint-enable literal-translation -->\n\(Self.calque)\n"
        let all = Self.raw.analyze(text).findings
        let other = all.filter { $0.ruleID != "literal-translation" && (1...2).contains(line($0.range.lowerBound, in: text)) }
        #expect(!other.isEmpty, "the repeated line is a duplicate-line finding")
        let kept = Fixtures.analyzer.analyze(text).findings
        let expected = all.filter { f in
            let l = line(f.range.lowerBound, in: text)
            if l == 0 || l == 3 { return false }
            return !(f.ruleID == "literal-translation" && (1...2).contains(l))
        }
        #expect(kept == expected)
        #expect(kept.contains { $0.ruleID == "literal-translation" && line($0.range.lowerBound, in: text) == 4 })
    }

    @Test func disableLineAndCategoryNames() {
        let text = "\(Self.calque) <!-- translint-disable-line duplicate-line, literal-translation -->\n\(Self.calque)\n"
        let kept = Fixtures.analyzer.analyze(text).findings
        #expect(!kept.contains { line($0.range.lowerBound, in: text) == 0 })
        #expect(kept.contains { line($0.range.lowerBound, in: text) == 1 })
    }

    @Test func parsesIDsAndSpans() {
        let d = InlineDirectives(text: "x\n<!--\n  translint-disable merged-word spacing -- a reason\n-->\ny /* translint-enable */\n")
        #expect(d.directives.count == 2)
        #expect(d.directives[0].command == .disable && d.directives[0].ids == ["merged-word", "spacing"])
        #expect(d.directives[0].span == 2..<62)
        #expect(d.directives[1].command == .enable && d.directives[1].ids.isEmpty)
        #expect(InlineDirectives(text: "my-translint-disable and translint-disabled").directives.isEmpty)
    }

    @Test func switchedOffByConfiguration() {
        let text = "translint-disable\n\(Self.calque)\n"
        #expect(Self.raw.analyze(text).findings.contains { $0.ruleID == "literal-translation" })
        #expect(!Fixtures.analyzer.analyze(text).findings.contains { $0.ruleID == "literal-translation" })
    }
}
