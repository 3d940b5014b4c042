/// The missing-article check for Italian, Portuguese, German and English, where the French
/// rule's idioms do not apply but the artifact does: a name the language writes with its article
/// ("gli Stati Uniti", "a Ucrânia", "die Ukraine", "the United States") left bare by a
/// translation that handled the hyperlinked name on its own ("em Ucrânia", "di Stati Uniti",
/// "aus Ukraine", "in United States"). Everything it knows comes from data: the article,
/// gender, number and locative from the gazetteer; the contractions ("na", "degli", "zur") and
/// the cases German prepositions govern from `function-words.tsv`.
struct BareNameArticleCheck {
    let context: RuleContext
    let layout: LayoutHints

    /// Languages this check serves (French has its own, richer rule).
    static let languages: Set<Language> = [.it, .pt, .de, .en]

    func findings(_ matches: [GazetteerMatch], rule: MissingArticleRule) -> [Finding] {
        // Where the name is also written with an article in this document, a bare occurrence is
        // inconsistent even when the language allows both ("em França" / "na França").
        var articled = Set<String>()
        for m in matches {
            if let p = context.document.previousWord(before: m.firstToken), isArticleLike(context.key(p)) {
                articled.insert(m.entry.name)
            }
        }
        return matches.compactMap { check($0, articled: articled.contains($0.entry.name), rule: rule) }
    }

    private var profile: LanguageProfile { context.profile }
    private var document: Document { context.document }
    private var language: Language { document.language }

    /// True when `key` can be an article, contraction or determiner of the name: Portuguese "a"
    /// is also a preposition, and before "Estados Unidos" it can only be the preposition.
    private func agreesAsArticle(_ key: String, _ entry: GazetteerEntry) -> Bool {
        profile.functionWord(key).contains { r in
            guard r.wordClass == .article || r.wordClass == .contraction || r.wordClass == .determiner else { return false }
            if let n = r.number, let en = entry.number, n != en { return false }
            if let g = Self.gender(r), let eg = entry.gender, g != eg { return false }
            return true
        }
    }

    /// Grammatical gender of a reading, neuter included.
    private static func gender(_ r: FunctionWord) -> String? { ["m", "f", "n"].first { r.has($0) } }

    private func isArticleLike(_ key: String) -> Bool {
        profile.isArticle(key) || profile.has(key, .contraction) || profile.has(key, .determiner)
    }

    private func check(_ m: GazetteerMatch, articled: Bool, rule: MissingArticleRule) -> Finding? {
        let entry = m.entry
        // English acronyms of names with "the" keep it ("the EU", "the UN", "the US"); elsewhere
        // acronyms go bare as often as not ("in UE", "nach USA").
        let acronym = MissingArticleRule.isAcronym(m.spelling)
        guard MissingArticleRule.checkedKinds.contains(entry.kind), !entry.article.isEmpty, !m.mergedTail,
              !acronym || language == .en, document.string(in: m.range) == m.spelling else { return nil }
        // German omits the article before masculine and neuter names as often as not ("in Iran",
        // "im Iran"); only feminine and plural names always take it ("die Ukraine", "die USA").
        if language == .de && entry.gender != "f" && entry.number != "p" { return nil }
        let f = m.firstToken
        let first = document.tokens[f]
        guard first.shape == .capitalized || first.shape == .mixed || acronym && first.shape == .upper,
              m.parts[0].key != LexiconKey.fold(entry.article),
              !layout.titleLike(token: f, in: document),
              !document.touchesTechnicalSymbol(f), !document.touchesTechnicalSymbol(m.lastToken),
              let next = following(m) else { return nil }
        let apostrophe = layout.apostrophe
        let article = entry.article.hasSuffix("'") ? String(entry.article.dropLast()) + apostrophe : entry.article

        // At the start of a sentence, as the subject: "Ucrânia anunciou" → "A Ucrânia anunciou".
        let before = f >= 1 ? document.tokens[f - 1] : nil
        if before == nil || before!.kind == .newline || first.isSentenceStart {
            guard case .word(let nk, _) = next, !profile.has(nk, .conjunction), !profile.has(nk, .preposition) else { return nil }
            let written = document.string(in: m.parts[0].range)
            let replacement = CapitalizationRule.recase(article.hasSuffix(apostrophe) ? article : article + " ", upper: true) + written
            return rule.finding(m.parts[0].range,
                                "\"\(entry.name)\" takes its article as the subject of a sentence: \"\(trimmed(replacement))…\"",
                                confidence: 0.65, fixes: [Fix(m.parts[0].range, replacement, isSafe: false)])
        }
        guard before!.kind == .space, f >= 2, document.tokens[f - 2].kind == .word else { return nil }
        let p = f - 2
        let prev = document.tokens[p]
        let pk = context.key(p)
        guard prev.shape == .lower || prev.shape == .capitalized && prev.capitalIsLicensed,
              profile.has(pk, .preposition), !agreesAsArticle(pk, entry) else { return nil }
        // Coordinated bare names are accepted news style outside English ("tra Stati Uniti e
        // Cina", "entre Brasil e Argentina").
        if language != .en, case .word(let nk, let n) = next, profile.has(nk, .conjunction), coordinatesName(after: n) { return nil }
        // Italian and Portuguese drop the article of some feminine names after prepositions
        // ("di Francia", European "em França"): only an inconsistency within the document counts.
        if (language == .it || language == .pt) && entry.gender == "f" && entry.number != "p" && !articled { return nil }
        guard let (expected, isSafe) = expectedPreposition(pk, entry, article: article),
              LexiconKey.fold(expected) != pk else { return nil }
        let prevText = document.string(p)
        let styled = MissingArticleRule.keepCase(prevText, expected)
        let text = styled.hasSuffix(apostrophe) ? styled : styled + " "
        let editRange = prev.range.lowerBound..<m.parts[0].range.lowerBound
        let name = document.string(in: m.range)
        return rule.finding(prev.range.lowerBound..<m.parts[0].range.upperBound,
                            "\"\(prevText) \(name)\" lacks the article: \"\(text)\(name)\"",
                            confidence: isSafe ? 0.75 : 0.65, fixes: [Fix(editRange, text, isSafe: isSafe)])
    }

    private enum Next { case word(String, Int), punctuation, end }

    /// True when the conjunction at token `c` joins another name ("e Cina", "e a Argentina").
    private func coordinatesName(after c: Int) -> Bool {
        guard let w = document.nextWord(after: c), document.separatedBySpaceOnly(c, w) else { return false }
        let token = document.tokens[w]
        return token.shape == .capitalized || token.shape == .upper || isArticleLike(context.key(w))
    }

    /// What follows the name, or nil when it makes the name part of a longer one ("Stati Uniti
    /// d'America" aside, "United States Army", "Ukraine-Krieg", "Russia 2"), a heading ("Russia:"),
    /// or, in English, a noun the name qualifies ("in United States history").
    private func following(_ m: GazetteerMatch) -> Next? {
        let after = m.lastToken + 1
        guard after < document.tokens.count else { return .end }
        let t = document.tokens[after]
        switch t.kind {
        case .newline:
            return .end
        case .punctuation:
            let s = document.scalars[t.range.lowerBound]
            if CharacterClass.isWordHyphen(s) || s == "\u{2013}" || s == "\u{2014}" || s == ":" || s == "/" { return nil }
            return .punctuation
        case .space:
            guard after + 1 < document.tokens.count else { return .end }
            let n = document.tokens[after + 1]
            switch n.kind {
            case .word:
                let nk = context.key(after + 1)
                if n.shape != .lower { return nil }
                if language == .en && !profile.isFunctionWord(nk) { return nil }
                return .word(nk, after + 1)
            case .punctuation:
                let s = document.scalars[n.range.lowerBound]
                if CharacterClass.isWordHyphen(s) || s == "\u{2013}" || s == "\u{2014}" { return nil }
                return .punctuation
            case .newline:
                return .end
            default:
                return nil
            }
        default:
            return nil
        }
    }

    /// The preposition with the article the name needs ("em" → "na", "di" → "degli",
    /// "aus" → "aus der", "in" → "in the"), and whether that choice is certain enough to apply.
    private func expectedPreposition(_ preposition: String, _ entry: GazetteerEntry, article: String) -> (String, Bool)? {
        // The locative is recorded per name ("negli", "na", "in der", "in the", Italian "in").
        let locative = entry.locative
        if let head = locative.split(separator: " ").first.map({ LexiconKey.fold(String($0)) }),
           head == preposition || profile.functionWord(head).contains(where: { $0.wordClass == .contraction && $0.values["prep"] == preposition }) {
            return (locative, language != .de)
        }
        let articleKey = LexiconKey.fold(article)
        switch language {
        case .de:
            let readings = profile.functionWord(preposition).filter { $0.wordClass == .preposition }
            let dative = readings.contains { $0.has("dat") }, accusative = readings.contains { $0.has("acc") }
            guard dative || accusative else { return nil }
            let grammaticalCase = dative ? "dat" : "acc"
            let certain = dative != accusative
            if let contraction = contraction(preposition, entry, grammaticalCase: grammaticalCase) { return (contraction, certain) }
            guard let form = definiteArticle(entry, grammaticalCase: grammaticalCase) else { return nil }
            return (preposition + " " + form, certain)
        case .en:
            return (preposition + " " + article, true)
        default:
            if let contraction = contraction(preposition, entry, articleKey: articleKey) { return (contraction, true) }
            // No contraction ("com", "con", "per"): the preposition, then the article.
            return (preposition + " " + article, true)
        }
    }

    /// The contraction of `preposition` with the definite article of the name's gender and
    /// number. Among allomorphs ("dei"/"degli", "del"/"dello") the one ending like the name's own
    /// article wins ("gli" → "degli", "lo" → "dello", "l'" → "dell'").
    private func contraction(_ preposition: String, _ entry: GazetteerEntry, articleKey: String? = nil,
                             grammaticalCase: String? = nil) -> String? {
        var candidates: [String] = []
        for (word, readings) in profile.functionWords {
            for r in readings where r.wordClass == .contraction && r.values["prep"] == preposition && r.has("def") {
                if let g = Self.gender(r), let eg = entry.gender, g != eg { continue }
                if let n = r.number, let en = entry.number, n != en { continue }
                if let c = grammaticalCase, !r.has(c) { continue }
                if let a = articleKey {
                    let ending = a.count > 1 ? String(a.dropFirst()) : ""
                    guard word.hasSuffix(ending) else { continue }
                    if a.hasSuffix("'") != word.hasSuffix("'") { continue }
                }
                candidates.append(word)
            }
        }
        return candidates.min { ($0.count, $0) < ($1.count, $1) }
    }

    /// The German definite article of the name's gender and number in a case ("der" for a
    /// feminine dative, "den" for a plural dative).
    private func definiteArticle(_ entry: GazetteerEntry, grammaticalCase: String) -> String? {
        var candidates: [String] = []
        for (word, readings) in profile.functionWords {
            for r in readings where r.isDefiniteArticle && r.has(grammaticalCase) {
                if entry.number == "p" { if r.number == "p" { candidates.append(word) }; continue }
                if r.number == "s", Self.gender(r) == entry.gender { candidates.append(word) }
            }
        }
        return candidates.min()
    }

    private func trimmed(_ s: String) -> String { s.hasSuffix(" ") ? String(s.dropLast()) : s }
}
