/// Shared reading helpers for the article and pronoun rules (stray-article, doubled-article,
/// redundant-pronoun, wrong-pronoun): the word next to a token when only one space separates
/// them, what a word is in the language's closed classes, whether a sentence is set in title
/// case, and which tokens sit inside quotation marks.
struct ArticlePronounSupport {
    let context: RuleContext
    var document: Document { context.document }
    var profile: LanguageProfile { context.profile }

    init(_ context: RuleContext) { self.context = context }

    // MARK: - Neighbours

    /// The word directly before word `t`, separated by nothing but one run of horizontal space.
    func wordBefore(_ t: Int) -> Int? {
        guard t >= 2, document.tokens[t - 1].kind == .space, document.tokens[t - 2].kind == .word else { return nil }
        return t - 2
    }

    /// The word directly after word `t`: after one run of space, or glued to an elided form ("l’").
    func wordAfter(_ t: Int) -> Int? {
        let tokens = document.tokens
        if tokens[t].isElision {
            return t + 1 < tokens.count && tokens[t + 1].kind == .word ? t + 1 : nil
        }
        guard t + 2 < tokens.count, tokens[t + 1].kind == .space, tokens[t + 2].kind == .word else { return nil }
        return t + 2
    }

    /// The range of word `t` and the space that follows it (what deleting the word removes).
    func rangeWithFollowingSpace(_ t: Int) -> Range<Int> {
        let tokens = document.tokens
        let start = tokens[t].range.lowerBound
        if t + 1 < tokens.count, tokens[t + 1].kind == .space { return start..<tokens[t + 1].range.upperBound }
        return tokens[t].range
    }

    /// True when the name at `n` (after the capitalised article `article`) appears elsewhere in
    /// the document without that capitalised article before it ("o O Debian" in a text that also
    /// writes "do Debian"): the article is then no part of the name ("O Globo", "The Open Source
    /// Definition" always carry theirs).
    func nameSeenWithoutArticle(_ n: Int, article: Int) -> Bool {
        guard document.tokens[n].shape != .lower, !isFunctionWord(n) else { return false }
        let key = context.keyIDs[n], articleKey = context.keyIDs[article]
        for t in document.words where t != n && context.keyIDs[t] == key && document.tokens[t].shape != .lower {
            guard let w = wordBefore(t) else { return true }
            if context.keyIDs[w] == articleKey && document.tokens[w].shape != .lower { continue }
            return true
        }
        return false
    }

    // MARK: - Closed classes

    func readings(_ t: Int) -> [FunctionWord] { context.readings(t) }

    func isFunctionWord(_ t: Int) -> Bool { context.isFunctionWord(t) }

    /// True when word `t` can open a noun phrase or join clauses, so it cannot be a finite verb:
    /// articles, prepositions, conjunctions, determiners and contractions.
    func isNonVerbal(_ t: Int) -> Bool {
        let r = readings(t)
        guard !r.isEmpty else { return false }
        return r.allSatisfy {
            switch $0.wordClass {
            case .article, .preposition, .conjunction, .determiner, .contraction: return true
            default: return false
            }
        }
    }

    /// A word that can follow a subject pronoun: a verb, an auxiliary, a negation or a clitic.
    /// Open-class lowercase words count (most are verbs in that slot); closed-class words
    /// count only when one of their readings is a pronoun, adverb or auxiliary.
    func isVerbLike(_ t: Int) -> Bool {
        let token = document.tokens[t]
        guard token.kind == .word, token.shape == .lower else { return false }
        let r = readings(t)
        if r.isEmpty { return true }
        return r.contains { $0.wordClass == .auxiliary || $0.wordClass == .adverb || $0.wordClass == .pronoun }
    }

    /// A capitalised word that reads as a name or a noun: not a closed-class word, not a month
    /// or weekday.
    func isNameLike(_ t: Int) -> Bool {
        let token = document.tokens[t]
        guard token.kind == .word, token.shape == .capitalized || token.shape == .upper || token.shape == .mixed
        else { return false }
        let key = context.key(t)
        return !context.isFunctionWord(t) && profile.calendarWord(key) == nil
    }

    /// The first word of the capitalised name that ends at word `t` ("Corée du Nord" ends at
    /// "Nord" and starts at "Corée"), walking back over capitalised words and the short
    /// lowercase links names contain ("de", "du").
    func nameStart(endingAt t: Int) -> Int {
        var start = t
        var k = t
        while let w = wordBefore(k) {
            let token = document.tokens[w]
            if token.shape == .capitalized || token.shape == .upper {
                if isFunctionWord(w) { break }
                start = w
                k = w
            } else if token.shape == .lower, context.key(w).unicodeScalars.count <= 3,
                      readings(w).contains(where: { $0.wordClass == .preposition || $0.wordClass == .contraction }),
                      let before = wordBefore(w), isNameLike(before) {
                k = w
            } else {
                break
            }
        }
        return start
    }

    /// True when the word before the name starting at `start` is a preposition or contraction,
    /// so the name is a fronted complement ("À Paris il pleut") rather than the subject.
    func nameIsGoverned(startingAt start: Int) -> Bool {
        guard let w = wordBefore(start) else { return false }
        let r = readings(w)
        return r.contains { $0.wordClass == .preposition || $0.wordClass == .contraction }
    }

    // MARK: - Sentence shape

    /// True when most words of the sentence holding token `t` are capitalised although no
    /// capital is licensed there: a headline in title case, where capitals prove nothing.
    /// Languages that capitalise nouns never count as title case.
    func inTitleCaseSentence(_ t: Int) -> Bool {
        if profile.nounsCapitalized { return false }
        guard let sentence = sentence(holding: t) else { return false }
        var capitalized = 0, lower = 0
        for k in sentence.tokens where document.tokens[k].kind == .word {
            let token = document.tokens[k]
            if token.capitalIsLicensed || isFunctionWord(k) && token.shape == .lower { continue }
            if token.range.count < 3 { continue }
            switch token.shape {
            case .capitalized, .upper: capitalized += 1
            case .lower: lower += 1
            default: break
            }
        }
        return capitalized >= 3 && capitalized > lower
    }

    /// The sentence holding token `t` (binary search: sentences are in text order).
    func sentence(holding t: Int) -> Sentence? {
        let sentences = document.sentences
        var lo = 0, hi = sentences.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if sentences[mid].tokens.upperBound <= t { lo = mid + 1 } else { hi = mid }
        }
        guard lo < sentences.count, sentences[lo].tokens.contains(t) else { return nil }
        return sentences[lo]
    }

    // MARK: - Quotations

    /// For each token, true when it lies inside quotation marks of the paragraph. Quote state
    /// resets at every blank line so one unbalanced mark cannot swallow the rest of the text.
    func quotedTokens() -> [Bool] {
        var openers = Set<UInt32>([0xAB, 0x201C, 0x201E, 0x2039])
        var closers = Set<UInt32>([0xBB, 0x201D, 0x203A])
        for pair in profile.quotePairs where pair.open != pair.close {
            // German „…“: the English opening mark closes.
            openers.insert(pair.open.value)
            closers.insert(pair.close.value)
            if pair.close.value == 0x201C { openers.remove(0x201C) }
        }
        let tokens = document.tokens
        var quoted = [Bool](repeating: false, count: tokens.count)
        var depth = 0
        var straight = false
        var previousNewline = false
        for t in tokens.indices {
            let token = tokens[t]
            switch token.kind {
            case .newline:
                if previousNewline { depth = 0; straight = false }
                previousNewline = true
                continue
            case .space:
                quoted[t] = depth > 0 || straight
                continue
            case .punctuation:
                let v = document.scalars[token.range.lowerBound].value
                if v == 0x22 {
                    straight.toggle()
                } else if openers.contains(v) {
                    depth = min(depth + 1, 4)
                } else if closers.contains(v) {
                    depth = max(depth - 1, 0)
                }
            default:
                break
            }
            previousNewline = false
            quoted[t] = depth > 0 || straight
        }
        return quoted
    }
}
