import Foundation

/// What a rule reads: the document, its language's profile and lexicon, and per-document
/// statistics computed once and shared by all rules (folded keys and frequencies of every
/// word, and how often each form occurs in this very document — the best evidence for names).
public final class RuleContext: Sendable {
    public let document: Document
    public let profile: LanguageProfile
    public let lexicon: Lexicon
    public let resources: LanguageResources
    /// Folded key of each token (empty for non-words), indexed like `document.tokens`. Built on
    /// first use: rules read `key(_:)`, which looks the key up by id, so most documents never
    /// make (and free) one `String` reference per token.
    public var keys: [String] { cache.keys { RuleContext.perToken(keyIDs, keyStrings, none: "") } }
    /// Zipf frequency of each word token's folded key (0 for unknown words and non-words).
    public let zipfs: [Double]
    /// Occurrences of each exact surface form of a word in the document (built on first use).
    public var surfaceCounts: [String: Int] { cache.surfaceCounts { counts.surfaceCounts(document) } }
    /// Occurrences of each folded word (hyphenated compounds also count each part; built on first
    /// use: rules ask `foldedCount(_:)` / `foldedCount(of:)`, which hash no `String`).
    public var foldedCounts: [String: Int] { cache.foldedCounts { counts.foldedCounts(keyStrings) } }
    /// Folded words that occur in the document at least once with a capital where a capital is
    /// not licensed (mid-sentence): names, as this document spells them (built on first use).
    public var capitalizedMidSentence: [String: Int] {
        cache.capitalizedMidSentence { counts.nonzero(counts.capitalized, keyStrings) }
    }
    /// Folded words that occur in lowercase somewhere in the document (built on first use).
    public var lowercaseCounts: [String: Int] { cache.lowercaseCounts { counts.nonzero(counts.lower, keyStrings) } }
    /// Per token, the id of its folded key among `keyStrings` (-1 for non-words): equal keys get
    /// equal ids, so rules can memoise per-key work in arrays instead of `String` dictionaries.
    public let keyIDs: [Int32]
    /// The distinct folded keys of the document's words, by id (first-occurrence order).
    public let keyStrings: [String]
    /// Per key id, the profile's function-word readings of the key (`profile.functionWord`),
    /// looked up once per distinct key: the article and pronoun rules ask for every word.
    public let keyReadings: [[FunctionWord]]
    /// Per key id, whether a gazetteer name starts with the key (`profile.gazetteerHasName`):
    /// the name matcher asks for every word, and the key's hash is at hand here.
    let keyStartsName: [Bool]
    /// Per key id, the month or weekday the key names (`profile.calendarWord`): the
    /// capitalization rule asks for every word.
    let keyCalendarWords: [CalendarWord?]
    /// Results several rules derive from this context, computed on first use.
    let cache = RuleContextCache()
    /// The keys and compound parts of the document, for `foldedCount(of:)` and friends.
    let index: KeyIndex
    /// Per-key and per-form counts behind the count accessors and dictionaries.
    let counts: RuleContextCounts

    public init(document: Document, profile: LanguageProfile, lexicon: Lexicon, resources: LanguageResources) {
        self.document = document
        self.profile = profile
        self.lexicon = lexicon
        self.resources = resources
        let tokens = document.tokens
        let words = document.words
        // Word forms repeat (Zipf's law), so each distinct surface form is folded and its key
        // looked up once (`KeyInterner`); every occurrence costs one hash of its UTF-8 bytes and
        // one probe. Counts are kept per key id; the `String`-keyed dictionaries are built only
        // if someone asks. Three passes: each word's form, each form's key, then the counts, so
        // the counting loop calls nothing and indexes arrays of known sizes.
        let expectedForms = min(words.count, 1 << 16)
        var forms = ByteSliceInterner(expected: expectedForms)
        var formFirst: [Int] = []           // per form: first token holding it
        formFirst.reserveCapacity(expectedForms)
        let wordForms = document.utf8.withUnsafeBufferPointer { utf8 in
            tokens.withUnsafeBufferPointer { tokens in
                words.withUnsafeBufferPointer { words in
                    [Int32](unsafeUninitializedCapacity: words.count) { out, count in
                        for w in 0..<words.count {
                            let t = words[w]
                            let (form, isNew) = forms.intern(utf8, tokens[t].utf8)
                            if isNew { formFirst.append(t) }
                            out[w] = Int32(truncatingIfNeeded: form)
                        }
                        count = words.count
                    }
                }
            }
        }
        var keysOfForms = KeyInterner(expected: formFirst.count, lexicon: lexicon, profile: profile)
        // Per form: its key's id. Forms met in earlier documents take their key and its features
        // from the shared cache (one lock for the whole document).
        let formKeyID = KeyFeatureCache.shared(lexicon: lexicon, profile: profile).withTable { cache in
            document.utf8.withUnsafeBufferPointer { utf8 in
                formFirst.indices.map { form in
                    keysOfForms.id(ofWord: formFirst[form], formHash: forms.hash(ofForm: form), in: document,
                                   utf8: utf8, cache: &cache)
                }
            }
        }
        let keyTotal = keysOfForms.index.count
        var formCount = [Int](repeating: 0, count: formFirst.count)
        var keyCount = [Int](repeating: 0, count: keyTotal)
        var capitalizedCount = [Int](repeating: 0, count: keyTotal)
        var lowerCount = [Int](repeating: 0, count: keyTotal)
        var tokenKeyIDs = [Int32](repeating: -1, count: tokens.count)
        for w in words.indices {
            let t = words[w]
            let form = Int(wordForms[w])
            formCount[form] += 1
            let id = formKeyID[form]
            tokenKeyIDs[t] = Int32(truncatingIfNeeded: id)
            keyCount[id] += 1
            let token = tokens[t]
            switch token.shape {
            case .capitalized where !token.capitalIsLicensed:
                capitalizedCount[id] += 1
            case .lower:
                lowerCount[id] += 1
            default:
                break
            }
        }
        let index = keysOfForms.index
        let keyStrings = index.strings
        // Each part of a hyphenated compound counts too ("nord-coréens" → "nord", "coréens").
        var parts = KeyIndex()
        var partCount: [Int] = []
        var folded = keyCount
        // `hasHyphen` follows from a token's bytes, so every occurrence of a form agrees with its first.
        for form in formFirst.indices where tokens[formFirst[form]].hasHyphen {
            let n = formCount[form]
            for part in RuleContext.hyphenParts(keyStrings[formKeyID[form]]) {
                let (p, isNew) = parts.insert(part)
                if isNew { partCount.append(0) }
                partCount[p] += n
                if let id = index.id(of: part) { folded[id] += n }
            }
        }
        // Per token, from the per-key values: written in place, one pass each.
        self.zipfs = RuleContext.perToken(tokenKeyIDs, keysOfForms.zipfs, none: 0)
        self.keyIDs = tokenKeyIDs
        self.keyStrings = keyStrings
        self.keyReadings = keysOfForms.readings
        self.keyStartsName = keysOfForms.startsName
        self.keyCalendarWords = keysOfForms.calendarWords
        self.index = index
        self.counts = RuleContextCounts(keys: keyCount, folded: folded, capitalized: capitalizedCount,
                                        lower: lowerCount, parts: parts, partCounts: partCount,
                                        formFirst: formFirst, formCount: formCount)
    }

    /// The non-empty parts of `key` between "-" characters, as `key.split(separator: "-")` gives
    /// them. Split by bytes when no scalar is U+0300 or above: every such scalar but CR + LF is a
    /// `Character` of its own, so bytes and characters split at the same places.
    static func hyphenParts(_ key: String) -> [String] {
        if key.utf8.allSatisfy({ $0 < 0xCC }) {
            return key.utf8.split(separator: UInt8(ascii: "-")).map { String(decoding: $0, as: UTF8.self) }
        }
        return key.split(separator: "-").map(String.init)
    }

    /// `perKey[id]` for each token's key id, `none` for non-words (id -1).
    private static func perToken<T>(_ ids: [Int32], _ perKey: [T], none: T) -> [T] {
        [T](unsafeUninitializedCapacity: ids.count) { out, count in
            for t in ids.indices {
                let id = Int(ids[t])
                (out.baseAddress! + t).initialize(to: id >= 0 ? perKey[id] : none)
            }
            count = ids.count
        }
    }

    /// The folded key of token `t`.
    @inline(__always) public func key(_ t: Int) -> String {
        let id = Int(keyIDs[t])
        return id >= 0 ? keyStrings[id] : ""
    }
    /// The zipf frequency of token `t`.
    @inline(__always) public func zipf(_ t: Int) -> Double { zipfs[t] }
    /// The text of token `t`.
    @inline(__always) public func text(_ t: Int) -> String { document.string(t) }
    @inline(__always) public func token(_ t: Int) -> Token { document.tokens[t] }
    /// The id of token `t`'s folded key (see `keyIDs`), -1 for non-words.
    @inline(__always) public func keyID(_ t: Int) -> Int { Int(keyIDs[t]) }
    /// The function-word readings of word token `t` (`profile.functionWord(key(t))`); empty for
    /// non-words, as the empty key has none.
    @inline(__always) public func readings(_ t: Int) -> [FunctionWord] {
        let id = keyIDs[t]
        return id >= 0 ? keyReadings[Int(id)] : profile.functionWord("")
    }
    /// `profile.calendarWord(key(t))`, without a lookup.
    @inline(__always) func calendarWord(_ t: Int) -> CalendarWord? {
        let id = keyIDs[t]
        return id >= 0 ? keyCalendarWords[Int(id)] : profile.calendarWord("")
    }
        /// True when the whole text is "simple" (`ByteKeyTable.isSimple`): its lines can be compared
    /// and hashed as bytes. Computed on first use.
    var textIsSimple: Bool { cache.textIsSimple { ByteKeyTable.isSimple(document.utf8) } }

    /// `profile.isFunctionWord(key(t))`.
    @inline(__always) public func isFunctionWord(_ t: Int) -> Bool { !readings(t).isEmpty }

    // MARK: - Counts without hashing a `String`

    /// `foldedCounts[key(t)] ?? 0`.
    @inline(__always) public func foldedCount(_ t: Int) -> Int {
        let id = keyIDs[t]
        return id >= 0 ? counts.folded[Int(id)] : 0
    }
    /// `capitalizedMidSentence[key(t)] ?? 0`.
    @inline(__always) public func capitalizedCount(_ t: Int) -> Int {
        let id = keyIDs[t]
        return id >= 0 ? counts.capitalized[Int(id)] : 0
    }
    /// `lowercaseCounts[key(t)] ?? 0`.
    @inline(__always) public func lowercaseCount(_ t: Int) -> Int {
        let id = keyIDs[t]
        return id >= 0 ? counts.lower[Int(id)] : 0
    }
    /// `foldedCounts[key] ?? 0` for any folded string (a word of the document, a part of one).
    public func foldedCount(of key: String) -> Int {
        if let id = index.id(of: key) { return counts.folded[id] }
        if let p = counts.parts.id(of: key) { return counts.partCounts[p] }
        return 0
    }
    /// `capitalizedMidSentence[key] ?? 0` for any folded string.
    public func capitalizedCount(of key: String) -> Int { index.id(of: key).map { counts.capitalized[$0] } ?? 0 }
    /// `lowercaseCounts[key] ?? 0` for any folded string.
    public func lowercaseCount(of key: String) -> Int { index.id(of: key).map { counts.lower[$0] } ?? 0 }
}

/// The per-key counts of a `RuleContext` (indexed by key id) and what the `String`-keyed count
/// dictionaries are built from when someone asks for them.
struct RuleContextCounts: Sendable {
    /// Occurrences of each key as a whole word.
    let keys: [Int]
    /// `keys` plus the occurrences of the key as a part of a hyphenated compound.
    let folded: [Int]
    /// Unlicensed capitalised occurrences, lowercase occurrences.
    let capitalized: [Int]
    let lower: [Int]
    /// Parts of hyphenated compounds and how often each occurs as a part.
    let parts: KeyIndex
    let partCounts: [Int]
    /// Per distinct surface form: its first token and its number of occurrences.
    let formFirst: [Int]
    let formCount: [Int]

    func surfaceCounts(_ document: Document) -> [String: Int] {
        var surface: [String: Int] = [:]
        surface.reserveCapacity(formCount.count)
        for form in formCount.indices {
            surface[document.string(formFirst[form]), default: 0] += formCount[form]
        }
        return surface
    }

    func foldedCounts(_ keyStrings: [String]) -> [String: Int] {
        var folded: [String: Int] = [:]
        folded.reserveCapacity(keyStrings.count)
        for id in keyStrings.indices { folded[keyStrings[id]] = keys[id] }
        for p in partCounts.indices { folded[parts.strings[p], default: 0] += partCounts[p] }
        return folded
    }

    /// The nonzero entries of a per-key count array.
    func nonzero(_ perKey: [Int], _ keyStrings: [String]) -> [String: Int] {
        var d: [String: Int] = [:]
        for id in keyStrings.indices where perKey[id] > 0 { d[keyStrings[id]] = perKey[id] }
        return d
    }
}

/// Per-context memo of results that several rules (or several passes of one rule) compute from
/// the same context: gazetteer matches, language-model rows per key. Each value is computed
/// once, on first use, under a lock, so a context stays safe to share between threads.
final class RuleContextCache: @unchecked Sendable {
    private let lock = NSLock()
    private var gazetteerMatches: [GazetteerMatch]?
    private var identifierRows: LanguageIdentifier.KeyRows?
    private var surface: [String: Int]?
    private var folded: [String: Int]?
    private var capitalized: [String: Int]?
    private var lower: [String: Int]?
    private var simple: Bool?
    private var layout: LayoutHints?
    private var perTokenKeys: [String]?

    /// `slot`'s value, computed by `compute` the first time (under the lock).
    private func memo<T>(_ slot: ReferenceWritableKeyPath<RuleContextCache, T?>, _ compute: () -> T) -> T {
        lock.lock(); defer { lock.unlock() }
        if let v = self[keyPath: slot] { return v }
        let v = compute()
        self[keyPath: slot] = v
        return v
    }

    func surfaceCounts(_ compute: () -> [String: Int]) -> [String: Int] { memo(\.surface, compute) }
    func foldedCounts(_ compute: () -> [String: Int]) -> [String: Int] { memo(\.folded, compute) }
    func capitalizedMidSentence(_ compute: () -> [String: Int]) -> [String: Int] { memo(\.capitalized, compute) }
    func lowercaseCounts(_ compute: () -> [String: Int]) -> [String: Int] { memo(\.lower, compute) }
    func textIsSimple(_ compute: () -> Bool) -> Bool { memo(\.simple, compute) }
    func layoutHints(_ compute: () -> LayoutHints) -> LayoutHints { memo(\.layout, compute) }
    func keys(_ compute: () -> [String]) -> [String] { memo(\.perTokenKeys, compute) }

    /// The gazetteer matches, computed by `compute` the first time.
    func gazetteerMatches(_ compute: () -> [GazetteerMatch]) -> [GazetteerMatch] {
        lock.lock(); defer { lock.unlock() }
        if let m = gazetteerMatches { return m }
        let m = compute()
        gazetteerMatches = m
        return m
    }

    /// The language-model rows of every key, computed by `compute` the first time.
    func identifierRows(_ compute: () -> LanguageIdentifier.KeyRows) -> LanguageIdentifier.KeyRows {
        lock.lock(); defer { lock.unlock() }
        if let r = identifierRows { return r }
        let r = compute()
        identifierRows = r
        return r
    }
}

/// Interns byte slices of one buffer: equal bytes get the same small integer id, in order of
/// first appearance. Open addressing over (offset, length, hash) entries into the buffer; a
/// lookup allocates nothing and, for slices of up to eight bytes (most words), hashes and
/// compares with one 8-byte load each instead of a loop and a `memcmp` call.
struct ByteSliceInterner {
    private var slots: [Int32]                  // id + 1; 0 is empty
    private var entries: [Entry] = []
    private var mask: Int

    private struct Entry {
        var start: Int
        var length: Int
        var hash: UInt32
    }

    init(expected: Int) {
        var capacity = 64
        while capacity < expected * 2 { capacity <<= 1 }
        slots = [Int32](repeating: 0, count: capacity)
        mask = capacity - 1
        entries.reserveCapacity(expected)
    }

    var count: Int { entries.count }

    /// The hash of the bytes of slice `id`.
    func hash(ofForm id: Int) -> UInt32 { entries[id].hash }

    /// The first `n` (< 8) bytes at `p` as the low bytes of a little-endian word, the rest zero.
    /// Reads 8 bytes at once when `readable` (the bytes from `p` to the buffer's end) allows.
    @inline(__always)
    private static func partialWord(_ p: UnsafePointer<UInt8>, _ n: Int, readable: Int) -> UInt64 {
        if n == 0 { return 0 }
        if readable >= 8 {
            let w = UInt64(littleEndian: UnsafeRawPointer(p).loadUnaligned(as: UInt64.self))
            return w & ((1 &<< UInt64(8 &* n)) &- 1)   // n < 8: no shift overflow
        }
        var w: UInt64 = 0
        for k in 0..<n { w |= UInt64(p[k]) << UInt64(8 * k) }
        return w
    }

    /// A hash of the `n` bytes at `p`, eight at a time; `readable` as for `partialWord`.
    @inline(__always)
    private static func hash(_ p: UnsafePointer<UInt8>, _ n: Int, readable: Int) -> UInt32 {
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(truncatingIfNeeded: n)
        var k = 0
        while n - k >= 8 {
            let w = UInt64(littleEndian: UnsafeRawPointer(p + k).loadUnaligned(as: UInt64.self))
            h = (h ^ w) &* 0xFF51_AFD7_ED55_8CCD
            h ^= h >> 29
            k += 8
        }
        h = (h ^ partialWord(p + k, n - k, readable: readable - k)) &* 0xC4CE_B9FE_1A85_EC53
        h ^= h >> 32
        return UInt32(truncatingIfNeeded: h)
    }

    /// Whether the `n` bytes at `a` and at `b` are equal (`readableA`, `readableB` as for
    /// `partialWord`).
    @inline(__always)
    private static func equal(_ a: UnsafePointer<UInt8>, readableA: Int, _ b: UnsafePointer<UInt8>, readableB: Int,
                              _ n: Int) -> Bool {
        if n < 8 {
            return partialWord(a, n, readable: readableA) == partialWord(b, n, readable: readableB)
        }
        return memcmp(a, b, n) == 0
    }

    /// The id of `buffer[range]`, and whether it was new.
    @inline(__always)
    mutating func intern(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> (Int, Bool) {
        let base = buffer.baseAddress!
        let p = base + range.lowerBound
        let n = range.count
        let readable = buffer.count - range.lowerBound
        let h = ByteSliceInterner.hash(p, n, readable: readable)
        var slot = Int(h) & mask
        let found: Int? = slots.withUnsafeBufferPointer { slots in
            entries.withUnsafeBufferPointer { entries in
                while true {
                    let e = Int(slots[slot])
                    if e == 0 { return nil }
                    let entry = entries[e - 1]
                    if entry.hash == h, entry.length == n,
                       ByteSliceInterner.equal(base + entry.start, readableA: buffer.count - entry.start,
                                               p, readableB: readable, n) {
                        return e - 1
                    }
                    slot = (slot + 1) & mask
                }
            }
        }
        if let found { return (found, false) }
        let id = entries.count
        entries.append(Entry(start: range.lowerBound, length: n, hash: h))
        slots[slot] = Int32(id + 1)
        if entries.count * 2 > slots.count { grow() }
        return (id, true)
    }

    private mutating func grow() {
        let capacity = slots.count * 2
        slots = [Int32](repeating: 0, count: capacity)
        mask = capacity - 1
        for id in entries.indices {
            var slot = Int(entries[id].hash) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(id + 1)
        }
    }
}
