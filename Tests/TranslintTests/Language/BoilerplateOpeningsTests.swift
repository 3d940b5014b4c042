import Testing
@testable import Translint

/// The openings filter may only skip lines the boilerplate expressions reject.
@Suite struct BoilerplateOpeningsTests {
    func admits(_ patterns: [String], _ line: String) -> Bool? {
        BoilerplateOpenings(patterns: patterns)?.admits(ArraySlice(Array(line.unicodeScalars)))
    }

    @Test func readsLiteralsGroupsClassesAndQuantifiers() {
        let patterns = ["(?:À|A) lire(?:\\s*:\\s*.{1,150})?", "[-–—•]{1,80}", "Ad", "(?:Article )?(?:SUIVANT|suivant)",
                        "Il vous reste \\d{1,3}", "x{2,3}y", "[a-c]z", "\\(\\d\\)"]
        for line in ["À lire : la suite", "A lire", "—", "-–", "Ad", "Adjoint", "Article SUIVANT", "suivant",
                     "Il vous reste 12", "xxy", "bz", "(1)"] {
            #expect(admits(patterns, line) == true, "\(line)")
        }
        for line in ["Le ministre", "a lire", "Article", "Il vous", "Ïl", "y", "dz", "A", "", "1)"] {
            #expect(admits(patterns, line) == false, "\(line)")
        }
    }

    @Test func givesUpOnWhatCouldStartAnywhereOrOnUnknownSyntax() {
        for pattern in [".{1,3}x", "\\s*Next", "(?:Next)?", "(?=N)Next", "\\bNext", "[[:alpha:]]x", "\\p{L}x", "x|", "(?i)next"] {
            #expect(BoilerplateOpenings(patterns: ["Next", pattern]) == nil, "\(pattern)")
        }
    }

    @Test func everyLanguageIsFilteredAndNoMatchIsDropped() throws {
        let lines = try String(contentsOfFile: "Corpora/in-the-wild/seed-article-fr.txt", encoding: .utf8)
            .split(whereSeparator: \.isNewline).map(String.init)
            + ["NEXT Ligue 1 : le PSG s'impose", "Lire aussi : Le budget", "- Un point", "© 2024 Le Monde", "Publicité",
               "Partager | Facebook | Twitter", "Leia também: O orçamento", "Lesen Sie auch: Haushalt", "Read more: Budget",
               "Commentaires (12)", "Il vous reste 80 % de cet article à lire.", "Crédit photo : AFP", "*", "Ad", "AD"]
        for language in Language.allCases {
            let profile = LanguageResources.shared.profile(for: language)
            #expect(BoilerplateOpenings(patterns: profile.boilerplate.map(\.pattern)) != nil, "\(language)")
            for line in lines where profile.boilerplateMatcher.match(line) != nil {
                #expect(profile.boilerplateMatcher.mayMatch(ArraySlice(Array(line.unicodeScalars))), "\(language): \(line)")
            }
        }
    }
}
