import Testing
@testable import Translint

@Suite struct JSONTests {
    @Test func roundTripKeepsKeyOrderAndEscapes() {
        let value = JSONValue.object([("b", .int(1)), ("a", .string("é\"\n\u{1}")), ("c", .array([.bool(true), .null, .number(0.25)]))])
        let text = value.serialized()
        #expect(text == #"{"b":1,"a":"é\"\n\u0001","c":[true,null,0.25]}"#)
        #expect(JSONValue.parse(text) == value)
    }

    /// The byte-run writer escapes exactly what the scalar-by-scalar writer escaped: C0 and C1
    /// controls, DEL, U+2028/U+2029, quotes and backslashes, at the start, middle and end of a
    /// string, and leaves every other scalar (accents, emoji, a lone "Â" before ASCII) as it is.
    @Test func escapesControlsAndLineSeparatorsAnywhereInAString() {
        let cases: [(String, String)] = [
            ("\u{7F}a\u{80}b\u{9F}", #""\u007Fa\u0080b\u009F""#),
            ("x\u{2028}y\u{2029}", #""x\u2028y\u2029""#),
            ("\u{2027}\u{202A}Â!\u{A0}", "\"\u{2027}\u{202A}Â!\u{A0}\""),
            ("\\\"\t\r", #""\\\"\t\r""#),
            ("👩‍👩‍👧 é", "\"👩‍👩‍👧 é\""),
            ("", #""""#),
        ]
        for (input, expected) in cases {
            #expect(JSONValue.string(input).serialized() == expected)
            #expect(JSONValue.parse(expected)?.string == input)
        }
    }

    @Test func numbersDropTrailingZerosAndABareDecimalPoint() {
        #expect(JSONValue.number(0.5).serialized() == "0.5")
        #expect(JSONValue.number(-1.25).serialized() == "-1.25")
        // Regression: a number that rounds to a whole one at four decimals was written "2.", which
        // is not JSON.
        #expect(JSONValue.number(1.99999).serialized() == "2")
        #expect(JSONValue.number(-0.00001).serialized() == "-0")
        #expect(JSONValue.number(0.12345).serialized() == "0.1235")
        #expect(JSONValue.number(3).serialized() == "3")
        #expect(JSONValue.number(.nan).serialized() == "null")
    }

    @Test func rejectsMalformedJSON() {
        for bad in ["{", "{\"a\":}", "[1,]", "tru", "\"unterminated", "{} x", String(repeating: "[", count: 10_000)] {
            #expect(JSONValue.parse(bad) == nil, "\(bad.prefix(20))")
        }
    }

    @Test func surrogatePairsDecode() {
        #expect(JSONValue.parse(#""\ud83c\uddeb""#)?.string == "\u{1F1EB}")
        #expect(JSONValue.parse(#""\ud83c""#)?.string == "\u{FFFD}")
    }

    @Test func lineColumnCountsScalars() {
        let p = TextPosition("ab\r\ncé\nd")
        #expect(p.lineColumn(0) == (1, 1))
        #expect(p.lineColumn(5) == (2, 2))
        #expect(p.lineColumn(7) == (3, 1))
    }

    @Test func unifiedDiffShowsChangedLines() {
        let diff = UnifiedDiff.diff("a\nb\nc\n", "a\nB\nc\n", oldName: "x", newName: "y")
        #expect(diff == "--- x\n+++ y\n@@ -1,3 +1,3 @@\n a\n-b\n+B\n c\n")
        #expect(UnifiedDiff.diff("same\n", "same\n", oldName: "x", newName: "y").isEmpty)
    }
}
