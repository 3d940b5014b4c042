import Testing
@testable import Translint

@Suite struct GoldMatcherTests {
    static func finding(_ range: Range<Int>, _ category: Category = .mergedWord) -> Finding {
        Finding(ruleID: "test", category: category, range: range, message: "test", confidence: 1)
    }

    static func gold(_ range: Range<Int>, _ category: Category = .mergedWord, fix: String? = nil) -> GoldArtifact {
        GoldArtifact(range: range, category: category, fix: fix)
    }

    @Test func sharingOneScalarMatchesTouchingDoesNot() {
        #expect(GoldMatcher.match(gold: [Self.gold(5..<10)], findings: [Self.finding(9..<12)]).count == 1)
        #expect(GoldMatcher.match(gold: [Self.gold(5..<10)], findings: [Self.finding(10..<12)]).isEmpty)
        #expect(GoldMatcher.match(gold: [Self.gold(5..<10)], findings: [Self.finding(0..<5)]).isEmpty)
    }

    @Test func emptyRangesMatchWhenTouching() {
        #expect(GoldMatcher.match(gold: [Self.gold(5..<5)], findings: [Self.finding(2..<5)]).count == 1)
        #expect(GoldMatcher.match(gold: [Self.gold(5..<9)], findings: [Self.finding(9..<9)]).count == 1)
        #expect(GoldMatcher.match(gold: [Self.gold(5..<5)], findings: [Self.finding(6..<8)]).isEmpty)
    }

    @Test func categoriesMustBeEqual() {
        #expect(GoldMatcher.match(gold: [Self.gold(0..<10, .spacing)], findings: [Self.finding(0..<10)]).isEmpty)
    }

    @Test func oneToOne() {
        let pairs = GoldMatcher.match(gold: [Self.gold(0..<10)], findings: [Self.finding(0..<4), Self.finding(5..<9)])
        #expect(pairs.count == 1)
        let reverse = GoldMatcher.match(gold: [Self.gold(0..<4), Self.gold(5..<9)], findings: [Self.finding(0..<10)])
        #expect(reverse.count == 1)
    }

    @Test func largestOverlapFirst() {
        // F0 overlaps G0 by 3; F1 overlaps G0 by 8: G0 goes to F1.
        let pairs = GoldMatcher.match(gold: [Self.gold(0..<10)], findings: [Self.finding(0..<3), Self.finding(2..<10)])
        #expect(pairs == [GoldMatcher.Pair(gold: 0, finding: 1)])
        // F0 (8..<18) shares 2 with G0 and 8 with G1, so it takes G1 and F1 is left G0.
        let two = GoldMatcher.match(gold: [Self.gold(0..<10), Self.gold(10..<20)],
                                    findings: [Self.finding(8..<18), Self.finding(0..<9)])
        #expect(two == [GoldMatcher.Pair(gold: 0, finding: 1), GoldMatcher.Pair(gold: 1, finding: 0)])
    }

    @Test func tiesGoToTheEarlierArtifact() {
        let pairs = GoldMatcher.match(gold: [Self.gold(6..<10), Self.gold(0..<4)], findings: [Self.finding(2..<8)])
        #expect(pairs == [GoldMatcher.Pair(gold: 1, finding: 0)])
    }

    @Test func fixAgreementComparesResultingText() {
        let text = "Iakoutskune ville"
        let g = Self.gold(0..<11, fix: "Iakoutsk une")
        var f = Self.finding(0..<11)
        f.fixes = [Fix(8..<8, " ", isSafe: true)]
        #expect(GoldMatcher.fixAgrees(gold: g, finding: f, text: text) == true)
        f.fixes = [Fix(7..<7, " ", isSafe: true)]
        #expect(GoldMatcher.fixAgrees(gold: g, finding: f, text: text) == false)
        f.fixes = []
        #expect(GoldMatcher.fixAgrees(gold: g, finding: f, text: text) == false)
        #expect(GoldMatcher.fixAgrees(gold: Self.gold(0..<11), finding: f, text: text) == nil)
    }
}
