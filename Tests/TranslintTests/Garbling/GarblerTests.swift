import Foundation
import Testing
@testable import Translint

@Suite struct GarblerTests {
    static let text = """
    Le président a remercié la Corée du Nord pour son soutien. Marie a dit que le projet avance.

    Les États-Unis ont réagi en septembre, selon « une source proche du dossier ». Le dirigeant est arrivé à Iakoutsk une ville de Sibérie, avec le ministre. Hier, Poutine a déclaré que la visite continue.

    Photo : Kim Jong Un à Pyongyang

    Le port forwarding se réalise facilement à partir d'une technique de DNAT. Le serveur web est lancé le lundi et la sauvegarde a lieu chaque dimanche dans la nuit.

    La distribution est maintenue par des bénévoles qui travaillent sur le noyau, les paquets et la documentation depuis des années.
    """

    static func options(seed: UInt64, rate: Double = 0.3) -> Garbler.Options {
        var o = Garbler.Options(language: .fr, seed: seed)
        o.rate = rate
        o.cleanShare = 0
        return o
    }

    static func jsonl(_ docs: [GarbledDocument]) -> String { docs.map { $0.json.serialized() + "\n" }.joined() }

    @Test func sameSeedSameBytesOtherSeedOtherBytes() {
        let a = Self.jsonl(Garbler(options: Self.options(seed: 7)).garble(Self.text))
        let b = Self.jsonl(Garbler(options: Self.options(seed: 7)).garble(Self.text))
        let c = Self.jsonl(Garbler(options: Self.options(seed: 8)).garble(Self.text))
        #expect(a == b)
        #expect(a != c)
    }

    /// Regression: another injection used to land in a duplicated line's original, so the
    /// "repeat" no longer repeated anything and the duplicate-line rule rightly missed it.
    @Test func duplicatedLinesRepeatTheirOriginalExactly() {
        var checked = 0
        for seed in 1...60 as ClosedRange<UInt64> {
            for d in Garbler(options: Self.options(seed: seed, rate: 0.6)).garble(Self.text)
            where d.artifacts.contains(where: { $0.category == .duplicateLine }) {
                let scalars = Array(d.text.unicodeScalars)
                for a in d.artifacts where a.category == .duplicateLine {
                    var copy = String(); copy.unicodeScalars.append(contentsOf: scalars[a.range])
                    let line = copy.trimmingCharacters(in: .newlines)
                    var before = String(); before.unicodeScalars.append(contentsOf: scalars[..<a.range.lowerBound])
                    let previous = before.trimmingCharacters(in: .newlines).components(separatedBy: "\n").last ?? ""
                    #expect(previous == line, "seed \(seed): \(previous.debugDescription) vs \(line.debugDescription)")
                    checked += 1
                }
            }
        }
        #expect(checked > 10)
    }

    @Test func splitMix64IsTheReferenceSequence() {
        // First outputs of SplitMix64 seeded with 0 (reference implementation by S. Vigna).
        var rng = SplitMix64(seed: 0)
        #expect(rng.next() == 0xE220_A839_7B1D_CDAF)
        #expect(rng.next() == 0x6E78_9E6A_A1B9_65F4)
    }

    /// Applying every fix (last to first) restores the input; labels neither overlap nor touch;
    /// each label really changes the text.
    static func checkExact(_ docs: [GarbledDocument]) {
        for d in docs {
            #expect(d.restored == d.original, "\(d.id): labels do not restore the input")
            let sorted = d.artifacts.sorted { $0.range.lowerBound < $1.range.lowerBound }
            for (a, b) in zip(sorted, sorted.dropFirst()) {
                #expect(a.range.upperBound < b.range.lowerBound, "\(d.id): \(a.range) touches \(b.range)")
            }
            let scalars = Array(d.text.unicodeScalars)
            for a in d.artifacts {
                var s = String()
                s.unicodeScalars.append(contentsOf: scalars[a.range])
                #expect(s != a.fix, "\(d.id): label \(a.range) changes nothing")
                #expect(GarbleKind(rawValue: a.category.rawValue) != nil)
            }
        }
    }

    @Test func labelsAreExactOnASmallText() {
        for seed in UInt64(0)..<40 {
            Self.checkExact(Garbler(options: Self.options(seed: seed, rate: 0.5)).garble(Self.text))
        }
    }

    @Test func labelsAreExactOnTheGarblerInputs() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        for language in Language.allCases {
            let path = root.appendingPathComponent("Corpora/sources/\(language.rawValue)-garbler-input.txt").path
            guard let input = try? String(contentsOfFile: path, encoding: .utf8) else { continue }
            let docs = Garbler(options: Garbler.Options(language: language, seed: 1)).garble(String(input.prefix(60_000)))
            #expect(docs.count > 10)
            Self.checkExact(docs)
        }
    }

    @Test func everyKindCanBeInjected() {
        var seen = Set<String>()
        for seed in UInt64(0)..<40 {
            for d in Garbler(options: Self.options(seed: seed, rate: 0.5)).garble(Self.text) {
                seen.formUnion(d.artifacts.map(\.category.rawValue))
            }
        }
        #expect(seen == Set(GarbleKind.allCases.map(\.rawValue)))
    }

    @Test func kindsOptionRestrictsTheKinds() {
        var o = Self.options(seed: 3, rate: 0.9)
        o.kinds = [.mergedWord]
        let docs = Garbler(options: o).garble(Self.text)
        #expect(docs.allSatisfy { $0.artifacts.allSatisfy { $0.category == .mergedWord } })
        #expect(docs.contains { !$0.artifacts.isEmpty })
    }

    @Test func mergesNeverFormAFrequentWord() {
        let lexicon = LanguageResources.shared.lexicon(for: .fr)
        var o = Self.options(seed: 5, rate: 1)
        o.kinds = [.mergedWord]
        for d in Garbler(options: o).garble(Self.text) {
            let scalars = Array(d.text.unicodeScalars)
            for a in d.artifacts {
                var s = String()
                s.unicodeScalars.append(contentsOf: scalars[a.range])
                #expect(lexicon.zipf(s) < 2, "\(s)")
                #expect(a.fix?.replacingOccurrences(of: " ", with: "") == s)
            }
        }
    }

    @Test func examplesFromTheIssue() {
        let finder = SiteFinder(language: .fr, resources: .shared)
        let c = finder.context(for: "Le président a dit en septembre que Marie a parlé avec le dirigeant de Iakoutsk une fois.")
        #expect(finder.merges(c).contains { $0.replacement == "Iakoutskune" })
        #expect(finder.strayArticles(c).first?.range == 0..<0)
        #expect(finder.doubledArticles(c).contains { $0.replacement == "le Le" })
        #expect(finder.capitalizations(c).map(\.replacement) == ["Septembre"])
        #expect(finder.redundantPronouns(c).map(\.replacement) == ["Il "])
    }

    @Test func paragraphsAndDocuments() {
        #expect(Garbler.paragraphs(of: "a b\nc\n\n\nd e\n") == ["a b\nc", "d e"])
        #expect(Garbler.paragraphs(of: "one\ntwo\nthree\n") == ["one", "two", "three"])
        let long = (0..<40).map { "Paragraphe \($0) " + String(repeating: "mot ", count: 60) }.joined(separator: "\n\n")
        let docs = Garbler(options: Self.options(seed: 1)).documentTexts(Garbler.paragraphs(of: long))
        for d in docs {
            #expect(d.components(separatedBy: "\n\n").count <= 3)
            #expect(Garbler.wordCount(d) <= 300)
        }
    }

    @Test func aShareOfDocumentsStaysClean() {
        let input = (0..<200).map { "Le serveur \($0) a redémarré avec le noyau de Debian et la configuration du réseau est restée stable pour les utilisateurs de la distribution." }
            .joined(separator: "\n\n")
        let docs = Garbler(options: Garbler.Options(language: .fr, seed: 11)).garble(input)
        let clean = docs.filter { !$0.garbled }.count
        #expect(clean > 0 && clean < docs.count / 2)
        #expect(docs.filter { !$0.garbled }.allSatisfy { $0.text == $0.original })
    }
}
