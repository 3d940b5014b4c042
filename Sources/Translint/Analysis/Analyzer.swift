/// Turns text into a `Report`: builds the `Document`, runs every enabled rule for the
/// document's language, drops findings under the confidence floor and duplicates, and
/// scores the result. Immutable and `Sendable`: one analyzer serves many threads.
public struct Analyzer: Sendable {
    public private(set) var configuration: Configuration
    public let resources: LanguageResources
    public let rules: [any Rule]
    /// Per rule, what every document asks of its description (its languages and confidence
    /// floor), read once here: a `RuleDescription` carries the rule's examples, and reading it
    /// per document copied them.
    private let plan: [(rule: any Rule, languages: Set<Language>, floor: Double)]

    public init(configuration: Configuration = Configuration(), resources: LanguageResources = .shared,
                rules: [any Rule] = RuleRegistry.all) {
        self.configuration = configuration
        self.resources = resources
        self.rules = rules.filter { configuration.runs(type(of: $0).description) }
        self.plan = self.rules.map { rule in
            let d = type(of: rule).description
            return (rule, d.languages, configuration.ruleMinimumConfidence[d.id] ?? configuration.minimumConfidence)
        }
    }

    /// This analyzer without the source-language hint, for callers that read only findings (the
    /// repairer): on junk text full of findings, the hint is a tenth of the analysis.
    var findingsOnly: Analyzer {
        var copy = self
        copy.configuration.infersSourceLanguage = false
        return copy
    }

    /// The language this analyzer uses for `text`: the configured one, or the identified one.
    public func language(for text: String) -> (Language, guessed: Bool) {
        switch configuration.language {
        case .fixed(let l): return (l, false)
        case .auto:
            let guess = LanguageIdentifier.forResources(resources).identify(text)
            return (guess.language, guess.confidence < 0.5)
        }
    }

    /// Builds the document model for `text` in `language`.
    public func document(for text: String, language: Language) -> Document {
        let profile = resources.profile(for: language)
        return Document(text: text, language: language, tokenizer: Tokenizer(elisions: profile.elisions))
    }

    public func analyze(_ text: String, language explicit: Language? = nil) -> Report {
        if text.utf8.count > Analyzer.segmentThreshold {
            return analyzeInSegments(text, language: explicit)
        }
        let (language, guessed) = explicit.map { ($0, false) } ?? self.language(for: text)
        return analyzeWhole(text, language: language, guessed: guessed)
    }

    /// Analyses `text` as one document, whatever its size.
    func analyzeWhole(_ text: String, language: Language, guessed: Bool) -> Report {
        let document = document(for: text, language: language)
        let context = RuleContext(document: document, profile: resources.profile(for: language),
                                  lexicon: resources.lexicon(for: language), resources: resources)
        var findings: [Finding] = []
        for (rule, languages, floor) in plan where languages.contains(language) {
            for f in rule.findings(in: context) where f.confidence >= floor && !f.range.isEmpty {
                findings.append(f)
            }
        }
        findings = Analyzer.resolveOverlaps(findings)
        // Directives only ever hide findings: with none to hide, the text need not be scanned.
        if configuration.honorsInlineDirectives && !findings.isEmpty {
            findings = InlineDirectives(scalars: document.scalars).filter(findings)
        }
        let wordCount = document.words.count
        let score = GarbleScore.score(findings: findings, wordCount: wordCount)
        var report = Report(language: language, findings: findings, garbleScore: score,
                            verdict: verdict(for: score),
                            wordCount: wordCount, languageWasGuessed: guessed)
        if configuration.infersSourceLanguage {
            report.sourceLanguageHint = SourceLanguageHint.infer(findings: findings, context: context)
        }
        return report
    }

    /// Sorts findings by position and drops exact duplicates (same category and range), keeping
    /// the most confident.
    static func resolveOverlaps(_ findings: [Finding]) -> [Finding] {
        struct Key: Hashable { var category: Category; var range: Range<Int> }
        var best: [Key: Finding] = [:]
        var order: [Key] = []
        for f in findings {
            let key = Key(category: f.category, range: f.range)
            if let existing = best[key] {
                if f.confidence > existing.confidence { best[key] = f }
            } else {
                best[key] = f
                order.append(key)
            }
        }
        return order.compactMap { best[$0] }.sorted {
            ($0.range.lowerBound, $0.range.upperBound, $0.ruleID) < ($1.range.lowerBound, $1.range.upperBound, $1.ruleID)
        }
    }
}

extension Analyzer {
    /// The verdict for a garble score under this analyzer's thresholds.
    public func verdict(for score: Double) -> Verdict {
        GarbleScore.verdict(score: score, suspect: configuration.suspectThreshold, garbled: configuration.garbledThreshold)
    }
}
