import Foundation

/// A project's `.translint.json`: which rules run, confidence floors, verdict thresholds and
/// the words and place names the project adds to the language data.
///
/// ```json
/// {
///   "_comment": "Keys starting with an underscore are comments and are ignored",
///   "version": 1,
///   "language": "fr",
///   "rules": {"enable": [], "disable": ["spacing"]},
///   "min_confidence": 0.5,
///   "rule_min_confidence": {"merged-word": 0.7},
///   "verdict": {"suspect": 8, "garbled": 15},
///   "extra_words": {"fr": ["Iakoutsk", "Soosuk"], "es": {"Tuzas": 3.0}, "de": "words-de.txt"},
///   "extra_gazetteer": {"fr": [{"name": "Iakoutie", "kind": "region", "gender": "f", "number": "s",
///                               "article": "la", "locative": "en"}]}
/// }
/// ```
///
/// Every key is optional. `extra_words` per language is a list of words (Zipf 3.0), an object of
/// word → Zipf frequency, or the path of a word list (one word per line, optionally
/// `word<TAB>zipf`; relative to the configuration file's folder). Unknown keys, rule ids and
/// language codes are errors that name their JSON path (`rules.disabel`), so a typo never
/// silently turns a setting off. Keys starting with `_` are comments, anywhere.
public struct ConfigurationFile: Sendable {
    /// The file name looked up from the working directory upward.
    public static let fileName = ".translint.json"
    /// The only format version so far.
    public static let currentVersion = 1

    /// A problem in a configuration file: where (JSON path, "$" for the root) and what.
    public struct Error: Swift.Error, CustomStringConvertible, Sendable {
        /// The file, when known.
        public var file: String?
        /// JSON path of the offending key or value, such as `rules.disable[1]`.
        public var path: String
        /// What is wrong, in English.
        public var message: String

        /// Creates an error.
        public init(file: String? = nil, path: String, message: String) {
            self.file = file
            self.path = path
            self.message = message
        }

        /// "file: path: message", without the file when unknown.
        public var description: String { "\(file.map { $0 + ": " } ?? "")\(path): \(message)" }
    }

    /// The file's `version`; only `currentVersion` is accepted.
    public var version: Int = currentVersion
    /// nil: not set (the command line or the default decides).
    public var language: LanguageChoice?
    /// Rule ids from `rules.enable`, run in addition to the default-enabled ones.
    public var enabledRules: [String] = []
    /// Rule ids from `rules.disable`, never run.
    public var disabledRules: [String] = []
    /// `min_confidence` (0…1); nil when not set.
    public var minimumConfidence: Double?
    /// `rule_min_confidence`: per-rule confidence floors (0…1), by rule id.
    public var ruleMinimumConfidence: [String: Double] = [:]
    /// `verdict.suspect`: garble score (0…100) from which a document is suspect; nil when not set.
    public var suspectThreshold: Double?
    /// `verdict.garbled`: garble score (0…100) from which a document is garbled; nil when not set.
    public var garbledThreshold: Double?
    /// Words and gazetteer entries to merge into the language data.
    public var overrides = ResourceOverrides()
    /// Where the file was read from, when it was.
    public var url: URL?

    /// An empty configuration (every setting at its default).
    public init() {}

    /// Parses and validates a configuration. `baseDirectory` resolves relative word-list paths.
    public init(json text: String, baseDirectory: URL? = nil, knownRuleIDs: Set<String> = Set(RuleRegistry.descriptions.map(\.id))) throws {
        guard let root = JSONValue.parse(text) else {
            var detail = "not valid JSON"
            do { _ = try JSONSerialization.jsonObject(with: Data(text.utf8)) } catch {
                if let d = (error as NSError).userInfo["NSDebugDescription"] as? String { detail += " (\(d))" }
            }
            throw Error(path: "$", message: detail)
        }
        var reader = Reader(knownRuleIDs: knownRuleIDs, baseDirectory: baseDirectory)
        try reader.read(root, into: &self)
    }

    /// Reads and validates the file at `url`.
    public static func load(contentsOf url: URL) throws -> ConfigurationFile {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw Error(file: url.path, path: "$", message: "cannot read the file")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw Error(file: url.path, path: "$", message: "not UTF-8")
        }
        do {
            var file = try ConfigurationFile(json: text, baseDirectory: url.deletingLastPathComponent())
            file.url = url
            return file
        } catch var error as Error {
            error.file = url.path
            throw error
        }
    }

    /// The nearest `.translint.json` in `directory` or one of its parents, if any.
    public static func find(startingAt directory: URL) -> URL? {
        var dir = directory.standardizedFileURL
        while true {
            let candidate = dir.appendingPathComponent(fileName)
            if FileManager.default.fileExists(atPath: candidate.path) { return candidate }
            let parent = dir.deletingLastPathComponent()
            if parent.path == dir.path { return nil }
            dir = parent
        }
    }

    /// Applies the file's settings on top of `configuration` (the command line applies its own
    /// options afterwards, so they win).
    public func apply(to configuration: inout Configuration) {
        if let language { configuration.language = language }
        configuration.enabledRules.formUnion(enabledRules)
        configuration.disabledRules.formUnion(disabledRules)
        if let minimumConfidence { configuration.minimumConfidence = minimumConfidence }
        configuration.ruleMinimumConfidence.merge(ruleMinimumConfidence) { _, new in new }
        if let suspectThreshold { configuration.suspectThreshold = suspectThreshold }
        if let garbledThreshold { configuration.garbledThreshold = garbledThreshold }
    }

    /// A configuration with the file's settings over the defaults.
    public var configuration: Configuration {
        var c = Configuration()
        apply(to: &c)
        return c
    }

    /// The language data to analyse with: `base` itself when the file adds nothing, otherwise
    /// a new `LanguageResources` reading the same folder with the file's words and places merged in.
    public func resources(base: LanguageResources = .shared) -> LanguageResources {
        overrides.isEmpty ? base : LanguageResources(directory: base.directory, overrides: overrides)
    }

    /// What `translint init` writes: every key with its default and a `_comment` saying what it does.
    public static let defaultContents = """
    {
      "_comment": "Translint configuration. Keys starting with _ are comments. Every key is optional; see `translint init --help`.",
      "version": 1,
      "_language": "auto, or a language code: fr, es, it, pt, de, en",
      "language": "auto",
      "_rules": "Rule ids (see `translint rules`): enable turns on rules that are off by default, disable turns rules off",
      "rules": {"enable": [], "disable": []},
      "_min_confidence": "Report findings at or above this confidence (0 to 1)",
      "min_confidence": 0.5,
      "_rule_min_confidence": "Per-rule confidence floors, for example {\\"merged-word\\": 0.7}",
      "rule_min_confidence": {},
      "_verdict": "Garble score (0 to 100) from which a document is suspect or garbled",
      "verdict": {"suspect": 8, "garbled": 15},
      "_extra_words": "Per language: a list of words (Zipf 3.0), an object word -> Zipf, or the path of a word list, for example {\\"fr\\": [\\"Iakoutsk\\"]}",
      "extra_words": {},
      "_extra_gazetteer": "Per language: places and institutions, for example {\\"fr\\": [{\\"name\\": \\"Iakoutie\\", \\"kind\\": \\"region\\", \\"gender\\": \\"f\\", \\"number\\": \\"s\\", \\"article\\": \\"la\\", \\"locative\\": \\"en\\"}]}",
      "extra_gazetteer": {}
    }

    """

    // MARK: Validation

    struct Reader {
        var knownRuleIDs: Set<String>
        var baseDirectory: URL?

        func fail(_ path: String, _ message: String) -> Error { Error(path: path, message: message) }

        /// The members of an object, comments dropped, unknown keys rejected.
        func members(_ value: JSONValue, at path: String, allowed: Set<String>?) throws -> [(String, JSONValue)] {
            guard case .object(let members) = value else { throw fail(path, "expected an object") }
            var seen = Set<String>()
            var result: [(String, JSONValue)] = []
            for (key, v) in members where !key.hasPrefix("_") {
                let keyPath = path == "$" ? key : "\(path).\(key)"
                if let allowed, !allowed.contains(key) {
                    throw fail(keyPath, "unknown key '\(key)'" + (allowed.isEmpty ? "" : " (known: \(allowed.sorted().joined(separator: ", ")))"))
                }
                guard seen.insert(key).inserted else { throw fail(keyPath, "key '\(key)' appears twice") }
                result.append((key, v))
            }
            return result
        }

        func number(_ value: JSONValue, at path: String, in range: ClosedRange<Double>) throws -> Double {
            guard let d = value.double, range.contains(d) else {
                throw fail(path, "expected a number from \(range.lowerBound) to \(range.upperBound)")
            }
            return d
        }

        func string(_ value: JSONValue, at path: String) throws -> String {
            guard let s = value.string else { throw fail(path, "expected a string") }
            return s
        }

        func language(_ key: String, at path: String) throws -> Language {
            guard let l = Language(rawValue: key) else {
                throw fail(path, "unknown language '\(key)' (known: \(Language.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            return l
        }

        func ruleIDs(_ value: JSONValue, at path: String) throws -> [String] {
            guard let items = value.array else { throw fail(path, "expected an array of rule ids") }
            return try items.enumerated().map { i, item in
                let id = try string(item, at: "\(path)[\(i)]")
                guard knownRuleIDs.contains(id) else { throw fail("\(path)[\(i)]", "unknown rule '\(id)' (see `translint rules`)") }
                return id
            }
        }

        mutating func read(_ root: JSONValue, into file: inout ConfigurationFile) throws {
            let keys: Set<String> = ["version", "language", "rules", "min_confidence", "rule_min_confidence",
                                     "verdict", "extra_words", "extra_gazetteer"]
            for (key, value) in try members(root, at: "$", allowed: keys) {
                switch key {
                case "version":
                    guard value.int == ConfigurationFile.currentVersion else {
                        throw fail(key, "unsupported version (this translint reads version \(ConfigurationFile.currentVersion))")
                    }
                case "language":
                    let s = try string(value, at: key)
                    guard let choice = LanguageChoice(s) else {
                        throw fail(key, "unknown language '\(s)' (known: auto, \(Language.allCases.map(\.rawValue).joined(separator: ", ")))")
                    }
                    file.language = choice
                case "rules":
                    for (k, v) in try members(value, at: key, allowed: ["enable", "disable"]) {
                        let ids = try ruleIDs(v, at: "rules.\(k)")
                        if k == "enable" { file.enabledRules = ids } else { file.disabledRules = ids }
                    }
                case "min_confidence":
                    file.minimumConfidence = try number(value, at: key, in: 0...1)
                case "rule_min_confidence":
                    for (id, v) in try members(value, at: key, allowed: nil) {
                        guard knownRuleIDs.contains(id) else { throw fail("\(key).\(id)", "unknown rule '\(id)' (see `translint rules`)") }
                        file.ruleMinimumConfidence[id] = try number(v, at: "\(key).\(id)", in: 0...1)
                    }
                case "verdict":
                    for (k, v) in try members(value, at: key, allowed: ["suspect", "garbled"]) {
                        let d = try number(v, at: "verdict.\(k)", in: 0...100)
                        if k == "suspect" { file.suspectThreshold = d } else { file.garbledThreshold = d }
                    }
                    if let s = file.suspectThreshold, let g = file.garbledThreshold, s > g {
                        throw fail(key, "suspect (\(s)) must not exceed garbled (\(g))")
                    }
                case "extra_words":
                    for (code, v) in try members(value, at: key, allowed: nil) {
                        let path = "\(key).\(code)"
                        let l = try language(code, at: path)
                        file.overrides.extraWords[l, default: [:]].merge(try words(v, at: path)) { max($0, $1) }
                    }
                case "extra_gazetteer":
                    for (code, v) in try members(value, at: key, allowed: nil) {
                        let path = "\(key).\(code)"
                        let l = try language(code, at: path)
                        guard let items = v.array else { throw fail(path, "expected an array of entries") }
                        for (i, item) in items.enumerated() {
                            file.overrides.extraGazetteer[l, default: []].append(try entry(item, at: "\(path)[\(i)]"))
                        }
                    }
                default:
                    break
                }
            }
        }

        func words(_ value: JSONValue, at path: String) throws -> [String: Double] {
            var result: [String: Double] = [:]
            func add(_ word: String, _ zipf: Double, at p: String) throws {
                let w = word.trimmingCharacters(in: .whitespaces)
                guard !w.isEmpty, !w.contains(where: { $0 == "\t" || $0.isNewline }) else { throw fail(p, "expected a word") }
                result[w] = max(result[w] ?? 0, zipf)
            }
            switch value {
            case .array(let items):
                for (i, item) in items.enumerated() { try add(try string(item, at: "\(path)[\(i)]"), 3.0, at: "\(path)[\(i)]") }
            case .object:
                for (w, z) in try members(value, at: path, allowed: nil) {
                    try add(w, try number(z, at: "\(path).\(w)", in: 0...8), at: "\(path).\(w)")
                }
            case .string(let file):
                let url = file.hasPrefix("/") ? URL(fileURLWithPath: file)
                    : (baseDirectory ?? URL(fileURLWithPath: FileManager.default.currentDirectoryPath)).appendingPathComponent(file)
                guard let text = try? String(contentsOf: url, encoding: .utf8) else {
                    throw fail(path, "cannot read the word list '\(url.path)'")
                }
                for (n, line) in text.split(whereSeparator: \.isNewline).enumerated() {
                    let trimmed = line.trimmingCharacters(in: .whitespaces)
                    if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
                    let fields = trimmed.split(separator: "\t")
                    var zipf = 3.0
                    if fields.count > 1 {
                        guard let z = Double(fields[1].trimmingCharacters(in: .whitespaces)), (0...8).contains(z) else {
                            throw fail(path, "\(url.lastPathComponent) line \(n + 1): expected word<TAB>zipf (0 to 8)")
                        }
                        zipf = z
                    }
                    try add(String(fields[0]), zipf, at: path)
                }
            default:
                throw fail(path, "expected a list of words, an object word → zipf, or the path of a word list")
            }
            return result
        }

        func entry(_ value: JSONValue, at path: String) throws -> GazetteerEntry {
            let allowed: Set<String> = ["name", "kind", "gender", "number", "article", "locative", "aliases"]
            var fields: [String: String] = [:]
            var aliases: [String] = []
            for (k, v) in try members(value, at: path, allowed: allowed) {
                if k == "aliases" {
                    guard let items = v.array else { throw fail("\(path).aliases", "expected an array of names") }
                    aliases = try items.enumerated().map { try string($1, at: "\(path).aliases[\($0)]") }
                } else {
                    fields[k] = try string(v, at: "\(path).\(k)")
                }
            }
            guard let name = fields["name"], !name.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw fail(path, "an entry needs a name")
            }
            if let g = fields["gender"], !["m", "f", ""].contains(g) { throw fail("\(path).gender", "expected m or f") }
            if let n = fields["number"], !["s", "p", ""].contains(n) { throw fail("\(path).number", "expected s or p") }
            return GazetteerEntry(name: name, kind: fields["kind"] ?? "place",
                                  gender: fields["gender"].flatMap { $0.isEmpty ? nil : $0 },
                                  number: fields["number"].flatMap { $0.isEmpty ? nil : $0 },
                                  article: fields["article"] ?? "", locative: fields["locative"] ?? "",
                                  aliases: aliases, words: Gazetteer.words(of: name))
        }
    }
}
