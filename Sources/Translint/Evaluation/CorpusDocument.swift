/// One labeled artifact of a corpus document (`{"start","end","type","fix"?}`).
public struct GoldArtifact: Sendable, Hashable {
    /// Unicode scalar offsets into the document text, end-exclusive.
    public var range: Range<Int>
    /// The labeled kind of damage (the `type` field).
    public var category: Category
    /// The text that should replace the range ("" deletes it); nil when the corpus gives none.
    public var fix: String?

    /// Creates an artifact; `range` in Unicode scalar offsets, end-exclusive.
    public init(range: Range<Int>, category: Category, fix: String? = nil) {
        self.range = range
        self.category = category
        self.fix = fix
    }
}

/// One line of a corpus file: a text, its document-level label and its gold artifacts.
public struct CorpusDocument: Sendable {
    /// The `id` field, or "path:line" when the line has none.
    public var id: String
    /// The `lang` field as written (may name a language Translint has no data for).
    public var lang: String?
    /// The document-level label: true for garbled text (by default, when there are artifacts).
    public var garbled: Bool
    /// The text to analyse.
    public var text: String
    /// The labeled artifacts; empty for a clean document.
    public var artifacts: [GoldArtifact]
    /// Set for known failures: the case is expected to fail (strict xfail), see `CorpusReader`.
    public var expectsFailure: Bool
    /// Where it came from: file path and 1-based line number.
    public var file: String
    /// 1-based line number in `file`.
    public var line: Int

    /// Creates a document; `file` and `line` say where it came from, for messages.
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
    /// The corpus file.
    public var file: String
    /// 1-based line number in `file`.
    public var line: Int
    /// Why the line was skipped.
    public var message: String

    /// "file:line: message".
    public var description: String { "\(file):\(line): \(message)" }
}

/// The documents of one corpus file, plus the lines that were skipped.
public struct Corpus: Sendable {
    /// The path as it is shown and matched against thresholds (relative when possible).
    public var path: String
    /// The usable documents, in file order.
    public var documents: [CorpusDocument]
    /// The lines that were skipped.
    public var problems: [CorpusProblem]

    /// A corpus with these documents and skipped lines.
    public init(path: String, documents: [CorpusDocument], problems: [CorpusProblem] = []) {
        self.path = path
        self.documents = documents
        self.problems = problems
    }
}
