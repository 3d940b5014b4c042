import Foundation
import Testing
@testable import Translint

/// Inputs the fuzzer (Tests/Fuzz) found, replayed through the invariant they broke: each crash
/// the fuzzer finds stays here as a regression test.
@Suite struct FuzzFindingsTests {
    /// Found 2026-11-29 (fuzz run 7, English analyzer): the mojibake rule turns ten C1 controls
    /// (U+0084) into "„", and unbalanced-quotes restyled them for English one per round, more
    /// rounds than the repairer allowed (6), so a second repair changed the text again. The rule
    /// now offers fixes that settle the paragraph at once.
    static let notIdempotent = [
        "U+Gb29+RJwqxKwor/sKEeQomKHtZWSBqdW5lC3MqIAsgaiBssSsKK/4nIGQkIGwnIGQkIGwnCn6xKwor/sKEeQom/sKEeQomKHt5bycK/7ErCisgZCQgbCcKfrErCiv+woR5Cib+woR5CiYoe3lvJwqxKwor/ieRJwqxKwor/sKEeQomKHtZWSBqdW5lC3MqIAsgaiBssSsKK/4nIGQkIGwnCn6xKwor/sKEeQom/sKEeQomKHt5bycK/7ErCisgZCQgbCcKfrErCi1neHXMmib+woR5CiYoe3lvLk/ChHt5by69dGVyKG1heXt5by5kMicRm2k=",
        "U+Gb29+RJwqxKwor/sKEeQomKHtZWSBqdW5lC3MqIAsgaiBssSsKK/4nIGQkIGwnCn6xKwor/sKEeQom/sKEeQomKHt5bycKsSsKK/4nkScKsSsKK/7ChHkKJih7WVkganVuZQtzKiALIGogbLErCiv+JyBkJCBsJwp+sSsKK/7CZGllhHkKJv7ChHkKJih7eW8nCrErCisgZCQgbCcKfrErCi1neHX+woR5Cib+woR5CiYoe3lvJwqxKwor/ieRJwqxKwor/sKEeQomKHtZWSBqdW5lC3MqIMyaJv7ChHkKJih7eW8uT8KEe3lvLr10ZXIobWF5e3lvLmQyJxGbaQ==",
    ]

    @Test("Repairing a repaired fuzz input changes nothing", arguments: notIdempotent)
    func repairIsIdempotent(base64: String) throws {
        let bytes = try #require(Data(base64Encoded: base64))
        let text = DecodedText(bytes: Array(bytes)).text
        let repairer = Repairer(analyzer: Analyzer(configuration: Configuration(language: .fixed(.en))))
        let once = repairer.repair(text)
        let twice = repairer.repair(once.text)
        #expect(once.rounds <= 3, "mojibake, then quotes, then a check: \(once.rounds) rounds")
        #expect(twice.text == once.text)
    }

    /// Restyling one mark can change how the next ones pair ("„" then "“" reads as a German pair):
    /// the fixes of one analysis must leave nothing for unbalanced-quotes to fix.
    @Test func quoteFixesSettleInOneAnalysis() {
        let text = "The labels read „red„green„blue„grey.” on the boxes."
        var configuration = Configuration(language: .fixed(.en))
        configuration.onlyRules = ["unbalanced-quotes"]
        let analyzer = Analyzer(configuration: configuration)
        let first = analyzer.analyze(text).findings
        #expect(first.count == 2)
        let fixed = TextEditor.apply(first.flatMap { $0.fixes.first?.edits ?? [] }, to: text)
        let again = analyzer.analyze(fixed).findings
        #expect(again.allSatisfy { $0.fixes.isEmpty }, "\(again.map(\.message))")
    }
}
