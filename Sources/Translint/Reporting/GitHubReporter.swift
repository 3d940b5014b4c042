/// Renders findings as GitHub Actions workflow commands
/// (`::warning file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message`), which GitHub shows
/// as annotations on the pull request's diff.
///
/// Escaping follows the runner's rules: in the message `%`, `\r` and `\n` become `%25`, `%0D`,
/// `%0A`; in property values `:` and `,` also become `%3A` and `%2C`. Columns count Unicode
/// scalars. A document whose verdict is not clean also gets a `::notice` with its score.
public enum GitHubReporter {
    /// Escapes a message (the part after `::`).
    public static func escapeData(_ s: String) -> String {
        s.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }

    /// Escapes a property value (`file=`, `title=`).
    public static func escapeProperty(_ s: String) -> String {
        escapeData(s).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }

    /// The workflow commands for these documents, one per line.
    public static func render(_ documents: [ReportedDocument]) -> String {
        var out = ""
        for d in documents {
            let scalars = Array(d.source.unicodeScalars)
            let position = TextPosition(d.source)
            let file = escapeProperty(d.path)
            if d.report.verdict != .clean {
                var note = "garble score \(d.report.garbleScore) (\(d.report.verdict.rawValue)), \(d.report.findings.count) findings"
                if let hint = d.report.sourceLanguageHint { note += "; \(hint.summary)" }
                out += "::notice file=\(file),title=\(escapeProperty("translint: \(d.report.verdict.rawValue)"))::\(escapeData(note))\n"
            }
            for f in d.report.findings {
                let start = position.lineColumn(f.range.lowerBound)
                // GitHub's end column is inclusive.
                let end = position.lineColumn(max(f.range.lowerBound, f.range.upperBound - 1))
                var message = "\(f.message) «\(Reporters.visible(Reporters.slice(scalars, f.range)))»"
                if let fix = f.fixes.first {
                    message += " → \"\(Reporters.visible(Reporters.applied(fix, scalars: scalars, span: f.range)))\""
                }
                let level = f.confidence >= 0.7 ? "warning" : "notice"
                out += "::\(level) file=\(file),line=\(start.line),col=\(start.column),endLine=\(end.line),endColumn=\(end.column)"
                    + ",title=\(escapeProperty(f.category.rawValue == f.ruleID ? "translint: \(f.ruleID)" : "translint: \(f.ruleID) (\(f.category))"))::\(escapeData(message))\n"
            }
        }
        return out
    }
}
