/// Reads the tab-separated data files: `#` starts a comment line, blank lines are skipped,
/// missing trailing columns read as empty strings.
enum TSV {
    static func rows(_ text: String, columns: Int) -> [[String]] {
        var rows: [[String]] = []
        for raw in text.split(separator: "\n", omittingEmptySubsequences: true) {
            var line = Substring(raw)
            if line.hasSuffix("\r") { line = line.dropLast() }
            if line.isEmpty || line.hasPrefix("#") { continue }
            var fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            while fields.count < columns { fields.append("") }
            rows.append(fields)
        }
        return rows
    }
}
