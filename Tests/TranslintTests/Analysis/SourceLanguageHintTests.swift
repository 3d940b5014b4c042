import Testing
@testable import Translint

@Suite struct SourceLanguageHintTests {
    @Test func seedArticleWasTranslatedFromSpanish() throws {
        let report = Fixtures.analyzer.analyze(Fixtures.seedArticle)
        let hint = try #require(report.sourceLanguageHint)
        #expect(hint.language == .es)
        #expect(hint.evidence.count >= 2)
        #expect(hint.evidence.allSatisfy { $0.languages.contains(.es) })
        #expect(hint.evidence.contains { $0.languages == [.es] }, "at least one trace points to Spanish alone")
        let json = Reporters.json(report, source: Fixtures.seedArticle, path: "seed.txt")
        #expect(json["source_language"]?["language"]?.string == "es")
        #expect(Reporters.text(report, source: Fixtures.seedArticle, path: "seed.txt").contains("from Spanish"))
    }

    @Test func spanishFunctionWordsAndNumberStyle() throws {
        let text = """
        Le gouvernement a annoncé 3 mil 622 nouveaux cas dans la région.
        Le ministre a parlé de la situation los derniers jours avec las familles.
        Poutine arrive à Pyongyang mardi.
        Poutine arrive à Pyongyang mardi.
        """
        let report = Fixtures.analyzer.analyze(text)
        let kinds = Set(report.sourceLanguageHint?.evidence.map(\.kind) ?? [])
        #expect(report.sourceLanguageHint?.language == .es)
        #expect(kinds.contains(.numberStyle) && kinds.contains(.functionWord))
    }

    @Test func ambiguousOrMissingEvidenceGivesNoHint() {
        // "Il Le" is Italian or French; a calque listed for Spanish and English cannot choose.
        let text = "Il Le président est arrivé.\nLe président russe, photo de la piscine du Kremlin via AP.\nLe président russe, photo de la piscine du Kremlin via AP.\n"
        #expect(Fixtures.analyzer.analyze(text).sourceLanguageHint == nil)
        #expect(Fixtures.analyzer.analyze("Le président est arrivé à Paris mardi.").sourceLanguageHint == nil)
    }

    @Test func decisionNeedsExclusiveEvidence() {
        let shared = SourceLanguageHint.Evidence(kind: .calque, range: 0..<1, text: "x", languages: [.es, .en], weight: 1, explanation: "")
        let spanish = SourceLanguageHint.Evidence(kind: .agencyCredit, range: 2..<3, text: "EFE", languages: [.es], weight: 1, explanation: "")
        #expect(SourceLanguageHint.decide([shared, shared, shared, shared]) == nil)
        #expect(SourceLanguageHint.decide([shared, shared, spanish])?.language == .es)
        let english = SourceLanguageHint.Evidence(kind: .untranslatedWord, range: 4..<5, text: "the", languages: [.en], weight: 1, explanation: "")
        #expect(SourceLanguageHint.decide([shared, shared, spanish, english]) == nil)
    }
}
