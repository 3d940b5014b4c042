import Foundation

/// Everything a rule knows about one language apart from word frequencies: closed-class
/// words, month and weekday names, the gazetteer, known calques, page-furniture patterns and
/// typographic conventions. Built from the data files in `Resources/Languages/<code>/`, so
/// adding knowledge means editing data, not code.
public final class LanguageProfile: Sendable {
    public let language: Language
    /// Folded word → every function-word reading of it.
    public let functionWords: [String: [FunctionWord]]
    public let calendar: [String: CalendarWord]
    public let gazetteer: Gazetteer
    public let calques: [Calque]
    /// `calques` by first word, longest phrase first (what literal-translation looks up per word).
    let calquesByFirstWord: ByteKeyDictionary<[Calque]>
    /// A quick "no" for keys that start no calque, built once per profile rather than per document.
    let calqueFirstWordFilter: CalqueFirstWordFilter
    public let boilerplate: [BoilerplatePattern]
    /// All boilerplate patterns as one expression, so a line of prose costs one match. Compiled
    /// on first use: every language's profile is loaded (language identification reads their
    /// function words), but only the document's language matches boilerplate, and compiling
    /// cost about a sixth of loading a profile.
    public var boilerplateMatcher: BoilerplateMatcher { boilerplateMatcherBox.value { BoilerplateMatcher(boilerplate) } }
    private let boilerplateMatcherBox = LazyValue<BoilerplateMatcher>()
    /// Evidence for the merged-word rule (`merged-words.tsv`).
    public let mergedWords: MergedWordData
    /// Open/close quote pairs in order of preference.
    public let quotePairs: [(open: Unicode.Scalar, close: Unicode.Scalar)]
    public let monthsCapitalized: Bool
    public let weekdaysCapitalized: Bool
    public let nounsCapitalized: Bool
    /// The language drops subject pronouns freely (Spanish, Italian, Portuguese), so a sentence
    /// stays grammatical without one.
    public let subjectPronounOptional: Bool
    /// Elided forms without apostrophe, folded: "l", "qu", "dell".
    public let elisions: Set<String>
    /// `functionWords` by UTF-8 bytes (value: index into `functionWordReadings`), and the first
    /// words of gazetteer names (value 0): per-key questions every document asks for each of its
    /// distinct words, answered without hashing a `String` (see `ByteKeyTable`).
    let functionWordTable: ByteKeyTable
    let functionWordReadings: [[FunctionWord]]
    let gazetteerFirstWords: ByteKeyTable
    /// `calendar`, looked up by bytes (`calendarWord(_:)`).
    let calendarTable: ByteKeyDictionary<CalendarWord>

    public init(language: Language, files: [String: String]) {
        self.language = language
        var functionWords: [String: [FunctionWord]] = [:]
        for row in TSV.rows(files["function-words.tsv"] ?? "", columns: 3) {
            guard let wordClass = FunctionWord.WordClass(rawValue: row[1]) else { continue }
            var tags = Set<String>()
            var values: [String: String] = [:]
            for tag in row[2].split(separator: ",") {
                if let eq = tag.firstIndex(of: "=") {
                    values[String(tag[..<eq])] = String(tag[tag.index(after: eq)...])
                } else {
                    tags.insert(String(tag))
                }
            }
            let key = LexiconKey.fold(row[0])
            functionWords[key, default: []].append(
                FunctionWord(word: key, wordClass: wordClass, tags: tags, values: values))
        }
        self.functionWords = functionWords
        let functionWordList = Array(functionWords)
        self.functionWordReadings = functionWordList.map(\.value)
        self.functionWordTable = ByteKeyTable(functionWordList.indices.map {
            (key: functionWordList[$0].key, value: Int32($0))
        })

        var calendar: [String: CalendarWord] = [:]
        for row in TSV.rows(files["calendar.tsv"] ?? "", columns: 3) {
            guard let kind = CalendarWord.Kind(rawValue: row[1]) else { continue }
            let key = LexiconKey.fold(row[0])
            calendar[key] = CalendarWord(word: key, kind: kind, canonical: row[2].isEmpty ? row[0] : row[2])
        }
        self.calendar = calendar
        self.calendarTable = ByteKeyDictionary(calendar)

        var entries: [GazetteerEntry] = []
        for row in TSV.rows(files["gazetteer.tsv"] ?? "", columns: 7) where !row[0].isEmpty {
            entries.append(GazetteerEntry(
                name: row[0], kind: row[1], gender: row[2].isEmpty ? nil : row[2],
                number: row[3].isEmpty ? nil : row[3], article: row[4], locative: row[5],
                aliases: row[6].split(separator: "|").map(String.init),
                words: Gazetteer.words(of: row[0])))
        }
        self.gazetteer = Gazetteer(entries)
        var firstWords = Set<String>()
        for e in entries {
            for words in [e.words] + e.aliases.map(Gazetteer.words(of:)) {
                if let first = words.first { firstWords.insert(first) }
            }
        }
        self.gazetteerFirstWords = ByteKeyTable(firstWords.map { (key: $0, value: Int32(0)) })

        var calques: [Calque] = []
        for row in TSV.rows(files["calques.tsv"] ?? "", columns: 4) where !row[0].isEmpty {
            calques.append(Calque(words: Gazetteer.words(of: row[0]), phrase: row[0], replacement: row[1],
                                  sourceLanguages: row[2].split(separator: ",").map(String.init),
                                  explanation: row[3]))
        }
        self.calques = calques
        var byFirst: [String: [Calque]] = [:]
        for c in calques { if let first = c.words.first { byFirst[first, default: []].append(c) } }
        for key in byFirst.keys { byFirst[key]!.sort { $0.words.count > $1.words.count } }
        self.calquesByFirstWord = ByteKeyDictionary(byFirst)
        self.calqueFirstWordFilter = CalqueFirstWordFilter(firstWords: byFirst.keys)

        var patterns: [BoilerplatePattern] = []
        for name in ["boilerplate.tsv", "common/boilerplate.tsv"] {
            for row in TSV.rows(files[name] ?? "", columns: 3) where !row[1].isEmpty {
                if let p = BoilerplatePattern(kind: row[0], pattern: row[1], explanation: row[2]) {
                    patterns.append(p)
                }
            }
        }
        self.boilerplate = patterns

        self.mergedWords = MergedWordData(tsv: files["merged-words.tsv"] ?? "")

        var settings: [String: String] = [:]
        for row in TSV.rows(files["profile.tsv"] ?? "", columns: 2) { settings[row[0]] = row[1] }
        var pairs: [(Unicode.Scalar, Unicode.Scalar)] = []
        let quoteScalars = (settings["quotes"] ?? "“ ”").split(separator: " ").compactMap { $0.unicodeScalars.first }
        var q = 0
        while q + 1 < quoteScalars.count { pairs.append((quoteScalars[q], quoteScalars[q + 1])); q += 2 }
        self.quotePairs = pairs.isEmpty ? [("\u{201C}", "\u{201D}")] : pairs
        self.monthsCapitalized = settings["months_capitalized"] == "true"
        self.weekdaysCapitalized = settings["weekdays_capitalized"] == "true"
        self.nounsCapitalized = settings["nouns_capitalized"] == "true"
        self.subjectPronounOptional = settings["subject_pronoun_optional"] == "true"
        self.elisions = Set((settings["elisions"] ?? "").split(separator: " ").map {
            LexiconKey.fold($0.hasSuffix("'") || $0.hasSuffix("’") ? $0.dropLast() : Substring($0))
        })
    }

    /// Every function-word reading of a folded word (empty when it is not one).
    @inline(__always)
    public func functionWord(_ key: String) -> [FunctionWord] { readings(forKey: key) }

    public func isFunctionWord(_ key: String) -> Bool { !readings(forKey: key).isEmpty }

    /// `calendar[key]`, looked up by bytes when that is exact.
    @inline(__always)
    public func calendarWord(_ key: String) -> CalendarWord? { calendarTable[key] }

    /// `calendarWord(key)` given also `key`'s simple UTF-8 bytes and their hash.
    func calendarWord(_ key: String, simpleUTF8 utf8: UnsafeBufferPointer<UInt8>, fnv: UInt64) -> CalendarWord? {
        calendarTable.value(forKey: key, simpleUTF8: utf8, fnv: fnv)
    }

    /// `functionWord(key)`, looked up by bytes when that is exact.
    func readings(forKey key: String) -> [FunctionWord] {
        switch functionWordTable.lookup(key) {
        case .found(let i): return functionWordReadings[Int(i)]
        case .absent: return []
        case .unknown: return functionWords[key] ?? []
        }
    }

    /// `readings(forKey: key)` given also `key`'s UTF-8 bytes, known to be simple (see
    /// `ByteKeyTable.isSimple`), and their `FNV1a` hash: no copy, no second check or hash.
    func readings(forKey key: String, simpleUTF8 utf8: UnsafeBufferPointer<UInt8>, fnv: UInt64) -> [FunctionWord] {
        switch functionWordTable.lookup(simpleUTF8: utf8, fnv: fnv) {
        case .found(let i): return functionWordReadings[Int(i)]
        case .absent: return []
        case .unknown: return functionWords[key] ?? []
        }
    }

    /// `!gazetteer.candidates(startingWith: key).isEmpty`, by bytes when that is exact.
    func gazetteerHasName(startingWith key: String) -> Bool {
        switch gazetteerFirstWords.lookup(key) {
        case .found: return true
        case .absent: return false
        case .unknown: return !gazetteer.candidates(startingWith: key).isEmpty
        }
    }

    /// `gazetteerHasName(startingWith: key)` given also `key`'s simple UTF-8 bytes and their hash
    /// (see `readings(forKey:simpleUTF8:fnv:)`).
    func gazetteerHasName(startingWith key: String, simpleUTF8 utf8: UnsafeBufferPointer<UInt8>, fnv: UInt64) -> Bool {
        switch gazetteerFirstWords.lookup(simpleUTF8: utf8, fnv: fnv) {
        case .found: return true
        case .absent: return false
        case .unknown: return !gazetteer.candidates(startingWith: key).isEmpty
        }
    }

    public func isArticle(_ key: String) -> Bool { functionWord(key).contains { $0.wordClass == .article } }

    public func isSubjectPronoun(_ key: String) -> Bool { functionWord(key).contains { $0.isSubjectPronoun } }

    public func has(_ key: String, _ wordClass: FunctionWord.WordClass) -> Bool {
        functionWord(key).contains { $0.wordClass == wordClass }
    }
}

/// A regular expression for a line of leaked page furniture ("NEXT …", "Lire aussi").
public final class BoilerplatePattern: @unchecked Sendable {
    public let kind: String
    public let pattern: String
    public let explanation: String
    private let regex: NSRegularExpression

    init?(kind: String, pattern: String, explanation: String) {
        guard let regex = try? NSRegularExpression(pattern: "^(?:\(pattern))$", options: []) else { return nil }
        self.kind = kind
        self.pattern = pattern
        self.explanation = explanation
        self.regex = regex
    }

    /// True when the whole (trimmed) line matches. NSRegularExpression is safe to share for matching.
    public func matches(_ line: String) -> Bool {
        let range = NSRange(line.startIndex..<line.endIndex, in: line)
        return regex.firstMatch(in: line, options: [], range: range) != nil
    }
}

/// Matches a line against every boilerplate pattern with a single combined expression first;
/// only a line that matches one of them is tried pattern by pattern to say which.
public final class BoilerplateMatcher: @unchecked Sendable {
    private let combined: NSRegularExpression?
    private let patterns: [BoilerplatePattern]
    private let openings: BoilerplateOpenings?

    init(_ patterns: [BoilerplatePattern]) {
        self.patterns = patterns
        self.openings = BoilerplateOpenings(patterns: patterns.map(\.pattern))
        let alternation = patterns.map { "(?:\($0.pattern))" }.joined(separator: "|")
        self.combined = patterns.isEmpty ? nil : try? NSRegularExpression(pattern: "^(?:\(alternation))$", options: [])
    }

    /// The first pattern matching the whole line, if any.
    public func match(_ line: String) -> BoilerplatePattern? {
        guard let combined else { return nil }
        let range = NSRange(line.startIndex..<line.endIndex, in: line)
        guard combined.firstMatch(in: line, options: [], range: range) != nil else { return nil }
        return patterns.first { $0.matches(line) }
    }

    /// False when `match` must fail on the line with these scalars: it starts with none of the
    /// patterns' literal openings. Checking this first spares most lines the regular expression.
    public func mayMatch(_ line: ArraySlice<Unicode.Scalar>) -> Bool {
        openings?.admits(line) ?? true
    }
}
