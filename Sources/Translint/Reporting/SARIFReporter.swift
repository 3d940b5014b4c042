/// Renders reports as a SARIF 2.1.0 log (one run, every document's findings as results), for
/// code-scanning dashboards and editors.
///
/// The run lists every rule of the registry with its metadata (id, name, short and full
/// description, help, default level). Columns and `charOffset`/`charLength` count Unicode
/// scalars (`columnKind: unicodeCodePoints`, also stated in the driver's properties), the same
/// numbers as the text and JSON outputs. Each fix becomes a SARIF fix with one replacement per
/// edit. `partialFingerprints["translint/v1"]` is the baseline context hash, stable when other
/// parts of the file change.
public enum SARIFReporter {
    /// The schema URI written in the log.
    public static let schemaURI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"

    /// The SARIF log for these documents, as indented JSON.
    public static func render(_ documents: [ReportedDocument], rules: [RuleDescription] = RuleRegistry.descriptions) -> String {
        log(documents, rules: rules).pretty() + "\n"
    }

    /// The SARIF log as a JSON value.
    public static func log(_ documents: [ReportedDocument], rules: [RuleDescription] = RuleRegistry.descriptions) -> JSONValue {
        var ruleIndex: [String: Int] = [:]
        for (i, d) in rules.enumerated() { ruleIndex[d.id] = i }
        var results: [JSONValue] = []
        var artifacts: [JSONValue] = []
        var summaries: [JSONValue] = []
        for (artifactIndex, document) in documents.enumerated() {
            let uri = uriReference(document.path)
            let scalars = Array(document.source.unicodeScalars)
            let position = TextPosition(document.source)
            artifacts.append(.object([
                ("location", .object([("uri", .string(uri))])),
                ("length", .int(document.source.utf8.count)),
                ("mimeType", .string("text/plain")),
                ("encoding", .string("utf-8")),
                ("sourceLanguage", .string(document.report.language.rawValue)),
            ]))
            var summary: [(String, JSONValue)] = [
                ("uri", .string(uri)),
                ("language", .string(document.report.language.rawValue)),
                ("words", .int(document.report.wordCount)),
                ("garbleScore", .number(document.report.garbleScore)),
                ("verdict", .string(document.report.verdict.rawValue)),
            ]
            if let hint = document.report.sourceLanguageHint {
                summary.append(("sourceLanguage", .string(hint.language.rawValue)))
            }
            summaries.append(.object(summary))
            for f in document.report.findings {
                let location: JSONValue = .object([("uri", .string(uri)), ("index", .int(artifactIndex))])
                var result: [(String, JSONValue)] = [("ruleId", .string(f.ruleID))]
                if let index = ruleIndex[f.ruleID] { result.append(("ruleIndex", .int(index))) }
                var message = f.message
                if let fix = f.fixes.first {
                    message += ". Suggested: \"\(Reporters.visible(Reporters.applied(fix, scalars: scalars, span: f.range)))\""
                }
                result += [
                    ("level", .string(f.confidence >= 0.7 ? "warning" : "note")),
                    ("message", .object([("text", .string(message))])),
                    ("locations", .array([.object([("physicalLocation", .object([
                        ("artifactLocation", location),
                        ("region", region(f.range, scalars: scalars, position: position, snippet: true)),
                    ]))])])),
                    ("partialFingerprints", .object([
                        ("translint/v1", .string(Baseline.entry(for: f, scalars: scalars, path: document.path).context)),
                    ])),
                ]
                if !f.fixes.isEmpty {
                    result.append(("fixes", .array(f.fixes.map { fix in
                        .object([
                            ("description", .object([("text", .string(
                                "\(fix.isSafe ? "Safe" : "Unsafe") fix: \"\(Reporters.visible(Reporters.applied(fix, scalars: scalars, span: f.range)))\""))])),
                            ("artifactChanges", .array([.object([
                                ("artifactLocation", location),
                                ("replacements", .array(fix.edits.map { edit in
                                    .object([
                                        ("deletedRegion", region(edit.range, scalars: scalars, position: position, snippet: false)),
                                        ("insertedContent", .object([("text", .string(edit.replacement))])),
                                    ])
                                })),
                            ])])),
                        ])
                    })))
                }
                result.append(("properties", .object([
                    ("category", .string(f.category.rawValue)),
                    ("confidence", .number((f.confidence * 1000).rounded() / 1000)),
                ])))
                results.append(.object(result))
            }
        }
        let driver: JSONValue = .object([
            ("name", .string("translint")),
            ("version", .string(Translint.version)),
            ("semanticVersion", .string(Translint.version)),
            ("rules", .array(rules.map(rule))),
            ("properties", .object([
                ("columnUnit", .string("Unicode scalars (code points): columns, charOffset and charLength count Unicode scalars, not UTF-16 code units or bytes")),
            ])),
        ])
        return .object([
            ("$schema", .string(schemaURI)),
            ("version", .string("2.1.0")),
            ("runs", .array([.object([
                ("tool", .object([("driver", driver)])),
                ("columnKind", .string("unicodeCodePoints")),
                ("artifacts", .array(artifacts)),
                ("results", .array(results)),
                ("properties", .object([("documents", .array(summaries))])),
            ])])),
        ])
    }

    /// A rule's SARIF `reportingDescriptor`.
    static func rule(_ d: RuleDescription) -> JSONValue {
        let name = d.id.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
        var help = "\(d.summary).\n\n\(d.rationale)"
        if let example = d.triggering.first {
            help += "\n\nExample: \(example.plainText)"
            if let fixed = example.fixed { help += " → \(fixed)" }
        }
        help += "\n\nRun `translint explain \(d.id)` for more."
        return .object([
            ("id", .string(d.id)),
            ("name", .string(name)),
            ("shortDescription", .object([("text", .string(d.summary))])),
            ("fullDescription", .object([("text", .string(d.rationale.isEmpty ? d.summary : d.rationale))])),
            ("help", .object([("text", .string(help))])),
            ("defaultConfiguration", .object([("enabled", .bool(d.isEnabledByDefault)), ("level", .string("warning"))])),
            ("properties", .object([
                ("category", .string(d.category.rawValue)),
                ("tags", .array([.string(d.category.rawValue), .string("machine-translation")])),
                ("languages", .array(d.languages.sorted().map { .string($0.rawValue) })),
            ])),
        ])
    }

    /// A SARIF region: 1-based lines and columns (end column exclusive), scalar offset and length.
    static func region(_ range: Range<Int>, scalars: [Unicode.Scalar], position: TextPosition, snippet: Bool) -> JSONValue {
        let clamped = range.clamped(to: 0..<max(scalars.count, 0))
        let start = position.lineColumn(clamped.lowerBound)
        let end = position.lineColumn(clamped.upperBound)
        var members: [(String, JSONValue)] = [
            ("startLine", .int(start.line)), ("startColumn", .int(start.column)),
            ("endLine", .int(end.line)), ("endColumn", .int(end.column)),
            ("charOffset", .int(clamped.lowerBound)), ("charLength", .int(clamped.count)),
        ]
        if snippet { members.append(("snippet", .object([("text", .string(Reporters.slice(scalars, clamped)))]))) }
        return .object(members)
    }

    /// The path as a relative URI reference: unreserved characters and "/" kept, the rest
    /// percent-encoded as UTF-8.
    public static func uriReference(_ path: String) -> String {
        var out = ""
        for byte in path.utf8 {
            let c = Character(Unicode.Scalar(byte))
            if byte < 0x80, c.isLetter || c.isNumber || "-._~/".contains(c) {
                out.append(c)
            } else {
                out += "%" + String(byte, radix: 16, uppercase: true).leftPadded(2)
            }
        }
        return out
    }
}

fileprivate extension String {
    func leftPadded(_ width: Int, with pad: Character = "0") -> String {
        count >= width ? self : String(repeating: pad, count: width - count) + self
    }
}
