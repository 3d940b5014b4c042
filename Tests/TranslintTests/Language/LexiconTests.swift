import Testing
@testable import Translint

@Suite struct LexiconTests {
    @Test func parsesTSVAndLooksUpFoldedWords() {
        let lexicon = Lexicon(tsv: Array("de\t7.68\nla\t7.43\nété\t5.1\n# comment\nbad line\naujourd'hui\t5.62\n".utf8))
        #expect(lexicon.count == 4)
        #expect(lexicon.zipf("La") == 7.43)
        #expect(lexicon.zipf("ÉTÉ") == 5.1)
        #expect(lexicon.zipf("aujourd’hui") == 5.62)
        #expect(lexicon.zipf("absent") == 0)
        #expect(lexicon.zipf("") == 0)
    }

    /// Edge lines of the format: CRLF, no final newline, more than two decimals, an absurdly long
    /// number (capped, not an overflow trap), an empty frequency, an empty word.
    @Test func parsesEdgeLines() {
        let tsv = "a\t5\r\nb\t3.456\nc\t12345678901234567890123456789\nd\t\n\te\t4\nlast\t2.5"
        let lexicon = Lexicon(tsv: Array(tsv.utf8))
        #expect(lexicon.count == 5)
        #expect(lexicon.zipf("a") == 5)
        #expect(lexicon.zipf("b") == 3.45)
        #expect(lexicon.zipf("c") == 40.95)
        #expect(lexicon.zipf("d") == 0)
        #expect(lexicon.zipf("e") == 0)
        #expect(lexicon.zipf("last") == 2.5)
    }

    @Test func firstDuplicateWins() {
        let lexicon = Lexicon(tsv: Array("mot\t4.00\nmot\t2.00\n".utf8))
        #expect(lexicon.zipf("mot") == 4)
    }

    @Test func countsWordsByEnding() {
        let lexicon = Lexicon(tsv: Array("nación\t4.00\ncanción\t3.50\nacción\t2.00\ntexto\t5.00\nrara\t1.00\n".utf8))
        #expect(lexicon.wordsEnding(with: "ción") == 3)
        #expect(lexicon.wordsEnding(with: "ción") == lexicon.wordsEnding(with: "ión"))
        #expect(lexicon.wordsEnding(with: "nación") == 1)
        #expect(lexicon.wordsEnding(with: "ciónen") == 0)
        #expect(lexicon.wordsEnding(with: "xto") == 1)
        // Words under the floor (zipf 2) vouch for nothing.
        #expect(lexicon.wordsEnding(with: "ara") == 0)
        #expect(lexicon.wordsEnding(with: "") == 4)
        #expect(Lexicon.empty.wordsEnding(with: "a") == 0)
        #expect(Lexicon(tsv: Array("rara\t1.00\n".utf8)).wordsEnding(with: "a") == 0)
    }

    @Test func shippedFrenchLexiconHasFrequencies() {
        let fr = LanguageResources.shared.lexicon(for: .fr)
        #expect(fr.count > 150_000)
        #expect(fr.zipf("la") > 7)
        #expect(fr.zipf("porte") > 4)
        #expect(fr.zipf("pyongyangla") == 0)
    }

    @Test func languageProfilesLoad() {
        let fr = LanguageResources.shared.profile(for: .fr)
        #expect(fr.isArticle("le"))
        #expect(fr.isSubjectPronoun("il"))
        #expect(fr.calendar["septembre"]?.kind == .month)
        #expect(fr.elisions.contains("qu"))
        #expect(!fr.gazetteer.candidates(startingWith: "états").isEmpty)
    }
}
