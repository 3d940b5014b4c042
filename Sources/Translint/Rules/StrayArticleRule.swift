/// Finds a word the translation left in front of a noun phrase that already has its own
/// article: "Il Le président russe …" (the Italian article or French pronoun before the real
/// subject), "El Le président" or "El président" (the Spanish article left in French).
///
/// Why: when the source marks a noun phrase as a link or a headline, machine translation often
/// translates the phrase and the word before it separately, so the source-language article (or
/// a pronoun the engine invented for it) survives in front of the translated phrase. A subject
/// pronoun or a foreign article can never stand directly before a capitalised article in the
/// middle of a sentence, and a capitalised article there (not after a period, quote or colon)
/// starts a noun phrase the engine copied as a unit.
public struct StrayArticleRule: Rule {
    public static let description = RuleDescription(
        id: "stray-article", name: "Stray Article", category: .strayArticle,
        summary: "A source-language article or a subject pronoun left in front of a noun phrase",
        rationale: """
            Two shapes are flagged. (1) A capitalised article of the text's language in the middle \
            of a sentence (no period, quote or colon before it) directly after a subject pronoun \
            ("Il Le président") or after an article or contraction of another language that is not \
            a closed-class word of this one ("El Le président"), followed by the lowercase start of a \
            noun phrase (in German, any noun): the word before the article is stray. After a \
            capitalised foreign article, or a pronoun that opens the sentence, the article may also \
            be followed by a determiner, a number or a name ("The La sua", "The Il 21 aprile", \
            "El The Senate"), since two articles never stand in a row. One-letter articles \
            (Portuguese "O", "A", Italian "I") count only after a capitalised foreign article and \
            before a lowercase word, a number, an acronym, or a name the text also writes without \
            the letter ("The I Ching" keeps it). German lowercase pronouns are skipped ("Hat er Die \
            Zeit gelesen?"). (2) A \
            capitalised article of another language ("El", "Los") that is no closed-class word here, \
            directly before a lowercase word that is much more frequent in the text's language than \
            in the article's language ("El président russe"). Names that begin with a foreign \
            article ("El Salvador", "Los Angeles", "Il Sole") are followed by a capital and never \
            match. Identical repeats ("le Le") belong to doubled-article. For shape 1 the fix \
            deletes the stray word and the space after it (and lowercases the article in \
            mid-sentence); shape 2 is reported without a fix, since the noun phrase then lacks the \
            article of the text's language and its gender is unknown.
            """,
        languages: [.fr, .es, .it, .pt, .de, .en],
        triggering: StrayArticleRule.triggeringExamples,
        nonTriggering: StrayArticleRule.nonTriggeringExamples
    )

    public init() {}

    public func findings(in context: RuleContext) -> [Finding] {
        let support = ArticlePronounSupport(context)
        let document = context.document
        let profile = context.profile
        let language = document.language
        let others = Language.allCases.filter { $0 != language }.map { context.resources.profile(for: $0) }
        var findings: [Finding] = []
        var flagged = Set<Int>()

        /// The other language in which `key` is an article or contraction, when it is no
        /// closed-class word of this language.
        func foreignArticleLanguage(_ key: String) -> Language? {
            guard key.unicodeScalars.count >= 2, !profile.isFunctionWord(key) else { return nil }
            for other in others where other.functionWord(key).contains(where: {
                $0.wordClass == .article || $0.wordClass == .contraction
            }) {
                return other.language
            }
            return nil
        }
        // `foreignArticleLanguage` of each distinct key.
        var foreignArticleByKey = KeyMemo<Language?>(context)
        func foreignArticleLanguage(_ t: Int) -> Language? {
            let id = context.keyID(t)
            return foreignArticleByKey.value(id) { foreignArticleLanguage(context.keyStrings[id]) }
        }

        for b in document.words {
            let tb = document.tokens[b]
            guard tb.shape == .capitalized, let a = support.wordBefore(b) else { continue }
            let ta = document.tokens[a]
            // Equal key ids are equal keys.
            if context.keyIDs[a] == context.keyIDs[b] { continue }
            let keyA = context.key(a), keyB = context.key(b)

            // Shape 1: pronoun or foreign article before a capitalised article of this language.
            if !tb.capitalIsLicensed, context.readings(b).contains(where: { $0.wordClass == .article }) {
                let readingsA = support.readings(a)
                let isPronoun = readingsA.contains { $0.isSubjectPronoun }
                    && !readingsA.contains { $0.wordClass == .article || $0.wordClass == .contraction
                        || $0.wordClass == .determiner }
                    && !(language == .en && keyA == "i")
                    // German inverts subject and verb, so a lowercase pronoun may stand before a
                    // title that keeps its article ("Hat er Die Zeit gelesen?").
                    && !(language == .de && ta.shape == .lower)
                // A lowercase foreign article must not be an ordinary word here (German "las").
                let foreign = isPronoun || (ta.shape == .lower && context.zipfs[a] >= 3.5)
                    ? nil : foreignArticleLanguage(a)
                // What may follow the article: the lowercase start of a noun phrase; after a
                // capitalised foreign article or a sentence-initial pronoun also a number or a
                // name ("The Il 21 aprile", "Il Le Tableau 3.1"), since two articles, or a
                // pronoun and an article, never stand in a row. One-letter articles are also
                // letters and numerals ("Plan A"), so they need a common lowercase word or a
                // number after them.
                let strongLeft = ta.shape == .capitalized && (foreign != nil || isPronoun && ta.capitalIsLicensed)
                let opens: Bool
                if isArticleUsable(keyB, language) {
                    opens = opensNounPhrase(afterArticle: b, support)
                        || strongLeft && (followedByNameOrNumber(b, support) || followedByLowercase(b, support))
                } else if foreign != nil && ta.shape == .capitalized {
                    // "El O projeto", "The A 21 de julho", "El O APT", "El O Debian" when the text
                    // also writes the name without the letter ("The I Ching" keeps it).
                    opens = opensWithCommonWord(afterLetterArticle: b, support)
                        || support.wordAfter(b).map {
                            let shape = document.tokens[$0].shape
                            return shape == .upper || shape == .mixed || support.nameSeenWithoutArticle($0, article: b)
                        } ?? false
                        || foreign.map { lowercaseWordOfThisLanguage(after: b, not: $0, context, support) } ?? false
                } else {
                    opens = strongLeft && opensWithCommonWord(afterLetterArticle: b, support)
                }
                if opens, isPronoun || foreign != nil {
                    guard ta.shape != .upper, ta.shape != .mixed else { continue }
                    let what = isPronoun
                        ? "the subject pronoun “\(context.text(a))”"
                        : "the \(foreign?.englishName ?? "foreign") article “\(context.text(a))”"
                    let confidence = ta.shape == .capitalized || isPronoun == false ? 0.85 : 0.7
                    let range = support.rangeWithFollowingSpace(a)
                    // Mid-sentence, the article loses the capital it had as the phrase's first word.
                    let fix = ta.capitalIsLicensed
                        ? Fix(range, "", isSafe: true)
                        : Fix(range.lowerBound..<tb.range.upperBound, context.text(b).lowercased(), isSafe: true)
                    findings.append(finding(
                        range,
                        "Stray word before a noun phrase: \(what) stands directly before the capitalised article “\(context.text(b))” that opens the phrase",
                        confidence: confidence,
                        fixes: [fix]))
                    flagged.insert(a)
                    continue
                }
            }
        }

        // Shape 2: a foreign article directly before a word of this language.
        for a in document.words where !flagged.contains(a) {
            let ta = document.tokens[a]
            guard ta.shape == .capitalized, let n = support.wordAfter(a) else { continue }
            let tn = document.tokens[n]
            guard tn.shape == .lower || (profile.nounsCapitalized && tn.shape == .capitalized && !ta.capitalIsLicensed)
            else { continue }
            let keyA = context.key(a)
            guard let source = foreignArticleLanguage(a) else { continue }
            // The article must be far more at home in its language than in this one.
            let sourceLexicon = context.resources.lexicon(for: source)
            let sourceZipf = sourceLexicon.zipf(folded: keyA)
            guard sourceZipf - context.zipfs[a] >= 2.0 else { continue }
            // The next word must be a common word of this language and not of the article's.
            let zn = context.zipfs[n]
            guard zn >= 3.5, !support.isFunctionWord(n) || support.readings(n).allSatisfy({ $0.wordClass == .adverb }),
                  zn - sourceLexicon.zipf(folded: context.key(n)) >= 1.5 else { continue }
            if others.first(where: { $0.language == source })?.isFunctionWord(context.key(n)) == true { continue }
            // Names spelled with the article elsewhere in the document ("El Niño") are names.
            if context.capitalizedCount(a) > 0 && !ta.capitalIsLicensed { continue }
            let range = support.rangeWithFollowingSpace(a)
            findings.append(finding(
                range,
                "Stray \(source.englishName) article: “\(context.text(a))” is left over from the source text in front of a \(language.englishName) noun phrase (it should become an article of the text's language or go)",
                confidence: 0.7))
        }
        return findings.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// One-letter articles (English "A", Italian "I", Portuguese "O") are also letters, grades
    /// and numerals ("Plan A", "RAID I"); they never count as the article.
    private func isArticleUsable(_ key: String, _ language: Language) -> Bool {
        key.unicodeScalars.count >= 2
    }

    /// True when the article at `b` is followed, after one space, by a capitalised word that is
    /// no closed-class word of the language (a name or, in German, a noun), or by a number.
    private func followedByNameOrNumber(_ b: Int, _ support: ArticlePronounSupport) -> Bool {
        let tokens = support.document.tokens
        guard b + 2 < tokens.count, tokens[b + 1].kind == .space else { return false }
        let n = b + 2
        if tokens[n].kind == .number { return true }
        guard tokens[n].kind == .word else { return false }
        switch tokens[n].shape {
        case .capitalized, .upper, .mixed: return !support.isFunctionWord(n) || support.readings(n).contains { $0.wordClass == .article }
        default: return false
        }
    }

    /// True when a lowercase word follows the article at `b` after one space, whatever its class
    /// ("La sua", "Il secondo"): after a stray word the article still opens a noun phrase.
    private func followedByLowercase(_ b: Int, _ support: ArticlePronounSupport) -> Bool {
        guard let n = support.wordAfter(b) else { return false }
        return support.document.tokens[n].shape == .lower
    }

    /// A lowercase word after the article at `b` that is no more at home in `source` than here
    /// ("El O subsistema", not "The A list").
    private func lowercaseWordOfThisLanguage(after b: Int, not source: Language, _ context: RuleContext,
                                             _ support: ArticlePronounSupport) -> Bool {
        guard let n = support.wordAfter(b), support.document.tokens[n].shape == .lower else { return false }
        let sourceZipf = context.resources.lexicon(for: source).zipf(folded: context.key(n))
        return context.zipfs[n] >= 1.5 && sourceZipf - context.zipfs[n] < 1.0
    }

    /// For a one-letter article ("O", "A", "I"): the next word is a common lowercase word of the
    /// language (Zipf ≥ 3) or a number, so the letter reads as the article.
    private func opensWithCommonWord(afterLetterArticle b: Int, _ support: ArticlePronounSupport) -> Bool {
        let tokens = support.document.tokens
        guard b + 2 < tokens.count, tokens[b + 1].kind == .space else { return false }
        let n = b + 2
        if tokens[n].kind == .number { return true }
        guard tokens[n].kind == .word, tokens[n].shape == .lower else { return false }
        return support.context.zipfs[n] >= 3.0
    }

    /// True when the article at `b` opens an ordinary noun phrase: the next word is lowercase
    /// (or, in German, any noun), so the article is not the first word of a name or title.
    private func opensNounPhrase(afterArticle b: Int, _ support: ArticlePronounSupport) -> Bool {
        guard let n = support.wordAfter(b) else { return false }
        let tn = support.document.tokens[n]
        if tn.shape == .lower { return !support.isNonVerbal(n) || support.readings(n).isEmpty }
        if support.profile.nounsCapitalized, tn.shape == .capitalized { return !support.isFunctionWord(n) }
        return false
    }
}
