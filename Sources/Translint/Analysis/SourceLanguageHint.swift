/// Which language a text was probably machine-translated from, and why.
///
/// Machine translation leaves traces of its source: a Spanish article left in French ("El"),
/// untranslated function words ("los", "del"), Spanish number style ("3 mil 622"), calques whose
/// phrasebook entry names the source language, untranslated labels ("Femenil") and the credit
/// of a national news agency (EFE). Each trace is an `Evidence` with a weight, shared equally
/// among the languages it points to; the hint names the language with the largest total.
///
/// It stays silent unless the evidence is clear: the report must have findings, the leader needs
/// a total of at least 2 from at least two traces, of which at least 1 points to it alone, and
/// that exclusive evidence must be at least twice any other language's. Ambiguous traces do not count: a word that is also a function word of the text's own
/// language ("Il Le président" in French: Italian "il" or French "il"), merged words (link
/// boundaries say nothing about a language), capitalised names ("Los Angeles", "El Salvador").
public struct SourceLanguageHint: Sendable, Hashable {
    /// One trace of the source language.
    public struct Evidence: Sendable, Hashable {
        /// The kind of trace.
        public enum Kind: String, Sendable, Hashable, CaseIterable {
            /// A literal-translation finding whose phrasebook entry names its source languages.
            case calque
            /// A function word of another language flagged by a rule (stray article, untranslated
            /// fragment) or left lowercase in running text.
            case functionWord = "function-word"
            /// "3 mil 622": thousands written with the word "mil".
            case numberStyle = "number-style"
            /// A word missing from the text language's lexicon but common in another language.
            case untranslatedWord = "untranslated-word"
            /// The credit of a news agency that writes in one language (EFE, ANSA, Lusa, dpa).
            case agencyCredit = "agency-credit"
        }

        /// The kind of trace.
        public var kind: Kind
        /// Where in the text (Unicode scalar offsets).
        public var range: Range<Int>
        /// The text of the trace.
        public var text: String
        /// The languages it points to.
        public var languages: [Language]
        /// How much it counts in total (shared equally among `languages`).
        public var weight: Double
        /// Why it points there, in English.
        public var explanation: String

        /// Creates a trace.
        public init(kind: Kind, range: Range<Int>, text: String, languages: [Language], weight: Double,
                    explanation: String) {
            self.kind = kind
            self.range = range
            self.text = text
            self.languages = languages
            self.weight = weight
            self.explanation = explanation
        }
    }

    /// The probable source language.
    public var language: Language
    /// 0…1: the leader's share of all evidence, shrunk when there is little of it.
    public var confidence: Double
    /// Total evidence per candidate language.
    public var scores: [Language: Double]
    /// The traces that point to `language`, in text order.
    public var evidence: [Evidence]

    /// Creates a hint.
    public init(language: Language, confidence: Double, scores: [Language: Double], evidence: [Evidence]) {
        self.language = language
        self.confidence = confidence
        self.scores = scores
        self.evidence = evidence
    }

    /// One line for people: "probably translated from Spanish (confidence 0.78): 4 traces".
    public var summary: String {
        "probably machine-translated from \(language.englishName) (confidence \(String(format: "%.2f", confidence)); "
            + "\(evidence.count) trace\(evidence.count == 1 ? "" : "s"))"
    }

    /// News agencies whose copy is written in one language. International English-language
    /// agencies (AP, AFP, Reuters) are left out: they say nothing about a translation's source.
    static let agencies: [String: Language] = [
        "efe": .es, "notimex": .es, "ansa": .it, "adnkronos": .it, "lusa": .pt, "dpa": .de, "kna": .de,
    ]

    /// Categories whose flagged word may be a function word of the source language.
    static let wordCategories: Set<Category> = [
        .strayArticle, .doubledArticle, .redundantPronoun, .wrongPronoun, .untranslatedFragment,
    ]

    /// Computes the hint for a report's findings and the document they were found in; nil when the
    /// evidence does not single a language out.
    public static func infer(findings: [Finding], context: RuleContext) -> SourceLanguageHint? {
        guard !findings.isEmpty else { return nil }
        let evidence = collect(findings: findings, context: context)
        return decide(evidence)
    }

    /// Picks the language from collected evidence (the thresholds described on the type).
    ///
    /// Evidence that points to several languages (a calque listed for Spanish and English)
    /// supports each of them but cannot tell them apart; only evidence pointing to one language
    /// (`exclusive`) decides between candidates.
    public static func decide(_ evidence: [Evidence]) -> SourceLanguageHint? {
        var scores: [Language: Double] = [:]
        var exclusive: [Language: Double] = [:]
        var counts: [Language: Int] = [:]
        for e in evidence where !e.languages.isEmpty {
            for l in e.languages {
                scores[l, default: 0] += e.weight / Double(e.languages.count)
                counts[l, default: 0] += 1
            }
            if e.languages.count == 1 { exclusive[e.languages[0], default: 0] += e.weight }
        }
        let ranked = scores.keys.sorted {
            let a = (exclusive[$0] ?? 0, scores[$0] ?? 0), b = (exclusive[$1] ?? 0, scores[$1] ?? 0)
            return a != b ? a > b : $0 < $1
        }
        guard let best = ranked.first, let total = scores[best], total >= 2, (counts[best] ?? 0) >= 2,
              let own = exclusive[best], own >= 1 else { return nil }
        let runnerUp = ranked.dropFirst().map { exclusive[$0] ?? 0 }.max() ?? 0
        guard own >= 2 * runnerUp, total >= scores.values.max() ?? 0 else { return nil }
        let allExclusive = exclusive.values.reduce(0, +)
        let confidence = (own / allExclusive) * (total / (total + 1))
        return SourceLanguageHint(language: best, confidence: (confidence * 100).rounded() / 100, scores: scores,
                                  evidence: evidence.filter { $0.languages.contains(best) }
                                      .sorted { $0.range.lowerBound < $1.range.lowerBound })
    }

    /// Gathers every trace in the findings and the document.
    public static func collect(findings: [Finding], context: RuleContext) -> [Evidence] {
        let document = context.document
        let own = document.language
        let others = Language.allCases.filter { $0 != own }
        var evidence: [Evidence] = []
        var seenWords = Set<String>()

        // 1. Calques: the phrasebook entry names its source languages.
        for f in findings where f.category == .literalTranslation {
            let words = Gazetteer.words(of: document.string(in: f.range))
            guard let calque = context.profile.calques.first(where: { $0.words == words }) else { continue }
            let languages = calque.sourceLanguages.compactMap { Language(rawValue: $0.lowercased()) }.filter { $0 != own }
            guard !languages.isEmpty else { continue }
            evidence.append(Evidence(kind: .calque, range: f.range, text: document.string(in: f.range), languages: languages,
                                     weight: 1, explanation: "calque of \(languages.map(\.englishName).joined(separator: " or ")): \(calque.explanation)"))
        }

        // 2. Function words of another language that rules flagged.
        // The per-key questions below are asked for every word; they depend on the key alone, so
        // they are answered once per distinct key (by key id) instead of hashing it each time.
        // The other languages' profiles and lexicons are fetched once, when first needed: each
        // fetch takes the resources' lock, and junk text asks for thousands of distinct keys.
        var otherProfiles: [(Language, LanguageProfile)] = []
        var foreignByKey = [[Language]?](repeating: nil, count: context.keyStrings.count)
        func foreignFunctionWord(_ t: Int) -> [Language] {
            let id = context.keyID(t)
            if let known = foreignByKey[id] { return known }
            // The text's own profile has answered already (`keyReadings`).
            guard context.keyReadings[id].isEmpty else { foreignByKey[id] = []; return [] }
            let key = context.keyStrings[id]
            if otherProfiles.isEmpty { otherProfiles = others.map { ($0, context.resources.profile(for: $0)) } }
            // One byte check and one hash for all five profiles.
            var bytes = key
            let languages = bytes.withUTF8 { b -> [Language] in
                guard ByteKeyTable.isSimple(b) else {
                    return otherProfiles.filter { $0.1.isFunctionWord(key) }.map(\.0)
                }
                let fnv = FNV1a.hash(b)
                return otherProfiles.filter { !$0.1.readings(forKey: key, simpleUTF8: b, fnv: fnv).isEmpty }.map(\.0)
            }
            foreignByKey[id] = languages
            return languages
        }
        var otherLexicons: [(Language, Lexicon)] = []
        var characterCountByKey = [Int](repeating: -1, count: context.keyStrings.count)
        func characterCount(_ t: Int) -> Int {
            let id = context.keyID(t)
            if characterCountByKey[id] < 0 { characterCountByKey[id] = context.keyStrings[id].count }
            return characterCountByKey[id]
        }
        var agencyByKey = [UInt8](repeating: 0, count: context.keyStrings.count)  // 0 unknown, 1 none, 2 some
        func agency(_ t: Int) -> Language? {
            let id = context.keyID(t)
            if agencyByKey[id] == 0 { agencyByKey[id] = agencies[context.keyStrings[id]] == nil ? 1 : 2 }
            return agencyByKey[id] == 2 ? agencies[context.keyStrings[id]] : nil
        }
        for f in findings where wordCategories.contains(f.category) {
            for t in words(startingIn: f.range, document) {
                let key = context.key(t)
                let languages = foreignFunctionWord(t)
                guard !languages.isEmpty, languages.count <= 2 else { continue }
                evidence.append(Evidence(kind: .functionWord, range: document.tokens[t].range, text: context.text(t),
                                         languages: languages, weight: 1,
                                         explanation: "'\(context.text(t))' is a function word of \(languages.map(\.englishName).joined(separator: " and ")), not of \(own.englishName)"))
                seenWords.insert(key)
            }
        }

        // 3. The document itself: lowercase foreign function words, number style, labels, agencies.
        var labelWeight: [Language: Double] = [:]
        for (i, t) in document.words.enumerated() {
            let token = document.tokens[t]
            let key = context.key(t)
            if token.shape == .lower, characterCount(t) >= 2, !token.isSentenceStart {
                let languages = foreignFunctionWord(t)
                // Untranslated function words sit between lowercase words of the text language.
                if !languages.isEmpty, languages.count <= 2, context.zipf(t) < 5,
                   i > 0, i + 1 < document.words.count,
                   document.tokens[document.words[i - 1]].shape == .lower,
                   !(document.tokens[document.words[i + 1]].shape == .capitalized && characterCount(t) <= 3 && languages.count > 1) {
                    evidence.append(Evidence(kind: .functionWord, range: token.range, text: context.text(t),
                                             languages: languages, weight: 0.75,
                                             explanation: "untranslated function word of \(languages.map(\.englishName).joined(separator: " or "))"))
                }
            }
            if let agency = agency(t), token.shape == .upper || key == "dpa" {
                if !seenWords.contains("agency:" + key), agency != own {
                    seenWords.insert("agency:" + key)
                    evidence.append(Evidence(kind: .agencyCredit, range: token.range, text: context.text(t),
                                             languages: [agency], weight: 0.75,
                                             explanation: "credit of \(context.text(t)), a news agency writing in \(agency.englishName)"))
                }
                continue
            }
            // "3 mil 622": thousands spelled with "mil" between numbers.
            if key == "mil", t > 1, t + 2 < document.tokens.count,
               document.tokens[t - 2].kind == .number, document.tokens[t + 2].kind == .number,
               own != .es {
                let range = document.tokens[t - 2].range.lowerBound..<document.tokens[t + 2].range.upperBound
                evidence.append(Evidence(kind: .numberStyle, range: range, text: document.string(in: range),
                                         languages: [.es], weight: 1,
                                         explanation: "thousands written with the word 'mil' between figures, as Spanish-language news does"))
                continue
            }
            // Untranslated labels: unknown in the text language, common in exactly one other.
            guard token.shape == .lower || token.shape == .capitalized, characterCount(t) >= 5, context.zipf(t) == 0,
                  !seenWords.contains(key) else { continue }
            if otherLexicons.isEmpty { otherLexicons = others.map { ($0, context.resources.lexicon(for: $0)) } }
            var folded = key
            let known = folded.withUTF8 { b in
                let fnv = FNV1a.hash(b)
                return otherLexicons.filter { $0.1.zipf(utf8: b, fnv: fnv) >= 3 }.map(\.0)
            }
            guard known.count == 1, let language = known.first, (labelWeight[language] ?? 0) < 1.5 else { continue }
            seenWords.insert(key)
            labelWeight[language, default: 0] += 0.5
            evidence.append(Evidence(kind: .untranslatedWord, range: token.range, text: context.text(t),
                                     languages: [language], weight: 0.5,
                                     explanation: "'\(context.text(t))' is not \(own.englishName) but a common \(language.englishName) word"))
        }
        return evidence.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// The word tokens (indices into `document.tokens`, in order) whose first scalar lies in
    /// `range`: `document.words.filter { range.contains(tokens[$0].range.lowerBound) }`, found by
    /// binary search since words are sorted by position.
    private static func words(startingIn range: Range<Int>, _ document: Document) -> ArraySlice<Int> {
        let words = document.words, tokens = document.tokens
        func firstWord(atOrAfter offset: Int) -> Int {
            var lo = 0, hi = words.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if tokens[words[mid]].range.lowerBound < offset { lo = mid + 1 } else { hi = mid }
            }
            return lo
        }
        let lo = firstWord(atOrAfter: range.lowerBound)
        return words[lo..<max(lo, firstWord(atOrAfter: range.upperBound))]
    }
}
