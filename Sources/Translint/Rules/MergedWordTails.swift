/// The words that can follow a glued link in each language, for `MergedWordRule`.
///
/// A machine-translation pipeline that drops the space after a hyperlinked name glues the name
/// to whatever came next, and what comes next after a name is overwhelmingly a closed-class
/// word: an article, a preposition, a conjunction, a relative or subject pronoun, an
/// auxiliary ("Bamakola capitale", "Berlinund", "Washingtonel"). The language profile's
/// function words are the primary source; the core list of `merged-words.tsv` keeps the rule
/// working while a profile is still incomplete. Some function words coincide with productive
/// suffixes and are only trusted with document evidence for the head ("-in", "-es", "-er" in
/// German; "-son" in patronymics): `merged-words.tsv` marks them.
struct MergedWordTails: Sendable {
    let profile: LanguageProfile
    let language: Language

    /// Longest function word worth trying as a tail or head, in scalars.
    static let maxLength = 12

    /// The language's `merged-words.tsv`.
    let data: MergedWordData

    init(profile: LanguageProfile) {
        self.profile = profile
        self.language = profile.language
        self.data = profile.mergedWords
    }

    /// A function word of the language (article, contraction, pronoun, preposition,
    /// conjunction, determiner, auxiliary or adverb), folded.
    func isTail(_ key: String) -> Bool {
        if data.isCore(key) { return true }
        let readings = profile.functionWord(key)
        guard !readings.isEmpty, !key.contains("'") else { return false }
        return readings.contains { $0.wordClass != .other }
    }

    /// `isTail(key())` for the key's UTF-8 bytes, known to be simple (`ByteKeyTable.isSimple`):
    /// the splitter asks it at every split point of every rare word, so the tables are probed by
    /// bytes and the `String` is made only when a table or the apostrophe test needs it.
    func isTail(simpleUTF8 bytes: UnsafeBufferPointer<UInt8>, key: () -> String) -> Bool {
        // Hashed once for both tables; a longer key is left to their length screens.
        let fnv: UInt64? = bytes.count <= Self.maxLength ? FNV1a.hash(bytes) : nil
        if data.isCore(simpleUTF8: bytes, fnv: fnv, key: key) { return true }
        let readings: [FunctionWord]
        switch profile.functionWordTable.lookup(simpleUTF8: bytes, fnv: fnv) {
        case .found(let i): readings = profile.functionWordReadings[Int(i)]
        case .absent: return false
        case .unknown: readings = profile.functionWords[key()] ?? []
        }
        guard !readings.isEmpty else { return false }
        // No apostrophe byte, no apostrophe; with one, the `String` answers as `isTail` does.
        if bytes.contains(0x27), key().contains("'") { return false }
        return readings.contains { $0.wordClass != .other }
    }

    /// A word that is only a conjunction ("y", "und", "et"), never an article or pronoun:
    /// no inflection of the word before it, whatever its letters.
    func isConjunction(_ key: String) -> Bool {
        let readings = profile.functionWord(key)
        return !readings.isEmpty && readings.allSatisfy { $0.wordClass == .conjunction }
    }

    /// Function words that can head a merge of two function words ("etle", "decette").
    func isHead(_ key: String) -> Bool { isTail(key) }

    /// Tails that can end a clause (auxiliaries, verbs, adverbs, object pronouns): unlike an
    /// article or a preposition they need no word after them ("…, die wichtigsind.").
    func isOpenEnded(_ key: String) -> Bool {
        if data.clauseVerbs.contains(key) { return true }
        let readings = profile.functionWord(key)
        guard !readings.isEmpty else { return false }
        return !readings.contains {
            switch $0.wordClass {
            case .article, .contraction, .preposition, .conjunction, .determiner: true
            case .pronoun: $0.has("subject") || $0.has("relative")
            default: false
            }
        }
    }

    /// Prepositions that also serve as separable verb particles, which end a clause
    /// ("Das sieht gut aus."): tagged `separable` in the function words.
    func isSeparable(_ key: String) -> Bool {
        profile.functionWords[key]?.contains { $0.has("separable") } ?? false
    }

    /// Tails that are also productive endings or inflections ("-a" of a French future, German
    /// "-es", Spanish clitics): after a lowercase head only when the head is a form that takes
    /// no ending; after a capitalised head only when the head occurs elsewhere in the document.
    func isStrongSuffix(_ key: String) -> Bool { data.strongSuffixes.contains(key) }

    /// Tails that are also common endings: after a lowercase head only when the head is a
    /// frequent word (zipf ≥ 4) or a closed form; after a capitalised head only when the head
    /// occurs elsewhere in the document.
    func isWeakSuffix(_ key: String) -> Bool { data.weakSuffixes.contains(key) }

    /// Object and reflexive clitics that Spanish and Italian attach to infinitives and
    /// gerunds ("mantenerla", "facendolo"): not merges after such heads.
    func isClitic(_ key: String) -> Bool { data.clitics.contains(key) }
}
