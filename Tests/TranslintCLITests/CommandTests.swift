import Foundation
import Testing

/// The commands as a new user meets them: exit codes, help, formats.
@Suite struct CommandTests {
    @Test func helpForEveryCommandHasAnExample() throws {
        for command in ["check", "fix", "score", "rules", "explain", "bench", "garble"] {
            let r = try CLIRunner.run([command, "--help"])
            #expect(r.status == 0, "\(command)")
            #expect(r.stdout.contains("EXAMPLE"), "\(command) --help has no example")
        }
    }

    @Test func exitCodesCleanFindingsAndErrors() throws {
        let dir = try CLIRunner.temporaryDirectory()
        let clean = dir.appendingPathComponent("clean.txt")
        try "Le président est arrivé mardi à Genève pour une visite de deux jours.\n".write(to: clean, atomically: true, encoding: .utf8)
        #expect(try CLIRunner.run(["check", "--lang", "fr", clean.path]).status == 0)
        #expect(try CLIRunner.run(["check", "Corpora/in-the-wild/seed-article-fr.txt"]).status == 1)
        let missing = try CLIRunner.run(["check", "--lang", "fr", dir.appendingPathComponent("nope.txt").path, "Corpora/in-the-wild/seed-article-fr.txt"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("nope.txt: no such file"))
        #expect(missing.stdout.contains("merged-word") || missing.stdout.contains("duplicate-line"), "other files are still processed")
        #expect(try CLIRunner.run(["check", dir.path]).stderr.contains("is a directory"))
        #expect(try CLIRunner.run(["check", "--bogus"]).status == 2)
        #expect(try CLIRunner.run(["check", "--lang", "xx", clean.path]).stderr.contains("unknown language 'xx'"))
        #expect(try CLIRunner.run(["frobnicate"]).status == 2)
    }

    @Test func rulesAndExplain() throws {
        let rules = try CLIRunner.run(["rules"])
        #expect(rules.status == 0)
        #expect(rules.stdout.contains("merged-word"))
        let explain = try CLIRunner.run(["explain", "merged-word"])
        #expect(explain.stdout.contains("Triggers on"))
        #expect(try CLIRunner.run(["explain", "no-such-rule"]).status == 2)
    }

    @Test func readsStandardInput() throws {
        let r = try CLIRunner.run(["score", "--lang", "fr", "-"], stdin: Array("Un texte propre et court.".utf8))
        #expect(r.status == 0)
        #expect(r.stdout.contains("clean"))
    }

    @Test func jsonOutputHasVersionAndScalarOffsets() throws {
        let r = try CLIRunner.run(["check", "--format", "json", "--lang", "fr", "-"],
                                  stdin: Array("🇫🇷 Le sommet avec le Le dirigeant a eu lieu.".utf8))
        #expect(r.status == 1)
        let object = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any]
        let tool = object?["tool"] as? [String: Any]
        #expect(tool?["format_version"] as? Int == 1)
        let findings = ((object?["documents"] as? [[String: Any]])?.first?["findings"] as? [[String: Any]]) ?? []
        let doubled = findings.first { $0["rule"] as? String == "doubled-article" }
        #expect(doubled?["start"] as? Int == 18)
        #expect(doubled?["text"] as? String == "le Le")
    }
}

/// The committed accuracy gate fails when a rule is made worse, and names what it missed.
@Suite struct AccuracyGateTests {
    @Test func disablingARuleMissesTheCommittedThresholds() throws {
        let seed = "Corpora/in-the-wild/seed-article-fr.jsonl"
        let pass = try CLIRunner.run(["bench", seed, "--thresholds", "Benchmarks/thresholds.json"])
        #expect(pass.status == 0, "\(pass.stderr)")
        let weakened = try CLIRunner.run(["bench", seed, "--thresholds", "Benchmarks/thresholds.json",
                                          "--disable", "merged-word"])
        #expect(weakened.status == 1)
        #expect(weakened.stderr.contains("threshold missed") && weakened.stderr.contains("merged-word"))
        let lowered = try CLIRunner.run(["bench", seed, "--thresholds", "Benchmarks/thresholds.json",
                                         "--min-confidence", "0.95"])
        #expect(lowered.status == 1)
    }
}

/// With no --lang, each file of a mixed folder is analysed in its own language.
@Suite struct AutoLanguageTests {
    @Test func mixedFolderPicksEachFilesLanguage() throws {
        let dir = try CLIRunner.temporaryDirectory()
        var paths: [String: String] = [:]
        for language in ["fr", "es", "it", "pt", "de", "en"] {
            let corpus = try String(contentsOfFile: CLIRunner.packageRoot.appendingPathComponent("Corpora/negative/\(language)-clean.jsonl").path,
                                    encoding: .utf8)
            let first = corpus.split(separator: "\n").first.map(String.init) ?? ""
            let object = try JSONSerialization.jsonObject(with: Data(first.utf8)) as? [String: Any]
            let path = dir.appendingPathComponent("article-\(language).txt").path
            try (object?["text"] as? String ?? "").write(toFile: path, atomically: true, encoding: .utf8)
            paths[path] = language
        }
        let r = try CLIRunner.run(["check", "--format", "json"] + paths.keys.sorted())
        let object = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any]
        let documents = object?["documents"] as? [[String: Any]] ?? []
        #expect(documents.count == 6)
        for d in documents {
            #expect(d["language"] as? String == paths[d["path"] as? String ?? ""], "\(d["path"] ?? "")")
        }
    }
}
