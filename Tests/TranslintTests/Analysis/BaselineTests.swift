import Testing
@testable import Translint

@Suite struct BaselineTests {
    static let calque = "Le président russe, photo de la piscine du Kremlin via AP."

    @Test func hidesRecordedFindingsAndShowsNewOnes() throws {
        let old = "Titre\n\n\(Self.calque)\n"
        let oldReport = Fixtures.analyzer.analyze(old)
        #expect(!oldReport.findings.isEmpty)
        var baseline = Baseline()
        baseline.add(oldReport, source: old, path: "a.txt")
        let reread = try Baseline(json: baseline.json.pretty())
        #expect(reread == baseline)

        // Edits elsewhere shift every offset; the old finding stays hidden. A new one shows.
        let edited = "Un nouveau titre bien plus long\n\nDeux paragraphes.\n\n\(Self.calque)\n\nPlus loin : photo de la piscine de Pyongyang, fichier.\n"
        let report = Fixtures.analyzer.analyze(edited)
        let filtered = reread.filter(report, source: edited, path: "a.txt")
        let newStart = edited.unicodeScalars.count - "photo de la piscine de Pyongyang, fichier.\n".unicodeScalars.count
        #expect(filtered.findings.count < report.findings.count)
        #expect(filtered.findings.contains { $0.range.lowerBound >= newStart && $0.ruleID == "literal-translation" })
        #expect(!filtered.findings.contains { $0.range.lowerBound < newStart && $0.ruleID == "literal-translation" })
        #expect(filtered.garbleScore == report.garbleScore)

        // Another path is not affected.
        #expect(reread.filter(report, source: edited, path: "b.txt").findings == report.findings)
    }

    @Test func entriesAreCounted() {
        let one = "\(Self.calque)\n"
        var baseline = Baseline()
        baseline.add(Fixtures.analyzer.analyze(one), source: one, path: "a.txt")
        let two = "\(Self.calque)\n\n\(Self.calque)\n"
        let report = Fixtures.analyzer.analyze(two)
        let calques = report.findings.filter { $0.ruleID == "literal-translation" }
        #expect(calques.count == 2)
        let kept = baseline.filter(report, source: two, path: "a.txt").findings.filter { $0.ruleID == "literal-translation" }
        #expect(kept.count == 1)
    }

    @Test func rejectsMalformedFiles() {
        #expect(throws: Baseline.Error.self) { try Baseline(json: #"{"version": 9, "findings": []}"#) }
        #expect(throws: Baseline.Error.self) { try Baseline(json: #"{"version": 1, "findings": [{"path": "a"}]}"#) }
    }
}
