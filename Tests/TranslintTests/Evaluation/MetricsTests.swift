import Testing
@testable import Translint

@Suite struct MetricsTests {
    static func report(_ findings: [Finding], score: Double, verdict: Verdict, words: Int) -> Report {
        Report(language: .fr, findings: findings, garbleScore: score, verdict: verdict, wordCount: words)
    }

    static func finding(_ range: Range<Int>, _ category: Category, fix: Fix? = nil) -> Finding {
        Finding(ruleID: category.rawValue, category: category, range: range, message: "m", confidence: 1,
                fixes: fix.map { [$0] } ?? [])
    }

    /// Two garbled documents and one clean one with known counts:
    /// merged-word: gold 2, predicted 2, tp 1 (fix right); spacing: gold 1, predicted 0;
    /// stray-article: gold 0, predicted 1; the clean document has one false alarm in 100 words.
    static func tinyCorpus() -> CorpusEvaluation {
        let text1 = "Poutinequi a dit:Le reste"
        let doc1 = CorpusDocument(id: "d1", lang: "fr", garbled: true, text: text1, artifacts: [
            GoldArtifact(range: 0..<10, category: .mergedWord, fix: "Poutine qui"),
            GoldArtifact(range: 16..<17, category: .spacing, fix: ": "),
        ])
        let eval1 = DocumentEvaluation(document: doc1, report: report([
            finding(2..<10, .mergedWord, fix: Fix(7..<7, " ", isSafe: true)),
            finding(18..<20, .strayArticle),
        ], score: 80, verdict: .garbled, words: 5))

        let text2 = "Iakoutskune ville est loin"
        let doc2 = CorpusDocument(id: "d2", lang: "fr", garbled: true, text: text2, artifacts: [
            GoldArtifact(range: 0..<11, category: .mergedWord, fix: "Iakoutsk une"),
        ])
        let eval2 = DocumentEvaluation(document: doc2, report: report([
            finding(12..<17, .mergedWord),
        ], score: 30, verdict: .suspect, words: 4))

        let doc3 = CorpusDocument(id: "d3", lang: "fr", garbled: false, text: "Un texte propre.")
        let eval3 = DocumentEvaluation(document: doc3, report: report([finding(0..<2, .capitalization)],
                                                                      score: 40, verdict: .suspect, words: 100))
        return CorpusEvaluation(path: "tiny.jsonl", documents: [eval1, eval2, eval3])
    }

    @Test func perCategoryCounts() {
        let e = Self.tinyCorpus()
        let merged = e.categories[.mergedWord]!
        #expect(merged.gold == 2 && merged.predicted == 2 && merged.truePositives == 1)
        #expect(merged.precision == 0.5 && merged.recall == 0.5 && merged.f1 == 0.5)
        #expect(merged.fixable == 1 && merged.fixAccuracy == 1.0)
        let spacing = e.categories[.spacing]!
        #expect(spacing.precision == nil && spacing.recall == 0 && spacing.f1 == 0 && spacing.fixAccuracy == nil)
        let stray = e.categories[.strayArticle]!
        #expect(stray.precision == 0 && stray.recall == nil && stray.f1 == 0)
    }

    @Test func microAverage() {
        let micro = Self.tinyCorpus().micro
        // gold 3 (2 merged + 1 spacing), predicted 4 (2 merged + stray + capitalization), tp 1.
        #expect(micro.gold == 3 && micro.predicted == 4 && micro.truePositives == 1)
        #expect(micro.precision == 0.25)
        #expect(abs(micro.recall! - 1.0 / 3) < 1e-12)
        #expect(abs(micro.f1! - 2.0 / 7) < 1e-12)
    }

    @Test func documentLevel() {
        let d = Self.tinyCorpus().documentMetrics
        // Predicted garbled: d1 only. Labels: d1, d2 garbled; d3 clean.
        #expect(abs(d.accuracy! - 2.0 / 3) < 1e-12)
        #expect(d.precision == 1.0)
        #expect(d.recall == 0.5)
        // Scores: positives 80, 30; negative 40 → 80 > 40 wins, 30 < 40 loses: AUC 0.5.
        #expect(d.auc == 0.5)
        #expect(d.cleanFindingsPer10kWords == 100)
    }

    @Test func aucWithTiesAndMissingClass() {
        #expect(abs(DocumentMetrics.auc(positives: [0.9, 0.5, 0.5], negatives: [0.5, 0.1])! - 5.0 / 6) < 1e-12)
        #expect(DocumentMetrics.auc(positives: [1, 2], negatives: []) == nil)
        #expect(DocumentMetrics.auc(positives: [], negatives: [1]) == nil)
        #expect(DocumentMetrics.auc(positives: [3], negatives: [3]) == 0.5)
    }

    @Test func unknownCategoryIsReportedWithZeroRecall() {
        let doc = CorpusDocument(id: "u", lang: "fr", garbled: true, text: "Un texte quelconque ici.",
                                 artifacts: [GoldArtifact(range: 3..<8, category: "made-up-category")])
        let e = Evaluator(analyzer: Analyzer(configuration: Configuration(language: .fixed(.fr))))
            .evaluate(Corpus(path: "u.jsonl", documents: [doc]))
        let counts = e.categories["made-up-category"]
        #expect(counts?.gold == 1)
        #expect(counts?.recall == 0)
        #expect(e.sortedCategories.contains("made-up-category"))
    }

    @Test func errorSamplesCarryContext() {
        let samples = Self.tinyCorpus().errorSamples(limit: 10)
        let fn = samples.first { $0.kind == .falseNegative && $0.category == .spacing }
        #expect(fn?.text == ":")
        #expect(fn?.before == "Poutinequi a dit")
        #expect(fn?.fix == ": ")
        let fp = samples.filter { $0.kind == .falsePositive }
        #expect(fp.count == 3)
        #expect(samples.filter { $0.kind == .falseNegative }.count == 2)
        #expect(Self.tinyCorpus().errorSamples(limit: 1).count == 2)
    }

    @Test func jsonHasTheDocumentedKeys() {
        let e = Self.tinyCorpus()
        let json = BenchJSON.object(corpora: [e], overall: CorpusEvaluation.combined([e]), misses: [],
                                    thresholdsFile: "t.json", options: BenchJSON.Options())
        #expect(json["version"]?.int == BenchJSON.schemaVersion)
        let merged = json["categories"]?["merged-word"]
        for key in ["gold", "predicted", "tp", "precision", "recall", "f1", "fix_accuracy"] {
            #expect(merged?[key] != nil, "missing \(key)")
        }
        #expect(json["categories"]?["spacing"]?["precision"] == .null)
        #expect(json["micro"]?["tp"]?.int == 1)
        #expect(json["document"]?["auc"]?.double == 0.5)
        #expect(json["clean_findings_per_10k_words"]?.double == 100)
        #expect(json["corpora"]?.array?.first?["path"]?.string == "tiny.jsonl")
        #expect(json["thresholds"]?["passed"]?.bool == true)
        // Serialises and parses back.
        #expect(JSONValue.parse(json.pretty()) != nil)
    }
}
