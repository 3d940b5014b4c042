import Testing
@testable import Translint

@Suite struct RepairerTests {
    @Test func editsApplyLastToFirstAndKeepTheRest() {
        let text = "a\u{FEFF}bc\r\nde 🇫🇷 f"
        let edited = TextEditor.apply([Edit(0..<1, "A"), Edit(6..<7, "E"), Edit(8..<10, "")], to: text)
        #expect(edited == "A\u{FEFF}bc\r\nEe🇷 f")
    }

    @Test func overlapDetection() {
        #expect(TextEditor.overlaps(0..<3, 2..<4))
        #expect(!TextEditor.overlaps(0..<2, 2..<4))
        #expect(TextEditor.overlaps(2..<2, 2..<2))
    }

    @Test func fixIsIdempotentAndTouchesOnlyFindings() throws {
        let text = try String(contentsOfFile: "Corpora/in-the-wild/seed-article-fr.txt", encoding: .utf8)
        let repairer = Repairer(analyzer: Analyzer(configuration: Configuration(language: .fixed(.fr))))
        let once = repairer.repair(text)
        #expect(once.changed)
        let twice = repairer.repair(once.text)
        #expect(twice.text == once.text)
        #expect(!twice.changed)
    }

    @Test func repairsDuplicatedCaptionAndKeepsCRLF() {
        let text = "Titre de l'article sur le sommet de Genève\r\nTitre de l'article sur le sommet de Genève\r\nTexte.\r\n"
        let repairer = Repairer(analyzer: Analyzer(configuration: Configuration(language: .fixed(.fr))))
        #expect(repairer.repair(text).text == "Titre de l'article sur le sommet de Genève\r\nTexte.\r\n")
    }
}
