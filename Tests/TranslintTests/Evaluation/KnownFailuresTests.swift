import Foundation
import Testing
@testable import Translint

/// Strict xfail over Corpora/known-failures: every case there must still fail. When a rule
/// starts handling one, this test fails until the case moves to a regular corpus.
@Suite struct KnownFailuresTests {
    @Test func knownFailuresStillFail() throws {
        let folder = WeakenedConfigurationTests.root.appendingPathComponent("Corpora/known-failures").path
        let files = try CorpusReader.files(for: [folder])
        #expect(!files.isEmpty)
        let evaluator = Evaluator(analyzer: Analyzer(configuration: Configuration(language: .auto)))
        for file in files {
            let corpus = try CorpusReader.read(file: file)
            #expect(corpus.problems.isEmpty, "\(corpus.problems)")
            let allExpectFailure = corpus.documents.allSatisfy { $0.expectsFailure }
            #expect(allExpectFailure)
            let evaluation = evaluator.evaluate(corpus)
            let fixed = evaluation.unexpectedPasses.map(\.id)
            #expect(fixed.isEmpty, "now passing, move out of known-failures: \(fixed)")
        }
    }
}
