import Testing
@testable import Translint

@Suite struct DecodedTextTests {
    @Test func validUTF8WithBOMRoundTrips() {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("été\r\n".utf8)
        let d = DecodedText(bytes: bytes)
        #expect(d.problem == nil)
        #expect(Array(d.text.utf8) == bytes)
    }

    @Test func invalidUTF8ReportsTheFirstBadByte() {
        let d = DecodedText(bytes: Array("abc".utf8) + [0xC3, 0x28] + Array("ok".utf8))
        #expect(d.problem == .invalidUTF8(byteOffset: 3))
        #expect(d.text.contains("\u{FFFD}"))
    }

    @Test func nulMeansBinary() {
        #expect(DecodedText(bytes: [0x41, 0x00, 0x42]).problem == .binary(firstNULOffset: 1))
    }

    @Test func utf16WithBOMIsDecoded() {
        let d = DecodedText(bytes: [0xFF, 0xFE, 0x41, 0x00, 0xE9, 0x00])
        #expect(d.text == "Aé")
        #expect(d.encoding == .utf16LE)
    }

    @Test func overlongAndSurrogateEncodingsAreInvalid() {
        #expect(DecodedText.firstInvalidUTF8Offset([0xC0, 0x80]) == 0)
        #expect(DecodedText.firstInvalidUTF8Offset([0x41, 0xED, 0xA0, 0x80]) == 1)
        #expect(DecodedText.firstInvalidUTF8Offset(Array("été 🇫🇷".utf8)) == nil)
    }
}
