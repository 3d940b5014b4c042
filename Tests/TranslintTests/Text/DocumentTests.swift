import Testing
@testable import Translint

@Suite struct DocumentTests {
    static let elisions: Set<String> = ["l", "d", "qu", "j", "c", "s", "n"]

    func words(_ text: String) -> [String] {
        let d = Document(text: text, language: .fr, tokenizer: Tokenizer(elisions: Self.elisions))
        return d.words.map { d.string($0) }
    }

    @Test func splitsElisionsLikeWordfreq() {
        #expect(words("l’Ukraine d'une qu’il aujourd’hui") == ["l’", "Ukraine", "d'", "une", "qu’", "il", "aujourd’hui"])
    }

    @Test func keepsHyphenatedCompoundsTogether() {
        let d = Document(text: "le porte-parole nord-coréen", language: .fr)
        #expect(d.words.map { d.string($0) } == ["le", "porte-parole", "nord-coréen"])
        #expect(d.tokens[d.words[1]].hasHyphen)
    }

    @Test func scalarOffsetsMatchPythonIndices() {
        // "é" is one scalar; the emoji flag is two; offsets count scalars, not bytes or characters.
        let text = "🇫🇷 été Poutine"
        let d = Document(text: text, language: .fr)
        let last = d.tokens[d.words.last!]
        #expect(last.range == 7..<14)
        #expect(d.string(in: last.range) == "Poutine")
    }

    @Test func crlfIsOneNewlineTokenAndLinesExcludeIt() {
        let d = Document(text: "Un.\r\nDeux.\r\n", language: .fr)
        #expect(d.lines.count == 2)
        #expect(d.lines[0].range == 0..<3)
        #expect(d.lines[0].terminator == 3..<5)
        #expect(d.tokens.filter { $0.kind == .newline }.count == 2)
    }

    @Test func bomAndNoBreakSpacesAreSpace() {
        let d = Document(text: "\u{FEFF}Il dit\u{202F}: «\u{A0}oui\u{A0}»", language: .fr)
        #expect(d.words.map { d.string($0) } == ["Il", "dit", "oui"])
        #expect(d.tokens.first?.kind == .space)
    }

    @Test func caseShapes() {
        let d = Document(text: "président Poutine GEODAKYAN SELinux Jong-un A", language: .fr)
        #expect(d.words.map { d.tokens[$0].shape } == [.lower, .capitalized, .upper, .mixed, .capitalized, .capitalized])
    }

    @Test func numbersAreNotWords() {
        let d = Document(text: "le 18 juin 2024, 3,5 %", language: .fr)
        #expect(d.tokens.filter { $0.kind == .number }.map { d.string(in: $0.range) } == ["18", "2024", "3,5"])
    }

    @Test func sentenceStartsAndOpeners() {
        let d = Document(text: "Il part. Le train arrive : « Nous montons » dit-il.\nSuite", language: .fr)
        let starts = d.words.filter { d.tokens[$0].isSentenceStart }.map { d.string($0) }
        #expect(starts == ["Il", "Le", "Suite"])
        let nous = d.words.first { d.string($0) == "Nous" }!
        #expect(d.tokens[nous].followsOpener)
        #expect(!d.tokens[nous].isSentenceStart)
    }

    @Test func paragraphsAreRunsOfNonBlankLines() {
        let d = Document(text: "a\nb\n\n\nc\n", language: .fr)
        #expect(d.paragraphs == [0..<2, 4..<5])
    }

    @Test func emptyAndWhitespaceOnlyTexts() {
        #expect(Document(text: "", language: .fr).words.isEmpty)
        #expect(Document(text: "  \n\t\n", language: .fr).paragraphs.isEmpty)
    }

    @Test func combiningMarksStayInsideWords() {
        // NFD "é" = "e" + U+0301: two scalars, one word.
        let d = Document(text: "e\u{301}te\u{301} fini", language: .fr)
        #expect(d.words.count == 2)
        #expect(d.tokens[d.words[0]].range == 0..<5)
    }

    @Test func allCapsLineIsUpperShape() {
        let d = Document(text: "PISCINE CRÉDIT OBLIGATOIRE", language: .fr)
        #expect(d.words.allSatisfy { d.tokens[$0].shape == .upper })
    }

    @Test func foldedKeys() {
        let d = Document(text: "L’État Straße ÉTÉ", language: .de, tokenizer: Tokenizer(elisions: ["l"]))
        #expect(d.words.map { d.key($0) } == ["l'", "état", "strasse", "été"])
    }
}
