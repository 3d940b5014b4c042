import Foundation

/// Findings accepted as they are, so later runs show only new ones (`check --baseline FILE`).
///
/// A finding is recorded by path, rule, the text it covers and a hash of a little context
/// around it (the three words before and after, spaces collapsed), never by offset: an edit
/// elsewhere in the file does not bring a recorded finding back, while the same words flagged
/// in a new place do show. Entries are counted: a baseline that holds one "le Le" in a file
/// hides one such finding there, and a second copy shows.
///
/// The file is JSON: `{"version": 1, "tool": "translint", "findings": [{"path", "rule", "text",
/// "context"}…]}`, sorted so it diffs well in review.
public struct Baseline: Sendable, Hashable {
    /// One accepted finding.
    public struct Entry: Sendable, Hashable, Comparable {
        /// The document's path as given on the command line.
        public var path: String
        /// The rule id.
        public var rule: String
        /// The text the finding covers.
        public var text: String
        /// 16 hex digits: hash of the words around the finding.
        public var context: String

        /// Creates an entry.
        public init(path: String, rule: String, text: String, context: String) {
            self.path = path
            self.rule = rule
            self.text = text
            self.context = context
        }

        /// Orders entries by path, rule, text, then context, so the file is sorted stably.
        public static func < (a: Entry, b: Entry) -> Bool {
            (a.path, a.rule, a.text, a.context) < (b.path, b.rule, b.text, b.context)
        }
    }

    /// The format version written in the file.
    public static let formatVersion = 1

    /// Accepted findings, sorted.
    public private(set) var entries: [Entry]

    /// A baseline holding these entries.
    public init(entries: [Entry] = []) {
        self.entries = entries.sorted()
    }

    /// Adds every finding of a report.
    public mutating func add(_ report: Report, source: String, path: String) {
        entries = (entries + Baseline.entries(for: report.findings, source: source, path: path)).sorted()
    }

    /// The entries that record these findings of `source`.
    public static func entries(for findings: [Finding], source: String, path: String) -> [Entry] {
        let scalars = Array(source.unicodeScalars)
        return findings.map { entry(for: $0, scalars: scalars, path: path) }
    }

    static func entry(for f: Finding, scalars: [Unicode.Scalar], path: String) -> Entry {
        let range = f.range.clamped(to: 0..<scalars.count)
        var text = String()
        text.unicodeScalars.append(contentsOf: scalars[range])
        let before = words(scalars, from: range.lowerBound, step: -1)
        let after = words(scalars, from: range.upperBound, step: 1)
        return Entry(path: path, rule: f.ruleID, text: text, context: hash("\(before)\u{1}\(text)\u{1}\(after)"))
    }

    /// Up to three words next to `offset` (before it when `step` is -1), spaces collapsed.
    static func words(_ scalars: [Unicode.Scalar], from offset: Int, step: Int) -> String {
        var collected: [Unicode.Scalar] = []
        var k = step < 0 ? offset - 1 : offset
        var gaps = 0
        var inWord = false
        while k >= 0, k < scalars.count, collected.count < 80 {
            let s = scalars[k]
            let space = s.properties.isWhitespace
            if space {
                if inWord { gaps += 1; if gaps == 3 { break } }
                if collected.last != " " { collected.append(" ") }
                inWord = false
            } else {
                collected.append(s)
                inWord = true
            }
            k += step
        }
        if step < 0 { collected.reverse() }
        var s = String()
        s.unicodeScalars.append(contentsOf: collected)
        return s.trimmingCharacters(in: .whitespaces)
    }

    /// 64-bit FNV-1a of the UTF-8 bytes, as 16 hex digits (stable across runs and platforms).
    static func hash(_ s: String) -> String {
        var h: UInt64 = 0xcbf29ce484222325
        for b in s.utf8 { h = (h ^ UInt64(b)) &* 0x100000001b3 }
        let hex = String(h, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// The findings of a report that the baseline does not hold; the rest are hidden.
    /// Score and verdict stay as they were: they describe the document, not the review.
    public func filter(_ report: Report, source: String, path: String) -> Report {
        var remaining: [Entry: Int] = [:]
        for e in entries where e.path == path { remaining[e, default: 0] += 1 }
        guard !remaining.isEmpty else { return report }
        let scalars = Array(source.unicodeScalars)
        var filtered = report
        filtered.findings = report.findings.filter { f in
            let e = Baseline.entry(for: f, scalars: scalars, path: path)
            if let n = remaining[e], n > 0 {
                remaining[e] = n - 1
                return false
            }
            return true
        }
        return filtered
    }

    // MARK: File

    /// The baseline as JSON.
    public var json: JSONValue {
        .object([
            ("version", .int(Baseline.formatVersion)),
            ("tool", .string("translint")),
            ("findings", .array(entries.map {
                .object([("path", .string($0.path)), ("rule", .string($0.rule)), ("text", .string($0.text)),
                         ("context", .string($0.context))])
            })),
        ])
    }

    /// A problem reading a baseline file.
    public struct Error: Swift.Error, CustomStringConvertible, Sendable {
        /// What is wrong, with the file path when known.
        public var description: String
    }

    /// Parses a baseline written by `json`.
    public init(json text: String) throws {
        guard let root = JSONValue.parse(text), case .object = root else { throw Error(description: "not a JSON object") }
        guard root["version"]?.int == Baseline.formatVersion else {
            throw Error(description: "unsupported baseline version (expected \(Baseline.formatVersion))")
        }
        guard let items = root["findings"]?.array else { throw Error(description: "missing 'findings' array") }
        self.init(entries: try items.enumerated().map { i, item in
            guard let path = item["path"]?.string, let rule = item["rule"]?.string, let text = item["text"]?.string,
                  let context = item["context"]?.string else {
                throw Error(description: "findings[\(i)]: needs path, rule, text and context strings")
            }
            return Entry(path: path, rule: rule, text: text, context: context)
        })
    }

    /// Reads a baseline file.
    public static func load(contentsOf url: URL) throws -> Baseline {
        guard let data = FileManager.default.contents(atPath: url.path), let text = String(data: data, encoding: .utf8) else {
            throw Error(description: "\(url.path): cannot read the file")
        }
        do { return try Baseline(json: text) } catch let e as Error {
            throw Error(description: "\(url.path): \(e.description)")
        }
    }

    /// Writes the baseline as indented JSON.
    public func write(to url: URL) throws {
        try Data((json.pretty() + "\n").utf8).write(to: url, options: .atomic)
    }
}
