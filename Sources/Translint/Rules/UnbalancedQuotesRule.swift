/// Finds quotation marks that do not pair up within a paragraph: a French « closed by an
/// English “, a “ opened and closed by », or a « never closed. MT and copy-paste between
/// sites with different quote styles leave such mixtures behind.
public struct UnbalancedQuotesRule: Rule {
    public static let description = RuleDescription(
        id: "unbalanced-quotes", name: "Unbalanced Quotes", category: .unbalancedQuotes,
        summary: "Quotation marks of different styles paired together, or a quote never closed",
        rationale: """
        Each language has its quotation marks (French « », German „ “ and » «, English “ ”). \
        Within a paragraph the rule pairs opening and closing marks, deciding each mark's role \
        from the language's pairs and from its surroundings (a mark glued to the end of a word \
        and followed by a space closes). A closing mark of another style than its opener is \
        reported with a fix to the matching mark in the language's preferred style; an opening \
        mark never closed in its paragraph is reported without a fix, unless the next \
        paragraph opens with a quotation mark (a quotation running over several paragraphs). \
        Single quotes are ignored: they double as apostrophes.
        """,
        triggering: [
            Example("“We will follow this closely⟦»⟧, he said.", fixed: "“We will follow this closely”, he said.", lang: .en),
            Example("«Vamos a seguirlo muy de cerca⟦”⟧, dijo.", fixed: "«Vamos a seguirlo muy de cerca», dijo.", lang: .es),
            Example("«Lo seguiremo molto da vicino⟦”⟧, ha detto.", fixed: "«Lo seguiremo molto da vicino», ha detto.", lang: .it),
            Example("⟦«⟧Vamos acompanhar isso de perto”, disse ele.", fixed: "“Vamos acompanhar isso de perto”, disse ele.", lang: .pt),
            Example("« Nous allons le suivre de très près.⟦“⟧, a-t-il dit.",
                    fixed: "« Nous allons le suivre de très près.», a-t-il dit."),
            Example("⟦“⟧Alors que la guerre continue, aucun pays ne devrait l’aider », a déclaré un porte-parole.",
                    fixed: "«Alors que la guerre continue, aucun pays ne devrait l’aider », a déclaré un porte-parole."),
            Example("Il a rappelé que toute coopération ne doit pas ⟦«⟧ aller dans une direction qui viole les résolutions.\n\nLes tensions restent vives."),
            Example("„Wir werden das genau verfolgen⟦”⟧, sagte er.", fixed: "„Wir werden das genau verfolgen“, sagte er.", lang: .de),
        ],
        nonTriggering: [
            Example("«Vamos a seguirlo muy de cerca», dijo el portavoz.", lang: .es),
            Example("«Lo seguiremo molto da vicino», ha detto.", lang: .it),
            Example("“Vamos acompanhar isso de perto”, disse ele.", lang: .pt),
            Example("« Nous souhaitons la bienvenue au président », disait la banderole."),
            Example("Il a parlé d’un “accord historique” lors de la conférence."),
            Example("« Le premier paragraphe d’une longue citation.\n\n« Le second paragraphe de la même citation. »"),
            Example("„Wir werden das genau verfolgen“, sagte er. »Das ist gut«, meinte sie.", lang: .de),
            Example("He called it “a historic deal” and left.", lang: .en),
        ]
    )

    public init() {}

    /// Natural open → close pairs in any of the supported languages.
    static let naturalPairs: Set<String> = ["«»", "“”", "„“", "‹›", "»«", "›‹"]
    static let marks: Set<Unicode.Scalar> = ["«", "»", "“", "”", "„", "‹", "›"]

    struct Mark { var offset: Int; var scalar: Unicode.Scalar; var opens: Bool }

    public func findings(in context: RuleContext) -> [Finding] {
        let document = context.document
        let scalars = document.scalars
        let pairs = context.profile.quotePairs
        let openers = Set(pairs.map(\.open)), closers = Set(pairs.map(\.close))
        guard let preferred = pairs.first else { return [] }
        var findings: [Finding] = []
        for (p, paragraph) in document.paragraphs.enumerated() {
            let start = document.lines[paragraph.lowerBound].range.lowerBound
            let end = document.lines[paragraph.upperBound - 1].range.upperBound
            var stack: [Mark] = []
            for i in start..<end {
                let s = scalars[i]
                // Every mark is at or above U+00AB: most scalars are rejected without hashing.
                guard s.value >= 0xAB, UnbalancedQuotesRule.marks.contains(s) else { continue }
                let before: Unicode.Scalar? = i > 0 ? scalars[i - 1] : nil
                let after: Unicode.Scalar? = i + 1 < scalars.count ? scalars[i + 1] : nil
                let spaceBefore = before.map { CharacterClass.isSpace($0) || CharacterClass.isNewline($0) || "([".unicodeScalars.contains($0) } ?? true
                let wordAfter = after.map { CharacterClass.isLetter($0) || CharacterClass.isDigit($0) } ?? false
                let wordBefore = before.map { CharacterClass.isLetter($0) || CharacterClass.isDigit($0) || ".!?…".unicodeScalars.contains($0) } ?? false
                let spaceOrPunctAfter = after.map { !CharacterClass.isLetter($0) && !CharacterClass.isDigit($0) } ?? true
                var opens: Bool
                if spaceBefore && wordAfter { opens = true }
                else if wordBefore && spaceOrPunctAfter { opens = false }
                else if openers.contains(s) && !closers.contains(s) { opens = true }
                else if closers.contains(s) && !openers.contains(s) { opens = false }
                else { opens = "«“„‹".unicodeScalars.contains(s) }
                // German „…“: “ after a „ closes it even when it looks like an opener.
                if opens, let top = stack.last, UnbalancedQuotesRule.naturalPairs.contains(String(top.scalar) + String(s)),
                   !(spaceBefore && wordAfter) {
                    opens = false
                }
                if opens {
                    stack.append(Mark(offset: i, scalar: s, opens: true))
                    continue
                }
                guard let open = stack.popLast() else { continue }
                let pair = String(open.scalar) + String(s)
                if UnbalancedQuotesRule.naturalPairs.contains(pair) { continue }
                findings.append(mismatch(open: open.offset, openScalar: open.scalar, close: i, closeScalar: s,
                                         preferred: preferred, partner: pairs))
            }
            // Openers never closed, unless the quotation continues in the next paragraph.
            if !stack.isEmpty {
                var continues = false
                if p + 1 < document.paragraphs.count {
                    let nextStart = document.lines[document.paragraphs[p + 1].lowerBound].range.lowerBound
                    var k = nextStart
                    while k < scalars.count, CharacterClass.isSpace(scalars[k]) { k += 1 }
                    continues = k < scalars.count && UnbalancedQuotesRule.marks.contains(scalars[k])
                }
                if !continues {
                    for open in stack {
                        findings.append(finding(open.offset..<(open.offset + 1),
                                                "The quotation opened by '\(open.scalar)' is never closed in this paragraph",
                                                confidence: 0.6))
                    }
                }
            }
        }
        return findings
    }

    private func mismatch(open: Int, openScalar: Unicode.Scalar, close: Int, closeScalar: Unicode.Scalar,
                          preferred: (open: Unicode.Scalar, close: Unicode.Scalar),
                          partner pairs: [(open: Unicode.Scalar, close: Unicode.Scalar)]) -> Finding {
        let message = "The quotation opened by '\(openScalar)' is closed by '\(closeScalar)', a mark of another style"
        if openScalar == preferred.open || closeScalar != preferred.close {
            // Keep the opener; close it with its partner.
            let right = pairs.first { $0.open == openScalar }?.close ?? preferred.close
            return finding(close..<(close + 1), message, confidence: 0.8,
                           fixes: [Fix(close..<(close + 1), String(right), isSafe: true)])
        }
        // The closer is the preferred style: fix the opener.
        return finding(open..<(open + 1), message, confidence: 0.8,
                       fixes: [Fix(open..<(open + 1), String(preferred.open), isSafe: true)])
    }
}
