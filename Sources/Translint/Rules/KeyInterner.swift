/// The distinct folded keys of a document's words, in the order `RuleContext` meets them, with
/// what is looked up once per key: its zipf frequency, its function-word readings, its month or
/// weekday reading and whether a gazetteer name starts with it.
///
/// A form is folded on its UTF-8 bytes into a stack buffer (`LexiconKey.foldCommonLatin`) and
/// its key interned by those bytes, so a `String` is made only for a key not met before, and the
/// lexicon and profile read the folded bytes instead of copying them out of a `String`. Words
/// the byte fold does not cover take `Document.key` and the `String` path: the same keys.
struct KeyInterner {
    private(set) var index: KeyIndex
    /// Per key id: `lexicon.zipf(folded:)` and `profile.readings(forKey:)` of the key.
    private(set) var zipfs: [Double] = []
    private(set) var readings: [[FunctionWord]] = []
    /// Per key id: `profile.gazetteerHasName(startingWith:)` of the key.
    private(set) var startsName: [Bool] = []
    /// Per key id: `profile.calendarWord(_:)` of the key.
    private(set) var calendarWords: [CalendarWord?] = []
    private let lexicon: Lexicon
    private let profile: LanguageProfile

    init(expected: Int, lexicon: Lexicon, profile: LanguageProfile) {
        index = KeyIndex(expected: expected)
        zipfs.reserveCapacity(expected)
        readings.reserveCapacity(expected)
        startsName.reserveCapacity(expected)
        calendarWords.reserveCapacity(expected)
        self.lexicon = lexicon
        self.profile = profile
    }

    /// The id of word token `t`'s key (`document.key(t)`), which is added if new. `utf8` is
    /// `document.utf8`; `formHash` is a fixed hash of the token's bytes, under which `cache`
    /// remembers the features of forms from earlier documents and learns this one's.
    mutating func id(ofWord t: Int, formHash: UInt32, in document: Document, utf8: UnsafeBufferPointer<UInt8>,
                     cache: inout KeyFeatureTable) -> Int {
        let token = document.tokens[t]
        let word = UnsafeBufferPointer(rebasing: utf8[token.utf8])
        if let e = cache.entry(ofForm: word, hash: formHash) {
            // Remembered forms folded by bytes, so this finds what the byte path below would.
            let string = cache.keys[e]
            var key = string
            let found = key.withUTF8 { index.insert(simpleUTF8: $0, fnv: cache.fnvs[e], string: string) }
            if let (id, isNew) = found {
                if isNew {
                    zipfs.append(cache.zipfs[e])
                    readings.append(cache.readings[e])
                    startsName.append(cache.startsName[e])
                    calendarWords.append(cache.calendarWord(e))
                }
                return id
            }
            return idByString(t, in: document)   // the index has switched to a dictionary
        }
        let byBytes = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(word.count, 1)) { out -> (Int, UInt64, Bool)? in
            let length = token.isASCII ? LexiconKey.foldASCII(word, into: out) : LexiconKey.foldCommonLatin(word, into: out)
            guard let n = length else { return nil }
            let folded = UnsafeBufferPointer(rebasing: out[0..<n])
            let fnv = FNV1a.hash(folded)      // once for the index, the lexicon and the profile
            guard let (id, isNew) = index.insert(simpleUTF8: folded, fnv: fnv) else { return nil }
            if isNew { add(index.strings[id], simpleUTF8: folded, fnv: fnv) }
            return (id, fnv, isNew)
        }
        guard let (id, fnv, isNew) = byBytes else { return idByString(t, in: document) }
        // Only features this very form's bytes produced are remembered.
        if isNew {
            cache.insert(form: word, hash: formHash, key: index.strings[id], fnv: fnv, zipf: zipfs[id],
                         readings: readings[id], startsName: startsName[id], calendarWord: calendarWords[id])
        }
        return id
    }

    /// The id of word token `t`'s key by its `String`, for words the byte fold does not cover.
    private mutating func idByString(_ t: Int, in document: Document) -> Int {
        let key = document.key(t)
        let (id, isNew) = index.insert(key)
        if isNew {
            zipfs.append(lexicon.zipf(folded: key))
            readings.append(profile.readings(forKey: key))
            startsName.append(profile.gazetteerHasName(startingWith: key))
            calendarWords.append(profile.calendarWord(key))
        }
        return id
    }

    private mutating func add(_ key: String, simpleUTF8 utf8: UnsafeBufferPointer<UInt8>, fnv: UInt64) {
        zipfs.append(lexicon.zipf(utf8: utf8, fnv: fnv))
        readings.append(profile.readings(forKey: key, simpleUTF8: utf8, fnv: fnv))
        startsName.append(profile.gazetteerHasName(startingWith: key, simpleUTF8: utf8, fnv: fnv))
        calendarWords.append(profile.calendarWord(key, simpleUTF8: utf8, fnv: fnv))
    }
}
