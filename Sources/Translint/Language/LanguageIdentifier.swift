import Foundation

/// Identifies which of the six languages a text (or a paragraph, or a sentence) is written in.
///
/// A small naive-Bayes model over common words: for each language, the `commonWordCount` most
/// frequent words of its lexicon (the lexicons are sorted by frequency, so only the head of each
/// file is read — about 35 KB per language, not the 3–5 MB lexicon) plus its function words.
/// A word scores, in every language, its Zipf frequency there minus its best Zipf among the six
/// (a word missing from a language's head gets that language's floor, clipped at −3 so that one
/// foreign term — "package", "mirror", a product name — cannot outweigh a sentence). A few letters
/// that only some of the languages use (ñ, ß, ã, ì, …) add a little. Scores are log10
/// likelihoods: a margin of 2 between the best and the runner-up means "100 times likelier".
///
/// Built once (`LanguageIdentifier.shared`), immutable, `Sendable`; identification is one pass
/// over the text with one hash lookup per word, cheap enough to run per paragraph and per
/// sentence. Ties are broken in `Language.allCases` order, so results are deterministic.
public struct LanguageIdentifier: Sendable {
    /// The identified language of a text, with the evidence behind it.
    public struct Guess: Sendable {
        /// The likeliest language.
        public var language: Language
        /// 0…1: how clearly the winner beats the runner-up (margin / 3 log10 units, capped).
        public var confidence: Double
        /// Evidence per language (log10 likelihood relative to the best language per word; ≤ 0
        /// apart from letter bonuses).
        public var scores: [Language: Double] {
            get {
                var d: [Language: Double] = [:]
                for (l, language) in LanguageIdentifier.languages.enumerated() { d[language] = values[l] }
                return d
            }
            set {
                for (l, language) in LanguageIdentifier.languages.enumerated() { values[l] = newValue[language] ?? 0 }
            }
        }
        /// `scores` in model order (`LanguageIdentifier.languages`): a guess is made per sentence,
        /// so it keeps an array rather than building a dictionary each time.
        var values: [Double]
        /// Best score minus the runner-up's, in log10 units.
        public var margin: Double
        /// Number of words the model knows (function words and common words).
        public var evidence: Int

        /// The score of `language`.
        public func score(_ language: Language) -> Double { values[LanguageIdentifier.index(language)] }
    }

    /// How many of each lexicon's most frequent words the model reads.
    public static let commonWordCount = 3000
    /// The most any one word can count against a language (log10 units).
    static let clip: Float = 3
    /// Languages in model order (tie-breaking order).
    public static let languages: [Language] = Language.allCases
    static let languageCount = Language.allCases.count

    /// The identifier for the shipped resources, built on first use and shared by every thread.
    public static let shared = LanguageResources.shared.languageIdentifier

    /// The identifier `resources` keep (`LanguageResources.languageIdentifier`): built once per
    /// set of resources, the shipped ones (`shared`) included, not once per call.
    public static func forResources(_ resources: LanguageResources) -> LanguageIdentifier {
        resources.languageIdentifier
    }

    /// True when both are the same built model (copies of one value), not two builds.
    func sharesModel(with other: LanguageIdentifier) -> Bool {
        contributions.withUnsafeBufferPointer { a in other.contributions.withUnsafeBufferPointer { b in a.baseAddress == b.baseAddress } }
    }

    /// Folded word → row in `values`.
    private let rows: [String: Int32]
    /// `rows` by UTF-8 bytes, for the common case where bytes decide (see `ByteKeyTable`).
    private let rowTable: ByteKeyTable
    /// Per row, `languageCount` Zipf values (the language's floor where the word is not listed).
    private let values: [Float]
    /// Per row, the contribution of the word to each language (z − max z, clipped), precomputed
    /// and widened to `Double` once (exactly) rather than on every addition.
    private let contributions: [Double]
    /// Per language, the Zipf given to a word it does not list.
    private let floors: [Float]
    /// Per row, a bit per language whose function-word list holds the word.
    private let functionMask: [UInt8]

    /// Builds the model from the lexicon heads and function words of `resources`.
    public init(resources: LanguageResources = .shared) {
        let n = LanguageIdentifier.languageCount
        var heads: [[String: Float]] = []
        var floors: [Float] = []
        for language in LanguageIdentifier.languages {
            var head: [String: Float] = [:]
            if let dir = resources.directory {
                let url = dir.appendingPathComponent("Lexicons/\(language.rawValue).tsv")
                for (word, zipf) in LanguageIdentifier.readHead(url, entries: LanguageIdentifier.commonWordCount)
                where head[word] == nil {
                    head[word] = zipf
                }
            }
            let lowest = head.values.min() ?? 6
            floors.append(max(0, lowest - 0.5))
            heads.append(head)
        }
        var rows: [String: Int32] = [:]
        var values: [Float] = []
        var masks: [UInt8] = []
        func row(_ key: String) -> Int {
            if let r = rows[key] { return Int(r) }
            let r = masks.count
            rows[key] = Int32(r)
            values.append(contentsOf: floors)
            masks.append(0)
            return r
        }
        for (l, language) in LanguageIdentifier.languages.enumerated() {
            for (word, zipf) in heads[l] {
                let r = row(word)
                values[r * n + l] = zipf
            }
            // Function words count even when the lexicon head lacks them (or is unavailable):
            // at least as frequent as the head's least frequent word.
            for key in resources.profile(for: language).functionWords.keys {
                let word = key.hasSuffix("'") ? String(key.dropLast()) : key
                guard !word.isEmpty else { continue }
                let r = row(word)
                values[r * n + l] = max(values[r * n + l], floors[l] + 0.5)
                masks[r] |= 1 << UInt8(l)
                if word != key { masks[row(key)] |= 1 << UInt8(l) }
            }
        }
        var contributions = [Float](repeating: 0, count: values.count)
        for r in 0..<masks.count {
            var best: Float = 0
            for l in 0..<n { best = max(best, values[r * n + l]) }
            for l in 0..<n { contributions[r * n + l] = max(values[r * n + l] - best, -LanguageIdentifier.clip) }
        }
        self.rows = rows
        self.rowTable = ByteKeyTable(rows.map { (key: $0.key, value: $0.value) })
        self.values = values
        self.contributions = contributions.map(Double.init)
        self.floors = floors
        self.functionMask = masks
    }

    /// The first `entries` `word<TAB>zipf` lines of a frequency-sorted lexicon file, reading
    /// only as many bytes as needed.
    static func readHead(_ url: URL, entries: Int) -> [(String, Float)] {
        guard entries > 0, let handle = try? FileHandle(forReadingFrom: url) else { return [] }
        defer { try? handle.close() }
        var out: [(String, Float)] = []
        var pending: [UInt8] = []
        while out.count < entries {
            guard let chunk = try? handle.read(upToCount: 32_768), !chunk.isEmpty else { break }
            pending.append(contentsOf: chunk)
            var start = 0
            while out.count < entries, let nl = pending[start...].firstIndex(of: 0x0A) {
                let line = pending[start..<nl]
                start = nl + 1
                guard let tab = line.firstIndex(of: 0x09), tab > line.startIndex, line.first != 0x23 else { continue }
                let word = String(decoding: line[line.startIndex..<tab], as: UTF8.self)
                if let z = parseNumber(line[(tab + 1)...]) { out.append((word, z)) }
            }
            pending.removeFirst(start)
        }
        return out
    }

    /// `Float` of the bytes with `.whitespaces` trimmed. ASCII (every shipped file) is trimmed
    /// of spaces and tabs by hand, the only ASCII characters in `.whitespaces`: Foundation's
    /// trimming cost more than reading the rest of the file.
    static func parseNumber(_ bytes: ArraySlice<UInt8>) -> Float? {
        guard bytes.allSatisfy({ $0 < 0x80 }) else {
            return Float(String(decoding: bytes, as: UTF8.self).trimmingCharacters(in: .whitespaces))
        }
        var lo = bytes.startIndex, hi = bytes.endIndex
        while lo < hi, bytes[lo] == 0x20 || bytes[lo] == 0x09 { lo += 1 }
        while hi > lo, bytes[hi - 1] == 0x20 || bytes[hi - 1] == 0x09 { hi -= 1 }
        return Float(String(decoding: bytes[lo..<hi], as: UTF8.self))
    }

    // MARK: - Per-word data

    /// The model row of a folded word (apostrophe-final elisions are looked up without it).
    @inline(__always)
    func row(_ key: String) -> Int? {
        if let r = storedRow(key) { return Int(r) }
        // Only a key whose last byte is the apostrophe can end with the Character "'".
        if key.utf8.last == 0x27, key.hasSuffix("'"), let r = storedRow(String(key.dropLast())) { return Int(r) }
        return nil
    }

    /// `rows[key]`, by bytes when that is exact.
    @inline(__always)
    private func storedRow(_ key: String) -> Int32? {
        switch rowTable.lookup(key) {
        case .found(let r): return r
        case .absent: return nil
        case .unknown: return rows[key]
        }
    }

    /// A word's row in the model, for repeated per-language queries.
    public struct WordRow: Sendable, Hashable { let index: Int }

    /// The model row of a folded word, nil when no language lists it.
    public func wordRow(_ key: String) -> WordRow? { row(key).map(WordRow.init) }

    /// The Zipf the model gives the word of `row` in `language` (the language's floor for nil).
    public func zipf(_ row: WordRow?, in language: Language) -> Double {
        let l = LanguageIdentifier.index(language)
        guard let r = row?.index else { return Double(floors[l]) }
        return Double(values[r * LanguageIdentifier.languageCount + l])
    }

    /// The Zipf the model lists for the word of `row` in `language`, 0 when that language's head
    /// does not list it (unlike `zipf(_:in:)`, which gives the floor).
    public func listedZipf(_ row: WordRow?, in language: Language) -> Double {
        let l = LanguageIdentifier.index(language)
        guard let r = row?.index else { return 0 }
        let z = values[r * LanguageIdentifier.languageCount + l]
        return z > floors[l] ? Double(z) : 0
    }

    /// True when the word of `row` is in `language`'s function-word list.
    public func isFunctionWord(_ row: WordRow?, in language: Language) -> Bool {
        guard let r = row?.index else { return false }
        return functionMask[r] & (1 << UInt8(LanguageIdentifier.index(language))) != 0
    }

    /// True when the model knows the folded word (a common word or a function word somewhere).
    public func knows(_ key: String) -> Bool { row(key) != nil }

    /// The Zipf frequency the model gives `key` in `language`: the lexicon head's value, or the
    /// language's floor for a word its head does not list.
    public func zipf(_ key: String, in language: Language) -> Double {
        let l = LanguageIdentifier.index(language)
        guard let r = row(key) else { return Double(floors[l]) }
        return Double(values[r * LanguageIdentifier.languageCount + l])
    }

    /// True when `key` is in `language`'s function-word list.
    public func isFunctionWord(_ key: String, in language: Language) -> Bool {
        guard let r = row(key) else { return false }
        return functionMask[r] & (1 << UInt8(LanguageIdentifier.index(language))) != 0
    }

    /// The column of `language` in the model (`languages` is `Language.allCases`).
    @inline(__always)
    static func index(_ language: Language) -> Int { language.position }

    /// Adds the word's contributions to `scores`; returns true when the model knows the word.
    @inline(__always)
    func add(_ key: String, to scores: inout [Double]) -> Bool {
        if let r = row(key) {
            addRow(r, to: &scores)
            return true
        }
        var known = false
        for r in partRows(key) {
            addRow(Int(r), to: &scores)
            known = true
        }
        return known
    }

    /// Adds one model row's contributions to `scores`.
    @inline(__always)
    private func addRow(_ r: Int, to scores: inout [Double]) {
        let n = LanguageIdentifier.languageCount
        for l in 0..<n { scores[l] += contributions[r * n + l] }
    }

    /// Hyphenated compounds and apostrophe-joined words: wordfreq stores the parts. The rows of
    /// the parts the model knows, in order.
    private func partRows(_ key: String) -> [Int32] {
        var out: [Int32] = []
        // A Character equal to "-" or "'" holds that byte: most keys are ruled out by bytes alone.
        var bytes = key
        guard bytes.withUTF8({ $0.contains { $0 == 0x2D || $0 == 0x27 } }) else { return out }
        if key.contains(where: { $0 == "-" || $0 == "'" }) {
            for part in key.split(whereSeparator: { $0 == "-" || $0 == "'" }) where !part.isEmpty {
                if let r32 = storedRow(String(part)) { out.append(r32) }
            }
        }
        return out
    }

    /// What the model reads for each distinct key of a `RuleContext` (`RuleContext.keyStrings`),
    /// looked up once per key so that per-word work is array indexing.
    public struct KeyRows: Sendable {
        /// Per key id: `row(key)` (with the elision fallback), -1 when unknown.
        let row: [Int32]
        /// Per key id: the rows `add(_:to:)` adds, as a range into `added`.
        let addedStart: [Int32]
        let added: [Int32]

        /// The model row of key `id`, as `wordRow(_:)` gives it.
        @inline(__always) func wordRow(_ id: Int) -> WordRow? {
            id >= 0 && row[id] >= 0 ? WordRow(index: Int(row[id])) : nil
        }
    }

    /// The rows of every key of `keys` (see `KeyRows`).
    public func keyRows(_ keys: [String]) -> KeyRows {
        var row: [Int32] = [], start: [Int32] = [], added: [Int32] = []
        row.reserveCapacity(keys.count)
        start.reserveCapacity(keys.count + 1)
        for var key in keys {
            start.append(Int32(added.count))
            if let r = key.withUTF8({ keyRow($0, parts: &added) }) {
                row.append(r)
            } else if let r = self.row(key) {
                row.append(Int32(r))
                added.append(Int32(r))
            } else {
                row.append(-1)
                added.append(contentsOf: partRows(key))
            }
        }
        start.append(Int32(added.count))
        return KeyRows(row: row, addedStart: start, added: added)
    }

    /// `row(_:)` and `partRows(_:)` by bytes, for a key whose scalars are all below U+0300: then
    /// bytes decide equality (see `ByteKeyTable`) and every scalar is a `Character` of its own, so
    /// splitting bytes at "-" and "'" splits the `Character`s. Appends the rows `add(_:to:)` adds
    /// to `added` and returns the key's row (-1 when unknown); nil for other keys, which take the
    /// `String` path.
    @inline(__always)
    private func keyRow(_ key: UnsafeBufferPointer<UInt8>, parts added: inout [Int32]) -> Int32? {
        guard key.allSatisfy({ $0 < 0xCC }) else { return nil }
        switch rowTable.lookup(simpleUTF8: key) {
        case .found(let r):
            added.append(r)
            return r
        case .unknown:
            return nil
        case .absent:
            break
        }
        // An elision ("l'", "qu'") is looked up without its apostrophe.
        if key.last == 0x27, case .found(let r) = rowTable.lookup(simpleUTF8: UnsafeBufferPointer(rebasing: key.dropLast())) {
            added.append(r)
            return r
        }
        var partStart = 0
        for i in 0...key.count where i == key.count || key[i] == 0x2D || key[i] == 0x27 {
            if i > partStart, i - partStart < key.count,
               case .found(let r) = rowTable.lookup(simpleUTF8: UnsafeBufferPointer(rebasing: key[partStart..<i])) {
                added.append(r)
            }
            partStart = i + 1
        }
        return -1
    }

    /// The rows of every key of `context`, computed once per context and shared by its rules.
    public func keyRows(for context: RuleContext) -> KeyRows {
        context.cache.identifierRows { keyRows(context.keyStrings) }
    }

    /// Letters that point at one language or a few (log10 bonus per occurrence).
    @inline(__always)
    static func addLetter<Scores: MutableCollection<Double>>(_ s: Unicode.Scalar, to scores: inout Scores)
    where Scores.Index == Int {
        guard s.value >= 0xA1 else { return }
        switch s {
        case "ñ", "¿", "¡": scores[1] += 0.45
        case "ß", "ä", "ö", "ü": scores[4] += 0.3
        case "ã", "õ": scores[3] += 0.45
        case "ç": scores[0] += 0.12; scores[3] += 0.12
        case "è", "ê", "ë", "î", "ï", "û", "ù", "œ", "â": scores[0] += 0.12
        case "ì", "ò": scores[2] += 0.18
        default: break
        }
    }

    // MARK: - Identification

    /// Identifies the language of `text` (the first 100,000 scalars are read).
    public func identify(_ text: some StringProtocol) -> Guess {
        var scores = [Double](repeating: 0, count: LanguageIdentifier.languageCount)
        var evidence = 0
        // The current word's UTF-8 bytes, in a buffer reused for every word: appending scalars
        // to a `String` one by one cost more than the rest of identification together.
        var word: [UInt8] = []
        word.reserveCapacity(64)
        var wordScalars = 0
        var ascii = true
        var added: [Int32] = []
        func flush() {
            guard !word.isEmpty else { return }
            if wordScalars <= 30, addWord(word, ascii: ascii, to: &scores, rows: &added) { evidence += 1 }
            word.removeAll(keepingCapacity: true)
            wordScalars = 0
            ascii = true
        }
        func append(_ s: Unicode.Scalar) {
            wordScalars += 1
            if s.value < 0x80 { word.append(UInt8(s.value)) } else { UTF8.encode(s) { word.append($0) } }
        }
        var scanned = 0
        for s in text.unicodeScalars {
            scanned += 1
            if scanned > 100_000 { break }
            if CharacterClass.isLetter(s) {
                if s.value >= 0x41 && s.value <= 0x5A {
                    append(Unicode.Scalar(s.value | 0x20) ?? s)
                } else {
                    if s.value >= 0x80 { ascii = false }
                    append(s)
                }
                LanguageIdentifier.addLetter(s, to: &scores)
            } else if CharacterClass.isApostrophe(s) {
                if !word.isEmpty { append("'") }
                flush()
            } else {
                flush()
            }
        }
        flush()
        return LanguageIdentifier.guess(scores, evidence: evidence)
    }

    /// `add(key, to:)` for the word whose bytes are `word` (ASCII letters already lowercase; the
    /// key is `word` when `ascii`, else `LexiconKey.fold` of it), folded and looked up by bytes
    /// when that is exact (`keyRow`), so most words make no `String`. `rows` is scratch space.
    private func addWord(_ word: [UInt8], ascii: Bool, to scores: inout [Double], rows: inout [Int32]) -> Bool {
        let found: Bool? = word.withUnsafeBufferPointer { w in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(w.count, 1)) { out -> Bool? in
                let length: Int
                if ascii {
                    for k in w.indices { out[k] = w[k] }
                    length = w.count
                } else {
                    guard let n = LexiconKey.foldCommonLatin(w, into: out) else { return nil }
                    length = n
                }
                rows.removeAll(keepingCapacity: true)
                guard keyRow(UnsafeBufferPointer(rebasing: out[0..<length]), parts: &rows) != nil else { return nil }
                for r in rows { addRow(Int(r), to: &scores) }
                return !rows.isEmpty
            }
        }
        if let found { return found }
        let string = String(decoding: word, as: UTF8.self)
        return add(ascii ? string : LexiconKey.fold(string), to: &scores)
    }

    /// Identifies the language of the word tokens `tokens` of `document`.
    public func identify(document: Document, tokens: Range<Int>) -> Guess {
        var scores = [Double](repeating: 0, count: LanguageIdentifier.languageCount)
        var evidence = 0
        let range = tokens.clamped(to: 0..<document.tokens.count)
        for t in range where document.tokens[t].kind == .word {
            if add(document.key(t), to: &scores) { evidence += 1 }
            let token = document.tokens[t]
            if !token.isASCII {
                for i in token.range { LanguageIdentifier.addLetter(document.scalars[i], to: &scores) }
            }
        }
        return LanguageIdentifier.guess(scores, evidence: evidence)
    }

    /// `identify(document:tokens:)` for a context: the same scores, summed in the same order,
    /// from the context's key ids and `keyRows(for:)` instead of folding and hashing each word.
    public func identify(context: RuleContext, tokens: Range<Int>, rows keyRows: KeyRows) -> Guess {
        var scores = [Double](repeating: 0, count: LanguageIdentifier.languageCount)
        let evidence = addScores(context: context, tokens: tokens, rows: keyRows, to: &scores)
        return LanguageIdentifier.guess(scores, evidence: evidence)
    }

    /// The sums behind `identify(context:tokens:rows:)`, added to `scores` (one per language, in
    /// model order); returns the evidence. Through buffer pointers, into the caller's array: this
    /// runs for every paragraph and every sentence.
    func addScores(context: RuleContext, tokens: Range<Int>, rows keyRows: KeyRows, to scores: inout [Double]) -> Int {
        let n = LanguageIdentifier.languageCount
        var evidence = 0
        let document = context.document
        let range = tokens.clamped(to: 0..<document.tokens.count)
        // The word tokens of `range`, in order, from the document's word list rather than a test
        // of every token (spaces and punctuation are most of them).
        let words = document.words
        var w = 0, end = words.count
        while w < end {
            let mid = (w + end) >> 1
            if words[mid] < range.lowerBound { w = mid + 1 } else { end = mid }
        }
        scores.withUnsafeMutableBufferPointer { sums in
            contributions.withUnsafeBufferPointer { c in
                while w < words.count, words[w] < range.upperBound {
                    let t = words[w]
                    w += 1
                    let id = context.keyID(t)
                    let lo = Int(keyRows.addedStart[id]), hi = Int(keyRows.addedStart[id + 1])
                    for k in lo..<hi {
                        let base = Int(keyRows.added[k]) * n
                        for l in 0..<n { sums[l] += c[base + l] }
                    }
                    if hi > lo { evidence += 1 }
                    let token = document.tokens[t]
                    if !token.isASCII {
                        for i in token.range { LanguageIdentifier.addLetter(document.scalars[i], to: &sums) }
                    }
                }
            }
        }
        return evidence
    }

    /// One guess per paragraph of `document` (runs of non-blank lines), with the paragraph's
    /// scalar range and token range.
    public func identifyParagraphs(document: Document) -> [(range: Range<Int>, tokens: Range<Int>, guess: Guess)] {
        paragraphUnits(document).map { ($0.range, $0.tokens, identify(document: document, tokens: $0.tokens)) }
    }

    /// `identifyParagraphs(document:)` for a context (see `identify(context:tokens:rows:)`).
    public func identifyParagraphs(context: RuleContext) -> [(range: Range<Int>, tokens: Range<Int>, guess: Guess)] {
        let rows = keyRows(for: context)
        return paragraphUnits(context.document).map {
            ($0.range, $0.tokens, identify(context: context, tokens: $0.tokens, rows: rows))
        }
    }

    /// The scalar range and token range of each paragraph.
    private func paragraphUnits(_ document: Document) -> [(range: Range<Int>, tokens: Range<Int>)] {
        var out: [(range: Range<Int>, tokens: Range<Int>)] = []
        for p in document.paragraphs where !p.isEmpty {
            let first = document.lines[p.lowerBound], last = document.lines[p.upperBound - 1]
            let tokens = first.tokens.lowerBound..<max(first.tokens.lowerBound, last.tokens.upperBound)
            let range = first.range.lowerBound..<max(first.range.lowerBound, last.range.upperBound)
            out.append((range, tokens))
        }
        return out
    }

    static func guess(_ scores: [Double], evidence: Int) -> Guess {
        var best = 0
        for l in 1..<scores.count where scores[l] > scores[best] { best = l }
        var second = best == 0 ? 1 : 0
        for l in 0..<scores.count where l != best && scores[l] > scores[second] { second = l }
        let margin = evidence == 0 && scores.allSatisfy({ $0 == 0 }) ? 0 : scores[best] - scores[second]
        return Guess(language: evidence == 0 && margin == 0 ? .en : languages[best],
                     confidence: min(1, max(0, margin / 3)), values: scores, margin: margin,
                     evidence: evidence)
    }
}
