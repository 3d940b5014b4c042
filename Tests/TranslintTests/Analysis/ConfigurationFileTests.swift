import Foundation
import Testing
@testable import Translint

@Suite struct ConfigurationFileTests {
    @Test func disablingARuleRemovesExactlyItsFindings() throws {
        let before = Fixtures.analyzer.analyze(Fixtures.damaged).findings
        let rule = try #require(before.first?.ruleID)
        let file = try ConfigurationFile(json: #"{"version": 1, "language": "fr", "rules": {"disable": ["\#(rule)"]}}"#)
        let after = Analyzer(configuration: file.configuration).analyze(Fixtures.damaged).findings
        #expect(after == before.filter { $0.ruleID != rule })
        #expect(after.count < before.count)
    }

    @Test func unknownKeysAreErrorsNamingTheKeyAndItsPath() {
        func message(_ json: String) -> String {
            do { _ = try ConfigurationFile(json: json); return "" } catch { return "\(error)" }
        }
        #expect(message(#"{"version": 1, "lenguage": "fr"}"#).contains("lenguage"))
        let nested = message(#"{"rules": {"disabel": ["merged-word"]}}"#)
        #expect(nested.contains("rules.disabel") && nested.contains("unknown key 'disabel'"))
        #expect(message(#"{"extra_gazetteer": {"fr": [{"name": "X", "plural": "s"}]}}"#).contains("extra_gazetteer.fr[0].plural"))
        #expect(message(#"{"rules": {"disable": ["no-such-rule"]}}"#).contains("rules.disable[0]"))
        #expect(message(#"{"extra_words": {"xx": []}}"#).contains("extra_words.xx"))
        #expect(message(#"{"min_confidence": 2}"#).contains("min_confidence"))
        #expect(message("{").contains("not valid JSON"))
        #expect(message(#"{"_comment": "ok", "rules": {"_why": "comments anywhere", "enable": []}}"#).isEmpty)
    }

    @Test func defaultFileParsesAndChangesNothing() throws {
        let file = try ConfigurationFile(json: ConfigurationFile.defaultContents)
        let c = file.configuration
        #expect(c.minimumConfidence == Configuration().minimumConfidence)
        #expect(c.suspectThreshold == GarbleScore.suspectThreshold && c.garbledThreshold == GarbleScore.garbledThreshold)
        #expect(c.enabledRules.isEmpty && c.disabledRules.isEmpty && file.overrides.isEmpty)
    }

    @Test func settingsApply() throws {
        let file = try ConfigurationFile(json: """
            {"min_confidence": 0.8, "rule_min_confidence": {"merged-word": 0.9}, "verdict": {"suspect": 10, "garbled": 30}}
            """)
        let c = file.configuration
        #expect(c.minimumConfidence == 0.8 && c.ruleMinimumConfidence["merged-word"] == 0.9)
        #expect(c.suspectThreshold == 10 && c.garbledThreshold == 30)
    }

    @Test func extraWordsAndPlacesReachTheLanguageData() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("translint-config-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try "# names\nZorglubville\nKrazniak\t4.5\n".write(to: directory.appendingPathComponent("words.txt"), atomically: true, encoding: .utf8)
        let json = """
            {"extra_words": {"fr": ["Iakoutskistan"], "de": "words.txt", "es": {"Tuzasz": 2.5}},
             "extra_gazetteer": {"fr": [{"name": "Zorglubie", "kind": "country", "gender": "f", "number": "s",
                                         "article": "la", "locative": "en", "aliases": ["Zorglubia"]}]}}
            """
        try json.write(to: directory.appendingPathComponent(".translint.json"), atomically: true, encoding: .utf8)
        let nested = directory.appendingPathComponent("a/b")
        try FileManager.default.createDirectory(at: nested, withIntermediateDirectories: true)
        let found = try #require(ConfigurationFile.find(startingAt: nested))
        #expect(found.lastPathComponent == ".translint.json")
        let file = try ConfigurationFile.load(contentsOf: found)
        let resources = file.resources()
        #expect(resources !== LanguageResources.shared)
        #expect(resources.lexicon(for: .fr).zipf("Iakoutskistan") == 3)
        #expect(resources.lexicon(for: .de).zipf("krazniak") == 4.5)
        #expect(resources.lexicon(for: .es).zipf("tuzasz") == 2.5)
        #expect(resources.lexicon(for: .fr).zipf("le") == LanguageResources.shared.lexicon(for: .fr).zipf("le"))
        let entry = resources.profile(for: .fr).gazetteer.candidates(startingWith: "zorglubie").first
        #expect(entry?.article == "la" && entry?.locative == "en" && entry?.gender == "f")
        #expect(!resources.profile(for: .fr).gazetteer.candidates(startingWith: "zorglubia").isEmpty)
        #expect(LanguageResources.shared.lexicon(for: .fr).zipf("Iakoutskistan") == 0)
    }
}
