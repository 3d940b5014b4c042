import Foundation
import Testing
@testable import Translint

@Suite struct CorpusReaderTests {
    static let sample = """
    {"id": "ok-1", "lang": "fr", "garbled": true, "text": "Pyongyangla capitale", "artifacts": [{"start": 0, "end": 11, "type": "merged-word", "fix": "Pyongyang la", "note": "x"}], "comment": "unknown fields are ignored", "extra": {"nested": [1, 2]}}
    {"id": "bad-json", "text": "oops"
    {"id": "no-text", "lang": "fr", "garbled": false}
    {"id": "out-of-range", "text": "court", "artifacts": [{"start": 2, "end": 9, "type": "spacing"}]}
    {"id": "reversed", "text": "court", "artifacts": [{"start": 4, "end": 2, "type": "spacing"}]}

    {"id": "ok-2", "lang": "xx", "garbled": false, "text": "Un texte propre.", "artifacts": []}
    {"id": "ok-3", "text": "é😀x", "artifacts": [{"start": 1, "end": 2, "type": "mojibake"}], "expect": "fail"}
    """

    @Test func malformedLinesAreReportedWithFileAndLineAndSkipped() {
        let corpus = CorpusReader.parse(Self.sample, path: "sample.jsonl")
        #expect(corpus.documents.map(\.id) == ["ok-1", "ok-2", "ok-3"])
        #expect(corpus.problems.map(\.line) == [2, 3, 4, 5])
        #expect(corpus.problems.allSatisfy { $0.file == "sample.jsonl" })
        #expect(corpus.problems[0].description.hasPrefix("sample.jsonl:2: "))
        #expect(corpus.problems[1].message.contains("text"))
    }

    @Test func fieldsAreRead() {
        let corpus = CorpusReader.parse(Self.sample, path: "sample.jsonl")
        let first = corpus.documents[0]
        #expect(first.language == .fr && first.garbled && first.line == 1)
        #expect(first.artifacts == [GoldArtifact(range: 0..<11, category: .mergedWord, fix: "Pyongyang la")])
        let second = corpus.documents[1]
        #expect(second.language == nil && second.lang == "xx" && !second.garbled && second.line == 7)
        // Offsets are Unicode scalars: the emoji counts as one.
        let third = corpus.documents[2]
        #expect(third.artifacts.first?.range == 1..<2)
        #expect(third.garbled)   // no "garbled" field: labeled garbled because it has artifacts
        #expect(third.expectsFailure && !first.expectsFailure)
        #expect(third.artifacts.first?.fix == nil)
    }

    @Test func knownFailuresFolderMarksExpectedFailures() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("translint-reader-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let kf = root.appendingPathComponent("known-failures/sub")
        try FileManager.default.createDirectory(at: kf, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: root.appendingPathComponent("b"), withIntermediateDirectories: true)
        try #"{"id":"k","text":"x"}"#.write(to: kf.appendingPathComponent("z.jsonl"), atomically: true, encoding: .utf8)
        try #"{"id":"p","text":"x","expect":"pass"}"#.write(to: kf.appendingPathComponent("a.jsonl"), atomically: true, encoding: .utf8)
        try #"{"id":"b","text":"x"}"#.write(to: root.appendingPathComponent("b/c.jsonl"), atomically: true, encoding: .utf8)
        try "not a corpus".write(to: root.appendingPathComponent("b/readme.md"), atomically: true, encoding: .utf8)

        let files = try CorpusReader.files(for: [root.path])
        #expect(files.map { URL(fileURLWithPath: $0).lastPathComponent } == ["c.jsonl", "a.jsonl", "z.jsonl"])
        let corpora = try files.map { try CorpusReader.read(file: $0) }
        #expect(corpora.map { $0.documents[0].expectsFailure } == [false, false, true])
        #expect(throws: CorpusReader.ReadError.self) { try CorpusReader.files(for: [root.path + "/missing"]) }
    }
}
