import Foundation
import Testing
@testable import Translint

@Suite struct BenchThresholdsTests {
    static let file = """
    {"version": 1,
     "corpora": {
       "Corpora/synthetic/*.jsonl": {
         "categories": {"merged-word": {"min_precision": 0.9, "min_recall": 0.6, "min_fix_accuracy": 0.9}},
         "micro": {"min_f1": 0.1},
         "document": {"min_accuracy": 0.5},
         "max_clean_findings_per_10k_words": 2.0,
         "min_matched": 1,
         "max_unexpected_passes": 0}},
     "overall": {"min_documents": 1}}
    """

    @Test func parsesAndMatchesGlobs() throws {
        let t = try BenchThresholds.parse(Self.file)
        #expect(t.covers("Corpora/synthetic/fr-synthetic.jsonl"))
        #expect(t.covers("/abs/repo/Corpora/synthetic/de-synthetic.jsonl"))
        #expect(!t.covers("Corpora/negative/fr-clean.jsonl"))
        #expect(BenchThresholds.matches(pattern: "a?c", path: "abc"))
        #expect(!BenchThresholds.matches(pattern: "a?c", path: "abbc"))
    }

    @Test func unknownKeysAreErrors() {
        #expect(throws: BenchThresholds.FormatError.self) { try BenchThresholds.parse(#"{"version":1,"corpora":{"x":{"min_precison":1}}}"#) }
        #expect(throws: BenchThresholds.FormatError.self) { try BenchThresholds.parse(#"{"version":1,"corpora":{"x":{"micro":{"min_auc":1}}}}"#) }
        #expect(throws: BenchThresholds.FormatError.self) { try BenchThresholds.parse(#"{"version":2}"#) }
    }

    @Test func reportsEachMiss() throws {
        let t = try BenchThresholds.parse(Self.file)
        var e = MetricsTests.tinyCorpus()
        e.path = "Corpora/synthetic/fr-synthetic.jsonl"
        let misses = t.check(corpora: [e], overall: CorpusEvaluation.combined([e]))
        let metrics = Set(misses.map(\.metric))
        // merged-word: precision 0.5 < 0.9, recall 0.5 < 0.6; fix accuracy 1.0 is fine.
        #expect(metrics == ["merged-word.precision", "merged-word.recall", "clean_findings_per_10k_words"])
        let precision = misses.first { $0.metric == "merged-word.precision" }!
        #expect(precision.corpus == "Corpora/synthetic/fr-synthetic.jsonl")
        #expect(precision.required == 0.9 && precision.measured == 0.5 && precision.isMinimum)
        #expect(precision.description.contains("required ≥ 0.900"))
    }
}
