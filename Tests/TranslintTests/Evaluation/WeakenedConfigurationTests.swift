import Foundation
import Testing
@testable import Translint

/// The accuracy gate must notice a weakened analyzer: on a committed synthetic sample, turning
/// the merged-word rule off has to miss a merged-word recall floor. (The real gate is
/// `translint bench --thresholds Benchmarks/thresholds.json` in CI.)
@Suite struct WeakenedConfigurationTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static func sample() throws -> Corpus {
        let path = root.appendingPathComponent("Corpora/synthetic/fr-synthetic.jsonl").path
        var corpus = try CorpusReader.read(file: path, displayPath: "Corpora/synthetic/fr-synthetic.jsonl")
        corpus.documents = Array(corpus.documents.prefix(40))
        return corpus
    }

    static let thresholds = """
    {"version": 1, "corpora": {"Corpora/synthetic/fr-synthetic.jsonl": {
      "categories": {"merged-word": {"min_recall": 0.05}}}}}
    """

    @Test func disablingMergedWordMissesTheThreshold() throws {
        let corpus = try Self.sample()
        #expect(corpus.problems.isEmpty)
        #expect((corpus.documents.map { $0.artifacts.filter { $0.category == .mergedWord }.count }.reduce(0, +)) >= 20)
        var configuration = Configuration(language: .fixed(.fr))
        configuration.disabledRules = ["merged-word"]
        let weakened = Evaluator(analyzer: Analyzer(configuration: configuration)).evaluate(corpus)
        #expect(weakened.categories[.mergedWord]?.predicted == 0)
        let misses = try BenchThresholds.parse(Self.thresholds).check(corpora: [weakened], overall: nil)
        #expect(misses.map(\.metric) == ["merged-word.recall"])
        #expect(misses.first?.measured == 0)
    }
}
