/// One analysed document as the multi-document reporters (SARIF, GitHub, JSON lines, HTML)
/// take it: the report, the text it was computed from and the path to show.
public struct ReportedDocument: Sendable {
    /// The analysis result.
    public var report: Report
    /// The analysed text (offsets in the report are Unicode scalar offsets into it).
    public var source: String
    /// The path as given on the command line ("<stdin>" for standard input).
    public var path: String

    /// Bundles a report with its text and path.
    public init(report: Report, source: String, path: String) {
        self.report = report
        self.source = source
        self.path = path
    }
}
