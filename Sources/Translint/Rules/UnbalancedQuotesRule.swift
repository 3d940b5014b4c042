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
        A mark followed by a comma or a full stop closes. Straight double quotes pair with each other \
        and with curly English quotes; only a straight quote against a guillemet or a low quote \
        is reported, and a straight quote is never reported as unclosed (it is also the inch \
        sign). Single quotes are ignored: they double as apostrophes.
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
            // A mark before a comma closes, whatever its shape.
            Example("« Nous ne paierons pas la facture ⟦“⟧, a réagi la déléguée.",
                    fixed: "« Nous ne paierons pas la facture », a réagi la déléguée."),
            // A straight quote closed by a guillemet.
            Example("He said Brussels was \"listening closely⟦»⟧ and would act.",
                    fixed: "He said Brussels was \"listening closely\" and would act.", lang: .en),
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
            Example("He said \"hello” to everyone and “goodbye\" to nobody.", lang: .en),
            Example("The screen is 27\" wide and its maker calls it “bright”.", lang: .en),
            Example("Il a dit \"bonjour\" puis « au revoir » en souriant."),
            Example("Cherchez une phrase entre apostrophes doubles « \" » pour ne pas couper les mots."),
            Example("Ha scritto che quella versione «... è rimasta la mia preferita», e basta.", lang: .it),
        ]
    )

    public init() {}

    /// Natural open → close pairs in any of the supported languages.
    /// Straight double quotes pair with each other and, leniently, with curly English quotes
    /// (a half-converted text is common and harmless); only a straight quote paired with a
    /// guillemet or a low quote is reported.
    static let naturalPairs: Set<String> = ["«»", "“”", "„“", "‹›", "»«", "›‹", "\"\"", "\"”", "“\""]
    static let marks: Set<Unicode.Scalar> = ["«", "»", "“", "”", "„", "‹", "›", "\""]
    static let straightQuote: Unicode.Scalar = "\""

    struct Mark { var offset: Int; var scalar: Unicode.Scalar }

    /// A closing mark of another style than its opener, with the mark to rewrite and its
    /// replacement.
    struct Mismatch { var open: Int; var close: Int; var rewrite: Int; var replacement: Unicode.Scalar }

    /// Rounds of pairing a paragraph with its own fixes applied, at most: restyling one mark can
    /// change how the next ones pair, and the fixes offered must leave nothing to fix (so that
    /// `fix` settles in one round instead of restyling one mark per round).
    static let maximumSettlingRounds = 16

    /// Whether `scalars[range]` holds a mark other than the straight quote (one of `marks` at or
    /// above U+00AB), tested by value: no hashing per accented letter.
    static func hasCurlyMark(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        precondition(range.lowerBound >= 0 && range.upperBound <= scalars.count)
        return scalars.withUnsafeBufferPointer { buffer in
            for i in range where isCurlyMark(buffer[i].value) { return true }
            return false
        }
    }

    /// `value >= 0xAB && marks.contains(scalar)`: « » “ ” „ ‹ ›.
    @inline(__always)
    static func isCurlyMark(_ value: UInt32) -> Bool {
        guard value >= 0xAB else { return false }
        switch value {
        case 0xAB, 0xBB, 0x201C, 0x201D, 0x201E, 0x2039, 0x203A: return true
        default: return false
        }
    }

    /// `naturalPairs.contains(String(open) + String(close))` for two marks (scalars of `marks`,
    /// none of which composes or decomposes, so the pair of strings is the pair of scalars).
    @inline(__always)
    static func isNaturalPair(_ open: Unicode.Scalar, _ close: Unicode.Scalar) -> Bool {
        switch (open.value, close.value) {
        case (0xAB, 0xBB), (0x201C, 0x201D), (0x201E, 0x201C), (0x2039, 0x203A), (0xBB, 0xAB), (0x203A, 0x2039),
             (0x22, 0x22), (0x22, 0x201D), (0x201C, 0x22):
            return true
        default:
            return false
        }
    }

    /// One of . ! ? …
    @inline(__always)
    static func isSentenceEnd(_ s: Unicode.Scalar) -> Bool {
        s == "." || s == "!" || s == "?" || s == "…"
    }

    /// One of , . ; : ! ? ) ]
    @inline(__always)
    static func isClausePunctuation(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case ",", ".", ";", ":", "!", "?", ")", "]": return true
        default: return false
        }
    }

    /// One of « “ „ ‹ (marks shaped as openers).
    @inline(__always)
    static func hasOpeningShape(_ s: Unicode.Scalar) -> Bool {
        s == "«" || s == "“" || s == "„" || s == "‹"
    }

    public func findings(in context: RuleContext) -> [Finding] {
        let document = context.document
        let scalars = document.scalars
        let pairs = context.profile.quotePairs
        guard !pairs.isEmpty else { return [] }
        var findings: [Finding] = []
        for (p, paragraph) in document.paragraphs.enumerated() {
            let start = document.lines[paragraph.lowerBound].range.lowerBound
            let end = document.lines[paragraph.upperBound - 1].range.upperBound
            // Every mark but the straight quote is at or above U+00AB: most paragraphs are
            // skipped without hashing. A paragraph with straight quotes only has nothing to pair.
            guard UnbalancedQuotesRule.hasCurlyMark(scalars, start..<end) else { continue }
            // The paragraph with one scalar of context on each side, in local offsets.
            let windowStart = max(0, start - 1), windowEnd = min(scalars.count, end + 1)
            let original = Array(scalars[windowStart..<windowEnd])
            let local = (start - windowStart)..<(end - windowStart)
            let settled = settle(original, paragraph: local, pairs: pairs)
            for i in local where settled.text[i] != original[i] {
                let offset = windowStart + i
                let partner = settled.partners[i].map { original[$0] } ?? original[i]
                let (open, close) = settled.opens[i] ? (original[i], partner) : (partner, original[i])
                findings.append(finding(offset..<(offset + 1),
                                        "The quotation opened by '\(open)' is closed by '\(close)', a mark of another style",
                                        confidence: 0.8,
                                        fixes: [Fix(offset..<(offset + 1), String(settled.text[i]), isSafe: true)]))
            }
            // Openers never closed, unless the quotation continues in the next paragraph.
            guard !settled.unclosed.isEmpty else { continue }
            var continues = false
            if p + 1 < document.paragraphs.count {
                let nextStart = document.lines[document.paragraphs[p + 1].lowerBound].range.lowerBound
                var k = nextStart
                while k < scalars.count, CharacterClass.isSpace(scalars[k]) { k += 1 }
                continues = k < scalars.count && UnbalancedQuotesRule.marks.contains(scalars[k])
            }
            if !continues {
                for open in settled.unclosed {
                    let offset = windowStart + open.offset
                    findings.append(finding(offset..<(offset + 1),
                                            "The quotation opened by '\(original[open.offset])' is never closed in this paragraph",
                                            confidence: 0.6))
                }
            }
        }
        return findings
    }

    /// Pairs the paragraph's marks, applies the mismatch fixes and pairs again until nothing is
    /// left to fix. Returns the settled text, for each rewritten mark whether it was an opener
    /// and the mark it was paired with, and the openers still unclosed. When the fixes do not
    /// settle, only the first round's are kept.
    func settle(_ original: [Unicode.Scalar], paragraph: Range<Int>,
                pairs: [(open: Unicode.Scalar, close: Unicode.Scalar)])
        -> (text: [Unicode.Scalar], opens: [Bool], partners: [Int?], unclosed: [Mark]) {
        var text = original
        var opens = [Bool](repeating: false, count: original.count)
        var partners = [Int?](repeating: nil, count: original.count)
        var firstRound: [Unicode.Scalar]? = nil
        for round in 0..<UnbalancedQuotesRule.maximumSettlingRounds {
            let (mismatches, unclosed) = pairMarks(text, paragraph: paragraph, pairs: pairs)
            if mismatches.isEmpty { return (text, opens, partners, unclosed) }
            for m in mismatches {
                if partners[m.rewrite] == nil {
                    opens[m.rewrite] = m.rewrite == m.open
                    partners[m.rewrite] = m.rewrite == m.open ? m.close : m.open
                }
                text[m.rewrite] = m.replacement
            }
            if round == 0 { firstRound = text }
        }
        // No fixed point: offer the first round's fixes only, as one pairing reports them.
        let text1 = firstRound ?? original
        let (_, unclosed) = pairMarks(original, paragraph: paragraph, pairs: pairs)
        return (text1, opens, partners.enumerated().map { text1[$0.offset] == original[$0.offset] ? nil : $0.element }, unclosed)
    }

    /// One pass of pairing over `paragraph` (local offsets into `text`): the closers of another
    /// style than their opener, and the openers left on the stack.
    func pairMarks(_ text: [Unicode.Scalar], paragraph: Range<Int>,
                   pairs: [(open: Unicode.Scalar, close: Unicode.Scalar)]) -> (mismatches: [Mismatch], unclosed: [Mark]) {
        let preferred = pairs[0]
        let straight = UnbalancedQuotesRule.straightQuote
        var stack: [Mark] = []
        var mismatches: [Mismatch] = []
        for i in paragraph {
            let s = text[i]
            guard s == straight || UnbalancedQuotesRule.isCurlyMark(s.value) else { continue }
            let before: Unicode.Scalar? = i > 0 ? text[i - 1] : nil
            let after: Unicode.Scalar? = i + 1 < text.count ? text[i + 1] : nil
            let spaceBefore = before.map { CharacterClass.isSpace($0) || CharacterClass.isNewline($0) || $0 == "(" || $0 == "[" } ?? true
            let wordAfter = after.map { CharacterClass.isLetter($0) || CharacterClass.isDigit($0) } ?? false
            let wordBefore = before.map { CharacterClass.isLetter($0) || CharacterClass.isDigit($0) || UnbalancedQuotesRule.isSentenceEnd($0) } ?? false
            let spaceOrPunctAfter = after.map { !CharacterClass.isLetter($0) && !CharacterClass.isDigit($0) } ?? true
            // A mark before a comma or a full stop ends a quotation, whatever its shape.
            // ("«..." opens a quotation that starts with an ellipsis).
            let ellipsisAfter = after == "." && i + 2 < text.count && text[i + 2] == "."
            let clausePunctuationAfter = !ellipsisAfter && (after.map { UnbalancedQuotesRule.isClausePunctuation($0) } ?? false)
            // A straight quote is a quotation mark only where its side shows (it is also the
            // inch sign, and a quote mentioned between spaces: « " »).
            if s == UnbalancedQuotesRule.straightQuote, !(spaceBefore && wordAfter), !(wordBefore && spaceOrPunctAfter) { continue }
            var opens: Bool
            if spaceBefore && wordAfter { opens = true }
            else if wordBefore && spaceOrPunctAfter || clausePunctuationAfter { opens = false }
            else if pairs.contains(where: { $0.open == s }) && !pairs.contains(where: { $0.close == s }) { opens = true }
            else if pairs.contains(where: { $0.close == s }) && !pairs.contains(where: { $0.open == s }) { opens = false }
            else { opens = UnbalancedQuotesRule.hasOpeningShape(s) }
            // German „…“: “ after a „ closes it even when it looks like an opener.
            if opens, let top = stack.last, UnbalancedQuotesRule.isNaturalPair(top.scalar, s),
               !(spaceBefore && wordAfter) {
                opens = false
            }
            if opens {
                stack.append(Mark(offset: i, scalar: s))
                continue
            }
            guard let open = stack.popLast() else { continue }
            if UnbalancedQuotesRule.isNaturalPair(open.scalar, s) { continue }
            if open.scalar == straight || s == straight {
                // A straight quote against a guillemet or low quote: the straight one sets the style.
                if open.scalar == straight {
                    mismatches.append(Mismatch(open: open.offset, close: i, rewrite: i, replacement: straight))
                } else {
                    mismatches.append(Mismatch(open: open.offset, close: i, rewrite: open.offset, replacement: straight))
                }
            } else if open.scalar == preferred.open || s != preferred.close {
                // Keep the opener; close it with its partner.
                let right = pairs.first { $0.open == open.scalar }?.close ?? preferred.close
                mismatches.append(Mismatch(open: open.offset, close: i, rewrite: i, replacement: right))
            } else {
                // The closer is the preferred style: fix the opener.
                mismatches.append(Mismatch(open: open.offset, close: i, rewrite: open.offset, replacement: preferred.open))
            }
        }
        return (mismatches, stack.filter { $0.scalar != straight })
    }
}
