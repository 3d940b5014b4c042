import Testing
@testable import Translint

/// Runs every example of every registered rule: triggering examples must give exactly the
/// marked ranges and, once fixed, the expected text (which must not trigger again);
/// non-triggering examples must give nothing. Each example also runs behind a prefix of
/// multibyte text (emoji, ZWJ sequence, accents) to catch offset bugs.
@Suite struct RuleExamplesTests {
    static let ruleIDs = RuleRegistry.descriptions.map(\.id)
    static let prefix = "👩‍🔬 Ünïcödé 🇫🇷.\n\n"

    static func analyzer(for id: String, language: Language) -> Analyzer {
        var configuration = Configuration(language: .fixed(language))
        configuration.onlyRules = [id]
        return Analyzer(configuration: configuration)
    }

    static func findings(_ id: String, _ text: String, _ language: Language) -> [Finding] {
        analyzer(for: id, language: language).analyze(text).findings.filter { $0.ruleID == id }
    }

    static func describe(_ findings: [Finding], in text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        return findings.map { f in
            var s = String()
            s.unicodeScalars.append(contentsOf: scalars[f.range.clamped(to: 0..<scalars.count)])
            return "⟦\(s)⟧@\(f.range)"
        }.joined(separator: ", ")
    }

    @Test("Every rule documents itself and has examples of both kinds", arguments: ruleIDs)
    func describesItself(id: String) {
        let d = RuleRegistry.rule(id: id)!.description
        #expect(!d.triggering.isEmpty, "\(id) has no triggering example")
        #expect(!d.nonTriggering.isEmpty, "\(id) has no non-triggering example")
        #expect(!d.summary.hasSuffix("."), "summary of \(id) ends with a period")
        #expect(d.summary != "TODO" && !d.rationale.isEmpty)
        #expect(id.allSatisfy { $0.isLowercase || $0 == "-" }, "id \(id) is not kebab-case")
    }

    @Test("Triggering examples give exactly the marked findings and fixes", arguments: ruleIDs)
    func triggering(id: String) {
        let d = RuleRegistry.rule(id: id)!.description
        for example in d.triggering {
            let text = example.plainText
            let found = Self.findings(id, text, example.language)
            let ranges = found.map(\.range).sorted { $0.lowerBound < $1.lowerBound }
            #expect(ranges == example.markedRanges,
                    "\(example): found \(Self.describe(found, in: text))")
            for f in found {
                #expect(f.message.isEmpty == false && !f.message.hasSuffix("."), "\(example): bad message \(f.message)")
                #expect((0...1).contains(f.confidence))
            }
            if let expected = example.fixed {
                let edits = found.compactMap { $0.fixes.first }.flatMap(\.edits)
                let fixed = TextEditor.apply(edits, to: text)
                #expect(fixed == expected, "\(example): fixed to \(fixed)")
                let again = Self.findings(id, fixed, example.language)
                #expect(again.isEmpty, "\(example): fixed text triggers again: \(Self.describe(again, in: fixed))")
            }
            // The same example behind multibyte text: ranges shift by the prefix length.
            let shift = Self.prefix.unicodeScalars.count
            let shifted = Self.findings(id, Self.prefix + text, example.language).map(\.range)
                .sorted { $0.lowerBound < $1.lowerBound }
            #expect(shifted == example.markedRanges.map { ($0.lowerBound + shift)..<($0.upperBound + shift) },
                    "\(example): offsets wrong behind a multibyte prefix")
        }
    }

    @Test("Triggering examples give nothing inside an ignored region", arguments: ruleIDs)
    func ignoredRegion(id: String) {
        let d = RuleRegistry.rule(id: id)!.description
        for example in d.triggering {
            let text = "<!-- translint-disable \(id) -->\n" + example.plainText + "\n<!-- translint-enable -->\n"
            let found = Self.findings(id, text, example.language)
            #expect(found.isEmpty, "\(example): found behind a disable directive: \(Self.describe(found, in: text))")
        }
    }

    @Test("Non-triggering examples give nothing", arguments: ruleIDs)
    func nonTriggering(id: String) {
        let d = RuleRegistry.rule(id: id)!.description
        for example in d.nonTriggering {
            let text = example.plainText
            let found = Self.findings(id, text, example.language)
            #expect(found.isEmpty, "\(example): found \(Self.describe(found, in: text))")
        }
    }

    @Test("Rule ids are unique")
    func uniqueIDs() {
        #expect(Set(Self.ruleIDs).count == Self.ruleIDs.count)
    }
}
