import Foundation

/// A word-frequency lexicon: lowercase words and their Zipf frequency (log10 of occurrences
/// per billion words; 7 is "the", 3 a word seen once per million words, 0 means "not listed").
///
/// Stored as one byte buffer plus an open-addressing hash table of UTF-8 byte slices, so
/// loading 200,000 words is one file read and one pass, and a lookup allocates nothing.
/// Immutable after loading, so one instance is shared by every thread.
public final class Lexicon: Sendable {
    private let bytes: [UInt8]
    /// Per entry: byte offset (upper 40 bits) | length (next 12 bits) | centi-zipf (low 12 bits).
    private let entries: [UInt64]
    /// Slot -> entry index + 1; 0 marks an empty slot.
    private let slots: [UInt32]
    private let mask: Int
    /// What `RuleContext` remembers about word forms across documents for this lexicon
    /// (`KeyFeatureCache`); it lives and dies with the lexicon.
    let keyFeatureCaches = KeyFeatureCaches()

    public var count: Int { entries.count }

    /// Parses `word<TAB>zipf` lines (zipf with up to two decimals). Lines starting with `#`
    /// and malformed lines are skipped. Later duplicates keep the first (higher) frequency.
    public init(tsv data: [UInt8]) {
        let entries = data.withUnsafeBufferPointer { Lexicon.parseEntries($0) }
        var capacity = 16
        while capacity < entries.count * 2 { capacity <<= 1 }
        var slots = [UInt32](repeating: 0, count: capacity)
        let mask = capacity - 1
        data.withUnsafeBufferPointer { buffer in
            entries.withUnsafeBufferPointer { entries in
                slots.withUnsafeMutableBufferPointer { slots in
                    guard let base = buffer.baseAddress else { return }
                    for (index, entry) in entries.enumerated() {
                        let offset = Int(entry >> 24), length = Int((entry >> 12) & 0xFFF)
                        var slot = Lexicon.hash(UnsafeBufferPointer(start: base + offset, count: length)) & mask
                        var duplicate = false
                        while slots[slot] != 0 {
                            let other = entries[Int(slots[slot]) - 1]
                            let o = Int(other >> 24), l = Int((other >> 12) & 0xFFF)
                            if l == length && memcmp(base + o, base + offset, length) == 0 {
                                duplicate = true
                                break
                            }
                            slot = (slot + 1) & mask
                        }
                        if !duplicate { slots[slot] = UInt32(index + 1) }
                    }
                }
            }
        }
        self.bytes = data
        self.entries = entries
        self.slots = slots
        self.mask = mask
    }

    /// One entry per well-formed `word<TAB>zipf` line of `data`: offset | length | centi-zipf.
    private static func parseEntries(_ data: UnsafeBufferPointer<UInt8>) -> [UInt64] {
        guard let base = data.baseAddress else { return [] }
        var entries: [UInt64] = []
        entries.reserveCapacity(data.count / 12)
        var i = 0
        let n = data.count
        while i < n {
            let lineStart = i
            let lineEnd = memchr(base + i, 0x0A, n - i).map { $0.assumingMemoryBound(to: UInt8.self) - UnsafeMutablePointer(mutating: base) } ?? n
            i = lineEnd + 1
            guard lineEnd > lineStart, base[lineStart] != 0x23 else { continue }
            guard let tabPointer = memchr(base + lineStart, 0x09, lineEnd - lineStart) else { continue }
            let tab = tabPointer.assumingMemoryBound(to: UInt8.self) - UnsafeMutablePointer(mutating: base)
            guard tab > lineStart, tab - lineStart < 4096 else { continue }
            var value = 0, decimals = -1
            var k = tab + 1
            while k < lineEnd {
                let c = base[k]
                if c >= 0x30 && c <= 0x39 {
                    if decimals < 2 {
                        value = min(value * 10 + Int(c - 0x30), 1 << 20)
                        if decimals >= 0 { decimals += 1 }
                    }
                } else if c == 0x2E {
                    decimals = 0
                } else if c != 0x0D {
                    break
                }
                k += 1
            }
            if decimals < 0 { decimals = 0 }
            while decimals < 2 { value *= 10; decimals += 1 }
            let centi = UInt64(min(value, 4095))
            entries.append(UInt64(lineStart) << 24 | UInt64(tab - lineStart) << 12 | centi)
        }
        return entries
    }

    /// A lexicon from words and frequencies, for tests and for a caller's own extra words.
    public convenience init(_ words: [String: Double]) {
        var text = ""
        for (w, z) in words.sorted(by: { $0.key < $1.key }) {
            text += "\(LexiconKey.fold(w))\t\(String(format: "%.2f", z))\n"
        }
        self.init(tsv: Array(text.utf8))
    }

    /// The empty lexicon: every word is unknown.
    public static let empty = Lexicon(tsv: [])

    @inline(__always)
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> Int { mix(FNV1a.hash(bytes)) }

    @inline(__always)
    private static func mix(_ h: UInt64) -> Int { Int(truncatingIfNeeded: h ^ (h >> 29)) }

    /// Zipf frequency of already-folded UTF-8 bytes; 0 when absent.
    public func zipf(utf8 key: UnsafeBufferPointer<UInt8>) -> Double {
        guard !entries.isEmpty, key.count > 0 else { return 0 }
        return zipf(utf8: key, fnv: FNV1a.hash(key))
    }

    /// `zipf(utf8:)` given the bytes' `FNV1a` hash, computed once by a caller that looks the same
    /// bytes up in other tables too.
    func zipf(utf8 key: UnsafeBufferPointer<UInt8>, fnv: UInt64) -> Double {
        guard !entries.isEmpty, key.count > 0 else { return 0 }
        var slot = Lexicon.mix(fnv) & mask
        return bytes.withUnsafeBufferPointer { buffer in
            while true {
                let e = slots[slot]
                if e == 0 { return 0 }
                let entry = entries[Int(e) - 1]
                let o = Int(entry >> 24), l = Int((entry >> 12) & 0xFFF)
                if l == key.count && memcmp(buffer.baseAddress! + o, key.baseAddress!, l) == 0 {
                    return Double(entry & 0xFFF) / 100
                }
                slot = (slot + 1) & mask
            }
        }
    }

    /// Zipf frequency of a word, folded first (lowercase, ASCII apostrophe, ß → ss); 0 when absent.
    public func zipf(_ word: some StringProtocol) -> Double {
        var key = LexiconKey.fold(word)
        return key.withUTF8 { zipf(utf8: $0) }
    }

    /// Zipf frequency of a key that is already folded.
    public func zipf(folded key: String) -> Double {
        var key = key
        return key.withUTF8 { zipf(utf8: $0) }
    }

    /// True when the word is listed at all (which alone proves little: web lists hold typos).
    public func contains(_ word: some StringProtocol) -> Bool { zipf(word) > 0 }

    // MARK: - Word endings

    /// Words listed at Zipf 2 or more, their bytes reversed and sorted, so that the words ending
    /// in a string are one contiguous run. Built on first use (a few tenths of a second), then
    /// shared.
    private let endingIndex = LazyValue<EndingIndex>()

    /// The Zipf floor of the words `wordsEnding(with:)` counts: rarer entries of a web word list
    /// hold too many typos and glued words to vouch for an ending.
    public static let endingFloor = 2.0

    /// How many words listed at Zipf ≥ `endingFloor` end in the folded string `suffix`
    /// (the word itself included): "ción" ends thousands, "ciónen" none.
    public func wordsEnding(with suffix: String) -> Int {
        var key = suffix
        return key.withUTF8 { endings().count(endingWith: $0) }
    }

    /// `wordsEnding(with:)` of the string whose UTF-8 bytes are `suffix`: no `String` to build
    /// for a suffix cut from a longer word.
    func wordsEnding(utf8 suffix: UnsafeBufferPointer<UInt8>) -> Int {
        endings().count(endingWith: suffix)
    }

    /// Builds the word-endings index now rather than on first use, so that threads about to
    /// analyse many documents do not wait, one after another, while one of them builds it.
    func prepareEndings() { _ = endings() }

    /// Whether the word-endings index has been built.
    var hasEndingIndex: Bool { endingIndex.isBuilt }

    private func endings() -> EndingIndex {
        endingIndex.value {
            let floor = UInt64(Self.endingFloor * 100)
            return EndingIndex(bytes: bytes, entries: entries.filter { $0 & 0xFFF >= floor })
        }
    }
}

/// Reversed words in sorted order: counting the words that end in a string is two binary searches.
private struct EndingIndex {
    /// Every word's bytes, reversed, one after the other.
    let reversed: [UInt8]
    /// Per word, sorted by reversed bytes: offset into `reversed` (upper 32 bits) | length.
    let words: [UInt64]

    init(bytes: [UInt8], entries: [UInt64]) {
        var reversed: [UInt8] = []
        reversed.reserveCapacity(entries.count * 8)
        var words: [UInt64] = []
        words.reserveCapacity(entries.count)
        for entry in entries {
            let offset = Int(entry >> 24), length = Int((entry >> 12) & 0xFFF)
            words.append(UInt64(reversed.count) << 32 | UInt64(length))
            var k = offset + length - 1
            while k >= offset { reversed.append(bytes[k]); k -= 1 }
        }
        if !reversed.isEmpty {
            reversed.withUnsafeBufferPointer { buffer in
                let base = buffer.baseAddress!
                /// Whether word `a` sorts before word `b` by their reversed bytes (a shorter word
                /// first when it starts the other), given that their first `known` bytes are equal.
                func precedes(_ a: UInt64, _ b: UInt64, known: Int) -> Bool {
                    let la = Int(a & 0xFFFF_FFFF), lb = Int(b & 0xFFFF_FFFF)
                    if la > known && lb > known {
                        let c = memcmp(base + Int(a >> 32) + known, base + Int(b >> 32) + known, min(la, lb) - known)
                        if c != 0 { return c < 0 }
                    }
                    return la < lb
                }
                if memchr(base, 0, buffer.count) != nil {
                    // A NUL byte (only a user's odd extra word could hold one) would break the
                    // padded keys below: compare the bytes.
                    words.sort { precedes($0, $1, known: 0) }
                    return
                }
                // Each word's first eight reversed bytes, big-endian and zero-padded. No word
                // holds a NUL byte, so these keys order words as comparing their bytes does
                // (a shorter word first when it starts the other), and only words sharing
                // their last eight bytes need their bytes compared: the sort built every
                // language's index in about 130 M instructions, mostly `memcmp` calls.
                var keyed: [(prefix: UInt64, word: UInt64)] = words.map { w in
                    let o = Int(w >> 32), l = Int(w & 0xFFFF_FFFF)
                    var prefix: UInt64 = 0
                    for k in 0..<8 { prefix = prefix << 8 | (k < l ? UInt64(base[o + k]) : 0) }
                    return (prefix, w)
                }
                EndingIndex.radixSort(&keyed)
                // Runs of equal keys (words sharing their last eight bytes) are put in order by
                // the rest of their bytes.
                var i = 0
                while i < keyed.count {
                    var j = i + 1
                    while j < keyed.count && keyed[j].prefix == keyed[i].prefix { j += 1 }
                    if j - i > 1 {
                        if j - i <= 16 {
                            // Insertion sort: most runs hold two or three words.
                            for k in (i + 1)..<j {
                                let item = keyed[k]
                                var m = k
                                while m > i && precedes(item.word, keyed[m - 1].word, known: 8) {
                                    keyed[m] = keyed[m - 1]
                                    m -= 1
                                }
                                keyed[m] = item
                            }
                        } else {
                            keyed[i..<j].sort { precedes($0.word, $1.word, known: 8) }
                        }
                    }
                    i = j
                }
                words = keyed.map(\.word)
            }
        }
        self.reversed = reversed
        self.words = words
    }

    /// Sorts by `prefix`, least significant byte first, stably; a byte that is the same in
    /// every key costs no pass.
    static func radixSort(_ items: inout [(prefix: UInt64, word: UInt64)]) {
        guard items.count > 1 else { return }
        var scratch = items
        var counts = [Int](repeating: 0, count: 257)
        for pass in 0..<8 {
            let shift = UInt64(pass * 8)
            for k in counts.indices { counts[k] = 0 }
            items.withUnsafeBufferPointer { from in
                for e in from { counts[Int((e.prefix >> shift) & 0xFF) + 1] += 1 }
            }
            if counts.contains(items.count) { continue }
            for k in 1..<counts.count { counts[k] += counts[k - 1] }
            items.withUnsafeBufferPointer { from in
                scratch.withUnsafeMutableBufferPointer { to in
                    for e in from {
                        let b = Int((e.prefix >> shift) & 0xFF)
                        to[counts[b]] = e
                        counts[b] += 1
                    }
                }
            }
            swap(&items, &scratch)
        }
    }

    /// Words whose reversed bytes start with the reversed `suffix`.
    func count(endingWith suffix: UnsafeBufferPointer<UInt8>) -> Int {
        let (start, end) = run(endingWith: suffix)
        return end - start
    }

    /// The range of `words` whose reversed bytes start with the reversed `suffix`.
    private func run(endingWith suffix: UnsafeBufferPointer<UInt8>) -> (Int, Int) {
        guard suffix.count > 0, !reversed.isEmpty else { return (0, words.count) }
        let key = Array(suffix.reversed())
        return reversed.withUnsafeBufferPointer { buffer in
            let base = buffer.baseAddress!
            // Compares a word's first bytes with the key: < 0, 0 when the word starts with the key, > 0.
            func compare(_ w: UInt64) -> Int {
                let l = Int(w & 0xFFFF_FFFF)
                let c = key.withUnsafeBufferPointer { memcmp(base + Int(w >> 32), $0.baseAddress!, min(l, key.count)) }
                if c != 0 { return Int(c) }
                return l < key.count ? -1 : 0
            }
            func firstIndex(where predicate: (Int) -> Bool) -> Int {
                var lo = 0, hi = words.count
                while lo < hi {
                    let mid = (lo + hi) / 2
                    if predicate(compare(words[mid])) { hi = mid } else { lo = mid + 1 }
                }
                return lo
            }
            return (firstIndex { $0 >= 0 }, firstIndex { $0 > 0 })
        }
    }
}
