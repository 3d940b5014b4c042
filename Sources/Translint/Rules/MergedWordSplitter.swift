/// One way to cut a glued token in two, with the evidence for it.
struct MergedWordSplit: Sendable {
    enum Kind: Sendable {
        /// Head + function word: "Bamakola" → "Bamako la".
        case functionTail
        /// Capitalised head + content word: "Kyivinsisted" → "Kyiv insisted".
        case contentTail
        /// Unknown name + a word of this document: "Haejinporte-parole" → "Haejin porte-parole".
        case documentTail
        /// Function word + word: "etle" → "et le", "decette" → "de cette".
        case functionHead
    }

    var kind: Kind
    /// Scalar offset inside the token where the space goes.
    var offset: Int
    var head: String
    var tail: String
    var headInDocument: Bool
    var tailInDocument: Bool
    var headInGazetteer: Bool
    var wholeIsListed: Bool
    /// The head stands where a surname does (after a capitalised word) and the tail ends almost
    /// no listed word: "Anand Venkataramansaid".
    var inNameSlot = false
    /// Plausibility of the two halves, used to choose between split points.
    var score: Double
    var confidence: Double
    var isSafe: Bool
    /// The split reads well but its tail is also a common ending after this head, so it
    /// cannot show a merge on its own; it can still be the best place for the space when
    /// another split shows the merge ("sistemase": "sistemas e" shows it, "sistema se" fixes it).
    var isBlocked = false
}

/// Finds the best split of a word token that looks like two words whose space was lost.
///
/// Decides from three kinds of evidence, in order of strength: the document itself (the head
/// or the tail occurs elsewhere as a word of its own), the language's closed-class words (the
/// tail is an article, preposition, conjunction or pronoun) and the frequency lexicon (both
/// halves are frequent, the whole is unlisted). Only tokens that are unlisted or very rare and
/// occur once in the document are considered, so real words, including rare names, stay
/// untouched unless a split is overwhelmingly better. Linear in the token's length per token.
struct MergedWordSplitter {
    let context: RuleContext
    let tails: MergedWordTails

    /// Whole tokens (or hyphen parts) at least this frequent are words, not merges.
    static let rareWhole = 2.0

    /// A junction (the head's last letters + the tail) that no listed word ends in shows a
    /// merge when at least this many words end like the head; one that up to `strayJunctions`
    /// words end in, when `junctionRatio` times as many end like the head. Measured on the
    /// synthetic corpora of every language against the clean corpora (Corpora/negative).
    static let junctionBase = 30
    static let strayJunctions = 3
    static let junctionRatio = 150

    /// A tail that ends at most this many words listed at zipf 2 or more is no chance ending of a
    /// name ("said": 4, "segretario": 2, "lors": 5; "son", "man", "berg", "ante": hundreds).
    static let rareEndingTail = 5
    /// A content tail in a name slot is a frequent word: about once in 10,000 words or more.
    static let nameSlotTailZipf = 4.0
    /// A head this frequent is a common word, the first half of a compound surname.
    static let commonWordZipf = 4.5

    init(context: RuleContext) {
        self.context = context
        self.tails = MergedWordTails(profile: context.profile)
    }

    func bestSplit(_ t: Int) -> MergedWordSplit? {
        let document = context.document
        let token = document.tokens[t]
        guard token.kind == .word, !token.isElision else { return nil }
        if token.shape == .mixed { return acronymSplit(t) }
        guard token.shape == .lower || token.shape == .capitalized else { return nil }
        let count = token.range.count
        guard count >= 3, count <= 48 else { return nil }
        if context.foldedCount(t) >= 2 { return nil }
        if isInsideIdentifier(t) { return nil }
        // Only a capitalised word can take a content tail; every function-word tail needs a
        // word or the end of a clause after the token.
        let governs = isFollowedByWord(t) || isFollowedByEnd(t)
        if !governs, token.shape != .capitalized { return nil }
        let scalars = Array(document.scalars[token.range])
        var firstHyphen: Int? = nil, lastHyphen: Int? = nil
        for (k, s) in scalars.enumerated() {
            // An ASCII letter, most scalars, is no digit, apostrophe or hyphen.
            if s.value < 0x80, (s.value | 0x20) &- 0x61 < 26 { continue }
            if CharacterClass.isDigit(s) || CharacterClass.isApostrophe(s) { return nil }
            if CharacterClass.isWordHyphen(s) {
                if firstHyphen == nil { firstHyphen = k }
                lastHyphen = k
            }
        }
        let hyphenated = firstHyphen != nil

        // The whole word, or the parts before its first and after its last hyphen: two at most,
        // kept in a pair rather than an array allocated per word.
        var regions: (Range<Int>?, Range<Int>?) = (nil, nil)
        if let first = firstHyphen, let last = lastHyphen {
            regions.0 = 0..<first
            if last + 1 < count { regions.1 = last + 1..<count }
        } else {
            guard context.zipfs[t] < Self.rareWhole else { return nil }
            regions.0 = 0..<count
        }

        let keys = TokenKeys(scalars)
        var best: MergedWordSplit? = nil
        var bestOverall: MergedWordSplit? = nil
        for which in 0..<2 {
            guard let region = which == 0 ? regions.0 : regions.1,
                  region.count >= (hyphenated ? 4 : 3) else { continue }
            let regionKey = keys.key(region)
            let wholeZipf = hyphenated ? context.lexicon.zipf(folded: regionKey) : context.zipfs[t]
            guard wholeZipf < Self.rareWhole else { continue }
            if hyphenated, context.foldedCount(of: regionKey) >= 2 { continue }
            // Heads have two letters or more, except a non-ASCII one-letter function word ("à").
            let romanceOneLetter = switch document.language {
            case .es, .it, .pt: true
            default: false
            }
            let oneLetter = scalars[region.lowerBound].value >= 0x80 || romanceOneLetter
            let firstOffset = region.lowerBound + (oneLetter ? 1 : 2)
            for offset in firstOffset..<region.upperBound {
                guard !Self.isMark(scalars[offset]) else { continue }
                // Cheap screen: a function-word tail or head is short; a content tail needs a
                // capitalised head.
                let tailLength = region.upperBound - offset, headLength = offset - region.lowerBound
                guard tailLength <= MergedWordTails.maxLength
                        || (region.lowerBound == 0 && headLength <= MergedWordTails.maxLength)
                        || (token.shape == .capitalized && CharacterClass.isUppercase(scalars[region.lowerBound]))
                else { continue }
                guard let split = evaluate(t, keys: keys, region: region, offset: offset,
                                           wholeZipf: wholeZipf, governs: governs) else { continue }
                if !split.isBlocked, split.score > (best?.score ?? -1) { best = split }
                if split.score > (bestOverall?.score ?? -1) { bestOverall = split }
            }
        }
        guard var found = best else { return nil }
        if let other = bestOverall, other.isBlocked, other.score > found.score + 0.5 {
            // Another split point explains the same merge better: use its space, keep the evidence.
            found.offset = other.offset
            found.head = other.head
            found.tail = other.tail
            found.confidence -= 0.05
            found.isSafe = found.isSafe && found.confidence >= 0.8
        }
        return found
    }

    // MARK: - One split point

    /// `governs`: the token is followed by a word or ends a clause (`isFollowedByWord`,
    /// `isFollowedByEnd`), which every function-word split needs.
    private func evaluate(_ t: Int, keys: TokenKeys, region: Range<Int>, offset: Int,
                          wholeZipf: Double, governs: Bool) -> MergedWordSplit? {
        let language = context.document.language
        let token = context.document.tokens[t]
        let scalars = keys.scalars
        let headLength = offset - region.lowerBound
        let tailLength = region.upperBound - offset
        let tailRunsOn = region.upperBound < scalars.count  // the tail continues past a hyphen
        // Every split below that does without a function-word tail needs a capitalised word (a
        // name or a German noun) and a tail of four letters or more: say no before the lookups.
        // Junk text of long unknown words tries thousands of splits.
        let contentTailFits = token.shape == .capitalized && tailLength >= 4
        if tailRunsOn || !governs, !contentTailFits { return nil }
        let tailIsFunction = keys.isTail(offset..<region.upperBound, tails)
        if !tailIsFunction, !contentTailFits { return nil }
        // A function-word tail governs the word after it or ends the clause (a token fact,
        // `governs`); a function word cut short by a hyphen is no tail.
        if tailIsFunction, tailRunsOn || !governs { return nil }
        // A content tail needs an unlisted whole, a head of three letters or more starting the
        // region with a capital, and a tail that is frequent or a word of this document: asked
        // on the tail's bytes, before the head's lookups.
        if !tailIsFunction {
            guard wholeZipf <= 0, headLength >= 3,
                  region.lowerBound == 0 || CharacterClass.isUppercase(scalars[region.lowerBound]) else { return nil }
        }
        let tailZipf = keys.zipf(offset..<region.upperBound, context.lexicon)
        let tailPiece = keys.key(offset..<region.upperBound)
        let tailFull = tailRunsOn ? keys.key(offset..<scalars.count) : tailPiece
        // Asked only where needed: most function-word splits fail before.
        lazy var tailDocument = context.foldedCount(of: tailFull) >= 1
        if !tailIsFunction, tailZipf < 3.0, !(tailDocument && (tailRunsOn || tailLength >= 5)) { return nil }

        let headPiece = keys.key(region.lowerBound..<offset)
        let headZipf = keys.zipf(region.lowerBound..<offset, context.lexicon)
        // A capital at a sentence start on a frequent word ("Notareche", "Créerdes") says
        // nothing about a name: treat the head as the common word it is.
        let sentenceCapital = token.capitalIsLicensed && language != .de && headZipf >= 3.0
        let headIsCapitalized = region.lowerBound == 0 && token.shape == .capitalized && !sentenceCapital
        let headFull = region.lowerBound > 0 ? keys.key(0..<offset) : headPiece

        let headDocument = context.foldedCount(of: headPiece) >= 1
            || (region.lowerBound > 0 && context.foldedCount(of: headFull) >= 1)
        let headGazetteer = headIsCapitalized && headLength >= 3
            && context.profile.gazetteerHasName(startingWith: headPiece)
        let wholeListed = wholeZipf > 0
        // A capitalised name part (the word, or the part after its last hyphen) right after a
        // capitalised word stands where a surname does: "Anand Venkataraman…", "Graça
        // Meireles-Tavares…". Not in German, which capitalises every noun. A head that is a very
        // frequent word makes a compound surname ("Lovelady", "Goodyear", "Fairweather").
        let capitalSlot = token.shape == .capitalized && !wholeListed && !tailRunsOn
            && headLength >= 4 && headZipf < Self.commonWordZipf && CharacterClass.isUppercase(scalars[region.lowerBound])
            && (region.lowerBound > 0 || !sentenceCapital) && followsCapitalizedWord(t)
        let nameSlot = capitalSlot && language != .de

        // German writes every noun with a capital, so there a capital is no sign of a name.
        let regionCapital = CharacterClass.isUppercase(scalars[region.lowerBound])
        // So is the capital after a hyphen ("CD-ROM-Laufwerk"), and a compound is a noun
        // even when the list lacks it ("Fenstermanager").
        let nounCapital = language == .de && (headIsCapitalized || regionCapital)
            && (headZipf >= 2.5 || isGermanCompound(headPiece))
        // The dearest evidence (lexicon endings), so asked last and only when a frequent head
        // or an accepted split needs it: junk heads never get that far.
        lazy var closed = headLength >= 4 && !tailRunsOn && (!headIsCapitalized || nounCapital) && tailIsFunction
            && (isClosedForm(headPiece, tail: tailPiece, language)
                || (!wholeListed && (!regionCapital || nounCapital)
                    && isEvidentJunction(t, head: headPiece, tail: tailPiece, whole: keys.key(region))))
        // A listed head that cannot take the tail as an ending needs less frequency.
        // A tail that never ends a word ("avec", "dans", "pour") after a listed head of five
        // letters or more, the whole unlisted: "véloceavec", "retaillagedans".
        let plainTail = !tailRunsOn && tailLength >= 2 && tailIsFunction
            && !tails.isStrongSuffix(tailPiece) && !tails.isWeakSuffix(tailPiece)
        // Long words are rarer in frequency lists: a listed one of eight letters or more is a word
        // at a lower frequency ("inicializar" + "el", "cableada" + "para").
        let headListedStrong = (headLength >= 5 && headZipf >= (headLength >= 8 ? 1.5 : 2.0) && closed)
            || (plainTail && !wholeListed && headLength >= 5
                && headZipf >= (headIsCapitalized && language != .de ? 2.5 : 2.0))
            || (headDocument && headLength >= 3)
            || headZipf >= (headLength <= 3 ? 4.5 : headIsCapitalized ? 3.5 : 3.0)
            || headGazetteer
            || (language == .de && isGermanCompound(headPiece))
        // A listed name joined by a conjunction to a capitalised word, which needs the tail:
        // "Renneset Brest", "Zaragozaand Murcia". Not in German, which capitalises every noun.
        let coordinatedName = headIsCapitalized && !wholeListed && language != .de && headLength >= 4
            && headZipf >= 2.0 && tails.isConjunction(tailPiece) && isFollowedByCapitalizedWord(t)
        // A surname before a function word that ends almost no word ("Hendrik Vanderstraetenlors").
        // In German, where any noun takes the slot, only before one that ends no other listed
        // word, so no compound ends in it ("Mamadou Diallo-Ndiayesowie").
        let nameSlotFunction = capitalSlot && plainTail && tailLength >= 3
            && endsFewWords(tailPiece, atMost: language == .de ? 0 : Self.rareEndingTail)
        let headStrong = headListedStrong || coordinatedName || nameSlotFunction
        var usedNameSlot = false

        var kind: MergedWordSplit.Kind
        var confidence: Double
        var tailScore: Double
        if region.lowerBound == 0, !tailRunsOn, keys.isTail(region.lowerBound..<offset, tails) {  // `tails.isHead`
            // Function word + function word: "etle", "decette", "dansla". A capital is only
            // expected at a sentence start; elsewhere it marks a name ("Lesser").
            guard isFollowedByWord(t), token.shape == .lower || token.capitalIsLicensed else { return nil }
            // "a" + "questi", "y" + "para": a one-letter ASCII head needs a longer, unlisted whole.
            if headLength == 1, scalars[0].isASCII, wholeListed || tailLength < 3 { return nil }
            // A content word after a function word is too often a prefixed word ("decrecía",
            // "unstable", "associável"): only two function words are trusted.
            guard tailIsFunction else { return nil }
            kind = .functionHead
            confidence = 0.86
            tailScore = max(tailZipf, tailDocument ? 3.5 : 0) + (tailDocument ? 1 : 0)
            let safe = confidence >= 0.8
            return MergedWordSplit(kind: kind, offset: offset,
                                   head: Self.string(scalars[0..<offset]),
                                   tail: Self.string(scalars[offset..<scalars.count]),
                                   headInDocument: false, tailInDocument: tailDocument,
                                   headInGazetteer: false, wholeIsListed: wholeListed,
                                   score: max(headZipf, 5) + tailScore, confidence: confidence, isSafe: safe)
        }
        guard headLength >= 3 else { return nil }
        if !tailRunsOn, tailIsFunction {
            // Head + function word.
            // A German particle ends a clause ("Das sieht gut aus."), so it may end one after a
            // noun that takes no ending ("… den Fenstermanagerauf.").
            guard headStrong, isFollowedByWord(t) || (tails.isOpenEnded(tailPiece) && isFollowedByEnd(t))
                    || (closed && tails.isSeparable(tailPiece) && isFollowedByEnd(t))
            else { return nil }
            // A capitalised head is a name: names end in anything, so an ending-like tail needs
            // the name attested elsewhere. A lowercase head needs a form that takes no ending.
            // (A gazetteer name is no help here: "Africa" + "in", "Timor" + "ese" are its derivatives.)
            // So is a single-word place the gazetteer lists, when the whole is no listed
            // derivative ("Malteont"; "Africain" is listed), and a name joined by a conjunction to
            // a capitalised word ("Renneset Brest", "Zaragozaand Murcia").
            let nameAttested = headDocument || coordinatedName
                || (headIsCapitalized && !wholeListed && language != .de && headLength >= 4 && isGazetteerName(headPiece))
            // A conjunction is no inflection: after a frequent word that takes no capital of a
            // name, glued to an unlisted whole, it starts the next phrase ("idiomay", "hardwarey").
            let coordinated = !wholeListed && tails.isConjunction(tailPiece)
                && (token.shape == .lower || nounCapital) && headLength >= 3
                && headZipf >= (headLength == 3 ? 4.5 : 3.5)
                // An infinitive + one letter is more often a dropped clitic ("comprobaro" for
                // "comprobarlo"); Spanish writes "e", "u" only before an "i"-, "o"-sound.
                && !(tailLength == 1 && Self.isVerbStem(headPiece, language))
                && isConjunctionForm(t, tail: tailPiece)
            var blocked = false
            if coordinated {
                blocked = false
            } else if tails.isStrongSuffix(tailPiece) {
                // English has almost no inflection left, so a very frequent head glued to an
                // unlisted whole ("packagein", "consideran") is a merge, not a rare word.
                let englishFrequentHead = language == .en && !headIsCapitalized && headZipf >= 4.0
                    && headLength >= 5 && tailLength >= 2 && !wholeListed
                blocked = englishFrequentHead ? false
                    : nounCapital ? !closed
                    : headIsCapitalized ? !nameAttested || (language == .de && !closed) : !closed
            } else if tails.isWeakSuffix(tailPiece) {
                // A frequent lowercase head glued to an unlisted whole ("sauvegardedes") is a
                // merge more often than a rare inflection.
                // So is a frequent German noun ("Konfigurationeine").
                let frequentHead = headZipf >= 3.0 && headLength >= 5 && !wholeListed
                    && (token.shape == .lower || nounCapital)
                blocked = headIsCapitalized && !nounCapital ? !nameAttested
                    : !closed && !frequentHead && (headZipf < 4 || (headLength < 4 && headZipf < 5))
            }
            if blocked {
                let score = max(headZipf, headDocument ? 3.5 : 0) + (headDocument ? 1 : 0) + max(tailZipf, 5)
                return MergedWordSplit(kind: .functionTail, offset: offset,
                                       head: Self.string(scalars[0..<offset]),
                                       tail: Self.string(scalars[offset..<scalars.count]),
                                       headInDocument: headDocument, tailInDocument: false,
                                       headInGazetteer: headGazetteer, wholeIsListed: wholeListed,
                                       score: score, confidence: 0, isSafe: false, isBlocked: true)
            }
            if tailLength == 1, !(headDocument || headGazetteer || coordinated
                                  || headZipf >= (closed ? 2.5 : 4.0)) { return nil }
            if wholeListed, !(headDocument || headZipf >= 4.5) { return nil }
            // An infinitive or gerund takes the clitic, unless the document writes the same
            // article before the next word elsewhere ("reiniciarla máquina", "la máquina").
            if tails.isClitic(tailPiece), !headIsCapitalized, Self.isVerbStem(headPiece, language),
               !(!wholeListed && language != .de && articleBigramRecurs(t, tail: tailPiece)) {
                return nil
            }
            kind = .functionTail
            confidence = 0.7
            usedNameSlot = !headListedStrong && !coordinatedName
            if headDocument { confidence += 0.12 }
            if headZipf >= 4.5 || headGazetteer { confidence += 0.06 }
            if !wholeListed { confidence += 0.04 }
            if tailLength == 1 { confidence -= 0.05 }
            tailScore = max(tailZipf, 5)
        } else if headIsCapitalized, !wholeListed, tailLength >= (language == .de ? 4 : 5), !tailIsFunction {
            let tailKnown = tailRunsOn ? tailDocument
                : (tailZipf >= 3.0 || (tailDocument && tailLength >= 5))
            guard tailKnown else { return nil }
            let lowercaseTail = context.lowercaseCount(of: tailFull) >= 1
                && context.capitalizedCount(of: tailFull) == 0
            // German writes every noun with a capital, so a compound's second element never
            // occurs in lowercase on its own; a glued verb or adjective does ("Beispielmuss").
            if language == .de, !((lowercaseTail || Self.isGermanVerbForm(tailPiece)) && tailZipf >= 3.0
                                  && (headDocument || headZipf >= 3.5)) {
                return nil
            }
            let headEvidenced = (headDocument && headLength >= 4) || headGazetteer
                || (language == .de && headZipf >= 3.5)
            if headEvidenced {
                kind = .contentTail
                confidence = 0.6 + (headDocument ? 0.12 : 0) + (tailDocument ? 0.1 : 0) + (headGazetteer ? 0.05 : 0)
            } else if headZipf < 2, headLength >= 4, tailDocument, tailFull.unicodeScalars.count >= 6,
                      tailZipf >= 3.0, lowercaseTail {
                kind = .documentTail
                // A hyphenated compound written as-is elsewhere ("porte-parole") is strong
                // evidence: such a tail is no chance ending of a name.
                confidence = 0.62 + (tailRunsOn ? 0.1 : tailLength >= 8 ? 0.05 : 0)
            } else if nameSlotTail(t, tailPiece, tailZipf: tailZipf, tailLength: tailLength, nameSlot: nameSlot) {
                kind = .contentTail
                confidence = 0.6 + (tailDocument ? 0.1 : 0)
                usedNameSlot = true
            } else {
                return nil
            }
            tailScore = max(tailZipf, tailDocument ? 3.5 : 0) + (tailDocument ? 1 : 0)
        } else if nameSlotTail(t, tailPiece, tailZipf: tailZipf, tailLength: tailLength, nameSlot: nameSlot) {
            // A four-letter tail ("said") or the last part of a hyphenated name glued to a word
            // ("Meireles-Tavaresanunciou").
            kind = .contentTail
            confidence = 0.6 + (tailDocument ? 0.1 : 0)
            usedNameSlot = true
            tailScore = max(tailZipf, tailDocument ? 3.5 : 0) + (tailDocument ? 1 : 0)
        } else {
            return nil
        }

        let headScore = max(headZipf, headDocument ? 3.5 : 0, headGazetteer ? 4.0 : 0) + (headDocument ? 1 : 0)
        confidence = min(confidence, 0.95)
        let documentEvidence = headDocument || tailDocument
        let safe = kind == .functionTail ? confidence >= 0.8 : (documentEvidence && confidence >= 0.7)
        return MergedWordSplit(kind: kind, offset: offset,
                               head: Self.string(scalars[0..<offset]),
                               tail: Self.string(scalars[offset..<scalars.count]),
                               headInDocument: headDocument, tailInDocument: tailDocument,
                               headInGazetteer: headGazetteer, wholeIsListed: wholeListed,
                               inNameSlot: usedNameSlot,
                               score: headScore + tailScore, confidence: confidence, isSafe: safe)
    }

    /// A surname glued to the word after it: the head stands in a name slot and the tail is a
    /// frequent content word (zipf 4) of four letters or more that ends almost no listed word, so
    /// it is no chance ending of the name ("Venkataraman" + "said", "Pietrafesa" + "segretario";
    /// not "-son", "-man", "-berg", "-ante", which end hundreds, nor name parts such as "-meyer",
    /// "-dias", less frequent). The clause goes on in lowercase after it: a title-case phrase
    /// ("Open Systems Interconnection)") is no name slot; and a tail the English lexicon knows
    /// better is a borrowed word of a title ("Shortest", "Lightyear").
    private func nameSlotTail(_ t: Int, _ tail: String, tailZipf: Double, tailLength: Int, nameSlot: Bool) -> Bool {
        guard nameSlot, tailLength >= 4, tailZipf >= Self.nameSlotTailZipf, !tails.isTail(tail),
              isFollowedByLowercaseWord(t), endsFewWords(tail, atMost: Self.rareEndingTail) else { return false }
        if context.document.language != .en,
           context.resources.lexicon(for: .en).zipf(folded: tail) >= tailZipf { return false }
        return true
    }

    /// At most `limit` other listed words end in `tail`: measured on the lexicon.
    private func endsFewWords(_ tail: String, atMost limit: Int) -> Bool {
        let lexicon = context.lexicon
        let itself = lexicon.zipf(folded: tail) >= Lexicon.endingFloor ? 1 : 0
        return lexicon.wordsEnding(with: tail) - itself <= limit
    }

    /// A place or institution the gazetteer lists under this single word, by name or alias.
    private func isGazetteerName(_ key: String) -> Bool {
        context.profile.gazetteer.candidates(startingWith: key).contains { entry in
            entry.words == [key] || entry.aliases.contains { Gazetteer.words(of: $0) == [key] }
        }
    }

    /// A form that takes no further ending, so a function-word-like tail after it cannot be
    /// an inflection: a plural ("programas" + "en"), a participle or gerund ("basado" + "en",
    /// "mentioned" + "in"), or a Romance word stressed on a written accent near its end
    /// ("instalación" + "en", "configuração" + "de").
    private func isClosedForm(_ head: String, tail: String, _ language: Language) -> Bool {
        let lexicon = context.lexicon
        if head.hasSuffix("s") {
            let singular = String(head.dropLast())
            if lexicon.zipf(folded: singular) >= 3 { return true }
            if head.hasSuffix("es"), lexicon.zipf(folded: String(head.dropLast(2))) >= 3 { return true }
            if language == .en, head.hasSuffix("ies"), lexicon.zipf(folded: String(head.dropLast(3)) + "y") >= 3 {
                return true
            }
        }
        // An infinitive takes clitics (Romance) or future endings (French), nothing else:
        // "instalar" + "y", "démarrer" + "le", "ottenere" + "la" are merges.
        switch language {
        case .es, .pt:
            // Nouns in "-r" take feminine and plural endings ("señora", "autores"); in Portuguese
            // a masculine "-o" never follows an "-r" word ("ampliaro", "iniciaro" are merges;
            // Spanish typos such as "comprobaro" for "comprobarlo" are not, so Spanish keeps out).
            if head.hasSuffix("r"), !tails.isClitic(tail) || language == .pt && ["o", "os"].contains(tail),
               !["a", "e", "as", "es"].contains(tail), language == .pt || !["o", "os"].contains(tail) {
                return true
            }
            // An "-er"/"-ir" infinitive (its participle in "-ido" is listed) + "a" is no form:
            // the past subjunctive is "-iera" ("accediera"); "primer" + "a" has no such participle.
            if language == .es, tail == "a", head.hasSuffix("er") || head.hasSuffix("ir"),
               lexicon.zipf(folded: String(head.dropLast(2)) + "ido") >= 2 {
                return true
            }
            // No Spanish word ends in a consonant + "y" ("principaly"); Portuguese adjectives
            // in "-vel" take only "-is" ("disponívelem").
            if language == .es, tail == "y", let last = head.unicodeScalars.last, !"aeiouáéíóú".unicodeScalars.contains(last) {
                return true
            }
            if language == .pt, head.hasSuffix("vel") { return true }
        case .it:
            if head.hasSuffix("are") || head.hasSuffix("ere") || head.hasSuffix("ire") { return true }
        case .fr:
            if head.hasSuffix("er") || head.hasSuffix("ir") || head.hasSuffix("re"),
               !["a", "ai", "as", "ont", "ons", "ez", "es", "e"].contains(tail) { return true }
        default:
            break
        }
        // German "-der/-des/-dem/-den" after "-en" builds participle adjectives ("geltender");
        // after anything else a d-article is a merge ("Dankder", "kannder").
        if language == .de {
            return ["der", "des", "dem", "den", "die"].contains(tail) && !head.hasSuffix("en") && !head.hasSuffix("n")
        }
        // Spanish and Portuguese participles are verb stem + "-do/-da"; after a noun these are merges.
        // A stem in a vowel makes a participle only when the lexicon knows its verb, maybe
        // without a prefix: "cria" + "das" ("criar"), "parti" + "do" ("partir"), "le" + "ído"
        // ("leer"), "recompila" + "do" ("compilar"); "maioria" + "das" has none.
        if language == .es || language == .pt, ["do", "da", "dos", "das"].contains(tail) {
            guard head.hasSuffix("a") || head.hasSuffix("i") || head.hasSuffix("í") || head.hasSuffix("e") else {
                return true
            }
            guard head.unicodeScalars.count >= 5 else { return false }
            var stem = head
            if head.hasSuffix("í") { stem = String(head.dropLast()) + "i" }
            var stems = [stem]
            for prefix in [2, 3] where stem.count - prefix >= 5 { stems.append(String(stem.dropFirst(prefix))) }
            for s in stems {
                for verb in [s + "r", String(s.dropLast()) + "er", String(s.dropLast()) + "ir"]
                    where lexicon.zipf(folded: verb) >= 2 {
                    return false
                }
            }
            return true
        }
        let pairs = tails.profile.mergedWords.finalVowelPairs
        if tail.unicodeScalars.count == 1, !pairs.isEmpty, let last = head.unicodeScalars.last {
            var pair = String(last)
            pair.unicodeScalars.append(contentsOf: tail.unicodeScalars)
            if pairs.contains(pair) { return true }
        }
        if language == .fr {
            // No French word ends in "e" + "e…" or in a final "à"; "-ant" only takes "-e(s)".
            if head.hasSuffix("e"), tail.hasPrefix("e") { return true }
            if tail == "à" { return true }
            if head.hasSuffix("ant"), !["e", "es", "s"].contains(tail) { return true }
        }
        // Adverbs and "-zione"/"-ción" nouns take no ending.
        for ending in ["mente", "zione", "zioni", "ción", "ção", "ment"] where head.hasSuffix(ending) { return true }
        if language == .en, head.hasSuffix("ly") { return true }
        // Italian plurals in "-i" of a noun in "-o"/"-e": "pacchetti" + "di".
        if language == .it, head.hasSuffix("i") {
            let stem = String(head.dropLast())
            if lexicon.zipf(folded: stem + "o") >= 3 || lexicon.zipf(folded: stem + "e") >= 3 { return true }
        }
        let endings: [String]
        switch language {
        case .es: endings = ["ado", "ido", "ada", "ida", "ando", "iendo"]
        case .pt: endings = ["ado", "ido", "ada", "ida", "ando", "endo", "indo"]
        case .it: endings = ["ato", "ata", "ati", "ate", "ito", "ita", "iti", "ite", "uto", "uta", "uti", "ute",
                             "ando", "endo"]
        case .fr: endings = []
        case .en: endings = ["ed", "ing"]
        case .de: endings = []
        }
        for ending in endings where head.hasSuffix(ending) { return true }
        if language == .es || language == .pt || language == .it {
            for s in head.unicodeScalars.suffix(3) where Self.accentedVowels.contains(s.value) { return true }
        }
        return false
    }

    /// The tail cannot be an ending of this head, shown by the lexicon, the spelling rules of
    /// clitics or the document. Mainly: the head's ending followed by the tail ends no listed
    /// word (or a handful among hundreds), though many words end like the head, so the tail is
    /// no ending there ("texto" + "en": no word ends in "xtoen"; "Konfiguration" + "der": none
    /// in "ionder"). Measured on the lexicon, so it holds for every language and needs no list
    /// of endings. Only for an unlisted whole and a head that is no name.
    private func isEvidentJunction(_ t: Int, head: String, tail: String, whole: String) -> Bool {
        // An object clitic before a function word is a verb's ("guardalos en", a typo for
        // "guardarlos"); an article glued to its verb comes before a noun.
        if tails.isClitic(tail), let next = nextWordKey(t), tails.isTail(next) { return false }
        // Technical text borrows English words, whose endings the lexicon of the language does not know.
        if context.document.language != .en {
            let english = context.resources.lexicon(for: .en)
            if english.zipf(folded: whole) >= 1.5 { return false }
            // An English head: the language's lexicon knows nothing of the endings it takes.
            if english.zipf(folded: head) >= context.lexicon.zipf(folded: head) + 1 { return false }
        }
        let language = context.document.language
        if language == .es, isUnstressedCliticHost(head, tail: tail) { return true }
        if language == .it, isNonCliticHost(head, tail: tail) { return true }
        // German adjectives end in the letters of its articles ("-ender", "-endes").
        if language != .de, articleBigramRecurs(t, tail: tail) { return true }
        let lexicon = context.lexicon
        var head = head, tail = tail
        return head.withUTF8 { h in
            tail.withUTF8 { tailBytes in
                // The ending and the junction are spelled in one buffer: ending, then the tail.
                withUnsafeTemporaryAllocation(of: UInt8.self, capacity: h.count + tailBytes.count) { buffer in
                    let out = buffer.baseAddress!
                    var scalarCount = 0
                    for b in h where b & 0xC0 != 0x80 { scalarCount += 1 }
                    // The longer the head's ending, the fewer words share it: with three letters, most
                    // words of the head's kind; with two, enough even for a rarer ending ("texto": "-to").
                    for k in [3, 2] where scalarCount > k {
                        var start = h.count, leads = 0   // the head's last k scalars start at its k-th lead byte from the end
                        while leads < k {
                            start -= 1
                            if h[start] & 0xC0 != 0x80 { leads += 1 }
                        }
                        let n = h.count - start
                        out.initialize(from: h.baseAddress! + start, count: n)
                        (out + n).initialize(from: tailBytes.baseAddress!, count: tailBytes.count)
                        let junction = lexicon.wordsEnding(utf8: UnsafeBufferPointer(start: out, count: n + tailBytes.count))
                        let base = lexicon.wordsEnding(utf8: UnsafeBufferPointer(start: out, count: n))
                        if junction == 0 {
                            if base >= Self.junctionBase { return true }
                        } else {
                            // A few words of the lexicon may still end so: foreign words, names, typos.
                            return junction <= Self.strayJunctions && junction * Self.junctionRatio <= base
                        }
                    }
                    return false
                }
            }
        }
    }

    /// Spanish writes the accent a clitic moves: a verb form of two syllables or more takes an
    /// object clitic only with a written accent ("selecciónala", "guárdalo"), except an
    /// infinitive ("reiniciarla") or a "vosotros" imperative ("tomadlo"). Without any accent,
    /// "seleccionala", "guardalo" are a verb glued to an article.
    private func isUnstressedCliticHost(_ head: String, tail: String) -> Bool {
        guard ["lo", "la", "los", "las", "le", "les"].contains(tail),
              !head.hasSuffix("r"), !head.hasSuffix("d") else { return false }
        let vowels = "aeiou".unicodeScalars
        var groups = 0, previousVowel = false
        for s in head.unicodeScalars {
            if Self.accentedVowels.contains(s.value) { return false }
            let vowel = vowels.contains(s)
            if vowel && !previousVowel { groups += 1 }
            previousVowel = vowel
        }
        return groups >= 2
    }

    /// Italian attaches clitics to infinitives ("mantenerla"), gerunds ("facendolo"),
    /// imperatives ("guardala", "prendetela", "vediamoli") and past participles, never to a
    /// finite form in "-e" ("descrive", "consente") or "-no" ("utilizzano"): those are a verb
    /// glued to an article.
    private func isNonCliticHost(_ head: String, tail: String) -> Bool {
        guard tails.isClitic(tail), head.unicodeScalars.count >= 5 else { return false }
        if head.hasSuffix("no") { return !head.hasSuffix("ndo") }
        return head.hasSuffix("e") && !head.hasSuffix("ate") && !head.hasSuffix("ete") && !head.hasSuffix("ite")
    }

    /// A German compound whose last element is a frequent word ("Schlüsselperson"): compounds
    /// are mostly missing from frequency lists, their heads are not.
    private func isGermanCompound(_ head: String) -> Bool {
        var head = head
        return head.withUTF8 { h in
            var scalarCount = 0
            for b in h where b & 0xC0 != 0x80 { scalarCount += 1 }
            guard scalarCount >= 8 else { return false }
            // Every suffix from the fourth scalar to the fifth from the end, by its bytes.
            var scalar = -1
            for i in 0..<h.count where h[i] & 0xC0 != 0x80 {
                scalar += 1
                guard scalar >= 3 else { continue }
                if scalar > scalarCount - 5 { break }
                if context.lexicon.zipf(utf8: UnsafeBufferPointer(rebasing: h[i...])) >= 3.5 { return true }
            }
            return false
        }
    }

    /// German verb forms that no noun shares, so they cannot end a compound: "-ieren" verbs
    /// and their participles ("installieren", "spezialisiert") and "zu"-infinitives
    /// ("einzurichten").
    private static func isGermanVerbForm(_ word: String) -> Bool {
        for ending in ["ieren", "iert", "ierte", "ierten", "iertes", "ierter"] where word.hasSuffix(ending) {
            return true
        }
        for prefix in ["anzu", "aufzu", "auszu", "einzu", "zuzu", "vorzu", "mitzu", "abzu", "beizu", "nachzu",
                       "herzu", "hinzu", "festzu", "freizu", "umzu", "darzu", "bereitzu", "durchzu"]
            where word.hasPrefix(prefix) && word.hasSuffix("en") && word.unicodeScalars.count >= prefix.unicodeScalars.count + 4 {
            return true
        }
        return false
    }

    /// á é í ó ú à è ì ò ù ã õ â ê ô
    private static let accentedVowels: Set<UInt32> = [
        0xE1, 0xE9, 0xED, 0xF3, 0xFA, 0xE0, 0xE8, 0xEC, 0xF2, 0xF9, 0xE3, 0xF5, 0xE2, 0xEA, 0xF4,
    ]

    /// An acronym glued to a function word: "RAIDcomo", "SATAet". CamelCase names
    /// ("SELinux", "IPsec", "iPhone") do not split into an evidenced acronym and a
    /// function word.
    private func acronymSplit(_ t: Int) -> MergedWordSplit? {
        let document = context.document
        let token = document.tokens[t]
        let scalars = Array(document.scalars[token.range])
        var upper = 0
        while upper < scalars.count, CharacterClass.isUppercase(scalars[upper]) { upper += 1 }
        guard upper >= 2, upper + 2 <= scalars.count, upper <= 8 else { return nil }
        for s in scalars[upper...] where !CharacterClass.isLowercase(s) { return nil }
        let head = Self.string(scalars[0..<upper])
        let tail = Self.string(scalars[upper...])
        let headKey = LexiconKey.fold(head), tailKey = LexiconKey.fold(tail)
        guard tails.isTail(tailKey), !tails.isStrongSuffix(tailKey), isFollowedByWord(t),
              !isInsideIdentifier(t), context.foldedCount(t) < 2 else { return nil }
        let headDocument = context.foldedCount(of: headKey) >= 1
        guard headDocument || context.lexicon.zipf(folded: headKey) >= 3 else { return nil }
        let confidence = headDocument ? 0.8 : 0.7
        return MergedWordSplit(kind: .functionTail, offset: upper, head: head, tail: tail,
                               headInDocument: headDocument, tailInDocument: false, headInGazetteer: false,
                               wholeIsListed: context.zipfs[t] > 0, score: 10, confidence: confidence,
                               isSafe: confidence >= 0.8)
    }

    // MARK: - Context

    /// A function word needs something to govern: a word (or a quote or bracket opening one)
    /// after a single space.
    private func isFollowedByWord(_ t: Int) -> Bool {
        let tokens = context.document.tokens
        guard t + 2 < tokens.count, tokens[t + 1].kind == .space else { return false }
        let next = tokens[t + 2]
        if next.kind == .word || next.kind == .number { return true }
        if next.kind == .punctuation, Self.openingMarks.contains(context.document.scalars[next.range.lowerBound].value) {
            // « mot », “word”: the opener may be followed by a (no-break) space.
            var k = t + 3
            if k < tokens.count, tokens[k].kind == .space { k += 1 }
            return k < tokens.count && (tokens[k].kind == .word || tokens[k].kind == .number)
        }
        return false
    }

    /// Opening quotes and brackets (not colons or dashes, which end what precedes them):
    /// « “ „ ‘ ‹ " ' ( [ ¿ ¡
    private static let openingMarks: Set<UInt32> = [
        0xAB, 0x201C, 0x201E, 0x2018, 0x2039, 0x22, 0x27, 0x28, 0x5B, 0xBF, 0xA1,
    ]

    /// The tail is an article and the document writes it, elsewhere, before the same content
    /// word that follows this token: "reiniciarla máquina" next to "la máquina" reads as
    /// "reiniciar la máquina", not as an infinitive with its object pronoun.
    private func articleBigramRecurs(_ t: Int, tail: String) -> Bool {
        guard context.profile.has(tail, .article) || context.profile.has(tail, .contraction),
              let next = nextWordKey(t), next.unicodeScalars.count >= 4, !tails.isTail(next) else { return false }
        // Keys compared by id: equal ids are equal keys, and a key the document lacks matches nothing.
        guard let tailID = context.index.id(of: tail), let nextID = context.index.id(of: next) else { return false }
        let tokens = context.document.tokens, ids = context.keyIDs
        var i = 0
        while i + 2 < tokens.count {
            if i != t, tokens[i].kind == .word, Int(ids[i]) == tailID, tokens[i + 1].kind == .space,
               tokens[i + 2].kind == .word, Int(ids[i + 2]) == nextID {
                return true
            }
            i += 1
        }
        return false
    }

    /// Spanish replaces "y" by "e" before an "i" sound and "o" by "u" before an "o" sound:
    /// elsewhere these letters are no conjunction ("provienene de").
    private func isConjunctionForm(_ t: Int, tail: String) -> Bool {
        guard context.document.language == .es, tail == "e" || tail == "u" else { return true }
        guard let next = nextWordKey(t) else { return false }
        let sound = tail == "e" ? ["i", "hi", "í", "hí"] : ["o", "ho", "ó", "hó"]
        return sound.contains { next.hasPrefix($0) }
    }

    /// A capitalised word precedes, after a single space (a given name before a surname).
    private func followsCapitalizedWord(_ t: Int) -> Bool {
        let tokens = context.document.tokens
        guard t >= 2, tokens[t - 1].kind == .space, tokens[t - 1].range.count == 1 else { return false }
        let previous = tokens[t - 2]
        return previous.kind == .word && previous.shape == .capitalized && !previous.isElision
    }

    /// A capitalised word follows after a single space: another name ("… et Brest").
    private func isFollowedByCapitalizedWord(_ t: Int) -> Bool {
        let tokens = context.document.tokens
        guard t + 2 < tokens.count, tokens[t + 1].kind == .space, tokens[t + 1].range.count == 1 else { return false }
        let next = tokens[t + 2]
        return next.kind == .word && next.shape == .capitalized
    }

    /// A lowercase word follows after a single space: the clause goes on.
    private func isFollowedByLowercaseWord(_ t: Int) -> Bool {
        let tokens = context.document.tokens
        guard t + 2 < tokens.count, tokens[t + 1].kind == .space, tokens[t + 1].range.count == 1 else { return false }
        return tokens[t + 2].kind == .word && tokens[t + 2].shape == .lower
    }

    /// The folded key of the word after a single space, if any.
    private func nextWordKey(_ t: Int) -> String? {
        let tokens = context.document.tokens
        guard t + 2 < tokens.count, tokens[t + 1].kind == .space, tokens[t + 2].kind == .word else { return nil }
        return context.key(t + 2)
    }

    /// The token ends a clause: punctuation other than an opener or a hyphen follows.
    private func isFollowedByEnd(_ t: Int) -> Bool {
        let tokens = context.document.tokens
        guard t + 1 < tokens.count else { return true }
        let next = tokens[t + 1]
        if next.kind == .newline { return true }
        guard next.kind == .punctuation else { return false }
        let s = context.document.scalars[next.range.lowerBound]
        return ".,;:!?)»”\"…".unicodeScalars.contains(s)
    }

    /// Parts of URLs, e-mail addresses, handles, file names and identifiers are not prose.
    private func isInsideIdentifier(_ t: Int) -> Bool {
        let document = context.document
        let tokens = document.tokens
        if t > 0, tokens[t - 1].kind == .punctuation,
           Self.identifierGlue.contains(document.scalars[tokens[t - 1].range.lowerBound].value) {
            return true
        }
        if t + 2 < tokens.count, tokens[t + 1].kind == .punctuation,
           tokens[t + 2].kind == .word || tokens[t + 2].kind == .number,
           Self.identifierGlue.contains(document.scalars[tokens[t + 1].range.lowerBound].value) {
            return true
        }
        return false
    }

    /// `/ @ # _ . \ : = & +` directly attached to a word.
    private static let identifierGlue: Set<UInt32> = [0x2F, 0x40, 0x23, 0x5F, 0x2E, 0x5C, 0x3A, 0x3D, 0x26, 0x2B]

    /// Romance infinitives and gerunds, which take attached clitics ("mantenerla", "facendolo").
    private static func isVerbStem(_ head: String, _ language: Language) -> Bool {
        switch language {
        // Portuguese writes its clitics with a hyphen ("usando-o", "fazê-lo").
        case .es, .it: head.hasSuffix("r") || head.hasSuffix("ndo")
        default: false
        }
    }

    private static func isMark(_ s: Unicode.Scalar) -> Bool {
        guard s.value >= 0x300 else { return false }
        switch s.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    /// The UTF-8 encoding of `scalars`: one small buffer, where appending scalars to a String one
    /// by one costs a call each.
    private static func utf8(_ scalars: ArraySlice<Unicode.Scalar>) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(scalars.count * 2)
        for s in scalars { Unicode.UTF8.encode(s) { bytes.append($0) } }
        return bytes
    }

    private static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        String(decoding: utf8(scalars), as: UTF8.self)
    }

    /// `LexiconKey.fold(string(scalars))`, on the bytes when the fast fold applies.
    private static func folded(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        let bytes = utf8(scalars)
        return bytes.withUnsafeBufferPointer { LexiconKey.foldCommonLatin($0) }
            ?? LexiconKey.fold(String(decoding: bytes, as: UTF8.self))
    }

    /// The folded keys of runs of a token's scalars: `folded(scalars[range])`. Trying every
    /// split point of a long word asks for dozens of halves; when the fast fold applies
    /// (`LexiconKey.foldCommonLatin`, which folds scalar by scalar) the token is folded once and
    /// each half is a slice of those bytes, looked up without a `String` or an allocation. Other
    /// tokens fold each half as before.
    fileprivate struct TokenKeys {
        let scalars: [Unicode.Scalar]
        /// The folded UTF-8 of the whole token; empty when the fast fold does not apply.
        private let bytes: [UInt8]
        /// Where the folding of scalar `k` starts in `bytes`, plus the end; empty likewise.
        private let starts: [Int]

        init(_ scalars: [Unicode.Scalar]) {
            self.scalars = scalars
            var bytes: [UInt8] = [], starts: [Int] = []
            bytes.reserveCapacity(scalars.count * 2)
            starts.reserveCapacity(scalars.count + 1)
            let folds = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 8) { buffer -> Bool in
                let input = UnsafeMutableBufferPointer(rebasing: buffer[0..<4])
                let output = UnsafeMutableBufferPointer(rebasing: buffer[4..<8])
                for s in scalars {
                    starts.append(bytes.count)
                    if s.value < 0x80 {  // ASCII, as `foldCommonLatin` folds it
                        let b = UInt8(s.value)
                        bytes.append(b &- 0x41 < 26 ? b | 0x20 : b)
                        continue
                    }
                    var n = 0
                    Unicode.UTF8.encode(s) { input[n] = $0; n += 1 }
                    guard let m = LexiconKey.foldCommonLatin(UnsafeBufferPointer(rebasing: input[0..<n]), into: output)
                    else { return false }
                    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: output[0..<m]))
                }
                starts.append(bytes.count)
                return true
            }
            self.bytes = folds ? bytes : []
            self.starts = folds ? starts : []
        }

        /// `MergedWordSplitter.folded(scalars[range])`.
        func key(_ range: Range<Int>) -> String {
            withFoldedUTF8(range) { String(decoding: $0, as: UTF8.self) } ?? MergedWordSplitter.folded(scalars[range])
        }

        /// `lexicon.zipf(folded: key(range))`.
        func zipf(_ range: Range<Int>, _ lexicon: Lexicon) -> Double {
            withFoldedUTF8(range) { lexicon.zipf(utf8: $0) } ?? lexicon.zipf(folded: key(range))
        }

        /// `tails.isTail(key(range))`.
        func isTail(_ range: Range<Int>, _ tails: MergedWordTails) -> Bool {
            withFoldedUTF8(range) { tails.isTail(simpleUTF8: $0, key: { key(range) }) } ?? tails.isTail(key(range))
        }

        /// `body` of the folded bytes of `range`, which `foldCommonLatin` makes simple
        /// (`ByteKeyTable.isSimple`); nil when the token has no fast fold.
        @inline(__always)
        private func withFoldedUTF8<R>(_ range: Range<Int>, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R? {
            guard !starts.isEmpty else { return nil }
            return bytes.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[starts[range.lowerBound]..<starts[range.upperBound]])) }
        }
    }
}
