/// One labeled artifact of a corpus document (`{"start","end","type","fix"?}`).
public struct GoldArtifact: Sendable, Hashable {
    /// Unicode scalar offsets into the document text, end-exclusive.
    public var range: Range<Int>
    public var category: Category
    /// The text that should replace the range ("" deletes it); nil when the corpus gives none.
    public var fix: String?

    public init(range: Range<Int>, category: Category, fix: String? = nil) {
        self.range = range
        self.category = category
        self.fix = fix
    }
}

/// One line of a corpus file: a text, its document-level label and its gold artifacts.
public struct CorpusDocument: Sendable {
    public var id: String
    /// The `lang` field as written (may name a language Translint has no data for).
    public var lang: String?
    public var garbled: Bool
    public var text: String
    public var artifacts: [GoldArtifact]
    /// Set for known failures: the case is expected to fail (strict xfail), see `CorpusReader`.
    public var expectsFailure: Bool
    /// Where it came from: file path and 1-based line number.
    public var file: String
    public var line: Int

    public init(id: String, lang: String? = nil, garbled: Bool, text: String, artifacts: [GoldArtifact] = [],
                expectsFailure: Bool = false, file: String = "", line: Int = 0) {
        self.id = id
        self.lang = lang
        self.garbled = garbled
        self.text = text
        self.artifacts = artifacts
        self.expectsFailure = expectsFailure
        self.file = file
        self.line = line
    }

    /// The document's language when `lang` names one Translint knows.
    public var language: Language? { lang.flatMap { Language(rawValue: $0.lowercased()) } }
}

/// A corpus line that could not be used: where and why. Bench reports it and goes on.
public struct CorpusProblem: Error, Sendable, Hashable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var message: String

    public var description: String { "\(file):\(line): \(message)" }
}

/// The documents of one corpus file, plus the lines that were skipped.
public struct Corpus: Sendable {
    /// The path as it is shown and matched against thresholds (relative when possible).
    public var path: String
    public var documents: [CorpusDocument]
    public var problems: [CorpusProblem]

    public init(path: String, documents: [CorpusDocument], problems: [CorpusProblem] = []) {
        self.path = path
        self.documents = documents
        self.problems = problems
    }
}
