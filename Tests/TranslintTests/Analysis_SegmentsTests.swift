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
        let filler = String(repeating: "Le président a rencontré le ministre à Genève pour parler du budget.\n\n", count: 200)
        let text = filler + "Le sommet avec le Le dirigeant a eu lieu.\n"
        let report = analyzer.analyzeInSegments(text, language: .fr, threshold: 1_000, length: 2_000)
        let doubled = report.findings.filter { $0.category == .doubledArticle }
        #expect(doubled.count == 1)
        let scalars = Array(text.unicodeScalars)
        if let f = doubled.first {
            var s = String(); s.unicodeScalars.append(contentsOf: scalars[f.range])
            #expect(s == "le Le")
            #expect(f.fixes.first?.edits.first.map { Array(scalars[$0.range]) } == Array("le Le".unicodeScalars))
        }
        #expect(report.wordCount == analyzer.analyze(text).wordCount)
    }

    /// Streaming segments report the same lines and columns as the whole text would.
    @Test func segmentLinesAndColumnsMatchTheWholeText() {
        let analyzer = Analyzer(configuration: Configuration(language: .fixed(.fr)))
        let filler = String(repeating: "Le président a rencontré le ministre à Genève pour parler du budget. ", count: 300)
        let text = filler + "\n" + filler + "Le sommet avec le Le dirigeant a eu lieu.\n"
        var lines: [String] = []
        var offsets: [Int] = []
        var segments = 0
        analyzer.forEachSegment(of: text, language: nil, threshold: 1_000, length: 2_000) { segment in
            segments += 1
            lines += Reporters.text(segment.report, source: segment.text, path: "x", lineOffset: segment.lineOffset,
                                    columnOffset: segment.columnOffset).split(separator: "\n").map(String.init)
                .filter { $0.contains("doubled-article") }
            offsets += segment.report.findings.filter { $0.category == .doubledArticle }.map { $0.range.lowerBound + segment.scalarOffset }
        }
        #expect(offsets.count == 1)
        #expect(segments > 10)
        let (line, column) = TextPosition(text).lineColumn(offsets.first ?? 0)
        #expect(lines.count == 1 && lines.first?.hasPrefix("x:\(line):\(column): doubled-article") == true)
        #expect(line == 2)
    }

    /// The streaming summary agrees with a full analysis, and an empty text still gets the
    /// configured language (an empty text has no segments of its own).
    @Test func summaryMatchesAnalysisAndKeepsTheLanguageOfEmptyText() throws {
        let analyzer = Analyzer(configuration: Configuration(language: .fixed(.en)))
        let text = "The summit with the The leader took place.\nThe summit with the The leader took place.\n"
        let summary = analyzer.summary(of: text)
        let report = analyzer.analyze(text)
        #expect(summary.garbleScore == report.garbleScore && summary.verdict == report.verdict)
        #expect(summary.countsByCategory == report.countsByCategory && summary.wordCount == report.wordCount)
        let empty = analyzer.summary(of: "")
        #expect(empty.language == .en && empty.wordCount == 0 && empty.verdict == .clean)
    }
}
