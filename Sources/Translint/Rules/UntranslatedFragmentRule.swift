/// Finds text left in another language: MT systems skip what they take for a name, a link text
/// or a quotation, and some pipelines pass through whole paragraphs they failed to translate, so
/// a Spanish paragraph stays in French copy, an English sentence in Spanish copy, or a run like
/// "del Gobierno" / "of the" sits inside otherwise translated text.
///
/// Two passes, both report-only (a translation cannot be guessed):
/// 1. Paragraphs and sentences: `LanguageIdentifier` scores each paragraph, then each sentence
///    of a paragraph in the document's language; a unit of ≥ 8 known words whose best language
///    beats the document's language by ≥ 3 log10 units (a thousand times likelier) is reported
///    once; adjacent foreign sentences of one language are reported together.
/// 2. Short runs: adjacent words (spaces only between them) that lean to one other language,
///    anchored on a lowercase function word of that language that the document's language does
///    not use ("del", "los", "the", "of", "que"), and supported by at least one more foreign word
///    (another such function word, a common word of that language, or a lowercase word the
///    document's lexicon does not know). Capitalised function words ("Los Angeles",
///    "El Salvador", "La Paz", "Del Monte") never anchor; runs glued to a preceding name
///    ("Museo del Prado"), inside quotes or brackets (cited titles, glosses), or touching code
///    punctuation are left alone, and a single foreign word never triggers.
///
/// Quotations: a paragraph or sentence whose foreign words all sit inside quotation marks, in a
/// paragraph whose words outside them are in the document's language, is quoted speech («We have
/// heard so much about Coura», disse a artista), which news copy keeps as said; it is not reported.
public struct UntranslatedFragmentRule: Rule {
    public init() {}

    /// Minimum number of known words for the paragraph/sentence pass.
    static let minimumWords = 8
    /// log10 margin of the foreign language over the document's language (unit pass).
    static let minimumMargin = 3.0
    /// Shorter units (5–7 known words, e.g. a paragraph full of names and numbers) need an
    /// overwhelming margin.
    static let minimumShortWords = 5
    static let minimumShortMargin = 8.0
    /// Points a run needs (anchor 2, common word of the other language 1, or 2 when lowercase and clear).
    static let minimumRunPoints = 3

    public func findings(in context: RuleContext) -> [Finding] {
        let document = context.document
        let target = document.language
        let identifier = LanguageIdentifier.forResources(context.resources)
        var findings: [Finding] = []
        /// Token ranges already reported by the unit pass.
        var covered: [Range<Int>] = []
        var sentenceIndex = 0
        let sentences = document.sentences

        let rows = identifier.keyRows(for: context)
        var sums = [Double](repeating: 0, count: LanguageIdentifier.languageCount)
        for paragraph in identifier.identifyParagraphs(context: context) {
            let guess = paragraph.guess
            let quotation = QuotedSpans(paragraph.tokens, in: document)
            /// A foreign unit that is a quotation attributed in the document's language.
            func isAttributedQuotation(_ unit: Range<Int>) -> Bool {
                guard !quotation.spans.isEmpty,
                      attributedInTarget(paragraph.tokens, quotation, identifier, context, rows) else { return false }
                return foreign(outside(unit, quotation, identifier, context, rows), target: target) == nil
            }
            if let source = foreign(guess, target: target), !isAttributedQuotation(paragraph.tokens) {
                let range = trimmed(paragraph.tokens, in: document)
                if !range.isEmpty {
                    findings.append(unitFinding(range, source: source, target: target, guess: guess,
                                                unit: "Paragraph", document: document))
                    covered.append(range)
                }
                while sentenceIndex < sentences.count,
                      sentences[sentenceIndex].tokens.lowerBound < paragraph.tokens.upperBound { sentenceIndex += 1 }
                continue
            }
            // Sentences of this paragraph.
            var pending: (tokens: Range<Int>, source: Language, guess: LanguageIdentifier.Guess)? = nil
            func flush() {
                if let p = pending {
                    findings.append(unitFinding(p.tokens, source: p.source, target: target, guess: p.guess,
                                                unit: "Sentence", document: document))
                    covered.append(p.tokens)
                }
                pending = nil
            }
            while sentenceIndex < sentences.count,
                  sentences[sentenceIndex].tokens.lowerBound < paragraph.tokens.upperBound {
                let sentence = sentences[sentenceIndex]
                sentenceIndex += 1
                guard sentence.tokens.lowerBound >= paragraph.tokens.lowerBound else { continue }
                // Most sentences are not foreign: their sums go into one reused array, and a
                // `Guess` is made only for a foreign one.
                for l in sums.indices { sums[l] = 0 }
                let evidence = identifier.addScores(context: context, tokens: sentence.tokens, rows: rows, to: &sums)
                if let source = foreign(sums, evidence: evidence, target: target), !isAttributedQuotation(sentence.tokens) {
                    if let p = pending, p.source == source {
                        let merged = p.tokens.lowerBound..<sentence.tokens.upperBound
                        pending = (merged, source, identifier.identify(context: context, tokens: merged, rows: rows))
                    } else {
                        flush()
                        pending = (sentence.tokens, source, LanguageIdentifier.guess(sums, evidence: evidence))
                    }
                } else {
                    flush()
                }
            }
            flush()
        }

        findings.append(contentsOf: runFindings(context, identifier: identifier, rows: rows, covered: covered))
        return findings
    }

    /// The foreign language of a unit, when the evidence is clear.
    private func foreign(_ guess: LanguageIdentifier.Guess, target: Language) -> Language? {
        guard guess.language != target, guess.evidence >= Self.minimumShortWords else { return nil }
        let margin = guess.score(guess.language) - guess.score(target)
        let needed = guess.evidence >= Self.minimumWords ? Self.minimumMargin : Self.minimumShortMargin
        return margin >= needed ? guess.language : nil
    }

    /// `foreign(_:target:)` for a unit's raw scores (model order) and evidence, without a `Guess`.
    private func foreign(_ scores: [Double], evidence: Int, target: Language) -> Language? {
        guard evidence >= Self.minimumShortWords else { return nil }
        var best = 0
        for l in 1..<scores.count where scores[l] > scores[best] { best = l }
        let language = LanguageIdentifier.languages[best]
        guard language != target else { return nil }
        let margin = scores[best] - scores[LanguageIdentifier.index(target)]
        let needed = evidence >= Self.minimumWords ? Self.minimumMargin : Self.minimumShortMargin
        return margin >= needed ? language : nil
    }

    // MARK: - Quotations

    /// The quoted token ranges of a paragraph: journalists quote foreign speech as said
    /// («I made it with fishermen», ha detto l’artista in inglese), so a unit whose foreign words
    /// all sit inside quotation marks, in a paragraph whose own words outside them are in the
    /// document's language, is a quotation, not a sentence the MT left untranslated.
    struct QuotedSpans {
        var spans: [Range<Int>] = []

        init(_ tokens: Range<Int>, in document: Document) {
            var open: Int? = nil
            for t in tokens where document.tokens[t].kind == .punctuation {
                guard let s = document.scalars[safe: document.tokens[t].range.lowerBound] else { continue }
                switch s {
                case "«", "»", "“", "”", "„", "\"", "‹", "›":
                    if let o = open { spans.append(o..<(t + 1)); open = nil } else { open = t }
                default: break
                }
            }
            // An unclosed quote proves nothing: leave the rest of the paragraph unquoted.
        }

        /// The parts of `unit` outside every span.
        func outside(_ unit: Range<Int>) -> [Range<Int>] {
            var parts: [Range<Int>] = []
            var lo = unit.lowerBound
            for span in spans where span.overlaps(unit) {
                if span.lowerBound > lo { parts.append(lo..<span.lowerBound) }
                lo = max(lo, span.upperBound)
            }
            if lo < unit.upperBound { parts.append(lo..<unit.upperBound) }
            return parts
        }
    }

    /// Known words a paragraph needs outside its quotations to count as attributed.
    static let minimumAttributionWords = 3

    /// The guess for the words of `unit` outside the quotations.
    private func outside(_ unit: Range<Int>, _ quotation: QuotedSpans, _ identifier: LanguageIdentifier,
                         _ context: RuleContext, _ rows: LanguageIdentifier.KeyRows) -> LanguageIdentifier.Guess {
        var scores = [Double](repeating: 0, count: LanguageIdentifier.languageCount)
        var evidence = 0
        for part in quotation.outside(unit) {
            let g = identifier.identify(context: context, tokens: part, rows: rows)
            for l in scores.indices { scores[l] += g.values[l] }
            evidence += g.evidence
        }
        return LanguageIdentifier.guess(scores, evidence: evidence)
    }

    /// True when the paragraph's words outside its quotations are in the document's language.
    private func attributedInTarget(_ paragraph: Range<Int>, _ quotation: QuotedSpans,
                                    _ identifier: LanguageIdentifier, _ context: RuleContext,
                                    _ rows: LanguageIdentifier.KeyRows) -> Bool {
        let g = outside(paragraph, quotation, identifier, context, rows)
        return g.evidence >= Self.minimumAttributionWords && g.language == context.document.language
    }

    /// A token range without leading/trailing space and newline tokens.
    private func trimmed(_ tokens: Range<Int>, in document: Document) -> Range<Int> {
        var lo = tokens.lowerBound, hi = tokens.upperBound
        while lo < hi, document.tokens[lo].kind == .space || document.tokens[lo].kind == .newline { lo += 1 }
        while hi > lo, document.tokens[hi - 1].kind == .space || document.tokens[hi - 1].kind == .newline { hi -= 1 }
        return lo..<hi
    }

    private func unitFinding(_ tokens: Range<Int>, source: Language, target: Language,
                             guess: LanguageIdentifier.Guess, unit: String, document: Document) -> Finding {
        let range = document.tokens[tokens.lowerBound].range.lowerBound..<document.tokens[tokens.upperBound - 1].range.upperBound
        let margin = guess.score(source) - guess.score(target)
        let confidence = min(0.95, 0.55 + 0.04 * margin + 0.005 * Double(guess.evidence))
        return finding(range, "\(unit) in \(source.englishName) inside \(target.englishName) text: probably left untranslated",
                       confidence: confidence)
    }

    /// Latin and loan phrases every one of the six languages writes as is.
    static let loanPhrases: [String] = [
        "per se", "de facto", "de jure", "a priori", "a posteriori", "ad hoc", "vice versa", "in situ",
        "in vitro", "in vivo", "per capita", "pro forma", "sui generis", "status quo", "et al", "a la carte",
        "de luxe", "ad interim", "bona fide", "mea culpa", "modus operandi", "post mortem", "pro bono",
        "but not least",
    ]

    /// `loanPhrases` as bytes, for `containsLoanPhrase`.
    static let loanPhraseBytes: [[UInt8]] = loanPhrases.map { Array($0.utf8) }

    /// Whether `phrase` contains a loan phrase, as `String.contains` (Foundation's canonical
    /// search) answers. The loan phrases are ASCII, and only their own bytes are canonically
    /// equivalent to them, so a phrase whose bytes hold none of them contains none: the slow
    /// search runs only to confirm a byte match.
    static func containsLoanPhrase(_ phrase: String) -> Bool {
        var phrase = phrase
        let byteMatch = phrase.withUTF8 { bytes in
            loanPhraseBytes.contains { loan in
                guard bytes.count >= loan.count else { return false }
                for start in 0...(bytes.count - loan.count) where bytes[start] == loan[0] {
                    var i = 1
                    while i < loan.count, bytes[start + i] == loan[i] { i += 1 }
                    if i == loan.count { return true }
                }
                return false
            }
        }
        return byteMatch && loanPhrases.contains(where: { phrase.contains($0) })
    }

    /// True when token `t` is punctuation typical of code, paths or markup.
    static func touchesCode(_ t: Int, _ document: Document) -> Bool {
        guard t >= 0, t < document.tokens.count, document.tokens[t].kind == .punctuation,
              let s = document.scalars[safe: document.tokens[t].range.lowerBound] else { return false }
        switch s {
        case "/", "\\", "_", "=", "`", "$", "@", "<", ">", "{", "}", "[", "]", "|", "#", "~", "*": return true
        default: return false
        }
    }
}

extension Array {
    /// The element at `index`, nil when out of bounds.
    subscript(safe index: Int) -> Element? {
        index >= 0 && index < count ? self[index] : nil
    }
}
