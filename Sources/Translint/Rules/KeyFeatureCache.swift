import Foundation

/// What `KeyInterner` works out for a word form, remembered across documents: the form's folded
/// key and that key's zipf frequency, function-word readings, gazetteer start and calendar
/// reading. All are pure functions of the form's bytes (for one lexicon and profile), and the
/// same forms recur in every document of a language, so each form is folded and looked up once
/// per lexicon and profile instead of once per document.
///
/// Shared by every thread analysing with that lexicon and profile: a document holds the lock
/// while it interns its forms (one lock per document, not per word). Bounded: at most
/// `KeyFeatureTable.capacity` forms per cache and `KeyFeatureCaches.limit` profiles per lexicon;
/// past that, forms are simply not remembered. Only finished results are stored, so no output
/// depends on what happens to be cached. The lexicon owns its caches, so they go when it goes:
/// dropping a `LanguageResources` frees them with its lexicons.
final class KeyFeatureCache: @unchecked Sendable {
    private let lock = NSLock()
    private var table = KeyFeatureTable()

    /// Runs `body` on the table, under the lock.
    func withTable<R>(_ body: (inout KeyFeatureTable) -> R) -> R {
        lock.lock(); defer { lock.unlock() }
        return body(&table)
    }

    /// The cache for `lexicon` with `profile`, made on first use.
    static func shared(lexicon: Lexicon, profile: LanguageProfile) -> KeyFeatureCache {
        lexicon.keyFeatureCaches.cache(for: profile)
    }
}

/// A lexicon's caches, one per profile it is used with (normally one). Each entry holds its
/// profile strongly, so an identity compared here can never be that of a new object at a freed
/// address; a profile holds no lexicon, so this makes no cycle.
final class KeyFeatureCaches: @unchecked Sendable {
    /// How many profiles keep a cache per lexicon; the oldest is dropped past that.
    static let limit = 4
    private let lock = NSLock()
    private var entries: [(profile: LanguageProfile, cache: KeyFeatureCache)] = []

    func cache(for profile: LanguageProfile) -> KeyFeatureCache {
        lock.lock(); defer { lock.unlock() }
        if let entry = entries.first(where: { $0.profile === profile }) { return entry.cache }
        if entries.count >= KeyFeatureCaches.limit { entries.removeFirst() }
        let cache = KeyFeatureCache()
        entries.append((profile, cache))
        return cache
    }
}

/// Word forms (raw UTF-8 bytes) and their key features, by entry: open addressing over the
/// forms' bytes with a fixed slot array twice `capacity`, so it never rehashes. The features are
/// kept one array each and read one by one, so a hit copies only what the caller appends.
struct KeyFeatureTable {
    /// Most forms one table remembers, and the longest form it remembers (in bytes): together
    /// they bound its memory.
    static let capacity = 1 << 15
    static let longestForm = 64
    private var slots: [Int32] = []              // entry + 1; 0 is empty; allocated on first insert
    private var forms: [Form] = []
    private var bytes: [UInt8] = []
    /// Per entry: the form's folded key, the key's `FNV1a` hash and what `KeyInterner` looks up.
    private(set) var keys: [String] = []
    private(set) var fnvs: [UInt64] = []
    private(set) var zipfs: [Double] = []
    private(set) var readings: [[FunctionWord]] = []
    private(set) var startsName: [Bool] = []
    /// Per entry: index into `calendarValues`, -1 for none (most words: nothing to copy).
    private var calendarIndex: [Int32] = []
    private var calendarValues: [CalendarWord] = []

    private struct Form {
        var start: Int32
        var length: Int32
        var hash: UInt32
    }

    /// `profile.calendarWord` of entry `e`'s key.
    @inline(__always)
    func calendarWord(_ e: Int) -> CalendarWord? {
        let c = Int(calendarIndex[e])
        return c < 0 ? nil : calendarValues[c]
    }

    /// The entry of form `form` (whose hash is `hash`, any fixed function of its bytes), if
    /// remembered.
    func entry(ofForm form: UnsafeBufferPointer<UInt8>, hash: UInt32) -> Int? {
        guard !forms.isEmpty else { return nil }
        return slots.withUnsafeBufferPointer { slots in
            forms.withUnsafeBufferPointer { forms in
                bytes.withUnsafeBufferPointer { stored in
                    let mask = slots.count - 1
                    var slot = Int(hash) & mask
                    while true {
                        let e = Int(slots[slot])
                        if e == 0 { return nil }
                        let f = forms[e - 1]
                        if f.hash == hash, Int(f.length) == form.count,
                           form.count == 0 || memcmp(stored.baseAddress! + Int(f.start), form.baseAddress!, form.count) == 0 {
                            return e - 1
                        }
                        slot = (slot + 1) & mask
                    }
                }
            }
        }
    }

    /// Remembers the features of form `form` (hash `hash`), which the caller found absent.
    /// Ignored for a form longer than `longestForm` and once the table holds `capacity` forms.
    mutating func insert(form: UnsafeBufferPointer<UInt8>, hash: UInt32, key: String, fnv: UInt64, zipf: Double,
                         readings: [FunctionWord], startsName: Bool, calendarWord: CalendarWord?) {
        guard forms.count < KeyFeatureTable.capacity, form.count <= KeyFeatureTable.longestForm else { return }
        if slots.isEmpty { slots = [Int32](repeating: 0, count: 2 * KeyFeatureTable.capacity) }
        let mask = slots.count - 1
        var slot = Int(hash) & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(forms.count + 1)
        forms.append(Form(start: Int32(bytes.count), length: Int32(form.count), hash: hash))
        bytes.append(contentsOf: form)
        keys.append(key)
        fnvs.append(fnv)
        zipfs.append(zipf)
        self.readings.append(readings)
        self.startsName.append(startsName)
        if let calendarWord {
            calendarIndex.append(Int32(calendarValues.count))
            calendarValues.append(calendarWord)
        } else {
            calendarIndex.append(-1)
        }
    }
}
