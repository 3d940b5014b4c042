import Foundation

/// Runs an analyzer over corpora and matches its findings against the gold labels.
/// Documents are analysed in parallel; results keep corpus order, so output is deterministic.
public struct Evaluator: Sendable {
    /// The analyzer run on each document.
    public var analyzer: Analyzer
    /// nil: each document in its `lang` (when `lang` is missing or unknown, the analyzer's
    /// configured choice, usually `.auto`);
    /// `.auto`: identify every document, ignoring `lang`; `.fixed(l)`: analyse all as `l`.
    public var language: LanguageChoice?

    /// An evaluator running `analyzer`; see `language` for how documents' languages are chosen.
    public init(analyzer: Analyzer, language: LanguageChoice? = nil) {
        self.analyzer = analyzer
        self.language = language
    }

    /// Analyses one document and matches its findings against its gold artifacts.
    public func evaluate(_ document: CorpusDocument) -> DocumentEvaluation {
        let explicit: Language?
        switch language {
        case .none: explicit = document.language
        case .auto?: explicit = nil
        case .fixed(let l)?: explicit = l
        }
        let report = analyzer.analyze(document.text, language: explicit)
        return DocumentEvaluation(document: document, report: report)
    }

    /// Evaluates every document of a corpus, in parallel, keeping corpus order.
    public func evaluate(_ corpus: Corpus) -> CorpusEvaluation {
        let documents = corpus.documents
        let results = ResultBox(count: documents.count)
        DispatchQueue.concurrentPerform(iterations: documents.count) { i in
            results.set(i, evaluate(documents[i]))
        }
        return CorpusEvaluation(path: corpus.path, documents: results.values, problems: corpus.problems)
    }

    /// Collects results written from several threads, each to its own slot.
    private final class ResultBox: @unchecked Sendable {
        private var slots: [DocumentEvaluation?]
        private let lock = NSLock()
        init(count: Int) { slots = Array(repeating: nil, count: count) }
        func set(_ i: Int, _ value: DocumentEvaluation) {
            lock.lock(); slots[i] = value; lock.unlock()
        }
        var values: [DocumentEvaluation] { slots.compactMap { $0 } }
    }
}
