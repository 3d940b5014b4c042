/// One garbled corpus document: the clean original, the garbled text and its gold labels.
public struct GarbledDocument: Sendable {
    /// "<prefix>-<number>", numbered from 1 and zero-padded to at least four digits.
    public var id: String
    /// The language of the text.
    public var language: Language
    /// The clean text before injection.
    public var original: String
    /// The garbled text; artifact offsets point into it.
    public var text: String
    /// Gold labels in Unicode scalar offsets of `text`; each fix restores the original span.
    public var artifacts: [GoldArtifact]
    /// Where the input text came from (the corpus `source` field).
    public var source: String
    /// The input text's license (the corpus `license` field).
    public var license: String

    /// True when at least one artifact was injected.
    public var garbled: Bool { !artifacts.isEmpty }

    /// Applies sorted, pairwise-apart injections and records each label in garbled offsets.
    init(id: String, language: Language, original: String, injections: [Injection], source: String, license: String) {
        let scalars = Array(original.unicodeScalars)
        var out = String.UnicodeScalarView()
        var artifacts: [GoldArtifact] = []
        var cursor = 0, length = 0
        for injection in injections {
            out.append(contentsOf: scalars[cursor..<injection.range.lowerBound])
            length += injection.range.lowerBound - cursor
            var fix = String()
            fix.unicodeScalars.append(contentsOf: scalars[injection.range])
            let count = injection.replacement.unicodeScalars.count
            artifacts.append(GoldArtifact(range: length..<length + count, category: injection.kind.category, fix: fix))
            out.append(contentsOf: injection.replacement.unicodeScalars)
            length += count
            cursor = injection.range.upperBound
        }
        out.append(contentsOf: scalars[cursor...])
        self.id = id
        self.language = language
        self.original = original
        self.text = String(out)
        self.artifacts = artifacts
        self.source = source
        self.license = license
    }

    /// The text with every gold fix applied (last to first): equals `original` when the labels are exact.
    public var restored: String {
        TextEditor.apply(artifacts.map { Edit($0.range, $0.fix ?? "") }, to: text)
    }

    /// The document as a corpus line (DESIGN.md, "Corpus format").
    public var json: JSONValue {
        .object([
            ("id", .string(id)), ("lang", .string(language.rawValue)), ("garbled", .bool(garbled)),
            ("source", .string(source)), ("license", .string(license)), ("text", .string(text)),
            ("artifacts", .array(artifacts.map { a in
                .object([("start", .int(a.range.lowerBound)), ("end", .int(a.range.upperBound)),
                         ("type", .string(a.category.rawValue)), ("fix", .string(a.fix ?? ""))])
            })),
        ])
    }

    /// As a `CorpusDocument`, for evaluating without writing a file.
    public var corpusDocument: CorpusDocument {
        CorpusDocument(id: id, lang: language.rawValue, garbled: garbled, text: text, artifacts: artifacts)
    }
}
