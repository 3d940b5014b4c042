/// Very large inputs (a 200 MB dump, a 50 MB single line) are analysed in segments of about
/// a megabyte cut at paragraph breaks (else line breaks, else spaces), so memory stays bounded
/// by the segment size rather than by the input. Findings are shifted back to offsets in the
/// whole text. Evidence that spans segments (a name written elsewhere in the file, a line
/// repeated far away) is not used across segment borders.
extension Analyzer {
    /// Inputs larger than this many UTF-8 bytes are analysed in segments.
    public static let segmentThreshold = 4 << 20
    /// The target size of a segment, in Unicode scalars.
    static let segmentLength = 1 << 20

    func analyzeInSegments(_ text: String, language explicit: Language?) -> Report {
        let (language, guessed) = explicit.map { ($0, false) } ?? self.language(for: text)
        var findings: [Finding] = []
        var words = 0
        var offset = 0
        for segment in Analyzer.segments(of: text, length: Analyzer.segmentLength) {
            let report = analyze(segment, language: language)
            words += report.wordCount
            for var f in report.findings {
                f.range = (f.range.lowerBound + offset)..<(f.range.upperBound + offset)
                f.fixes = f.fixes.map { fix in
                    Fix(fix.edits.map { Edit(($0.range.lowerBound + offset)..<($0.range.upperBound + offset), $0.replacement) },
                        isSafe: fix.isSafe)
                }
                findings.append(f)
            }
            offset += segment.unicodeScalars.count
        }
        let score = GarbleScore.score(findings: findings, wordCount: words)
        return Report(language: language, findings: findings, garbleScore: score,
                      verdict: GarbleScore.verdict(score: score, suspect: configuration.suspectThreshold,
                                                   garbled: configuration.garbledThreshold),
                      wordCount: words, languageWasGuessed: guessed)
    }

    /// Splits `text` into consecutive pieces of about `length` scalars that together are the
    /// whole text, cutting after a blank line, else after a newline, else after a space.
    static func segments(of text: String, length: Int) -> [String] {
        let view = text.unicodeScalars
        var pieces: [String] = []
        var start = view.startIndex
        while start < view.endIndex {
            guard let limit = view.index(start, offsetBy: length, limitedBy: view.endIndex), limit < view.endIndex else {
                pieces.append(String(view[start...]))
                break
            }
            // Look back at most a quarter segment for a good place to cut.
            var cut: String.UnicodeScalarView.Index? = nil
            var lineCut: String.UnicodeScalarView.Index? = nil
            var spaceCut: String.UnicodeScalarView.Index? = nil
            var i = limit
            var steps = 0
            while i > start, steps < length / 4 {
                let previous = view.index(before: i)
                let s = view[previous]
                if s == "\n" {
                    if previous > start, view[view.index(before: previous)] == "\n" { cut = i; break }
                    if lineCut == nil { lineCut = i }
                } else if s == " " && spaceCut == nil {
                    spaceCut = i
                }
                i = previous
                steps += 1
            }
            let end = cut ?? lineCut ?? spaceCut ?? limit
            pieces.append(String(view[start..<end]))
            start = end
        }
        return pieces
    }
}
