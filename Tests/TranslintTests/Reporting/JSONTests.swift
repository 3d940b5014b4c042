import Testing
@testable import Translint

@Suite struct JSONTests {
    @Test func roundTripKeepsKeyOrderAndEscapes() {
        let value = JSONValue.object([("b", .int(1)), ("a", .string("é\"\n\u{1}")), ("c", .array([.bool(true), .null, .number(0.25)]))])
        let text = value.serialized()
        #expect(text == #"{"b":1,"a":"é\"\n\u0001","c":[true,null,0.25]}"#)
        #expect(JSONValue.parse(text) == value)
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
