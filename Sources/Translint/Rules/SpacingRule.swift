/// Finds spaces lost or misplaced around punctuation when text is re-assembled from translated
/// pieces: "dit:Le", "Kim ,le", and French guillemets written without their
/// inner space ("«Nous") in a document that elsewhere spaces them ("« Nous »"). Only pieces of
/// ordinary prose count: a run of text with any other symbol in it (a URL, a path, a version, a
/// list of codes) is left alone, and both neighbours must be words the lexicon knows.
public struct SpacingRule: Rule {
    public static let description = RuleDescription(
        id: "spacing", name: "Spacing", category: .spacing,
        summary: "A space missing after a colon or semicolon (\"dit:Le\"), misplaced before a comma (\"Kim ,le\"), or missing inside French guillemets",
        rationale: """
            Machine translation of hyperlinked or formatted copy re-joins pieces and loses the \
            space between them. Three checks, each on ordinary prose only: (1) a word, one \
            punctuation mark (; : ! ?) and a word with no space after the mark, where the \
            run holds nothing else (no URL, path, file name, version or code list), the word \
            after is a common word of the language, and \
            the word before is a known word or a name; a full stop or comma glued to a word is \
            left alone, because human writers slip that way as often as machines; (2) a space \
            before a comma and none after it; (3) in French, guillemets without their inner space when the same document \
            spaces them elsewhere: the document's own habit (space, no-break space or narrow \
            no-break space) is the fix.
            """,
        triggering: [
            Example("Der Sprecher ⟦sagte:Der⟧ Präsident kommt morgen nach Berlin.", fixed: "Der Sprecher sagte: Der Präsident kommt morgen nach Berlin.", lang: .de),
            Example("Il portavoce ha ⟦detto:Il⟧ presidente arriverà domani.", fixed: "Il portavoce ha detto: Il presidente arriverà domani.", lang: .it),
            Example("O porta-voz ⟦afirmou:Nós⟧ chegaremos amanhã.", fixed: "O porta-voz afirmou: Nós chegaremos amanhã.", lang: .pt),
            Example("Le porte-parole a ⟦dit:Le⟧ président arrivera demain.", fixed: "Le porte-parole a dit: Le président arrivera demain."),
            Example("Le ministre a ⟦déclaré;Le⟧ président arrivera demain.", fixed: "Le ministre a déclaré; Le président arrivera demain."),
            Example("Il a rencontré Kim⟦ ,le⟧ dirigeant du pays, à la frontière.", fixed: "Il a rencontré Kim, le dirigeant du pays, à la frontière."),
            Example("Il a dit « nous viendrons » puis il a ajouté ⟦«⟧Nous resterons », avant de partir.",
                    fixed: "Il a dit « nous viendrons » puis il a ajouté « Nous resterons », avant de partir."),
            Example("The spokesman ⟦said:The⟧ president left for Paris.", fixed: "The spokesman said: The president left for Paris.", lang: .en),
            Example("El presidente ⟦dijo:la⟧ reunión fue un éxito.", fixed: "El presidente dijo: la reunión fue un éxito.", lang: .es),
        ],
        nonTriggering: [
            Example("Alle 10:30 è arrivato con 3,5 milioni di euro.", lang: .it),
            Example("Veja www.debian.org/releases para mais detalhes.", lang: .pt),
            Example("Voir www.debian.org/releases et le fichier README.Debian pour les détails."),
            Example("Il est arrivé à 10:30 avec 3,5 millions d’euros."),
            Example("Les langues fr,en,de sont prises en charge par l’option --lang."),
            Example("Il a dit «Bonjour» et il est parti."),
            Example("Le fichier /etc/apt/sources.list contient les dépôts, voir apt.conf(5)."),
            Example("Ver http://www.debian.org/doc/ para más información.", lang: .es),
            Example("Use node.js or Vue.js to build it, e.g. with npm.", lang: .en),
            Example("Der Wert 1,5 ist korrekt, siehe Abschnitt 3.2.", lang: .de),
            Example("Réglez l’horloge au format MM/DD hh:mm avant de continuer."),
            Example("Il a rencontré Kim , le dirigeant du pays, à la frontière."),
            Example("La réunion a pris fin.Le président est reparti, la sortie des programmes,les menus."),
        ]
    )

    public init() {}

    /// Marks that need a space after them before a word. A full stop or comma glued to the
    /// next word ("fin.Le", "rede,carga") is as often a human typing slip as a machine join:
    /// measured on the clean Debian corpora it is, so those two marks are left alone.
    private static let clauseMarks: Set<Unicode.Scalar> = [";", ":", "!", "?"]

    public func findings(in context: RuleContext) -> [Finding] {
        let document = context.document
        let tokens = document.tokens
        var findings: [Finding] = []
        for i in tokens.indices where tokens[i].kind == .punctuation && tokens[i].range.count == 1 {
            let mark = document.scalars[tokens[i].range.lowerBound]
            if SpacingRule.clauseMarks.contains(mark), let f = missingSpaceAfter(i, mark, context) { findings.append(f) }
            if mark == ",", let f = spaceBeforeComma(i, context) { findings.append(f) }
        }
        if context.document.language == .fr { findings += guillemetSpacing(context) }
        return findings.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// "dit:Le", "fin.Le": word, mark, word, and nothing else in the run of non-space text.
    private func missingSpaceAfter(_ i: Int, _ mark: Unicode.Scalar, _ context: RuleContext) -> Finding? {
        let document = context.document
        let tokens = document.tokens
        guard i >= 1, i + 1 < tokens.count, tokens[i - 1].kind == .word, tokens[i + 1].kind == .word,
              isPlainRun(around: i, document) else { return nil }
        let left = tokens[i - 1], right = tokens[i + 1]
        guard left.range.count >= 2, right.range.count >= 2,
              left.shape == .lower || left.shape == .capitalized, right.shape == .lower || right.shape == .capitalized,
              !left.hasHyphen, !right.hasHyphen else { return nil }
        // The word after must be common.
        guard context.zipf(i + 1) >= 3.5 else { return nil }
        // "hh:mm", "p.ex", "e.g": abbreviations and placeholders start with a short piece.
        if left.range.count <= 2 { return nil }
        // The word before: known, or a name (capitalised) the document writes elsewhere too.
        let leftKnown = context.zipf(i - 1) >= 2.5
            || left.shape == .capitalized && (context.surfaceCounts[document.string(i - 1)] ?? 0) >= 2
        guard leftKnown else { return nil }
        // The glued form itself must not be a word ("e.g", "i.e", "a.m").
        if context.lexicon.zipf(folded: LexiconKey.fold(document.string(in: left.range.lowerBound..<right.range.upperBound))) > 0 { return nil }
        let range = left.range.lowerBound..<right.range.upperBound
        let fix = Fix(tokens[i].range, String(mark) + " ", isSafe: true)
        return finding(range, "No space after \"\(mark)\" between \"\(document.string(i - 1))\" and \"\(document.string(i + 1))\"",
                       confidence: 0.7, fixes: [fix])
    }

    /// "Kim ,le": a space before a comma and none after it, the signature of two pieces joined
    /// at the wrong side of the comma. A space on both sides ("Kim , le") is a common typing
    /// slip of human writers, not a sign of machine re-assembly, and is left alone.
    private func spaceBeforeComma(_ i: Int, _ context: RuleContext) -> Finding? {
        let document = context.document
        let tokens = document.tokens
        guard i >= 2, tokens[i - 1].kind == .space, tokens[i - 2].kind == .word, i + 1 < tokens.count else { return nil }
        let space = tokens[i - 1]
        // One ordinary space, not alignment in a table or code.
        guard space.range.count == 1, document.scalars[space.range.lowerBound] == " " else { return nil }
        let next = tokens[i + 1]
        guard next.kind == .word, next.shape == .lower, context.zipf(i + 1) >= 3,
              !document.touchesTechnicalSymbol(i - 2) else { return nil }
        let range = space.range.lowerBound..<next.range.upperBound
        return finding(range, "A space before the comma and none after it",
                       confidence: 0.75, fixes: [Fix(range, ", " + document.string(i + 1), isSafe: true)])
    }

    /// True when the run of non-space text around the mark at `i` is word, mark, word, with at
    /// most opening punctuation before and closing punctuation after.
    private func isPlainRun(around i: Int, _ document: Document) -> Bool {
        let tokens = document.tokens
        func isBreak(_ t: Token) -> Bool { t.kind == .space || t.kind == .newline }
        // Before the left word: start, a break, or one opening mark after a break.
        var k = i - 2
        if k >= 0, !isBreak(tokens[k]) {
            guard tokens[k].kind == .punctuation, tokens[k].range.count == 1,
                  CharacterClass.isOpener(document.scalars[tokens[k].range.lowerBound]) else { return false }
            k -= 1
            if k >= 0, !isBreak(tokens[k]) { return false }
        }
        // After the right word: closing marks and sentence punctuation only, then a break.
        k = i + 2
        while k < tokens.count, !isBreak(tokens[k]) {
            guard tokens[k].kind == .punctuation, tokens[k].range.count == 1 else { return false }
            let s = document.scalars[tokens[k].range.lowerBound]
            guard CharacterClass.isCloser(s) || s == "," || s == ";" || s == "!" || s == "?" || s == "." && isSentenceEnd(k, document) else { return false }
            k += 1
        }
        return true
    }

    private func isSentenceEnd(_ k: Int, _ document: Document) -> Bool {
        k + 1 >= document.tokens.count || document.tokens[k + 1].kind == .space || document.tokens[k + 1].kind == .newline
    }

    /// French guillemets without the inner space, in a document that spaces them elsewhere.
    private func guillemetSpacing(_ context: RuleContext) -> [Finding] {
        let scalars = context.document.scalars
        let spaces: [Unicode.Scalar] = [" ", "\u{00A0}", "\u{202F}"]
        var habit: [Unicode.Scalar: Int] = [:]
        var glued: [(Int, Bool)] = []      // (offset of the guillemet, isOpening)
        for (k, s) in scalars.enumerated() where s == "«" || s == "»" {
            let opening = s == "«"
            let neighbour = opening ? (k + 1 < scalars.count ? scalars[k + 1] : nil) : (k > 0 ? scalars[k - 1] : nil)
            guard let n = neighbour else { continue }
            if spaces.contains(n) {
                habit[n, default: 0] += 1
            } else if CharacterClass.isLetter(n) || !opening && (n == "." || n == "!" || n == "?") {
                glued.append((k, opening))
            }
        }
        let spaced = habit.values.reduce(0, +)
        guard spaced >= 2, !glued.isEmpty, glued.count < spaced,
              let space = habit.max(by: { ($0.value, $0.key.value) < ($1.value, $1.key.value) })?.key else { return [] }
        return glued.map { k, opening in
            let replacement = opening ? "«" + String(space) : String(space) + "»"
            return finding(k..<(k + 1), "French guillemets take a space inside, as this document writes them elsewhere",
                           confidence: 0.7, fixes: [Fix(k..<(k + 1), replacement, isSafe: true)])
        }
    }
}
