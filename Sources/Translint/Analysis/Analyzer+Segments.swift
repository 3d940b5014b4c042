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

    /// One segment of a large input and its report, offsets relative to the segment.
    public struct Segment: Sendable {
        /// The segment's text.
        public var text: String
        /// The segment's report; its ranges are offsets into `text`.
        public var report: Report
        /// Unicode scalar offset of the segment in the whole input.
        public var scalarOffset: Int
        /// Line breaks before the segment in the whole input (0 for the first segment).
        public var lineOffset: Int
        /// Scalars between the last line break before the segment and its start: the column
        /// offset of the segment's first line (0 when it starts a line).
        public var columnOffset: Int
    }

    /// Analyses `text` segment by segment and hands each segment's report to `body` as soon as
    /// it is ready, so a caller that prints or counts findings never holds all of them: the
    /// way to check a 200 MB file in bounded memory. Small texts give one segment.
    public func forEachSegment(of text: String, language explicit: Language? = nil, _ body: (Segment) -> Void) {
        forEachSegment(of: text, language: explicit, threshold: Analyzer.segmentThreshold, length: Analyzer.segmentLength, body)
    }

    /// `forEachSegment` with other sizes (tests use small ones).
    func forEachSegment(of text: String, language explicit: Language?, threshold: Int, length: Int,
                        _ body: (Segment) -> Void) {
        let language = explicit ?? self.language(for: text).0
        guard !text.isEmpty else {
            body(Segment(text: text, report: analyzeWhole(text, language: language, guessed: false), scalarOffset: 0,
                         lineOffset: 0, columnOffset: 0))
            return
        }
        var offset = 0, lines = 0, column = 0
        Analyzer.eachSegment(of: text, length: text.utf8.count > threshold ? length : Int.max) { piece in
            let report = analyzeWhole(piece, language: language, guessed: false)
            body(Segment(text: piece, report: report, scalarOffset: offset, lineOffset: lines, columnOffset: column))
            for s in piece.unicodeScalars {
                offset += 1
                if s == "\n" { lines += 1; column = 0 } else { column += 1 }
            }
        }
    }

    /// A document's score, verdict and counts without its findings, computed segment by
    /// segment: what `translint score` prints, in memory bounded by the segment size.
    public struct Summary: Sendable {
        /// The language the document was analysed in.
        public var language: Language
        /// Word tokens in the document.
        public var wordCount: Int
        /// 0 (clean) … 100, as `Report.garbleScore`.
        public var garbleScore: Double
        /// As `Report.verdict`.
        public var verdict: Verdict
        /// Findings per category.
        public var countsByCategory: [Category: Int]
    }

    /// The summary of `text` (the same score and verdict as `analyze(text)` gives).
    public func summary(of text: String, language explicit: Language? = nil) -> Summary {
        var counts: [Category: Int] = [:]
        var weight = 0.0, words = 0
        var language = explicit ?? .fr
        forEachSegment(of: text, language: explicit) { segment in
            for (category, n) in segment.report.countsByCategory { counts[category, default: 0] += n }
            weight += GarbleScore.weight(of: segment.report.findings)
            words += segment.report.wordCount
            language = segment.report.language
        }
        let score = GarbleScore.score(weight: weight, wordCount: words)
        return Summary(language: language, wordCount: words, garbleScore: score, verdict: verdict(for: score),
                       countsByCategory: counts)
    }

    func analyzeInSegments(_ text: String, language explicit: Language?, threshold: Int = Analyzer.segmentThreshold,
                           length: Int = Analyzer.segmentLength) -> Report {
        let (language, guessed) = explicit.map { ($0, false) } ?? self.language(for: text)
        var findings: [Finding] = []
        var words = 0
        forEachSegment(of: text, language: language, threshold: threshold, length: length) { segment in
            words += segment.report.wordCount
            let offset = segment.scalarOffset
            for var f in segment.report.findings {
                f.range = (f.range.lowerBound + offset)..<(f.range.upperBound + offset)
                f.fixes = f.fixes.map { fix in
                    Fix(fix.edits.map { Edit(($0.range.lowerBound + offset)..<($0.range.upperBound + offset), $0.replacement) },
                        isSafe: fix.isSafe)
                }
                findings.append(f)
            }
        }
        let score = GarbleScore.score(findings: findings, wordCount: words)
        return Report(language: language, findings: findings, garbleScore: score,
                      verdict: verdict(for: score),
                      wordCount: words, languageWasGuessed: guessed)
    }

    /// The pieces of `eachSegment` as an array (tests and small inputs).
    static func segments(of text: String, length: Int) -> [String] {
        var pieces: [String] = []
        eachSegment(of: text, length: length) { pieces.append($0) }
        return pieces
    }

    /// Splits `text` into consecutive pieces of about `length` scalars that together are the
    /// whole text, cutting after a blank line, else after a newline, else after a space, and
    /// hands them over one at a time (only one piece is copied out at once).
    static func eachSegment(of text: String, length: Int, _ body: (String) -> Void) {
        let view = text.unicodeScalars
        var start = view.startIndex
        while start < view.endIndex {
            guard let limit = view.index(start, offsetBy: length, limitedBy: view.endIndex), limit < view.endIndex else {
                body(String(view[start...]))
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
            body(String(view[start..<end]))
            start = end
        }
    }
}
