/// The words that can follow a glued link in each language, for `MergedWordRule`.
///
/// A machine-translation pipeline that drops the space after a hyperlinked name glues the name
/// to whatever came next, and what comes next after a name is overwhelmingly a closed-class
/// word: an article, a preposition, a conjunction, a relative or subject pronoun, an
/// auxiliary ("Bamakola capitale", "Berlinund", "Washingtonel"). The language profile's
/// function words are the primary source; a small core list per language keeps the rule
/// working while a profile is still incomplete. Some function words coincide with productive
/// suffixes and are only trusted with document evidence for the head ("-in", "-es", "-er" in
/// German; "-son" in patronymics).
struct MergedWordTails: Sendable {
    let profile: LanguageProfile
    let language: Language

    /// Longest function word worth trying as a tail or head, in scalars.
    static let maxLength = 12

    /// `core[language]`, looked up by bytes: `isTail` is asked for every candidate split.
    private let coreTable: ByteKeyDictionary<Bool>

    init(profile: LanguageProfile) {
        self.profile = profile
        self.language = profile.language
        self.coreTable = Self.coreTables[profile.language] ?? ByteKeyDictionary([:])
    }

    /// `core` as byte-keyed tables, built once.
    private static let coreTables: [Language: ByteKeyDictionary<Bool>] = core.mapValues { words in
        ByteKeyDictionary(Dictionary(uniqueKeysWithValues: words.map { ($0, true) }))
    }

    /// A function word of the language (article, contraction, pronoun, preposition,
    /// conjunction, determiner, auxiliary or adverb), folded.
    func isTail(_ key: String) -> Bool {
        if coreTable[key] != nil { return true }
        let readings = profile.functionWord(key)
        guard !readings.isEmpty, !key.contains("'") else { return false }
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
        if Self.coreVerbs[language]?.contains(key) ?? false { return true }
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
    func isStrongSuffix(_ key: String) -> Bool { Self.strongSuffixes[language]?.contains(key) ?? false }

    /// Tails that are also common endings: after a lowercase head only when the head is a
    /// frequent word (zipf ≥ 4) or a closed form; after a capitalised head only when the head
    /// occurs elsewhere in the document.
    func isWeakSuffix(_ key: String) -> Bool { Self.weakSuffixes[language]?.contains(key) ?? false }

    /// Object and reflexive clitics that Spanish and Italian attach to infinitives and
    /// gerunds ("mantenerla", "facendolo"): not merges after such heads.
    func isClitic(_ key: String) -> Bool { Self.romanceClitics[language]?.contains(key) ?? false }

    /// Core closed-class words that typically follow a name in running news text.
    static let core: [Language: Set<String>] = [
        .fr: ["le", "la", "les", "un", "une", "des", "du", "au", "aux", "de", "à", "en", "dans", "par", "pour",
              "sur", "avec", "sans", "et", "ou", "mais", "qui", "que", "où", "dont", "ce", "il", "elle", "ils",
              "elles", "on", "nous", "vous", "a", "est", "sont", "se", "son", "sa", "ses", "leur", "leurs",
              "cette", "ces", "lors", "vers", "contre", "entre", "avait", "était", "sera", "ont"],
        .es: ["el", "la", "los", "las", "un", "una", "unos", "unas", "del", "al", "de", "en", "y", "o", "que",
              "quien", "donde", "cuando", "como", "con", "por", "para", "sin", "sobre", "entre", "hasta",
              "desde", "a", "ha", "han", "es", "son", "fue", "era", "se", "su", "sus", "este", "esta", "estos",
              "estas", "ese", "esa", "pero", "porque", "si", "contra", "hacia", "tras", "según"],
        .it: ["il", "lo", "la", "i", "gli", "le", "un", "uno", "una", "del", "dello", "della", "dei", "degli",
              "delle", "al", "allo", "alla", "ai", "agli", "alle", "dal", "dalla", "dai", "nel", "nella", "nei",
              "nelle", "sul", "sulla", "di", "a", "da", "in", "con", "su", "per", "tra", "fra", "e", "ed", "o",
              "che", "chi", "dove", "quando", "come", "ma", "se", "è", "ha", "hanno", "sono", "era", "si",
              "questo", "questa", "contro", "verso"],
        .pt: ["o", "a", "os", "as", "um", "uma", "uns", "umas", "do", "da", "dos", "das", "no", "na", "nos", "nas",
              "ao", "aos", "à", "às", "pelo", "pela", "pelos", "pelas", "de", "em", "por", "para", "com", "sem",
              "sobre", "entre", "e", "ou", "que", "quem", "onde", "quando", "como", "mas", "se", "é", "foi",
              "tem", "são", "seu", "sua", "seus", "suas", "este", "esta", "esse", "essa", "contra", "até"],
        .de: ["der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "und", "oder",
              "aber", "in", "im", "an", "am", "auf", "aus", "bei", "mit", "nach", "von", "vom", "zu", "zum",
              "zur", "für", "über", "unter", "vor", "gegen", "durch", "ist", "sind", "war", "hat", "haben",
              "wird", "wurde", "sich", "er", "sie", "es", "wir", "dass", "als", "wie", "wenn", "seit", "muss",
              "kann", "soll", "will", "werden", "wurden", "hatte", "waren", "sagte", "sagt", "hier", "nun"],
        .en: ["the", "a", "an", "of", "to", "in", "on", "at", "for", "with", "by", "from", "and", "or", "but",
              "that", "which", "who", "where", "when", "as", "is", "are", "was", "were", "has", "have", "had",
              "will", "would", "it", "he", "she", "they", "we", "this", "these", "his", "her", "their", "its",
              "said", "says", "after", "over", "into", "about"],
    ]

    /// Verbs in the core lists, which can end a clause.
    static let coreVerbs: [Language: Set<String>] = [
        .fr: ["a", "est", "sont", "avait", "était", "sera", "ont"],
        .es: ["ha", "han", "es", "son", "fue", "era"],
        .it: ["è", "ha", "hanno", "sono", "era"],
        .pt: ["é", "foi", "tem", "são"],
        .de: ["ist", "sind", "war", "hat", "haben", "wird", "wurde", "muss", "kann", "soll", "will", "werden",
              "wurden", "hatte", "waren", "sagte", "sagt"],
        .en: ["is", "are", "was", "were", "has", "have", "had", "will", "would", "said", "says"],
    ]

    /// Function words that double as frequent word endings, measured on the lexicons: the
    /// number of listed rare words (zipf 1.3–2.6) that are a frequent word (zipf ≥ 3) plus the
    /// tail ("encourage" + "a", "automatisiert" + "es"). Strong: 300 or more such words or a
    /// productive inflection; weak: about 100 or more.
    static let strongSuffixes: [Language: Set<String>] = [
        .fr: ["a", "es", "ont", "y", "ai", "on", "as", "eux", "son", "ton"],
        .es: ["a", "e", "o", "y", "u", "se", "lo", "te", "la", "le", "es", "me", "los", "nos", "os", "las", "les",
              "en", "do", "da", "dos", "das", "an", "han"],
        .it: ["a", "e", "o", "i", "è", "te", "ne", "ti", "si", "lo", "li", "la", "le", "ci", "vi", "mi", "se",
              "gli", "io", "ed", "no"],
        .pt: ["a", "o", "e", "à", "é", "em", "os", "da", "das", "do", "dos", "as", "na", "te", "se", "lo", "la",
              "los", "las", "me", "lhe"],
        .de: ["es", "er", "den", "in", "der", "des", "an", "man", "um", "dem", "ist", "en", "em", "ern",
              "dessen", "deren"],
        .en: ["i", "in", "an", "us", "at", "am", "by", "son", "ton"],
    ]

    static let weakSuffixes: [Language: Set<String>] = [
        .fr: ["ne", "et", "en", "te", "ta", "se", "le", "la", "au", "ou", "tes", "les", "ni", "si", "elle",
              "elles", "ses", "or", "car", "mes", "est", "rien", "nos", "ma", "que", "ce", "il", "des", "aux", "me"],
        .es: ["no", "al", "era", "ni", "son", "el", "ti", "de", "ya", "ha", "mi", "que", "ante", "ella", "esa",
              "ese", "mas", "he", "ser", "con", "un", "tus", "yo", "nada"],
        .it: ["che", "in", "da", "di", "era", "ella", "al", "ai", "ma", "ha", "ora", "hanno", "chi", "me", "il",
              "per", "nella", "nello", "ieri", "esse", "erano", "uno", "essi", "tu", "ad"],
        .pt: ["no", "nos", "nas", "ou", "de", "sem", "ti", "ter", "ao", "aos", "um", "uma", "tem", "era", "que",
              "si", "ante", "ela", "ele", "ser", "mas", "cada", "eu", "com", "via", "tinha"],
        .de: ["da", "ich", "am", "ein", "eine", "einen", "einem", "einer", "ins", "ans", "im", "aus", "als",
              "so", "die", "sie", "war", "wir"],
        .en: ["a", "is", "as", "to", "on", "or", "no", "do", "it", "up", "he", "me", "out", "her", "all", "off", "be", "so", "and", "down", "my",
              "the", "are", "one", "over", "its", "his", "per", "nor", "if", "how", "hers", "we", "us"],
    ]

    /// Vowel pairs that (almost) never end a word, measured on the lexicons: a head ending in
    /// the first vowel plus a one-vowel tail is a merge ("lançamentoe", "servicioy").
    static let rareFinalVowelPairs: [Language: Set<String>] = [
        .es: ["ee", "oe", "ue", "oa", "ua", "aa", "oo", "uo", "ie", "io", "ia", "oy"],
        .it: ["ee", "oe", "ue", "oa", "ua", "aa", "oo", "uo", "ao"],
        .pt: ["ee", "oe", "ue", "oa", "ua", "aa", "oo", "uo", "eo", "io", "ie", "ae"],
    ]

    /// Romance object and reflexive clitics written joined to an infinitive or gerund.
    static let romanceClitics: [Language: Set<String>] = [
        .es: ["lo", "la", "le", "los", "las", "les", "se", "me", "te", "nos", "os", "selo", "sela", "selos",
              "selas", "melo", "mela", "telo", "tela"],
        .it: ["lo", "la", "le", "li", "gli", "ne", "ci", "vi", "si", "mi", "ti", "glielo", "gliela", "glieli",
              "gliele", "me", "te", "se", "ce", "ve"],
        .pt: ["lo", "la", "los", "las", "o", "a", "os", "as", "se", "me", "te", "nos", "lhe", "lhes"],
    ]
}
