import Foundation
import Testing
@testable import Translint

/// Language identification accuracy on the clean negative corpora, per paragraph.
@Suite struct LanguageIdentifierTests {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Paragraphs (text split at blank lines) of at least `minimumWords` whitespace-separated
    /// words from `Corpora/negative/<lang>-clean.jsonl`, in file order.
    static func paragraphs(_ language: Language, minimumWords: Int = 20) -> [String] {
        let url = packageRoot.appendingPathComponent("Corpora/negative/\(language.rawValue)-clean.jsonl")
        guard let data = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        var out: [String] = []
        for line in data.split(separator: "\n") {
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                  let text = object["text"] as? String else { continue }
            for paragraph in text.components(separatedBy: "\n\n") {
                let words = paragraph.split(whereSeparator: { $0.isWhitespace }).count
                if words >= minimumWords { out.append(paragraph) }
            }
        }
        return out
    }

    @Test func paragraphAccuracyOnCleanCorpora() {
        let identifier = LanguageIdentifier.shared
        var confusion: [Language: [Language: Int]] = [:]
        var total = 0, correct = 0
        var errors: [String] = []
        for language in Language.allCases {
            for paragraph in Self.paragraphs(language) {
                let guess = identifier.identify(paragraph)
                confusion[language, default: [:]][guess.language, default: 0] += 1
                total += 1
                if guess.language == language { correct += 1 } else if errors.count < 60 {
                    let scores = guess.scores.sorted { $0.value > $1.value }.prefix(3)
                        .map { "\($0.key.rawValue)=\(String(format: "%.2f", $0.value))" }.joined(separator: " ")
                    errors.append("\(language.rawValue)→\(guess.language.rawValue) [\(scores)] \(paragraph.prefix(160))")
                }
            }
        }
        let langs = Language.allCases
        var table = "| true \\ guessed | " + langs.map(\.rawValue).joined(separator: " | ") + " | paragraphs | accuracy |\n"
        table += "|---|" + String(repeating: "---|", count: langs.count + 2) + "\n"
        for l in langs {
            let row = confusion[l] ?? [:]
            let n = row.values.reduce(0, +)
            let acc = n == 0 ? 0 : Double(row[l] ?? 0) / Double(n)
            table += "| \(l.rawValue) | " + langs.map { String(row[$0] ?? 0) }.joined(separator: " | ")
                + " | \(n) | \(String(format: "%.2f", acc * 100)) % |\n"
        }
        let accuracy = total == 0 ? 0 : Double(correct) / Double(total)
        print("Language identification, paragraphs of ≥ 20 words: \(correct)/\(total) = \(String(format: "%.3f", accuracy * 100)) %")
        print(table)
        for e in errors { print("  miss: \(e)") }
        #expect(total > 1000)
        #expect(accuracy >= 0.99)
    }
    /// Sentences of 8–19 words (split after . ! ? followed by a space) from the same corpora:
    /// the unit the untranslated-fragment rule also judges.
    @Test func sentenceAccuracyOnCleanCorpora() {
        let identifier = LanguageIdentifier.shared
        var total = 0, correct = 0
        var perLanguage: [String] = []
        for language in Language.allCases {
            var n = 0, ok = 0
            for paragraph in Self.paragraphs(language, minimumWords: 1) {
                var sentence = ""
                var sentences: [String] = []
                var previous: Character = " "
                for c in paragraph {
                    if c == " " && (previous == "." || previous == "!" || previous == "?") {
                        sentences.append(sentence); sentence = ""
                    } else { sentence.append(c) }
                    previous = c
                }
                sentences.append(sentence)
                for s in sentences {
                    let words = s.split(whereSeparator: { $0.isWhitespace }).count
                    guard words >= 8 && words < 20 else { continue }
                    n += 1
                    if identifier.identify(s).language == language { ok += 1 }
                }
            }
            total += n; correct += ok
            perLanguage.append("\(language.rawValue) \(ok)/\(n)")
        }
        let accuracy = total == 0 ? 0 : Double(correct) / Double(total)
        print("Language identification, sentences of 8–19 words: \(correct)/\(total) = \(String(format: "%.3f", accuracy * 100)) % (\(perLanguage.joined(separator: ", ")))")
        #expect(accuracy >= 0.99)
    }

    @Test func identifiesParagraphsOfAMixedDocument() {
        let fr = Self.paragraphs(.fr), es = Self.paragraphs(.es)
        guard fr.count > 3, !es.isEmpty else { Issue.record("corpora missing"); return }
        let text = [fr[0], fr[1], es[0], fr[2]].joined(separator: "\n\n")
        let document = Document(text: text, language: .fr)
        let guesses = LanguageIdentifier.shared.identifyParagraphs(document: document).map(\.guess.language)
        #expect(guesses == [.fr, .fr, .es, .fr])
        #expect(LanguageIdentifier.shared.identify(text).language == .fr)
    }

    @Test func isDeterministicAndSafeOnOddInput() {
        let identifier = LanguageIdentifier.shared
        for text in ["", " ", "123 456", "👩‍🔬🇫🇷", "l’", "'''", "-- -- --", String(repeating: "a", count: 5000)] {
            let a = identifier.identify(text), b = identifier.identify(text)
            #expect(a.language == b.language && a.margin == b.margin)
        }
        #expect(identifier.identify("").language == .en)
        #expect(identifier.identify("").confidence == 0)
        #expect(identifier.identify("Der Hund schläft, weil er müde ist und nicht spielen will.").language == .de)
        #expect(identifier.identify("O cão dorme porque está cansado e não quer brincar.").language == .pt)
        #expect(identifier.identify("Il cane dorme perché è stanco e non vuole giocare.").language == .it)
        #expect(identifier.identify("El perro duerme porque está cansado y no quiere jugar.").language == .es)
        #expect(identifier.identify("Le chien dort parce qu’il est fatigué et ne veut pas jouer.").language == .fr)
        #expect(identifier.identify("The dog sleeps because it is tired and does not want to play.").language == .en)
    }

    /// Acceptance test of the untranslated-fragment rule: a document in one language with one
    /// paragraph of another (all 30 pairs × 3, paragraphs taken deterministically from the clean
    /// corpora) gets exactly one finding, over that paragraph.
    @Test func untranslatedParagraphIsFoundAndNothingElse() {
        let analyzer = Analyzer(rules: [UntranslatedFragmentRule()])
        var failures: [String] = []
        var cases = 0
        for (ti, target) in Language.allCases.enumerated() {
            let host = Self.paragraphs(target)
            for source in Language.allCases where source != target {
                let guest = Self.paragraphs(source)
                guard host.count > 40, guest.count > 40 else { continue }
                for k in 0..<3 {
                    let before = [host[k * 7], host[k * 7 + 1]].joined(separator: "\n\n")
                    let foreign = guest[k * 11 + ti]
                    let after = host[k * 7 + 2]
                    let text = before + "\n\n" + foreign + "\n\n" + after
                    let start = (before + "\n\n").unicodeScalars.count
                    let expected = start..<(start + foreign.unicodeScalars.count)
                    let report = analyzer.analyze(text, language: target)
                    let ranges = report.findings.filter { $0.category == .untranslatedFragment }.map(\.range)
                    cases += 1
                    if ranges != [expected] {
                        failures.append("\(target.rawValue)←\(source.rawValue) #\(k): \(ranges) expected \(expected)")
                    }
                }
            }
        }
        for f in failures { print("  mixed-document failure: \(f)") }
        print("Untranslated paragraph acceptance: \(cases - failures.count)/\(cases)")
        #expect(cases >= 90)
        #expect(failures.isEmpty)
    }

    /// Regression: resources made for a `.translint.json` rebuilt the whole model for every
    /// document (untranslated-fragment and `--lang auto` ask for it per document), which made
    /// a batch with a configuration file about 150 times slower.
    @Test func customResourcesBuildTheirModelOnce() {
        let custom = LanguageResources(directory: LanguageResources.shared.directory,
                                       overrides: ResourceOverrides(extraWords: [.fr: ["zorglubien": 3]]))
        let first = LanguageIdentifier.forResources(custom)
        #expect(first.sharesModel(with: LanguageIdentifier.forResources(custom)))
        #expect(first.sharesModel(with: custom.languageIdentifier))
        #expect(!first.sharesModel(with: LanguageIdentifier(resources: custom)), "a fresh build is another model")
        #expect(first.identify("Le président a dit que la maison est rouge.").language == .fr)
        #expect(LanguageIdentifier.shared.sharesModel(with: LanguageIdentifier.forResources(.shared)))
    }

    /// `Language` hashes and compares its position, which is also the model's column.
    @Test func positionsFollowAllCasesAndTheModelColumns() {
        for (i, language) in Language.allCases.enumerated() {
            #expect(language.position == i)
            #expect(LanguageIdentifier.languages[i] == language)
            #expect(LanguageIdentifier.index(language) == i)
        }
        #expect(Set(Language.allCases).count == Language.allCases.count)
        #expect(Language.fr != .es && Language(rawValue: "fr") == .fr)
    }
}
