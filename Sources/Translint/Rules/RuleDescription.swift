/// A text a rule must (or must not) flag, with `⟦…⟧` marking each expected finding's range
/// and, for triggering examples, the text expected after `translint fix` applies the rule's
/// first fixes. The test suite runs every example of every rule.
public struct Example: Sendable, CustomStringConvertible {
    /// The text, with `⟦…⟧` around each expected finding.
    public var text: String
    /// Expected text after applying the first fix of every finding; nil when the rule
    /// proposes no fix for it.
    public var fixed: String?
    /// The language to analyse it as.
    public var language: Language
    /// The source file that declares it, for test failure messages.
    public var file: String
    /// The line that declares it, for test failure messages.
    public var line: Int

    /// An example; `file` and `line` default to the call site.
    public init(_ text: String, fixed: String? = nil, lang: Language = .fr,
                file: StaticString = #filePath, line: UInt = #line) {
        self.text = text
        self.fixed = fixed
        self.language = lang
        self.file = "\(file)"
        self.line = Int(line)
    }

    /// The text without markers.
    public var plainText: String { text.replacingOccurrences(of: "⟦", with: "").replacingOccurrences(of: "⟧", with: "") }

    /// Scalar ranges of the markers in the plain text.
    public var markedRanges: [Range<Int>] {
        var ranges: [Range<Int>] = []
        var offset = 0
        var open: Int? = nil
        for s in text.unicodeScalars {
            if s == "⟦" { open = offset } else if s == "⟧" {
                if let o = open { ranges.append(o..<offset) }
                open = nil
            } else { offset += 1 }
        }
        return ranges
    }

    /// "lang: text (file:line)".
    public var description: String { "\(language.rawValue): \(text) (\(file.split(separator: "/").last ?? ""):\(line))" }
}

/// Everything a rule says about itself: the catalogue entry, the documentation and the tests.
public struct RuleDescription: Sendable {
    /// Stable kebab-case id, never reused ("merged-word").
    public var id: String
    /// Title Case name.
    public var name: String
    /// The category of the rule's findings.
    public var category: Category
    /// One line, no trailing period.
    public var summary: String
    /// Why the artifact happens and how the rule decides, a few sentences.
    public var rationale: String
    /// Languages the rule runs on.
    public var languages: Set<Language>
    /// Languages where the artifact does not exist, with the reason (shown instead of firing).
    public var notApplicable: [Language: String]
    /// False for rules that run only when enabled explicitly.
    public var isEnabledByDefault: Bool
    /// Texts the rule must flag, with the expected fixed text.
    public var triggering: [Example]
    /// Texts the rule must not flag.
    public var nonTriggering: [Example]

    /// A description; by default the rule runs on every language and is enabled by default.
    public init(id: String, name: String, category: Category, summary: String, rationale: String,
                languages: Set<Language> = Set(Language.allCases), notApplicable: [Language: String] = [:],
                isEnabledByDefault: Bool = true, triggering: [Example], nonTriggering: [Example]) {
        self.id = id
        self.name = name
        self.category = category
        self.summary = summary
        self.rationale = rationale
        self.languages = languages
        self.notApplicable = notApplicable
        self.isEnabledByDefault = isEnabledByDefault
        self.triggering = triggering
        self.nonTriggering = nonTriggering
    }
}
