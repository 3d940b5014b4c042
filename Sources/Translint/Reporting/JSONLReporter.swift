/// Renders findings as JSON lines: one compact object per finding, with the document's path
/// first and then the same members as a finding in the JSON format (`rule`, `category`,
/// `start`, `end`, `line`, `column`, `text`, `message`, `confidence`, `fixes`). Easy to `grep`,
/// `jq` and stream; documents without findings print nothing.
public enum JSONLReporter {
    /// One line per finding, each ending in a newline.
    public static func render(_ documents: [ReportedDocument]) -> String {
        var out = ""
        for d in documents {
            let scalars = Array(d.source.unicodeScalars)
            let position = TextPosition(d.source)
            for f in d.report.findings {
                guard case .object(let members) = Reporters.findingJSON(f, scalars: scalars, position: position) else { continue }
                out += JSONValue.object([("path", .string(d.path))] + members).serialized() + "\n"
            }
        }
        return out
    }
}
