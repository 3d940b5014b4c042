import Foundation

/// Reads labeled JSONL corpora (the format of DESIGN.md, "Corpus format").
///
/// Paths may be files or folders; folders are searched recursively for `*.jsonl`, in sorted
/// order. A line that is not a JSON object, lacks `text`, or has an artifact whose offsets are
/// out of range (or start > end) becomes a `CorpusProblem` with file and line number and is
/// skipped; the others are read. Unknown fields are ignored. Blank lines are skipped silently.
///
/// Expected failures (strict xfail): a document with `"expect": "fail"` is a case the rules
/// are known to get wrong, and so is every document of a file under a folder named
/// `known-failures` unless it says `"expect": "pass"`.
public enum CorpusReader {
    /// A corpus path that cannot be read (missing file or folder, unreadable file).
    public struct ReadError: Error, CustomStringConvertible {
        /// What is wrong, with the path.
        public var description: String
    }

    /// Every corpus file named by `paths` (files as given, folders expanded), in order, without
    /// duplicates. Throws when a path does not exist.
    public static func files(for paths: [String]) throws -> [String] {
        let fm = FileManager.default
        var result: [String] = []
        var seen = Set<String>()
        for path in paths {
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDir) else {
                throw ReadError(description: "no such file or folder: \(path)")
            }
            var found: [String] = []
            if isDir.boolValue {
                let base = path.hasSuffix("/") ? String(path.dropLast()) : path
                let items = (fm.enumerator(atPath: path)?.allObjects as? [String]) ?? []
                found = items.filter { $0.hasSuffix(".jsonl") }.sorted().map { base + "/" + $0 }
            } else {
                found = [path]
            }
            for f in found where seen.insert(URL(fileURLWithPath: f).standardizedFileURL.path).inserted {
                result.append(f)
            }
        }
        return result
    }

    /// Reads one corpus file. `displayPath` is how the file is named in reports.
    public static func read(file: String, displayPath: String? = nil) throws -> Corpus {
        guard let data = FileManager.default.contents(atPath: file) else {
            throw ReadError(description: "cannot read \(file)")
        }
        let shown = displayPath ?? file
        let text = String(decoding: data, as: UTF8.self)
        let inKnownFailures = file.split(separator: "/").contains("known-failures")
        return parse(text, path: shown, expectFailureByDefault: inKnownFailures)
    }

    /// Parses JSONL text. Each line becomes a document or a problem.
    public static func parse(_ text: String, path: String, expectFailureByDefault: Bool = false) -> Corpus {
        var documents: [CorpusDocument] = []
        var problems: [CorpusProblem] = []
        var lineNumber = 0
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            if line.allSatisfy({ $0 == " " || $0 == "\t" }) { continue }
            switch document(from: String(line), path: path, line: lineNumber,
                            expectFailureByDefault: expectFailureByDefault) {
            case .success(let d): documents.append(d)
            case .failure(let p): problems.append(p)
            }
        }
        return Corpus(path: path, documents: documents, problems: problems)
    }

    static func document(from line: String, path: String, line number: Int,
                         expectFailureByDefault: Bool) -> Result<CorpusDocument, CorpusProblem> {
        func problem(_ m: String) -> Result<CorpusDocument, CorpusProblem> {
            .failure(CorpusProblem(file: path, line: number, message: m))
        }
        guard let json = JSONValue.parse(line) else { return problem("not valid JSON") }
        guard case .object = json else { return problem("not a JSON object") }
        guard let text = json["text"]?.string else { return problem("missing \"text\" (a string)") }
        let length = text.unicodeScalars.count
        var artifacts: [GoldArtifact] = []
        if let list = json["artifacts"], list != .null {
            guard let items = list.array else { return problem("\"artifacts\" is not an array") }
            for (k, item) in items.enumerated() {
                guard let start = item["start"]?.int, let end = item["end"]?.int else {
                    return problem("artifact \(k): \"start\" and \"end\" must be whole numbers")
                }
                guard let type = item["type"]?.string, !type.isEmpty else {
                    return problem("artifact \(k): missing \"type\"")
                }
                guard start >= 0, start <= end, end <= length else {
                    return problem("artifact \(k): offsets \(start)..<\(end) out of range (text has \(length) scalars)")
                }
                var fix: String? = nil
                if let f = item["fix"], f != .null {
                    guard let s = f.string else { return problem("artifact \(k): \"fix\" is not a string") }
                    fix = s
                }
                artifacts.append(GoldArtifact(range: start..<end, category: Category(type), fix: fix))
            }
        }
        let garbled = json["garbled"]?.bool ?? !artifacts.isEmpty
        let id = json["id"]?.string ?? json["id"]?.int.map(String.init) ?? "\(path):\(number)"
        var expectsFailure = expectFailureByDefault
        if let expect = json["expect"]?.string?.lowercased() {
            if expect == "fail" { expectsFailure = true }
            if expect == "pass" { expectsFailure = false }
        }
        return .success(CorpusDocument(id: id, lang: json["lang"]?.string, garbled: garbled, text: text,
                                       artifacts: artifacts, expectsFailure: expectsFailure,
                                       file: path, line: number))
    }
}
