import Testing
@testable import Translint

/// The mojibake issue's acceptance, on ftfy's cases converted to `Corpora/mojibake/`: at least
/// 90 % of the in-the-wild and synthetic cases repaired to exactly ftfy's expected text, and no
/// negative case changed.
@Suite struct MojibakeCorpusTests {
    static func repaired(_ text: String) -> String {
        var configuration = Configuration(language: .fixed(.en))
        configuration.onlyRules = ["mojibake"]
        return Repairer(analyzer: Analyzer(configuration: configuration)).repair(text).text
    }

    static func expected(_ d: CorpusDocument) -> String {
        TextEditor.apply(d.artifacts.compactMap { a in a.fix.map { Edit(a.range, $0) } }, to: d.text)
    }

    @Test func repairsNinetyPercentExactly() throws {
        var exact = 0, total = 0
        for file in ["Corpora/mojibake/ftfy-in-the-wild.jsonl", "Corpora/mojibake/ftfy-synthetic.jsonl"] {
            for d in try CorpusReader.read(file: file).documents where d.garbled {
                total += 1
                if Self.repaired(d.text) == Self.expected(d) { exact += 1 }
            }
        }
        #expect(total >= 80)
        #expect(Double(exact) / Double(total) >= 0.9, "\(exact) of \(total) exact")
    }

    @Test func leavesNegativesAlone() throws {
        for d in try CorpusReader.read(file: "Corpora/mojibake/ftfy-negative.jsonl").documents where !d.garbled {
            #expect(Self.repaired(d.text) == d.text, "\(d.id) changed")
        }
    }
}
