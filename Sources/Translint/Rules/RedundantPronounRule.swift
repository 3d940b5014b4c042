/// Finds a subject pronoun the translation inserted right after the noun phrase it stands
/// for: "Poutine Il a déclaré", "Responsables américains Ils disent", "La visite Cela
/// survient", English "Putin He said", German "Putin Er sagte".
///
/// Why: machine translation handles a linked or highlighted noun phrase as a separate segment;
/// the rest of the sentence then reads as subject-less, so the engine supplies a subject
/// pronoun, capitalised as if it began a sentence. Outside a title, a subject pronoun is never
/// capitalised in the middle of a sentence in French, Spanish, Italian, Portuguese or English,
/// so a capitalised third-person pronoun between a noun and a verb is almost surely inserted.
public struct RedundantPronounRule: Rule {
    public static let description = RuleDescription(
        id: "redundant-pronoun", name: "Redundant Pronoun", category: .redundantPronoun,
        summary: "A subject pronoun repeated right after the noun phrase it refers to",
        rationale: """
            Flags a third-person subject or demonstrative pronoun of the text's language \
            (function-words.tsv) that is capitalised in mid-sentence (no period, quote, colon or \
            line start before it), directly after an open-class word (the end of the subject noun \
            phrase) and directly before a lowercase verb, auxiliary, negation or clitic, in a \
            sentence that is not set in title case. Pronouns the document also uses as a name \
            (after an article or a preposition, or before punctuation, like a magazine called \
            "Elle") are skipped, and so are the polite forms that are capitalised by rule (German \
            "Sie", Italian "Lei"). A lowercase verb right after the pronoun shows the sentence is \
            not in title case (any verb outside English, one of three letters or more in English). \
            German "Sie" counts only where it breaks verb-second order: after a noun that follows \
            a fronted noun phrase or prepositional phrase with no verb, subordinating conjunction, \
            relative word or punctuation before it, in a sentence that is no question. In French a lowercase pronoun between a capitalised subject and \
            a new capitalised subject ("selon lesquelles il Moscou essaie") is flagged with lower \
            confidence; a lowercase pronoun right after a name ("Kim il a") is too often correct \
            spoken-style dislocation or a fronted complement ("À Paris il pleut") to report by \
            default. In Spanish, Italian and Portuguese, which drop subject pronouns freely \
            (`subject_pronoun_optional` in profile.tsv), a capitalised pronoun right after a comma \
            ("Zanardelli, Lui ha annunciato") is flagged too. The fix deletes the pronoun and the \
            space after it.
            """,
        languages: [.fr, .es, .it, .pt, .de, .en],
        triggering: RedundantPronounRule.triggeringExamples,
        nonTriggering: RedundantPronounRule.nonTriggeringExamples
    )

    public init() {}

    /// First and second persons, singular and plural: pronouns that never stand for a noun.
    static let speakerPersons = ["1s", "2s", "1p", "2p"]

    /// German conjunctions that join noun phrases without opening a verb-final clause.
    static let coordinatingConjunctions: Set<String> = ["und", "oder", "sowie"]

    /// Polite forms written with a capital by rule, which look like third-person pronouns.
    static let politeForms: [Language: Set<String>] = [
        .de: ["sie", "ihr", "ihnen"], .it: ["lei", "ella"], .es: ["usted", "ustedes"],
        .pt: ["você", "vocês"],
    ]

    public func findings(in context: RuleContext) -> [Finding] {
        let support = ArticlePronounSupport(context)
        let document = context.document
        let language = document.language
        var findings: [Finding] = []
        // Per key id, whether the key is a candidate pronoun (0: not asked yet, 1: no, 2: yes).
        let keyIDs = context.keyIDs, keyStrings = context.keyStrings, keyReadings = context.keyReadings
        let tokens = document.tokens
        var candidateState = [UInt8](repeating: 0, count: keyStrings.count)
        var usedAsName: [String: Bool] = [:]

        func isUsedAsName(_ key: String) -> Bool {
            if let known = usedAsName[key] { return known }
            let name = pronounUsedAsName(key, support)
            usedAsName[key] = name
            return name
        }

        for p in document.words {
            let tp = tokens[p]
            guard tp.shape == .capitalized || tp.shape == .lower else { continue }
            let id = Int(keyIDs[p])
            // German "Sie" is also the polite "you"; it counts only where no reading fits.
            let germanSie = language == .de && tp.shape == .capitalized && keyStrings[id] == "sie"
            if !germanSie {
                var state = candidateState[id]
                if state == 0 {
                    // Most keys have no function-word reading: answered without a call.
                    state = !keyReadings[id].isEmpty && thirdPersonPronoun(keyStrings[id], readings: keyReadings[id], context) ? 2 : 1
                    candidateState[id] = state
                }
                if state == 1 { continue }
            }
            let key = keyStrings[id]

            if tp.shape == .capitalized, !tp.capitalIsLicensed, !germanSie,
               context.profile.subjectPronounOptional, afterComma(p, document),
               let v = support.wordAfter(p), support.isVerbLike(v),
               !support.inTitleCaseSentence(p) || verbBreaksTitleCase(v, support) {
                // "Zanardelli, Lui ha annunciato", "de 49 anos, Ela prometeu": after an apposition
                // the capitalised pronoun repeats the subject; the language needs none.
                if isUsedAsName(key) { continue }
                findings.append(deletion(p, "Redundant subject pronoun: “\(context.text(p))” repeats the subject before the comma (a capitalised pronoun in mid-sentence is inserted by translation)",
                                            confidence: 0.7, isSafe: true, support))
                continue
            }
            if tp.shape == .capitalized {
                guard !tp.capitalIsLicensed, let w = support.wordBefore(p), let v = support.wordAfter(p),
                      support.isVerbLike(v) else { continue }
                let tw = document.tokens[w]
                guard !support.isFunctionWord(w), tw.shape != .none else { continue }
                // Very frequent lowercase words before it are verbs ("said It was"), not the end
                // of a subject noun phrase.
                if tw.shape == .lower, context.zipfs[w] >= 5.5 { continue }
                if context.profile.nounsCapitalized, tw.shape == .lower { continue }
                // An all-capitals label opening the line ("UPDATE Er sagte …") stands apart from
                // the sentence that follows it.
                if tw.shape == .upper, document.tokens[w].capitalIsLicensed { continue }
                if support.inTitleCaseSentence(p), !verbBreaksTitleCase(v, support) { continue }
                // The word before must be a noun: a capitalised word away from the sentence start
                // (there it may be a verb, "Geben Sie"), or an acronym ("VPNs", "OpenVPN").
                if germanSie, tw.shape == .capitalized && tw.capitalIsLicensed || tw.shape == .lower
                    || !breaksVerbSecond(pronoun: p, support) {
                    continue
                }
                // German "für Sie" is the polite form, no name.
                if !germanSie && isUsedAsName(key) { continue }
                findings.append(deletion(p, "Redundant subject pronoun: “\(context.text(p))” repeats the subject that ends with “\(context.text(w))” just before it (a capitalised pronoun in mid-sentence is inserted by translation)",
                                            confidence: 0.85, isSafe: true, support))
                continue
            }

            // Lowercase pronouns: French only, where dislocation needs a comma in written news.
            guard language == .fr, let after = support.wordAfter(p) else { continue }
            let ta = document.tokens[after]
            if ta.shape == .capitalized, !ta.capitalIsLicensed, support.isNameLike(after),
               !context.profile.isArticle(context.key(after)),
               let v = support.wordAfter(after), support.isVerbLike(v),
               !document.tokens[v].isElision, context.zipfs[v] >= 2.5 {
                // "selon lesquelles il Moscou essaie": the pronoun announces the real subject.
                if let w = support.wordBefore(p), document.tokens[w].shape != .lower { continue }
                findings.append(deletion(p, "Redundant subject pronoun: “\(context.text(p))” stands before the real subject “\(context.text(after))”",
                                            confidence: 0.55, isSafe: false, support))
                continue
            }
            if let w = support.wordBefore(p), support.isNameLike(w), !document.tokens[w].capitalIsLicensed,
               support.isVerbLike(after), document.tokens[w].shape == .capitalized {
                // "depuis Kim il a rencontré": often right in speech-like French; reported quietly.
                let governed = support.nameIsGoverned(startingAt: support.nameStart(endingAt: w))
                findings.append(deletion(p, "Possibly redundant subject pronoun: “\(context.text(p))” directly follows the subject “\(context.text(w))” without a comma",
                                            confidence: governed ? 0.3 : 0.45, isSafe: false, support))
            }
        }
        return findings
    }

    /// A finding on pronoun `p` whose fix deletes it and the space after it.
    private func deletion(_ p: Int, _ message: String, confidence: Double, isSafe: Bool,
                          _ support: ArticlePronounSupport) -> Finding {
        let range = support.rangeWithFollowingSpace(p)
        return finding(range, message, confidence: confidence, fixes: [Fix(range, "", isSafe: isSafe)])
    }

    /// Word `t` follows a comma and one run of space.
    private func afterComma(_ t: Int, _ document: Document) -> Bool {
        guard t >= 2, document.tokens[t - 1].kind == .space, document.tokens[t - 2].kind == .punctuation else { return false }
        let punctuation = document.tokens[t - 2].range
        return punctuation.count == 1 && document.scalars[punctuation.lowerBound] == ","
    }

    /// German main clauses put the finite verb second. "Die meisten Teams Sie sind …" fronts a
    /// noun phrase and then has both a pronoun and the verb: the pronoun is inserted, whether it
    /// reads as "they" or as the polite "you". True only when nothing before the pronoun could
    /// make the clause subordinate or inverted: the sentence is no question, and from its start
    /// to the pronoun there is no punctuation, no conjunction or relative word, and every
    /// lowercase word is a preposition, article or determiner or stands before a capitalised
    /// noun (an attributive adjective), so no verb precedes ("Gestern sahen die Kinder Sie").
    private func breaksVerbSecond(pronoun p: Int, _ support: ArticlePronounSupport) -> Bool {
        let document = support.document
        guard let sentence = support.sentence(holding: p) else { return false }
        // Questions invert ("Haben die Kinder Sie gesehen?").
        for k in stride(from: sentence.tokens.upperBound - 1, through: p, by: -1)
        where document.tokens[k].kind == .punctuation {
            if document.scalars[document.tokens[k].range.lowerBound] == "?" { return false }
        }
        var sawWord = false
        for k in sentence.tokens.lowerBound..<p {
            let token = document.tokens[k]
            switch token.kind {
            case .punctuation, .newline, .number:
                if sawWord { return false }
            case .space:
                continue
            case .word:
                let r = support.readings(k)
                // Coordinating conjunctions join noun phrases ("Verkehr und Plattenplatz Sie sind");
                // any other conjunction may open a verb-final clause.
                let coordinating = Self.coordinatingConjunctions.contains(support.context.key(k))
                if r.contains(where: { $0.wordClass == .conjunction && !coordinating
                    || $0.has("relative") && $0.wordClass == .pronoun && !r.contains(where: { $0.wordClass == .article }) }) {
                    return false
                }
                if coordinating && sawWord { continue }
                if !sawWord {
                    // The first word opens the noun phrase: an article, determiner, preposition
                    // or the noun itself, never a verb ("Geben Sie", "Haben die Kinder Sie").
                    sawWord = true
                    if r.contains(where: { $0.wordClass == .auxiliary || $0.wordClass == .pronoun && !$0.has("relative")
                        || $0.wordClass == .adverb }) { return false }
                    if r.isEmpty, let next = support.wordAfter(k), document.tokens[next].shape == .lower {
                        if support.readings(next).contains(where: { $0.wordClass == .article }) { return false }
                        // "Spezielle neue Unterprojekte": an adjective before a noun is no verb.
                        if !support.isNonVerbal(next),
                           support.wordAfter(next).map({ document.tokens[$0].shape != .capitalized }) ?? true {
                            return false
                        }
                    }
                    continue
                }
                if token.shape == .lower {
                    if support.isNonVerbal(k) { continue }
                    guard let next = support.wordAfter(k), document.tokens[next].shape != .lower else { return false }
                    if !r.isEmpty { return false }
                }
            }
        }
        return sawWord
    }

    /// Outside English, headlines are not set in title case, and a title-case line capitalises
    /// its verbs: a lowercase verb or auxiliary right after the pronoun ("Perens Lui è stato",
    /// "AppArmor Lui è un sistema di Mandatory Access Control") shows that the capitals around
    /// it belong to names, not to a title.
    /// In English, title case capitalises every verb, so only a lowercase verb of four letters or
    /// an auxiliary of three ("Project He was founded") counts; "is" may stay lowercase.
    private func verbBreaksTitleCase(_ v: Int, _ support: ArticlePronounSupport) -> Bool {
        guard support.document.tokens[v].shape == .lower else { return false }
        let r = support.readings(v)
        if support.document.language == .en {
            let letters = support.document.tokens[v].range.count
            return r.isEmpty ? letters >= 4 : letters >= 3 && r.contains { $0.wordClass == .auxiliary }
        }
        return r.isEmpty || r.contains { $0.wordClass == .auxiliary }
    }

    /// A third-person subject or demonstrative pronoun that is never an article, determiner,
    /// preposition or polite form.
    /// `readings` are the key's function-word readings (`profile.functionWord(key)`).
    private func thirdPersonPronoun(_ key: String, readings: [FunctionWord], _ context: RuleContext) -> Bool {
        guard !readings.isEmpty else { return false }
        // Every early answer below is "no", so the cheap word-class tests may come first and
        // spare most function words ("de", "la", "et") the tag lookups: a pronoun reading is
        // needed, and a reading of a class that disqualifies rules the key out.
        var hasPronoun = false
        for r in readings {
            switch r.wordClass {
            case .pronoun: hasPronoun = true
            case .article, .preposition, .conjunction, .contraction, .auxiliary: return false
            default: break
            }
        }
        guard hasPronoun else { return false }
        if Self.politeForms[context.document.language]?.contains(key) == true { return false }
        if context.document.language == .en && key == "i" { return false }
        var third = false
        for r in readings {
            switch r.wordClass {
            case .pronoun:
                if r.has("polite") || Self.speakerPersons.contains(where: { r.has($0) }) { return false }
                // Referential pronouns only: an impersonal "on" / "man" (3s without gender) never
                // stands for the noun before it.
                if r.has("subject") && (r.has("3p") || r.has("3s") && (r.gender != nil || r.has("n"))) { third = true }
                if r.has("demonstrative") && (r.has("3s") || r.has("3p") || r.person == nil) { third = true }
            case .determiner:
                // A possessive that shares its form with a subject pronoun (Italian "loro") is
                // still that pronoun before a verb.
                if !r.has("possessive") { return false }
            case .article, .preposition, .conjunction, .contraction, .auxiliary:
                return false
            default:
                break
            }
        }
        return third
    }

    /// True when the document also uses the capitalised form as a name: after a closed-class
    /// word that cannot precede a subject pronoun (an article, preposition or contraction) or
    /// before punctuation other than a comma ("le magazine Elle.", "dans Elle").
    private func pronounUsedAsName(_ key: String, _ support: ArticlePronounSupport) -> Bool {
        let document = support.document
        for t in document.words where support.context.key(t) == key {
            let token = document.tokens[t]
            guard token.shape == .capitalized, !token.capitalIsLicensed else { continue }
            if let w = support.wordBefore(t),
               support.readings(w).contains(where: {
                   $0.wordClass == .article || $0.wordClass == .preposition || $0.wordClass == .contraction
               }) {
                return true
            }
            if t + 1 < document.tokens.count, document.tokens[t + 1].kind == .punctuation {
                let v = document.scalars[document.tokens[t + 1].range.lowerBound].value
                if v != 0x2C && v != 0x2D { return true }
            }
            if t + 1 == document.tokens.count { return true }
        }
        return false
    }
}
