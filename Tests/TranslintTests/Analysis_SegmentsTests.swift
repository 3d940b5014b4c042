import Testing
@testable import Translint

@Suite struct SegmentTests {
    @Test func segmentsCoverTheTextExactlyAndCutAtBreaks() {
        let paragraph = "Le président a rencontré le ministre.\nUne seconde ligne du même paragraphe.\n\n"
        let text = String(repeating: paragraph, count: 500)
        let pieces = Analyzer.segments(of: text, length: 1000)
        #expect(pieces.joined() == text)
        #expect(pieces.count > 10)
        #expect(pieces.dropLast().allSatisfy { $0.hasSuffix("\n\n") })
        let noBreaks = String(repeating: "mot ", count: 1000)
        let cut = Analyzer.segments(of: noBreaks, length: 333)
        #expect(cut.joined() == noBreaks)
        #expect(cut.dropLast().allSatisfy { $0.hasSuffix(" ") })
        let oneWord = String(repeating: "a", count: 2500)
        #expect(Analyzer.segments(of: oneWord, length: 1000).map(\.count) == [1000, 1000, 500])
    }

    @Test func segmentedAnalysisShiftsOffsets() {
        let analyzer = Analyzer(configuration: Configuration(language: .fixed(.fr)))
        let filler = String(repeating: "Le président a rencontré le ministre à Genève pour parler du budget.\n\n", count: 80_000)
        let text = filler + "Le sommet avec le Le dirigeant a eu lieu.\n"
        #expect(text.utf8.count > Analyzer.segmentThreshold)
        let report = analyzer.analyze(text)
        let doubled = report.findings.filter { $0.category == .doubledArticle }
        #expect(doubled.count == 1)
        let scalars = Array(text.unicodeScalars)
        if let f = doubled.first {
            var s = String(); s.unicodeScalars.append(contentsOf: scalars[f.range])
            #expect(s == "le Le")
        }
    }
}
