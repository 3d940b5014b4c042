/// Spanish writes most country names without an article ("en Ucrania", "de Rusia",
/// "Corea del Norte dijo"), and when the source names were hyperlinks the translation often
/// keeps them bare, so French gets "dans Ukraine", "remercié Corée du Nord", "de États-Unis",
/// "du ONU". French needs the definite article (or the contracted locative) before most
/// country, region and institution names. The gazetteer records, for each name, its gender,
/// number, article and locative, so the rule knows what the name needs, and looks at the
/// word before it to see whether that need is met.
public struct MissingArticleRule: Rule {
    public static let description = RuleDescription(
        id: "missing-article", name: "Missing Article", category: .missingArticle,
        summary: "A place or institution name without the article the language requires, as in \"dans Ukraine\"",
        rationale: """
            Finds gazetteer names that take an article (the gazetteer's article column) and \
            checks the word before them. "dans" + a country becomes the locative ("en Ukraine", \
            "au Mexique", "aux États-Unis"); "à" gets the article or the locative; "de" + a \
            masculine or plural name becomes "du"/"des", and "de" + a name with an unelided vowel \
            becomes "de l’" ("de la Russie" only after a compass word: "de Russie" is idiomatic \
            French after "ambassade", "équipe", "retour"); "par", "pour", "avec", "contre", \
            "vers", "sur", "entre"… get the article; an unelided article before a vowel ("du \
            ONU", "de la ONU") gets elided. A bare name at a sentence start or after a \
            conjunction or a verb gets its article. Headings, captions and short unpunctuated \
            lines, names inside longer names ("Air France", "France 2", "Ukraine-Russie"), lists \
            and paths are skipped. Spanish writes country names without articles, so the \
            artifact does not arise there. In Italian, Portuguese, German and English a name that \
            takes an article ("gli Stati Uniti", "a Ucrânia", "die Ukraine", "the United States") \
            is checked after a preposition, which must contract with or be followed by the \
            article ("em Ucrânia" → "na Ucrânia", "di Stati Uniti" → "degli Stati Uniti", "aus \
            Ukraine" → "aus der Ukraine", "in United States" → "in the United States"), and at \
            the start of a sentence. Feminine names that Italian and Portuguese also write bare \
            ("di Francia", European "em França") count only when the same document writes them \
            with the article; German masculine names ("in Iran", "im Iran") are left alone; in \
            English a name followed by a noun it qualifies ("United States officials") is too.
            """,
        languages: [.fr, .it, .pt, .de, .en],
        notApplicable: [.es: "Spanish writes country names without an article (en Ucrania, de Rusia), so a bare name is correct"],
        triggering: MissingArticleRule.triggeringExamples,
        nonTriggering: MissingArticleRule.nonTriggeringExamples
    )

    public init() {}

    static let checkedKinds: Set<String> = ["country", "region", "continent", "institution", "organization", "state", "land"]
    /// Prepositions that simply take the article: "par les États-Unis", "avec la Chine".
    static let articlePrepositions: Set<String> = [
        "par", "pour", "avec", "contre", "vers", "sur", "entre", "depuis", "selon", "malgré", "sans", "envers",
        "après", "avant", "parmi",
    ]
    /// Conjunctions after which a clause's subject starts: "tandis que Russie fait".
    static let clauseOpeners: Set<String> = ["que", "qu'", "et", "ou", "mais", "lorsque", "quand", "si", "car", "donc", "puisque", "comme", "ni", "alors"]
    /// Words before "à" that make it a place ("voyage à" → "voyage en Corée").
    static let motionWords: Set<String> = [
        "voyage", "voyages", "visite", "visites", "séjour", "arrivée", "arrivé", "arrivés", "arriver", "arrive",
        "rendre", "rend", "rendu", "rendue", "rendus", "aller", "allé", "allée", "allés", "va", "vont", "retour",
        "retourner", "retourne", "vivre", "vit", "vivent", "habite", "habitent", "installé", "installée", "installés",
        "basé", "basée", "basés", "né", "née", "nés", "tournée", "déplacement", "voyager", "voyagé", "partir",
        "parti", "partie", "réfugié", "réfugiés", "exil", "exilé", "escale", "déployé", "déployés", "stationnés",
    ]
    /// Compass words after which "de" takes the article: "à l’est de la Russie".
    static let compassWords: Set<String> = ["est", "ouest", "nord", "sud", "centre", "nord-est", "nord-ouest", "sud-est", "sud-ouest"]

    public func findings(in context: RuleContext) -> [Finding] {
        if BareNameArticleCheck.languages.contains(context.document.language) {
            return BareNameArticleCheck(context: context, layout: LayoutHints.of(context))
                .findings(GazetteerMatcher(context).matches(), rule: self)
        }
        guard context.document.language == .fr else { return [] }
        let layout = LayoutHints.of(context)
        var findings: [Finding] = []
        let matches = GazetteerMatcher(context).matches()
        // Acronyms are ambiguous ("PAM" is also a software module): a bare acronym counts as the
        // institution only when the document also writes it after an article somewhere.
        var articled = Set<String>()
        for m in matches where m.firstToken >= 1 {
            let document = context.document
            var p = m.firstToken - 1
            if document.tokens[p].kind == .space, p >= 1 { p -= 1 }
            guard document.tokens[p].kind == .word else { continue }
            let pk = context.key(p)
            if context.profile.isArticle(pk) || context.profile.has(pk, .contraction) { articled.insert(m.spelling) }
        }
        for m in matches {
            if m.parts.count == 1, MissingArticleRule.isAcronym(m.spelling), !articled.contains(m.spelling),
               !isArticleBefore(m, context) { continue }
            if let f = check(m, context, layout) { findings.append(f) }
        }
        return findings
    }

    private struct Forms {
        let article: String     // "la ", "le ", "les ", "l’"
        let de: String          // "de la ", "du ", "des ", "de l’"
        let a: String           // "à la ", "au ", "aux ", "à l’"
    }

    private func forms(_ entry: GazetteerEntry, apostrophe: String) -> Forms? {
        switch LexiconKey.fold(entry.article) {
        case "la": return Forms(article: "la ", de: "de la ", a: "à la ")
        case "le": return Forms(article: "le ", de: "du ", a: "au ")
        case "les": return Forms(article: "les ", de: "des ", a: "aux ")
        case "l'": return Forms(article: "l" + apostrophe, de: "de l" + apostrophe, a: "à l" + apostrophe)
        default: return nil
        }
    }

    private func check(_ m: GazetteerMatch, _ context: RuleContext, _ layout: LayoutHints) -> Finding? {
        let document = context.document
        let profile = context.profile
        let entry = m.entry
        guard MissingArticleRule.checkedKinds.contains(entry.kind),
              let forms = forms(entry, apostrophe: layout.apostrophe) else { return nil }
        let f = m.firstToken
        let firstToken = document.tokens[f]
        // The name as written must look like a name (capitalised or an acronym).
        guard firstToken.shape == .capitalized || firstToken.shape == .upper || firstToken.shape == .mixed else { return nil }
        if m.parts[0].key == LexiconKey.fold(entry.article) { return nil }
        if layout.titleLike(token: f, in: document) { return nil }
        if document.touchesTechnicalSymbol(f) || (!m.mergedTail && document.touchesTechnicalSymbol(m.lastToken)) { return nil }
        // What follows: a number or a capitalised word makes the name part of a longer one
        // ("France 2", "France Télévisions"); a colon makes it a heading.
        var nextIsLowercaseWord = false
        var nextIsAuxiliary = false
        if !m.mergedTail {
            let after = m.lastToken + 1
            if after < document.tokens.count {
                let t = document.tokens[after]
                if t.kind == .space, after + 1 < document.tokens.count {
                    let n = document.tokens[after + 1]
                    if n.kind == .number { return nil }
                    if n.kind == .word {
                        let nk = context.key(after + 1)
                        if (n.shape == .capitalized || n.shape == .upper || n.shape == .mixed)
                            && profile.calendarWord(nk) == nil && !profile.isFunctionWord(nk) { return nil }
                        nextIsLowercaseWord = n.shape == .lower
                        nextIsAuxiliary = profile.has(nk, .auxiliary) || profile.has(nk, .adverb) && profile.functionWord(nk).contains { $0.has("negation") }
                            || profile.functionWord(nk).contains { $0.has("reflexive") }
                    }
                    if n.kind == .punctuation {
                        let s = document.scalars[n.range.lowerBound]
                        if CharacterClass.isWordHyphen(s) || s == "\u{2013}" || s == "\u{2014}" || s == ":" { return nil }
                    }
                } else if t.kind == .punctuation {
                    let s = document.scalars[t.range.lowerBound]
                    if s == ":" || CharacterClass.isWordHyphen(s) || s == "/" { return nil }
                } else if t.kind == .word {
                    // Glued to an elision token or similar: leave it.
                }
            }
        } else {
            nextIsLowercaseWord = true
        }
        let name = entry.name
        let sentenceStart = firstToken.isSentenceStart
        // The token before the name.
        guard f >= 1 else {
            return bare(m, context, forms, capitalize: true, confidence: 0.75, why: "at the start of a sentence")
        }
        let before = document.tokens[f - 1]
        if before.kind == .word {
            // Glued elision: "l’Ukraine", "d’Ukraine", "qu’Israël".
            return nil
        }
        if before.kind == .newline || sentenceStart {
            guard nextIsLowercaseWord else { return nil }
            return bare(m, context, forms, capitalize: true, confidence: 0.75, why: "at the start of a sentence")
        }
        guard before.kind == .space, f >= 2 else { return nil }
        let p = f - 2
        let prev = document.tokens[p]
        if prev.kind == .punctuation {
            let s = document.scalars[prev.range.lowerBound]
            // "Avec la Chine, Russie a fourni…": a clause after a comma, followed by its verb.
            if s == ",", nextIsAuxiliary, !firstToken.followsOpener {
                return bare(m, context, forms, capitalize: false, confidence: 0.65, why: "as the subject of a clause")
            }
            return nil
        }
        guard prev.kind == .word else { return nil }
        let pk = context.key(p)
        let prevUpper = prev.shape == .capitalized || prev.shape == .upper || prev.shape == .mixed
        let prevText = document.string(p)

        // An article is there: check its form (elision, number).
        if profile.isArticle(pk) || profile.has(pk, .contraction) {
            return articleForm(m, context, layout, forms, p)
        }
        if profile.has(pk, .determiner) { return nil }

        let isCountryLike = entry.kind != "institution" && entry.kind != "organization"
        switch pk {
        case "dans":
            let locative = entry.locative
            let replacement: String
            if isCountryLike && !locative.isEmpty && !locative.hasPrefix("dans") {
                let styled = locative.hasSuffix("'") ? String(locative.dropLast()) + layout.apostrophe : locative + " "
                replacement = MissingArticleRule.keepCase(prevText, styled)
            } else {
                replacement = MissingArticleRule.keepCase(prevText, "dans " + trimmedTrailing(forms.article))
            }
            return prepositionFinding(m, context, p, replacement: replacement, confidence: 0.85,
                                      message: "\"\(prevText) \(name)\": French says \"\(trimmedTrailing(replacement)) \(name)\"")
        case "à":
            let motion = document.previousWord(before: p).map { MissingArticleRule.motionWords.contains(context.key($0)) } ?? false
            let replacement: String
            if forms.a == "au " || forms.a == "aux " || !isCountryLike || !motion {
                replacement = forms.a
            } else {
                replacement = entry.locative.hasSuffix("'") ? String(entry.locative.dropLast()) + layout.apostrophe : entry.locative + " "
            }
            return prepositionFinding(m, context, p, replacement: MissingArticleRule.keepCase(prevText, replacement),
                                      confidence: 0.75, message: "\"à \(name)\" lacks the article: \"\(replacement)\(name)\"")
        case "de":
            let article = LexiconKey.fold(entry.article)
            let vowel = article == "l'"
            var confidence = 0.0
            if article == "le" || article == "les" || vowel || !isCountryLike {
                confidence = 0.8
            } else if let q = document.previousWord(before: p), MissingArticleRule.compassWords.contains(context.key(q)) {
                confidence = 0.6
            }
            guard confidence > 0 else { return nil }
            return prepositionFinding(m, context, p, replacement: MissingArticleRule.keepCase(prevText, forms.de),
                                      confidence: confidence, message: "\"de \(name)\" lacks the article: \"\(forms.de)\(name)\"")
        case "en":
            guard isCountryLike, entry.locative.hasPrefix("au") || entry.locative.hasPrefix("dans") || entry.locative.hasPrefix("à la") else { return nil }
            let replacement = MissingArticleRule.keepCase(prevText, entry.locative)
            return prepositionFinding(m, context, p, replacement: replacement, confidence: 0.7,
                                      message: "\"en \(name)\": this name takes \"\(entry.locative)\"")
        default:
            break
        }
        if MissingArticleRule.articlePrepositions.contains(pk) {
            let replacement = MissingArticleRule.keepCase(prevText, pk + " " + forms.article)
            return prepositionFinding(m, context, p, replacement: replacement, confidence: 0.8,
                                      message: "\"\(prevText) \(name)\" lacks the article: \"\(replacement)\(name)\"")
        }
        if profile.has(pk, .preposition) || profile.has(pk, .pronoun) && !MissingArticleRule.clauseOpeners.contains(pk) { return nil }
        if prevUpper && !prev.capitalIsLicensed { return nil }
        if prev.kind != .word || prev.shape == .upper { return nil }
        if MissingArticleRule.clauseOpeners.contains(pk) {
            return bare(m, context, forms, capitalize: false, confidence: 0.75, why: "after \"\(prevText)\"")
        }
        if profile.isFunctionWord(pk) && !profile.has(pk, .adverb) && !profile.has(pk, .auxiliary) { return nil }
        guard prev.shape == .lower else { return nil }
        // After a noun ("la guerre Russie") the genitive is missing; after a verb, the article.
        if let q = document.previousWord(before: p), document.separatedBySpaceOnly(q, p),
           profile.isArticle(context.key(q)) || profile.has(context.key(q), .determiner) || profile.has(context.key(q), .contraction) {
            return bare(m, context, forms, capitalize: false, confidence: 0.55, why: "after the noun \"\(prevText)\"", genitive: true)
        }
        let verbLike = MissingArticleRule.verbEndings.contains { pk.hasSuffix($0) } || profile.has(pk, .auxiliary) || profile.has(pk, .adverb)
        return bare(m, context, forms, capitalize: false, confidence: verbLike ? 0.7 : 0.45, why: "after \"\(prevText)\"")
    }

    /// A bare name: put the article before its first word.
    private func bare(_ m: GazetteerMatch, _ context: RuleContext, _ forms: Forms, capitalize: Bool,
                      confidence: Double, why: String, genitive: Bool = false) -> Finding? {
        let document = context.document
        let part = m.parts[0]
        let word = document.string(in: part.range)
        var article = genitive ? forms.de : forms.article
        if capitalize { article = CapitalizationRule.recase(article, upper: true) }
        let replacement = article + word
        return finding(part.range, "\"\(m.entry.name)\" needs its article \(why): \"\(article)\(m.entry.name)\"",
                       confidence: confidence, fixes: [Fix(part.range, replacement, isSafe: confidence >= 0.75)])
    }

    /// A preposition before the name is replaced (together with the space, so an elided
    /// article can close up against the name).
    private func prepositionFinding(_ m: GazetteerMatch, _ context: RuleContext, _ p: Int, replacement: String,
                                    confidence: Double, message: String) -> Finding? {
        let document = context.document
        let start = document.tokens[p].range.lowerBound
        let nameStart = m.parts[0].range.lowerBound
        let editRange = start..<nameStart
        let text = replacement.hasSuffix("'") || replacement.hasSuffix("’") ? replacement : trimmedTrailing(replacement) + " "
        let range = start..<m.parts[0].range.upperBound
        return finding(range, message, confidence: confidence, fixes: [Fix(editRange, text, isSafe: confidence >= 0.75)])
    }

    /// An article is present: flag it when it should be elided before a vowel ("du ONU",
    /// "de la ONU", "le Irak") or has the wrong number ("des ONU", "le États-Unis").
    private func articleForm(_ m: GazetteerMatch, _ context: RuleContext, _ layout: LayoutHints, _ forms: Forms,
                             _ p: Int) -> Finding? {
        let document = context.document
        let entryArticle = LexiconKey.fold(m.entry.article)
        let pk = context.key(p)
        let prevText = document.string(p)
        var start = p
        var expected: String
        let plural = entryArticle == "les"
        switch pk {
        case "le", "la":
            if let q = document.previousWord(before: p), document.separatedBySpaceOnly(q, p), context.key(q) == "de" {
                start = q
                expected = forms.de
            } else if let q = document.previousWord(before: p), document.separatedBySpaceOnly(q, p), context.key(q) == "à" {
                start = q
                expected = forms.a
            } else {
                expected = forms.article
            }
            guard entryArticle == "l'" || plural else { return nil }
        case "les":
            guard !plural, entryArticle == "l'" else { return nil }
            expected = forms.article
        case "du", "des":
            if pk == "des" && plural { return nil }
            if pk == "du" && (entryArticle == "le" || entryArticle == "la") { return nil }
            guard entryArticle == "l'" || plural || pk == "des" && entryArticle != "la" else { return nil }
            expected = forms.de
        case "au", "aux":
            if pk == "aux" && plural { return nil }
            if pk == "au" && (entryArticle == "le" || entryArticle == "la") { return nil }
            guard entryArticle == "l'" || plural || pk == "aux" && entryArticle != "la" else { return nil }
            expected = forms.a
        default:
            return nil
        }
        let startText = document.string(start)
        expected = MissingArticleRule.keepCase(startText, expected)
        let written = document.string(in: document.tokens[start].range.lowerBound..<document.tokens[p].range.upperBound)
        let editRange = document.tokens[start].range.lowerBound..<m.parts[0].range.lowerBound
        let replacement = expected.hasSuffix("'") || expected.hasSuffix("’") ? expected : trimmedTrailing(expected) + " "
        _ = prevText
        return finding(document.tokens[start].range.lowerBound..<m.parts[0].range.upperBound,
                       "\"\(written) \(m.entry.name)\": the article must agree with the name: \"\(replacement)\(m.entry.name)\"",
                       confidence: 0.8, fixes: [Fix(editRange, replacement, isSafe: true)])
    }

    static func isAcronym(_ spelling: String) -> Bool {
        var letters = 0
        for s in spelling.unicodeScalars {
            if CharacterClass.isLowercase(s) { return false }
            if CharacterClass.isLetter(s) { letters += 1 }
        }
        return letters >= 2
    }

    private func isArticleBefore(_ m: GazetteerMatch, _ context: RuleContext) -> Bool {
        guard let p = context.document.previousWord(before: m.firstToken) else { return false }
        let pk = context.key(p)
        return context.profile.isArticle(pk) || context.profile.has(pk, .contraction)
    }

    /// French verb and adverb endings: after such a word a bare name is its object
    /// ("remercié Corée du Nord", "accusent Russie", "également Viêt Nam").
    static let verbEndings = ["é", "és", "ée", "ées", "er", "ir", "ent", "ait", "aient", "ont", "ra", "rai", "ront",
                              "ons", "ez", "it", "ment", "ais", "iront", "era", "erait"]

    static func startsWithVowel(_ word: String) -> Bool {
        guard let first = word.unicodeScalars.first else { return false }
        let folded = LexiconKey.fold(String(first))
        return ["a", "e", "i", "o", "u", "y", "h", "é", "è", "ê", "î", "ô", "â", "ï", "û", "ü", "ë", "ö", "à"].contains(folded)
    }

    /// The replacement with the first letter capitalised when the replaced word was.
    static func keepCase(_ original: String, _ replacement: String) -> String {
        guard let first = original.unicodeScalars.first, CharacterClass.isUppercase(first) else { return replacement }
        return CapitalizationRule.recase(replacement, upper: true)
    }
}

/// Spaces trimmed from the end of a replacement.
private func trimmedTrailing(_ string: String) -> String {
    var s = string
    while s.hasSuffix(" ") { s.removeLast() }
    return s
}
