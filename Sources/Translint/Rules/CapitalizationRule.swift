/// Machine translation copies the source language's capitals into a target with other
/// conventions (English or Spanish headline capitals give French "dans Septembre",
/// "Mercredi"), breaks the capitals of multi-word names whose parts were separate link
/// words ("Corée du sud"), and lowercases a name it took for a common noun ("il kremlin").
/// Each case is decided from language data (calendar names and whether the language
/// capitalises them, the gazetteer's canonical spellings) or from the document itself (the
/// same word capitalised elsewhere mid-sentence).
public struct CapitalizationRule: Rule {
    public static let description = RuleDescription(
        id: "capitalization", name: "Capitalization", category: .capitalization,
        summary: "A capital letter the language's conventions or the document itself contradict",
        rationale: """
            Four checks. (1) Month and weekday names capitalised mid-sentence in a language that \
            writes them lowercase (French, Spanish, Italian, Portuguese), or lowercase in one \
            that capitalises them (English, German). Months need date context — a temporal \
            preposition, a day number with a year, a year — or the same month flagged with \
            context elsewhere in the document, because capitalised month names are also names \
            (Mars, the 14 Juillet holiday, "Révolution d’Octobre"); weekdays need none. \
            Headings, title-case lines (judged without the month and weekday names themselves), \
            and words inside a capitalised name are skipped. A month after an opening bracket with \
            a year ("(Junio de 2017)") and a day plus month without a year ("le 17 Avril") count \
            when the text mostly writes its months in lowercase, unless the date names a holiday \
            or a street ("14 Juillet", "Via 20 Settembre"). A Portuguese text that mostly \
            capitalises its months follows the older norm. \
            (2) A multi-word gazetteer name whose later word breaks every accepted spelling's \
            capitals ("Corée du sud"): only that word is fixed. (3) A lowercase word that the \
            same document writes capitalised at least twice mid-sentence and nowhere else in \
            lowercase, that is rare in the lexicon (zipf below 4), has no inflected forms in the \
            lexicon (which would make it an adjective, as with nationality words) and does not \
            sit in code or a path: a name lowercased by the translation. Capitals inside quotes, \
            next to another capitalised word (a longer name) or after a sentence-initial elided \
            article do not count. (4) A capitalised \
            definite article mid-sentence before a place name that takes that article \
            ("impliquant Les États-Unis"). German nouns left in lowercase are out of scope: \
            telling nouns from other words needs a part-of-speech tagger.
            """,
        triggering: CapitalizationRule.triggeringExamples,
        nonTriggering: CapitalizationRule.nonTriggeringExamples
    )

    public init() {}

    /// Languages where a lowercase month after a preposition can be another word ("in may differ").
    static let ambiguousLowercaseMonths: Set<Language> = [.en]
    /// Languages where capitalised months are an accepted older norm when used consistently.
    static let capitalizedMonthsAccepted: Set<Language> = [.pt]

    /// Words before a month that make it a date ("dans septembre", "début mars"), per language.
    static let temporalWords: [Language: Set<String>] = [
        .fr: ["dans", "en", "depuis", "début", "fin", "mi", "courant", "dès", "jusqu'en", "avant", "après", "pendant", "durant", "ici"],
        .es: ["en", "desde", "hasta", "principios", "finales", "mediados", "durante"],
        .it: ["a", "in", "da", "fino", "inizio", "fine", "metà", "durante", "dal", "nel", "al"],
        .pt: ["em", "desde", "até", "início", "fim", "meados", "durante"],
        .en: ["in", "since", "until", "till", "early", "late", "mid", "during"],
        .de: ["im", "seit", "bis", "anfang", "ende", "mitte"],
    ]

    /// Public holidays named by their date, which keep the month's capital ("le 14 Juillet",
    /// "el 12 de Octubre", "il 25 Aprile"): day and month name, per language.
    static let dateHolidays: [Language: Set<String>] = [
        .fr: ["1 mai", "8 mai", "14 juillet", "15 août", "11 novembre", "1er mai"],
        .es: ["1 mayo", "2 mayo", "12 octubre", "20 noviembre", "6 diciembre"],
        .it: ["25 aprile", "1 maggio", "2 giugno", "4 novembre", "8 dicembre"],
        .pt: ["25 abril", "1 maio", "10 junho", "7 setembro", "5 outubro", "1 dezembro", "15 novembro"],
    ]

    public func findings(in context: RuleContext) -> [Finding] {
        let layout = LayoutHints.of(context)
        var findings: [Finding] = []
        calendarFindings(context, layout, into: &findings)
        let matches = GazetteerMatcher(context).matches()
        gazetteerFindings(context, layout, matches, into: &findings)
        articleFindings(context, layout, matches, into: &findings)
        lowercaseNameFindings(context, layout, into: &findings)
        return findings
    }

    // MARK: - (1) months and weekdays

    private func calendarFindings(_ context: RuleContext, _ layout: LayoutHints, into findings: inout [Finding]) {
        let profile = context.profile
        guard !profile.calendar.isEmpty else { return }
        let document = context.document
        let temporal = CapitalizationRule.temporalWords[document.language] ?? []
        struct Candidate { var token: Int; var word: CalendarWord; var strong: Bool; var confidence: Double }
        // The document's own convention: months written lowercase at least half as often as with
        // a capital mid-sentence. Portuguese texts may follow the older norm that capitalises them.
        var lowercaseMonthCount = 0, capitalizedMonthCount = 0
        if !profile.monthsCapitalized && !CapitalizationRule.capitalizedMonthsAccepted.contains(document.language) {
            for t in document.words where context.calendarWord(t)?.kind == .month {
                if document.tokens[t].shape == .lower { lowercaseMonthCount += 1 }
                else if !document.tokens[t].isSentenceStart { capitalizedMonthCount += 1 }
            }
        }
        let writesDatesLowercase = lowercaseMonthCount > 0 && lowercaseMonthCount * 2 >= capitalizedMonthCount
        var candidates: [Candidate] = []
        var strongMonths = Set<String>()
        for t in document.words {
            // Looked up once per distinct key, by `RuleContext`.
            guard let word = context.calendarWord(t) else { continue }
            let key = context.key(t)
            let token = document.tokens[t]
            let capitalized = word.kind == .month ? profile.monthsCapitalized : profile.weekdaysCapitalized
            if capitalized {
                guard token.shape == .lower else { continue }
            } else {
                guard token.shape == .capitalized,
                      !token.capitalIsLicensed
                        || word.kind == .month && writesDatesLowercase && opensBracketedDate(t, context) else { continue }
            }
            if layout.titleLike(token: t, in: document) && lineIsTitleLike(ignoringCalendarWords: t, context)
                || isInsideTechnical(document, t) { continue }
            let previous = document.previousWord(before: t)
            let next = document.nextWord(after: t)
            let previousAdjacent = previous.map { isSpaceBetween(document, $0, t) } ?? false
            let nextAdjacent = next.map { isSpaceBetween(document, t, $0) } ?? false
            // Part of a capitalised name: "Révolution d’Octobre", "Mercredi Addams", "Vendredi saint".
            if !capitalized {
                if let n = next, nextAdjacent {
                    let nk = context.key(n)
                    if document.tokens[n].shape == .capitalized && !document.tokens[n].capitalIsLicensed { continue }
                    if nk.hasPrefix("saint") || nk.hasPrefix("sant") { continue }
                }
                if let p = previous, previousAdjacent || document.tokens[p].isElision {
                    let pk = context.key(p)
                    let linking = document.tokens[p].isElision
                        || (profile.has(pk, .preposition) || profile.has(pk, .contraction)) && !temporal.contains(pk)
                    // The word the link attaches to must touch it: in "(17 de Junio" the number, not
                    // a name before the bracket, is what "de" links.
                    let q = linking ? document.previousWord(before: p).flatMap { isSpaceBetween(document, $0, p) ? $0 : nil } : p
                    if let q, q != t {
                        let shape = document.tokens[q].shape
                        let inName = (shape == .capitalized || shape == .upper) && !document.tokens[q].capitalIsLicensed
                            && profile.calendarWord(context.key(q)) == nil
                        // "Révolution d’Octobre", "Avenue de Mai": a common noun heading a name. A bare
                        // name right before ("Viêt Nam Mercredi") is a sentence running on, not a name.
                        if inName && (linking || context.zipfs[q] >= 4.0) { continue }
                    }
                }
            }
            // Date context.
            let dayBefore = hasNumber(document, before: t, maxLength: 3)
            var yearAfter = hasYear(document, after: t)
            // "septiembre de 2023", "Setembro de 2026": one preposition may link month and year.
            if !yearAfter, let n = next, nextAdjacent,
               profile.has(context.key(n), .preposition) || profile.has(context.key(n), .contraction),
               context.key(n).unicodeScalars.count <= 3, hasYear(document, after: n) { yearAfter = true }
            let twoDigitAfter = hasNumber(document, after: t, exactLength: 2)
            var strong = false
            if let p = previous, previousAdjacent {
                let pk = context.key(p)
                if temporal.contains(pk) { strong = true }
            }
            if yearAfter { strong = true }
            // English "in may differ": a lowercase month after a preposition may be another word.
            if capitalized && strong && !yearAfter && CapitalizationRule.ambiguousLowercaseMonths.contains(document.language)
                && !hasNumber(document, after: t, maxLength: 2) && !dayBefore { strong = false }
            if twoDigitAfter && !capitalized { strong = false } // "Mai 68": an event's name
            var confidence: Double
            if word.kind == .weekday {
                confidence = 0.8
                strong = true
            } else if strong {
                confidence = 0.85
                strongMonths.insert(key)
            } else if dayBefore {
                // "le 14 Juillet", "le 1er Mai": holidays are capitalised; only with a year is it a date,
                // or when the document mostly writes its months in lowercase and this day and month
                // name no holiday ("le 17 Avril" next to "en mars").
                confidence = capitalized ? 0.75
                    : writesDatesLowercase && !isDateHoliday(t, context) && !afterStreetLikeName(t, context) ? 0.6 : 0.4
            } else {
                confidence = 0.4
            }
            if capitalized && word.kind == .month && !strong && !dayBefore {
                // English "may", "march": without a date around them they are other words.
                let hasDate = hasNumber(document, after: t, maxLength: 2)
                confidence = hasDate ? 0.7 : 0.3
            }
            candidates.append(Candidate(token: t, word: word, strong: strong, confidence: confidence))
        }
        // Portuguese before the 1990 agreement (still common in Portugal) capitalised months: a
        // document that does so throughout, or mostly (texts joined from several sources), follows
        // that norm.
        if CapitalizationRule.capitalizedMonthsAccepted.contains(document.language) {
            var capitalizedMonths = 0, lowercaseMonths = 0
            for t in document.words {
                guard let w = context.calendarWord(t), w.kind == .month else { continue }
                if document.tokens[t].shape == .lower { lowercaseMonths += 1 } else if !document.tokens[t].capitalIsLicensed { capitalizedMonths += 1 }
            }
            if lowercaseMonths == 0 || capitalizedMonths > 2 * lowercaseMonths {
                candidates.removeAll { $0.word.kind == .month }
            }
        }
        for c in candidates {
            var confidence = c.confidence
            // The same month flagged with date context elsewhere: this one is the same habit.
            if !c.strong && c.word.kind == .month && strongMonths.contains(c.word.word) && confidence < 0.6 {
                confidence = 0.6
            }
            let token = document.tokens[c.token]
            let text = document.string(c.token)
            let replacement = CapitalizationRule.recase(text, upper: token.shape == .lower)
            let kind = c.word.kind == .month ? "month" : "weekday"
            let language = document.language.englishName
            let message = token.shape == .lower
                ? "\(language) capitalises \(kind) names: \"\(replacement)\""
                : "\(language) writes \(kind) names in lowercase mid-sentence: \"\(replacement)\""
            findings.append(finding(token.range, message, confidence: confidence,
                                    fixes: [Fix(token.range, replacement, isSafe: confidence >= 0.75)]))
        }
    }

    // MARK: - (2) capitals inside gazetteer names

    private func gazetteerFindings(_ context: RuleContext, _ layout: LayoutHints, _ matches: [GazetteerMatch],
                                   into findings: inout [Finding]) {
        let document = context.document
        let gazetteer = context.profile.gazetteer
        for m in matches where m.parts.count >= 2 {
            let first = document.tokens[m.parts[0].token]
            guard first.shape == .capitalized || first.shape == .mixed else { continue }
            if layout.titleLike(token: m.firstToken, in: document) { continue }
            let matchedWords = Gazetteer.words(of: m.spelling)
            let shapes = gazetteer.spellings(of: m.entry).filter { $0.words == matchedWords }.map { SpellingShape($0.text) }
            guard !shapes.isEmpty, shapes.allSatisfy({ $0.words.count == m.parts.count }) else { continue }
            // The first word must follow some spelling, so the name is written as a name.
            let firstUpper = shapes.contains { $0.words[0].unicodeScalars.first.map(CharacterClass.isUppercase) ?? false }
            guard firstUpper else { continue }
            for k in 1..<m.parts.count {
                if m.mergedTail && k == m.parts.count - 1 { continue }
                let part = m.parts[k]
                guard let s = document.scalars[part.range].first, CharacterClass.isLowercase(s) else { continue }
                let allUpper = shapes.allSatisfy { $0.words[k].unicodeScalars.first.map(CharacterClass.isUppercase) ?? false }
                guard allUpper else { continue }
                let text = document.string(in: part.range)
                let replacement = CapitalizationRule.recase(text, upper: true)
                let canonical = shapes[0].words.enumerated().map { i, w in
                    i == 0 ? w : (shapes[0].joints[i - 1] == .hyphen ? "-" : shapes[0].joints[i - 1] == .space ? " " : "") + w
                }.joined()
                findings.append(finding(part.range, "\"\(canonical)\" is a name: \"\(replacement)\" takes a capital",
                                        confidence: 0.8, fixes: [Fix(part.range, replacement, isSafe: true)]))
            }
        }
    }

    // MARK: - (4) capitalised article before a place name

    private func articleFindings(_ context: RuleContext, _ layout: LayoutHints, _ matches: [GazetteerMatch],
                                 into findings: inout [Finding]) {
        let document = context.document
        let profile = context.profile
        for m in matches where !m.entry.article.isEmpty {
            let first = m.firstToken
            guard first >= 1 else { continue }
            let article = LexiconKey.fold(m.entry.article)
            // The name itself must not start with its article ("Le Caire").
            if m.parts[0].key == article { continue }
            var a = first - 1
            if !document.tokens[a].isElision || document.tokens[a].kind != .word {
                guard first >= 2, document.tokens[first - 1].kind == .space, document.tokens[first - 1].range.count == 1
                else { continue }
                a = first - 2
            }
            let token = document.tokens[a]
            guard token.kind == .word, token.shape == .capitalized, !token.capitalIsLicensed,
                  context.key(a) == article,
                  profile.functionWord(article).contains(where: { $0.isDefiniteArticle }) else { continue }
            if layout.titleLike(token: a, in: document) { continue }
            guard let p = document.previousWord(before: a), isSpaceBetween(document, p, a) else { continue }
            let pk = context.key(p)
            if profile.isArticle(pk) || profile.has(pk, .contraction) || profile.has(pk, .determiner) { continue }
            if document.tokens[p].shape == .capitalized && !document.tokens[p].capitalIsLicensed { continue }
            let text = document.string(a)
            let replacement = CapitalizationRule.recase(text, upper: false)
            findings.append(finding(token.range, "The article before \"\(m.entry.name)\" is capitalised mid-sentence: \"\(replacement)\"",
                                    confidence: 0.7, fixes: [Fix(token.range, replacement, isSafe: false)]))
        }
    }

    // MARK: - (3) a name lowercased once

    private func lowercaseNameFindings(_ context: RuleContext, _ layout: LayoutHints, into findings: inout [Finding]) {
        let profile = context.profile
        guard !profile.nounsCapitalized else { return }
        let document = context.document
        var candidates: [Int] = []
        for t in document.words {
            let token = document.tokens[t]
            guard token.shape == .lower, !token.isElision, !token.hasHyphen, token.range.count >= 4 else { continue }
            let key = context.key(t)
            guard context.capitalizedCount(t) >= 2, context.lowercaseCount(t) == 1,
                  context.zipfs[t] < 4.0, context.zipfs[t] >= 2.0,
                  !profile.isFunctionWord(key), profile.calendarWord(key) == nil else { continue }
            if document.touchesTechnicalSymbol(t) || layout.titleLike(token: t, in: document) { continue }
            if hasInflectedForms(key, context) || isQuoted(document, t) { continue }
            // A name stands between function words and punctuation ("selon le kremlin, il…"); a
            // lowercase word inside a noun phrase ("the samba package", "paquete chromium") is a
            // term in its own right.
            if inNounPhrase(context, t) { continue }
            candidates.append(t)
        }
        guard !candidates.isEmpty else { return }
        // Recount the capitalised uses outside headings, and reject words also seen in compounds.
        var wanted: [String: (capitals: Int, other: Int)] = [:]
        for t in candidates { wanted[context.key(t)] = (0, 0) }
        for t in document.words {
            let token = document.tokens[t]
            if token.hasHyphen {
                for part in context.key(t).split(separator: "-") where wanted[String(part)] != nil {
                    wanted[String(part)]?.other += 1
                }
                continue
            }
            let key = context.key(t)
            guard wanted[key] != nil else { continue }
            if token.shape == .capitalized && !token.capitalIsLicensed && !layout.titleLike(token: t, in: document)
                && !document.touchesTechnicalSymbol(t) && !isQuoted(document, t)
                && !inCapitalizedCompound(context, t) && !afterInitialElision(document, t) {
                wanted[key]?.capitals += 1
            } else if token.shape == .mixed {
                wanted[key]?.other += 1
            }
        }
        for t in candidates {
            let key = context.key(t)
            guard let counts = wanted[key], counts.capitals >= 2, counts.other == 0 else { continue }
            let text = document.string(t)
            let replacement = CapitalizationRule.recase(text, upper: true)
            let range = document.tokens[t].range
            findings.append(finding(range, "\"\(replacement)\" is capitalised \(counts.capitals) times elsewhere in this text; lowercase here looks like a name mangled by the translation",
                                    confidence: 0.65, fixes: [Fix(range, replacement, isSafe: false)]))
        }
    }

    /// The lexicon knows gender or number variants of the word: an adjective or common noun
    /// ("ukrainiens" → "ukrainien", "ukrainienne"), not a name.
    private func hasInflectedForms(_ key: String, _ context: RuleContext) -> Bool {
        var variants: [String] = [key + "s", key + "e", key + "es", key + "ne", key + "x"]
        if key.hasSuffix("s") || key.hasSuffix("x") {
            let base = String(key.dropLast())
            variants += [base, base + "e", base + "ne", base + "es"]
        }
        if let last = key.last, "aeio".contains(last) {
            let stem = String(key.dropLast())
            variants += [stem + "a", stem + "e", stem + "i", stem + "o", stem + "as", stem + "os", stem + "es"]
        }
        if key.hasSuffix("er") || key.hasSuffix("ir") {
            let stem = String(key.dropLast(2))
            variants += [stem + "é", stem + "e", stem + "ent", stem + "it", stem + "is", stem + "ait"]
        }
        if key.hasSuffix("e") {
            let base = String(key.dropLast())
            variants += [base, base + "s"]
            if key.hasSuffix("ne") { variants.append(String(key.dropLast(2))) }
        }
        return variants.contains { $0 != key && context.lexicon.zipf(folded: $0) >= 2.5 }
    }

    // MARK: - helpers

    /// True when a capitalised word that is not a closed-class word stands right next to `t`
    /// (space only between): `t` is then part of a longer name ("Installatore Debian"), and its
    /// capital says nothing about the word on its own.
    private func inCapitalizedCompound(_ context: RuleContext, _ t: Int) -> Bool {
        let document = context.document
        for n in [document.previousWord(before: t), document.nextWord(after: t)] {
            guard let n, document.separatedBySpaceOnly(min(n, t), max(n, t)) else { continue }
            let token = document.tokens[n]
            if (token.shape == .capitalized || token.shape == .upper) && !token.capitalIsLicensed
                && !context.profile.isFunctionWord(context.key(n)) {
                return true
            }
        }
        return false
    }

    /// True when `t` follows an elided article that opens the sentence ("L'Installatore ha…"),
    /// where writers often keep the capital on the noun.
    private func afterInitialElision(_ document: Document, _ t: Int) -> Bool {
        guard t >= 1 else { return false }
        let e = document.tokens[t - 1]
        return e.kind == .word && e.isElision && e.capitalIsLicensed
    }

    /// The layout title test again for the line of `t`, without counting month and weekday
    /// names: a sentence whose capitals are mostly the miscapitalised months themselves
    /// ("desde Enero de 1999 hasta Marzo de 2001.") is running text, not a heading.
    private func lineIsTitleLike(ignoringCalendarWords t: Int, _ context: RuleContext) -> Bool {
        let document = context.document
        return LayoutHints.looksLikeTitle(document.lines[document.lineOfToken[t]], in: document, capitalsMakeHeading: true,
                                          skipping: { context.calendarWord($0) != nil })
    }

    /// A month right after an opening bracket and followed by a year, directly or after one short
    /// preposition ("Stretch (Junio de 2017)"): the bracket licenses a capital for a sentence,
    /// not for a date. Counted only in a text that mostly writes its months in lowercase, so a
    /// text that capitalises its months (or a Portuguese text of the older norm) keeps its habit.
    private func opensBracketedDate(_ t: Int, _ context: RuleContext) -> Bool {
        let document = context.document
        let token = document.tokens[t]
        guard !token.isSentenceStart, t >= 1, document.tokens[t - 1].kind == .punctuation,
              document.scalars[document.tokens[t - 1].range.lowerBound] == "(" else { return false }
        if hasYear(document, after: t) { return true }
        guard let n = document.nextWord(after: t), isSpaceBetween(document, t, n),
              context.profile.has(context.key(n), .preposition), context.key(n).unicodeScalars.count <= 3 else { return false }
        return hasYear(document, after: n)
    }

    /// True when a capitalised word stands right before the day number ("Via 20 Settembre",
    /// "Rua 25 de Abril"): the date is then the name of a street or square.
    private func afterStreetLikeName(_ t: Int, _ context: RuleContext) -> Bool {
        let document = context.document
        guard t >= 2, let w = document.previousWord(before: t - 2), isSpaceBetween(document, w, t - 2) else { return false }
        let token = document.tokens[w]
        return token.shape == .capitalized && !token.capitalIsLicensed
    }

    /// True when the day number before the month at `t` and the month make a public holiday.
    private func isDateHoliday(_ t: Int, _ context: RuleContext) -> Bool {
        let document = context.document
        guard t >= 2 else { return false }
        var day = String(String.UnicodeScalarView(document.scalars[document.tokens[t - 2].range])).lowercased()
        if day.hasPrefix("0") { day.removeFirst() }
        let holidays = CapitalizationRule.dateHolidays[document.language] ?? []
        return holidays.contains(day + " " + context.key(t))
    }

    private func inNounPhrase(_ context: RuleContext, _ t: Int) -> Bool {
        let document = context.document
        for n in [document.previousWord(before: t), document.nextWord(after: t)] {
            guard let n, document.separatedBySpaceOnly(min(n, t), max(n, t)) else { continue }
            let token = document.tokens[n]
            if token.shape == .lower && !context.profile.isFunctionWord(context.key(n)) && context.zipfs[n] >= 3.0 {
                return true
            }
        }
        return false
    }

    /// Inside a quotation opened earlier on the same line (foreign words are quoted as written).
    private func isQuoted(_ document: Document, _ t: Int) -> Bool {
        let line = document.line(of: t)
        var k = t - 1
        var open = false
        var straight = 0
        while k >= line.tokens.lowerBound {
            let token = document.tokens[k]
            if token.kind == .punctuation {
                switch document.scalars[token.range.lowerBound] {
                case "\u{AB}", "\u{201C}": open = true
                case "\u{BB}", "\u{201D}": if !open { return false }
                case "\"": straight += 1
                default: break
                }
                if open { return true }
            }
            k -= 1
        }
        return straight % 2 == 1
    }

    private func isSpaceBetween(_ document: Document, _ a: Int, _ b: Int) -> Bool {
        document.separatedBySpaceOnly(a, b)
    }

    private func isInsideTechnical(_ document: Document, _ t: Int) -> Bool {
        guard t + 1 < document.tokens.count, document.tokens[t + 1].kind == .punctuation else {
            if t >= 1, document.tokens[t - 1].kind == .punctuation {
                let s = document.scalars[document.tokens[t - 1].range.lowerBound]
                return s == "/" || s == "_" || s == "@" || s == "#" || s == "="
            }
            return false
        }
        let s = document.scalars[document.tokens[t + 1].range.lowerBound]
        return s == "/" || s == "_" || s == "@" || s == "="
    }

    /// A number of at most `maxLength` digits right before token `t` ("18 juin", "1er mars").
    private func hasNumber(_ document: Document, before t: Int, maxLength: Int) -> Bool {
        guard t >= 2, document.tokens[t - 1].kind == .space, document.tokens[t - 2].kind == .number else { return false }
        return document.tokens[t - 2].range.count <= maxLength + 2
    }

    private func hasNumber(_ document: Document, after t: Int, maxLength: Int = 99, exactLength: Int? = nil) -> Bool {
        guard t + 2 < document.tokens.count, document.tokens[t + 1].kind == .space,
              document.tokens[t + 2].kind == .number else { return false }
        let n = document.tokens[t + 2].range.count
        if let e = exactLength { return n == e && allDigits(document, t + 2) }
        return n <= maxLength
    }

    /// A four-digit year after the word, possibly after a comma ("septembre 2023").
    private func hasYear(_ document: Document, after t: Int) -> Bool {
        guard t + 2 < document.tokens.count, document.tokens[t + 1].kind == .space else { return false }
        let k = t + 2
        guard document.tokens[k].kind == .number, document.tokens[k].range.count == 4, allDigits(document, k) else { return false }
        let first = document.scalars[document.tokens[k].range.lowerBound]
        return first == "1" || first == "2"
    }

    private func allDigits(_ document: Document, _ t: Int) -> Bool {
        document.scalars[document.tokens[t].range].allSatisfy(CharacterClass.isDigit)
    }

    /// The word with its first letter upper- or lowercased.
    static func recase(_ word: String, upper: Bool) -> String {
        guard let first = word.first else { return word }
        let head = upper ? String(first).uppercased() : String(first).lowercased()
        return head + word.dropFirst()
    }
}
