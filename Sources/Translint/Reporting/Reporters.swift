/// Renders reports for people (`text`) and programs (`json`). A report and its text in,
/// a string out; no I/O here.
public enum Reporters {
    /// The version of the JSON output format; bumped when a field changes meaning.
    public static let jsonFormatVersion = 1

    static func slice(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> String {
        var s = String()
        s.unicodeScalars.append(contentsOf: scalars[range.clamped(to: 0..<scalars.count)])
        return s
    }

    /// `s` on one line: each line break ("\r\n" or "\n") shown as "⏎". Pure Swift, without
    /// the NSString bridge, because the text reporter calls it for every finding.
    static func visible(_ s: String) -> String {
        guard s.utf8.contains(UInt8(ascii: "\n")) else { return s }
        var out = String.UnicodeScalarView()
        var pendingCR = false
        for scalar in s.unicodeScalars {
            if pendingCR {
                pendingCR = false
                if scalar == "\n" { out.append("⏎"); continue }
                out.append("\r")
            }
            if scalar == "\r" { pendingCR = true } else if scalar == "\n" { out.append("⏎") } else { out.append(scalar) }
        }
        if pendingCR { out.append("\r") }
        return String(out)
    }

    /// `path:line:col: category: message → "suggestion"` lines, one per finding.
    /// `lineOffset` and `columnOffset` place a segment of a larger text: line breaks before it,
    /// and the column its first line starts at.
    public static func text(_ report: Report, source: String, path: String, lineOffset: Int = 0,
                            columnOffset: Int = 0) -> String {
        let position = TextPosition(source)
        let scalars = Array(source.unicodeScalars)
        var out = ""
        for f in report.findings {
            let (segmentLine, segmentColumn) = position.lineColumn(f.range.lowerBound)
            let line = segmentLine + lineOffset
            let column = segmentLine == 1 ? segmentColumn + columnOffset : segmentColumn
            let found = visible(slice(scalars, f.range))
            out += "\(path):\(line):\(column): \(f.category): \(f.message) [\(f.ruleID)] «\(found)»"
            if let fix = f.fixes.first {
                out += " → \"\(visible(applied(fix, scalars: scalars, span: f.range)))\""
                if !fix.isSafe { out += " (unsafe)" }
            }
            out += "\n"
        }
        if let hint = report.sourceLanguageHint {
            out += "\(path): note: \(hint.summary): "
                + hint.evidence.prefix(6).map { "\($0.kind.rawValue) «\(visible($0.text))»" }.joined(separator: ", ")
                + (hint.evidence.count > 6 ? ", …" : "") + "\n"
        }
        return out
    }

    /// The source-language hint as a JSON object (`null` when there is none).
    public static func hintJSON(_ hint: SourceLanguageHint?, position: TextPosition) -> JSONValue {
        guard let hint else { return .null }
        return .object([
            ("language", .string(hint.language.rawValue)),
            ("name", .string(hint.language.englishName)),
            ("confidence", .number(hint.confidence)),
            ("scores", .object(hint.scores.sorted { $0.key < $1.key }.map { ($0.key.rawValue, .number(($0.value * 100).rounded() / 100)) })),
            ("evidence", .array(hint.evidence.map { e in
                let (line, column) = position.lineColumn(e.range.lowerBound)
                return .object([
                    ("kind", .string(e.kind.rawValue)),
                    ("start", .int(e.range.lowerBound)),
                    ("end", .int(e.range.upperBound)),
                    ("line", .int(line)),
                    ("column", .int(column)),
                    ("text", .string(e.text)),
                    ("languages", .array(e.languages.map { .string($0.rawValue) })),
                    ("weight", .number(e.weight)),
                    ("explanation", .string(e.explanation)),
                ])
            })),
        ])
    }

    /// What the finding's span reads after applying `fix` (edits may reach beyond the span).
    static func applied(_ fix: Fix, scalars: [Unicode.Scalar], span: Range<Int>) -> String {
        let lower = min(span.lowerBound, fix.span.lowerBound)
        let upper = max(span.upperBound, fix.span.upperBound)
        let shifted = fix.edits.map { Edit(($0.range.lowerBound - lower)..<($0.range.upperBound - lower), $0.replacement) }
        return TextEditor.apply(shifted, to: slice(scalars, lower..<upper))
    }

    /// One finding as a JSON object: rule, category, offsets, 1-based line and column, text, message,
    /// confidence and fixes (each with the text it gives).
    public static func findingJSON(_ f: Finding, scalars: [Unicode.Scalar], position: TextPosition) -> JSONValue {
        let (line, column) = position.lineColumn(f.range.lowerBound)
        return .object([
            ("rule", .string(f.ruleID)),
            ("category", .string(f.category.rawValue)),
            ("start", .int(f.range.lowerBound)),
            ("end", .int(f.range.upperBound)),
            ("line", .int(line)),
            ("column", .int(column)),
            ("text", .string(slice(scalars, f.range))),
            ("message", .string(f.message)),
            ("confidence", .number((f.confidence * 1000).rounded() / 1000)),
            ("fixes", .array(f.fixes.map { fix in
                .object([
                    ("safe", .bool(fix.isSafe)),
                    ("result", .string(applied(fix, scalars: scalars, span: f.range))),
                    ("edits", .array(fix.edits.map { .object([("start", .int($0.range.lowerBound)),
                                                                ("end", .int($0.range.upperBound)),
                                                                ("replacement", .string($0.replacement))]) })),
                ])
            })),
        ])
    }

    /// One document's report as a JSON object.
    public static func json(_ report: Report, source: String, path: String?) -> JSONValue {
        let position = TextPosition(source)
        let scalars = Array(source.unicodeScalars)
        var members: [(String, JSONValue)] = []
        if let path { members.append(("path", .string(path))) }
        members += [
            ("language", .string(report.language.rawValue)),
            ("words", .int(report.wordCount)),
            ("garble_score", .number(report.garbleScore)),
            ("verdict", .string(report.verdict.rawValue)),
            ("counts", .object(report.countsByCategory.sorted { $0.key < $1.key }.map { ($0.key.rawValue, .int($0.value)) })),
            ("source_language", hintJSON(report.sourceLanguageHint, position: position)),
            ("findings", .array(report.findings.map { findingJSON($0, scalars: scalars, position: position) })),
        ]
        return .object(members)
    }

    /// The envelope for a `check --format json` run over several documents.
    public static func jsonEnvelope(_ documents: [JSONValue]) -> JSONValue {
        .object([
            ("tool", .object([("name", .string("translint")), ("version", .string(Translint.version)),
                              ("format_version", .int(jsonFormatVersion))])),
            ("documents", .array(documents)),
        ])
    }
}
