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

    /// The ending index (sorted by 8-byte keys, then by the rest of the bytes) counts exactly
    /// what a scan of the word list counts: words sharing long endings, words shorter than eight
    /// bytes that end other words, multibyte letters, words under the floor. With a word holding
    /// a NUL byte, the index sorts by whole bytes instead, and must count the same.
    @Test(arguments: [false, true]) func endingCountsMatchAScan(withNUL: Bool) {
        var generator = SplitMix64(seed: 7)
        let stems = ["", "a", "re", "dé", "inter", "anti", "sur", "ß", "über", "contra", "pré", "x"]
        let endings = ["ation", "ationnel", "ationnelles", "isation", "ement", "ción", "ciones", "ungen",
                       "ierungen", "é", "ée", "s", "", "issement", "ationalisation"]
        var words: [String: Double] = [:]
        for _ in 0..<3000 {
            let w = stems[Int(generator.next() % UInt64(stems.count))] + stems[Int(generator.next() % UInt64(stems.count))]
                + endings[Int(generator.next() % UInt64(endings.count))]
            guard !w.isEmpty else { continue }
            words[LexiconKey.fold(w)] = Double(generator.next() % 500) / 100
        }
        if withNUL { words["re\u{0}ation"] = 3 }
        let lexicon = Lexicon(words)
        let listed = words.filter { $0.value >= Lexicon.endingFloor }.map(\.key)
        var suffixes = Set(endings + ["n", "on", "les", "lles", "nelles", "ationnelles", "tionnelles", "é", "zz", "ungen"])
        for w in words.keys.sorted().prefix(200) { suffixes.insert(String(w.suffix(9))) }
        for suffix in suffixes where !suffix.isEmpty {
            #expect(lexicon.wordsEnding(with: suffix) == listed.filter { $0.utf8.reversed().starts(with: suffix.utf8.reversed()) }.count,
                    "suffix \(suffix)")
        }
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
