/// Finds a first- or second-person subject pronoun directly after a third-person subject in
/// narrative text: "Poutine je voyage vers…", Spanish "Putin yo viajo", German "Putin ich reise".
///
/// Why: when the subject of a source sentence is a link or a separately translated phrase, the
/// engine translates the verb on its own and may pick the wrong person for it (a Spanish
/// "viajo" read as "je voyage"), then writes the pronoun that matches the wrong verb. A name
/// followed by "je" with no comma, outside quotation marks, is not a sentence a reporter
/// writes. The verb must change as well, so the rule proposes no automatic fix.
public struct WrongPronounRule: Rule {
    public static let description = RuleDescription(
        id: "wrong-pronoun", name: "Wrong Pronoun", category: .wrongPronoun,
        summary: "A first- or second-person subject pronoun right after a third-person subject",
        rationale: """
            Flags a first- or second-person subject pronoun of the text's language \
            (function-words.tsv) that follows a capitalised name or noun with only a space between \
            them (no comma, so not a vocative like "Poutine, je vous remercie"), outside quotation \
            marks, before a verb. The name must not be governed by a preposition ("À Paris je…", \
            "Chez Renault nous…") and must not be a month, weekday or closed-class word. Pronouns \
            that are also object forms ("nous", "vous") count only when the verb after them \
            agrees with them ("nous avons", "vous êtes"), since "Poutine nous a dit" is correct. \
            Documents that use the same pronoun elsewhere outside quotations are first-person \
            narratives, where the signal is weaker, so confidence drops there. No fix is proposed: \
            the verb needs to change with the pronoun.
            """,
        languages: [.fr, .es, .it, .pt, .de],
        notApplicable: [
            .en: "English writes \"I\" with a capital everywhere and drops \"that\" before clauses (\"the Putin we know\", \"told Putin I would\"), so a first-person pronoun after a name is ordinary English",
        ],
        triggering: WrongPronounRule.triggeringExamples,
        nonTriggering: WrongPronounRule.nonTriggeringExamples
    )

    public init() {}

    public func findings(in context: RuleContext) -> [Finding] {
        let support = ArticlePronounSupport(context)
        let document = context.document
        let profile = context.profile
        let tokens = document.tokens
        let keyIDs = context.keyIDs, keyReadings = context.keyReadings
        // Every first- or second-person pronoun, and those that follow a name like a subject.
        var pronouns: [Int] = []
        var candidates: [(p: Int, w: Int, confidence: Double)] = []
        // Per key id, its pronoun kind's raw value + 1 (0: not asked yet).
        var kindState = [UInt8](repeating: 0, count: context.keyStrings.count)

        for p in document.words {
            let tp = tokens[p]
            guard tp.shape == .lower || (tp.shape == .capitalized && !tp.capitalIsLicensed) else { continue }
            let id = Int(keyIDs[p])
            var state = kindState[id]
            if state == 0 {
                // Most keys have no function-word reading: answered without a call.
                let kind = keyReadings[id].isEmpty ? PronounKind.none : pronounKind(keyReadings[id], profile)
                state = kind.rawValue + 1
                kindState[id] = state
            }
            guard let k = PronounKind(rawValue: state - 1), k != .none else { continue }
            pronouns.append(p)

            guard let w = support.wordBefore(p), support.isNameLike(w),
                  tokens[w].shape == .capitalized,
                  let v = support.wordAfter(p), tokens[v].shape == .lower,
                  !support.isNonVerbal(v) else { continue }
            if k == .needsAgreement && !agrees(v, with: context.key(p), context) { continue }
            let tw = tokens[w]
            let start = support.nameStart(endingAt: w)
            if !startsClause(before: start, support) { continue }
            var confidence = 0.75
            if tw.capitalIsLicensed {
                // "Poutine je…" at the start of a sentence: only when the word is a name the
                // document spells with a capital elsewhere, not "Bonjour je…".
                guard context.capitalizedCount(w) > 0 || context.zipfs[w] < 3 else { continue }
                confidence = 0.6
            } else if start != w, tokens[start].capitalIsLicensed {
                confidence = 0.7
            }
            candidates.append((p, w, confidence))
        }
        // Which tokens are quoted is worked out only when some pronoun follows a name: quoted
        // pronouns are no candidates and do not count as uses outside quotes.
        guard !candidates.isEmpty else { return [] }
        let quoted = support.quotedTokens()
        var outsideQuoteUses: [String: Int] = [:]
        for p in pronouns where !quoted[p] { outsideQuoteUses[context.key(p), default: 0] += 1 }

        var findings: [Finding] = []
        for c in candidates where !quoted[c.p] {
            let key = context.key(c.p)
            var confidence = c.confidence
            // First-person narratives use the pronoun elsewhere too.
            if (outsideQuoteUses[key] ?? 0) >= 3 { confidence -= 0.3 }
            findings.append(finding(
                document.tokens[c.p].range,
                "Wrong person: “\(context.text(c.p))” follows the third-person subject “\(context.text(c.w))” outside any quotation; the pronoun and its verb should be third person",
                confidence: confidence))
        }
        return findings
    }

    /// True when the name starting at `start` begins a clause: nothing but punctuation or a line
    /// start before it, or a conjunction ("que Poutine je…"). After a preposition, article,
    /// determiner or relative ("À Paris je…", German "für dessen Lösung wir…") the name is a
    /// complement and the pronoun is the real subject.
    private func startsClause(before start: Int, _ support: ArticlePronounSupport) -> Bool {
        guard let w = support.wordBefore(start) else { return true }
        return support.readings(w).contains { $0.wordClass == .conjunction }
    }

    enum PronounKind: UInt8 { case none, subjectOnly, needsAgreement }

    /// First and second persons, singular and plural.
    private static let speakerPersons = ["1s", "2s", "1p", "2p"]

    /// First- or second-person subject pronouns; those that are also object or tonic forms
    /// ("nous", "vous") need a verb that agrees with them. Read from the word's function-word
    /// readings (`profile.functionWord(key)`, which the context holds per key).
    private func pronounKind(_ readings: [FunctionWord], _ profile: LanguageProfile) -> PronounKind {
        // Only a pronoun reading can be a subject pronoun; this spares most words the tag lookups.
        guard readings.contains(where: { $0.wordClass == .pronoun }) else { return .none }
        var subject = false, other = false
        for r in readings {
            // `person` is worked out only for subject pronouns: it asks up to six tags.
            if r.wordClass == .pronoun, r.has("subject"), let person = r.person, Self.speakerPersons.contains(person),
               !r.has("polite") {
                subject = true
            } else {
                other = true
            }
        }
        if !subject { return .none }
        if !other { return .subjectOnly }
        // Object-and-subject forms: only where verb agreement can tell (French "nous", "vous").
        let onlyPronouns = readings.allSatisfy { $0.wordClass == .pronoun }
        return onlyPronouns && profile.language == .fr ? .needsAgreement : .none
    }

    /// True when the verb at `v` agrees with the first- or second-person plural pronoun: an
    /// auxiliary of that person, or (French) a verb ending in -ons / -ez.
    private func agrees(_ v: Int, with pronoun: String, _ context: RuleContext) -> Bool {
        let person = context.profile.functionWord(pronoun).first { $0.has("subject") }?.person
        guard let person else { return false }
        let readings = context.profile.functionWord(context.key(v))
        if readings.contains(where: { $0.wordClass == .auxiliary && $0.has(person) }) { return true }
        if !readings.isEmpty { return false }
        let key = context.key(v)
        guard context.zipfs[v] > 0 else { return false }
        switch person {
        case "1p": return key.hasSuffix("ons")
        case "2p": return key.hasSuffix("ez")
        default: return false
        }
    }
}
