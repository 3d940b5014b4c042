/// Finds an article written twice at the seam of a translated link: "avec le Le dirigeant",
/// "au Les Nations Unies", Spanish "del El presidente", English "the The president".
///
/// Why: when the source text marks a noun phrase as a hyperlink or a title, machine translation
/// translates the words before the link and the linked phrase separately; each half keeps its
/// own article, so the target text gets two articles (or a contraction and an article) in a
/// row, the second one capitalised because it started the linked phrase. An article never
/// follows an article or a contraction directly, so the pair is damage whatever follows.
public struct DoubledArticleRule: Rule {
    public static let description = RuleDescription(
        id: "doubled-article", name: "Doubled Article", category: .doubledArticle,
        summary: "Two articles, or a contraction and an article, in a row where the text needs one",
        rationale: """
            Looks at each article of the text's language (function-words.tsv) that directly follows \
            another closed-class word. The same article twice ("le Le", "the The", "der Der") is \
            flagged when the second one is capitalised in mid-sentence (no period, quote or colon \
            before it); outside German a lowercase repeat of a definite article ("le le", "the the") is \
            flagged too, and in French and Italian a repeated contraction ("della della", "du du"), \
            since none of them can precede itself (Spanish and Portuguese contractions also hold \
            an article used as a pronoun: "diferente da da máquina"). A \
            contraction followed by a capitalised definite article ("au Les") is merged into the \
            contraction the language data gives for the same preposition and the article's gender \
            and number ("aux"), or into preposition + article when none exists ("à la"). A bare \
            preposition that must contract ("de Le dirigeant") and two different articles \
            ("le La présidente") count only before a lowercase word, so names that start with an \
            article ("de Le Pen", "à La Haye", "les Le Pen") are left alone. German pronouns \
            share their forms with articles ("die die Zeitung liest"), so German is checked only \
            for capitalised repeats. One-letter articles repeated with a capital ("o O núcleo", \
            "i I documenti") count when the letter is never a preposition and a lowercase word, an \
            acronym or a name the text also writes without the article follows ("o O Globo" is \
            left). In English a capitalised repeat before a name counts only when the name is a \
            single word inside a noun phrase ("the The SMTP server") or appears elsewhere without \
            "The", so a title that keeps its own article ("the The Open Source Definition") is \
            left alone.
            """,
        languages: [.fr, .es, .it, .pt, .de, .en],
        triggering: DoubledArticleRule.triggeringExamples,
        nonTriggering: DoubledArticleRule.nonTriggeringExamples
    )

    public init() {}

    public func findings(in context: RuleContext) -> [Finding] {
        let support = ArticlePronounSupport(context)
        let document = context.document
        let language = document.language
        var findings: [Finding] = []
        var lastEnd = -1
        let tokens = document.tokens
        let keyIDs = context.keyIDs
        // Per key id, which readings it has (`ReadingClasses`), asked once per distinct key.
        var classes = ReadingClasses.Memo(context)

        for b in document.words {
            let tb = tokens[b]
            // `support.wordBefore(b)`, on the local token array.
            guard tb.shape == .capitalized || tb.shape == .lower, b >= 2, tokens[b - 1].kind == .space,
                  tokens[b - 2].kind == .word else { continue }
            let a = b - 2
            guard a > lastEnd else { continue }
            let ta = tokens[a]
            guard ta.shape == .lower || ta.shape == .capitalized else { continue }
            // Only an article, or a contraction repeated, can start a finding below: most pairs
            // end here after two array reads.
            let classesB = classes.of(b)
            guard classesB.contains(.article) || classesB.contains(.contraction) && keyIDs[a] == keyIDs[b] else { continue }
            let readingsB = context.readings(b)
            // The same contraction twice in lowercase ("della della", "du du"): it holds a
            // preposition and an article, and neither is ever repeated. Spanish and Portuguese
            // also use the article as a pronoun ("diferente da da máquina" = "de a de a"), and
            // German articles double as pronouns, so only French and Italian are checked.
            if tb.shape == .lower, ta.shape == .lower, context.keyID(a) == context.keyID(b), !tb.isElision,
               language == .fr || language == .it, readingsB.contains(where: { $0.wordClass == .contraction }),
               !readingsB.contains(where: { $0.wordClass == .pronoun }),
               let n = support.wordAfter(b), context.keyID(n) != context.keyID(b), !support.isFunctionWord(n) {
                findings.append(keepingFirst(a, b, context, confidence: 0.6,
                                             "Doubled contraction: “\(context.text(a))” is written twice"))
                lastEnd = b
                continue
            }
            guard classesB.contains(.article) else { continue }
            // Word a must be a function word too: asked before anything is built for the pair.
            guard !classes.of(a).isEmpty else { continue }
            // Past this point a finding needs the same key twice or a capitalised mid-sentence
            // article (`capitalB` below): "de la", "à la" end here.
            guard tb.shape == .capitalized && !tb.capitalIsLicensed || keyIDs[a] == keyIDs[b] else { continue }
            let articlesB = readingsB.filter { $0.wordClass == .article }
            let keyA = context.key(a), keyB = context.key(b)
            let readingsA = context.readings(a)
            let capitalB = tb.shape == .capitalized && !tb.capitalIsLicensed
            let next = support.wordAfter(b)
            let nextIsLower = next.map { document.tokens[$0].shape == .lower } ?? false
            let nextIsName = next.map { document.tokens[$0].shape != .lower } ?? false
            let span = ta.range.lowerBound..<tb.range.upperBound
            guard usableArticle(keyB, language) else {
                // A one-letter article repeated with a capital ("o O núcleo", "i I pacchetti"):
                // the letter counts only when it is never a preposition (Portuguese "a") and a
                // lowercase word, an acronym or a name the text also writes without the article
                // follows, so it cannot be a letter or a numeral.
                if keyA == keyB, ta.shape == .lower, capitalB,
                   !readingsA.contains(where: { $0.wordClass == .preposition || $0.wordClass == .contraction }),
                   let n = next, nextIsLower ? document.tokens[n].range.count >= 2
                       : document.tokens[n].shape == .upper || document.tokens[n].shape == .mixed
                           || support.nameSeenWithoutArticle(n, article: b),
                   !support.inTitleCaseSentence(b) {
                    findings.append(keepingFirst(a, b, context, confidence: 0.8))
                    lastEnd = b
                }
                continue
            }

            // The same article twice.
            if context.keyID(a) == context.keyID(b), readingsA.contains(where: { $0.wordClass == .article }) {
                var confidence = 0.0
                if capitalB {
                    // Before another capital the pair may be a title quoted with its own article
                    // ("the The Open Source Definition"); German capitalises every noun.
                    confidence = language == .de ? 0.6
                        : nextIsName ? (language == .en && !singleNameThenLower(after: b, support)
                                        && !(next.map { support.nameSeenWithoutArticle($0, article: b) } ?? false) ? 0.45 : 0.55)
                        : 0.85
                } else if tb.shape == .lower, ta.shape == .lower, language != .de,
                          articlesB.contains(where: { $0.isDefiniteArticle }), !tb.isElision,
                          let n = next, context.keyID(n) != context.keyID(b), !support.isFunctionWord(n) {
                    confidence = 0.6
                }
                guard confidence > 0 else { continue }
                findings.append(keepingFirst(a, b, context, confidence: confidence))
                lastEnd = b
                continue
            }
            guard capitalB, language != .de, let definite = articlesB.first(where: { $0.isDefiniteArticle }) else { continue }

            // A contraction followed by a capitalised article: "au Les" → "aux".
            if let contraction = readingsA.first(where: { $0.wordClass == .contraction && $0.values["prep"] != nil }),
               let preposition = contraction.values["prep"] {
                // "des Le Pen", "aux Le Maire": a plural article before a family name that starts
                // with a singular article is correct French.
                if nextIsName, contraction.number == "p", definite.number == "s" { continue }
                let merged = merge(preposition, definite, article: b, keepCase: nextIsName, context)
                let replacement = ta.shape == .capitalized ? capitalized(merged) : merged
                findings.append(finding(
                    span,
                    "Doubled article: the contraction “\(context.text(a))” already holds an article, so “\(context.text(b))” repeats it; write “\(replacement)”",
                    confidence: 0.85,
                    fixes: [Fix(span, replacement, isSafe: true)]))
                lastEnd = b
                continue
            }

            guard nextIsLower else { continue }
            // A preposition that must contract with the article: "de Le dirigeant" → "du dirigeant".
            if readingsA.contains(where: { $0.wordClass == .preposition }),
               !readingsA.contains(where: { $0.wordClass == .article || $0.wordClass == .pronoun }),
               let contracted = contraction(for: keyA, definite, context) {
                let replacement = ta.shape == .capitalized ? capitalized(contracted) : contracted
                findings.append(finding(
                    span,
                    "Article not contracted: “\(context.text(a)) \(context.text(b))” starts a noun phrase copied from a link; write “\(replacement)”",
                    confidence: 0.6,
                    fixes: [Fix(span, replacement, isSafe: false)]))
                lastEnd = b
                continue
            }
            // Two different articles: "le La présidente" → "la présidente".
            if readingsA.contains(where: { $0.wordClass == .article }), !ta.isElision,
               !readingsA.contains(where: { $0.wordClass == .preposition }) {
                let replacement = ta.shape == .capitalized ? context.text(b) : lowercased(context.text(b))
                findings.append(finding(
                    span,
                    "Doubled article: “\(context.text(a))” and “\(context.text(b))” both introduce the same noun phrase",
                    confidence: 0.65,
                    fixes: [Fix(span, replacement, isSafe: false)]))
                lastEnd = b
            }
        }
        return findings
    }

    /// A finding on words `a` and `b` whose safe fix keeps `a` alone.
    private func keepingFirst(_ a: Int, _ b: Int, _ context: RuleContext, confidence: Double,
                              _ message: String? = nil) -> Finding {
        let tokens = context.document.tokens
        let span = tokens[a].range.lowerBound..<tokens[b].range.upperBound
        return finding(
            span,
            message ?? "Doubled article: “\(context.text(a))” is repeated as “\(context.text(b))”, typically where a translated link kept its own article",
            confidence: confidence,
            fixes: [Fix(span, context.text(a), isSafe: true)])
    }

    /// True when the article at `b` is followed by exactly one capitalised word and then a
    /// lowercase word ("the The DHCP server"): the capital word is a name inside an ordinary
    /// noun phrase, not a title that begins with its own article ("the The Open Source
    /// Definition").
    private func singleNameThenLower(after b: Int, _ support: ArticlePronounSupport) -> Bool {
        guard let n = support.wordAfter(b), let m = support.wordAfter(n) else { return false }
        let tm = support.document.tokens[m]
        return tm.shape == .lower && !support.isFunctionWord(m)
    }

    /// One-letter articles (English "a", Italian "i", Portuguese "a"/"o") are also letters,
    /// grades, Roman numerals, prepositions and pronouns, so they never count.
    private func usableArticle(_ key: String, _ language: Language) -> Bool {
        key.unicodeScalars.count >= 2
    }

    /// The contraction of `preposition` with the article `article` from the language data
    /// ("à" + "les" → "aux"), or nil when the language does not contract that pair.
    private func contraction(for preposition: String, _ article: FunctionWord, _ context: RuleContext) -> String? {
        var best: String? = nil
        for (word, readings) in context.profile.functionWords {
            for r in readings where r.wordClass == .contraction && r.values["prep"] == preposition && r.has("def") {
                guard r.number == article.number else { continue }
                if let g = r.gender, let ag = article.gender, g != ag { continue }
                if r.gender != nil && article.gender == nil { continue }
                if r.has("elided") != article.has("elided") { continue }
                // Prefer the shortest surface form so the choice does not depend on dictionary order.
                if let current = best, current.count < word.count || (current.count == word.count && current <= word) {
                    continue
                }
                best = word
            }
        }
        return best
    }

    /// The contraction for preposition + article, or the two words when the language keeps them
    /// apart ("à la", "de l’"); the article keeps its capital when it belongs to a name.
    private func merge(_ preposition: String, _ article: FunctionWord, article b: Int, keepCase: Bool,
                       _ context: RuleContext) -> String {
        if let c = contraction(for: preposition, article, context) { return c }
        let text = context.text(b)
        let form = keepCase ? text : lowercased(text)
        return preposition + " " + form
    }

    private func lowercased(_ s: String) -> String { s.lowercased() }

    private func capitalized(_ s: String) -> String {
        guard let first = s.first else { return s }
        return first.uppercased() + s.dropFirst()
    }
}
