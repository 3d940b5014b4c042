import Testing
@testable import Translint

/// The data files' reader: comments, blank lines, short rows, CRLF, multibyte fields.
@Suite struct TSVTests {
    @Test func readsRowsLikeTheDataFilesNeed() {
        let text = "# comment\nle\tart\tm\n\nÉtats-Unis\tcountry\n\tvide\n#\tnot a row\ncafé\u{301}\t\u{301}x\tz\tw\n"
        #expect(TSV.rows(text, columns: 3) == [
            ["le", "art", "m"],
            ["États-Unis", "country", ""],
            ["", "vide", ""],
            ["café\u{301}", "\u{301}x", "z", "w"],
        ])
    }

    /// Regression: "\r\n" is one `Character`, so splitting `Character`s at "\n" never split a
    /// CRLF file into lines.
    @Test func crlfReadsLikeLF() {
        let lf = "a\tb\n# c\nd\te\n"
        let crlf = lf.replacingOccurrences(of: "\n", with: "\r\n")
        #expect(TSV.rows(crlf, columns: 2) == TSV.rows(lf, columns: 2))
        #expect(TSV.rows(lf, columns: 2) == [["a", "b"], ["d", "e"]])
        #expect(TSV.rows("", columns: 2).isEmpty)
        #expect(TSV.rows("x", columns: 1) == [["x"]])
    }
}
