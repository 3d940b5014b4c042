import Foundation
import Testing
@testable import Translint

/// `KeyFeatureCache` remembers word features across documents and threads. It must never change
/// a result: a document analysed with a cold cache, a warm one, or on several threads at once
/// gives the same report, and the table keeps exactly what its bounds allow.
@Suite struct KeyFeatureCacheTests {
    static let documents: [(text: String, language: Language)] = [
        ("Le président a déclaré que Pyrénéesla capitale attend. Le Le dirigeant est arrivé dans Septembre.", .fr),
        ("Il a remercié les habitants de la région et le gouvernement. Les habitants ont remercié le président.", .fr),
        ("« Nous allons continuer », a-t-il dit, mais la la réunion a été reportée à mercredi prochain.", .fr),
        ("The president said that the the minister arrived in Harare on Monday with the delegation.", .en),
        ("Officials met on Monday and the officials said the meeting of the officials went well.", .en),
        ("zzqx vrrpt zzqx Ülkerqa mmmbrl-zzqx qqq qqq Xyzzyand the Blorptown council", .en),
    ]

    private static func reports(_ resources: LanguageResources) -> [String] {
        documents.map { report($0, resources) }
    }

    private static func report(_ document: (text: String, language: Language), _ resources: LanguageResources) -> String {
        let analyzer = Analyzer(configuration: Configuration(language: .fixed(document.language)), resources: resources)
        return Reporters.json(analyzer.analyze(document.text), source: document.text, path: nil).serialized()
    }

    /// Fresh `LanguageResources` load fresh lexicon and profile objects, so each starts with an
    /// empty cache of its own.
    private static func freshResources() -> LanguageResources {
        LanguageResources(directory: LanguageResources.locateDefaultDirectory())
    }

    @Test func coldWarmAndConcurrentAnalysesGiveTheSameReports() {
        let resources = Self.freshResources()
        let cold = Self.reports(resources)
        #expect(cold.filter { $0.contains("doubled-article") }.count >= 3, "the documents exercise the rules")
        #expect(Self.reports(resources) == cold, "the same resources, now with a warm cache")
        // Documents in the other order: the cache fills in another order.
        let reversedResources = Self.freshResources()
        let reversed = Self.documents.indices.reversed().map { Self.report(Self.documents[$0], reversedResources) }
        #expect(reversed == Array(cold.reversed()))

        let shared = Self.freshResources()
        let results = ResultBox(count: Self.documents.count * 8)
        DispatchQueue.concurrentPerform(iterations: Self.documents.count * 8) { i in
            results.set(i, Self.report(Self.documents[i % Self.documents.count], shared))
        }
        for i in 0..<Self.documents.count * 8 {
            #expect(results.get(i) == cold[i % Self.documents.count], "document \(i % Self.documents.count) on a worker")
        }
    }

    @Test func tableRemembersWhatItsBoundsAllowAndNothingMore() {
        var table = KeyFeatureTable()
        func insert(_ form: String, zipf: Double = 1) {
            let key = form.lowercased()
            var bytes = Array(form.utf8)
            bytes.withUnsafeMutableBufferPointer { buffer in
                let bytes = UnsafeBufferPointer(buffer)
                if table.entry(ofForm: bytes, hash: Self.hash(bytes)) == nil {
                    table.insert(form: bytes, hash: Self.hash(bytes), key: key, fnv: 0, zipf: zipf,
                                 readings: [], startsName: false, calendarWord: nil)
                }
            }
        }
        func lookup(_ form: String) -> Int? {
            var form = form
            return form.withUTF8 { table.entry(ofForm: $0, hash: Self.hash($0)) }
        }
        let longest = String(repeating: "a", count: KeyFeatureTable.longestForm)
        insert(longest, zipf: 2)
        insert(longest + "b")
        #expect(lookup(longest).map { table.zipfs[$0] } == 2)
        #expect(lookup(longest + "b") == nil, "a form over the length bound is not remembered")

        for i in 0..<(KeyFeatureTable.capacity - 1) { insert("Form\(i)", zipf: Double(i)) }
        #expect(lookup("Form123").map { table.keys[$0] } == "form123")
        #expect(lookup("Form123").map { table.zipfs[$0] } == 123)
        #expect(lookup("form123") == nil, "forms are raw bytes: case matters")
        insert("overflow")
        #expect(lookup("overflow") == nil, "a full table remembers nothing more")
        #expect(lookup("Form\(KeyFeatureTable.capacity - 2)") != nil)
    }

    /// Regression: the caches were first kept in a process-wide registry that held up to eight
    /// lexicons alive after their `LanguageResources` was dropped (tens of MB each).
    @Test func theCachesGoWithTheirLexicon() {
        weak var lexicon: Lexicon?
        weak var cache: KeyFeatureCache?
        do {
            let resources = Self.freshResources()
            _ = Self.report(Self.documents[0], resources)
            let fr = resources.lexicon(for: .fr)
            lexicon = fr
            cache = KeyFeatureCache.shared(lexicon: fr, profile: resources.profile(for: .fr))
            #expect(cache?.withTable { $0.keys.count } ?? 0 > 0, "the analysis filled the cache")
        }
        #expect(lexicon == nil)
        #expect(cache == nil)
    }

    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
        UInt32(truncatingIfNeeded: FNV1a.hash(bytes))
    }
}

/// Results written by concurrent workers, one slot each.
private final class ResultBox: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [String?]

    init(count: Int) { values = [String?](repeating: nil, count: count) }

    func set(_ i: Int, _ value: String) { lock.lock(); values[i] = value; lock.unlock() }
    func get(_ i: Int) -> String? { lock.lock(); defer { lock.unlock() }; return values[i] }
}
