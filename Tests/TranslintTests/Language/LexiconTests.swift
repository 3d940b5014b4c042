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

    @Test func firstDuplicateWins() {
        let lexicon = Lexicon(tsv: Array("mot\t4.00\nmot\t2.00\n".utf8))
        #expect(lexicon.zipf("mot") == 4)
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
