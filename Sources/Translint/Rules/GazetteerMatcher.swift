/// One word of a place name as written in the document: a whole word token or one
/// hyphen-separated part of it ("États-Unis" gives two parts).
struct NamePart: Sendable {
    /// Index of the word token holding the part.
    var token: Int
    /// Scalar range of the part.
    var range: Range<Int>
    /// Folded text of the part.
    var key: String
    /// First / last part of its token.
    var startsToken: Bool
    var endsToken: Bool
}

/// How two consecutive words of a name are joined in the document.
enum NameJoint: Sendable, Hashable {
    /// A hyphen inside one token ("États-Unis").
    case hyphen
    /// One run of horizontal space; `space` is the space token's index ("États Unis").
    case space(Int)
    /// An elided word glued to the next one ("d’Ivoire").
    case elision
}

/// A gazetteer name found in the document, whatever its hyphens and capitals.
struct GazetteerMatch: Sendable {
    var entry: GazetteerEntry
    /// The spelling (canonical name or alias) whose words matched.
    var spelling: String
    /// The document's parts, one per word of the spelling.
    var parts: [NamePart]
    /// `joints[k]` joins `parts[k]` and `parts[k + 1]`.
    var joints: [NameJoint]
    /// The last word is glued to a following word ("Unisa", "Russieoù"): only its prefix is the name.
    var mergedTail: Bool
    /// Scalar range of the name (ends inside the last token when `mergedTail`).
    var range: Range<Int>

    var firstToken: Int { parts[0].token }
    var lastToken: Int { parts[parts.count - 1].token }
}

/// A name spelling split into its surface words and the joints between them, keeping case:
/// "États-Unis" → ["États", "Unis"], [hyphen]; "Côte d'Ivoire" → ["Côte", "d'", "Ivoire"].
struct SpellingShape: Sendable {
    enum Joint: Sendable { case space, hyphen, apostrophe }
    var words: [String]
    var joints: [Joint]

    init(_ name: String) {
        var words: [String] = []
        var joints: [Joint] = []
        var current = ""
        for s in name.unicodeScalars {
            if s == " " || s == "\u{A0}" || CharacterClass.isWordHyphen(s) {
                if !current.isEmpty {
                    words.append(current); current = ""
                    joints.append(s == " " || s == "\u{A0}" ? .space : .hyphen)
                }
            } else if CharacterClass.isApostrophe(s) {
                current.unicodeScalars.append(s)
                words.append(current); current = ""
                joints.append(.apostrophe)
            } else {
                current.unicodeScalars.append(s)
            }
        }
        if !current.isEmpty { words.append(current) } else if !joints.isEmpty { joints.removeLast() }
        self.words = words
        self.joints = joints
    }
}

/// Finds gazetteer names in a document in one left-to-right pass: each word (or hyphen part)
/// is looked up by its folded form among the names starting with it, and the longest name
/// whose words follow, joined by a hyphen, one space or an elision, wins. "États Unis",
/// "États-Unis", "etats unis" and "Corée du sud" all match. A name must cover whole tokens,
/// except that its last word may be glued to a following function word or common word, as
/// machine translation glues them around hyperlinks ("Unisa", "Russieoù"); such a tail is
/// accepted only when the glued token is itself unknown to the lexicon.
struct GazetteerMatcher: Sendable {
    let context: RuleContext

    init(_ context: RuleContext) { self.context = context }

    /// Every name in the document, in order, not overlapping. Several rules ask for them, so
    /// they are found once per context.
    func matches() -> [GazetteerMatch] {
        context.cache.gazetteerMatches { findMatches() }
    }

    private func findMatches() -> [GazetteerMatch] {
        let gazetteer = context.profile.gazetteer
        guard !gazetteer.entries.isEmpty else { return [] }
        let document = context.document
        let words = document.words, tokens = document.tokens
        let keyIDs = context.keyIDs, zipfs = context.zipfs
        var result: [GazetteerMatch] = []
        let startsName = context.keyStartsName     // per key id
        // The parts from the current word on, extended only as far as a spelling tried needs:
        // most words are skipped before any part is made.
        var parts: [NamePart] = []
        parts.reserveCapacity(gazetteer.longestName + 4)
        var w = 0
        while w < words.count {
            let t = words[w]
            let token = tokens[t]
            var mayStart = true        // a hyphen part may start a name whatever its token's key
            if !token.hasHyphen {
                mayStart = startsName[Int(keyIDs[t])]
                // Most words start no name and are not a glued name: skip them before copying anything.
                guard mayStart || token.shape == .capitalized && zipfs[t] < 1.0 else { w += 1; continue }
            }
            parts.removeAll(keepingCapacity: true)
            var next = w                // the next word whose parts are not in `parts` yet
            func extend(to count: Int) {
                while parts.count < count && next < words.count {
                    appendParts(ofToken: words[next], of: document, to: &parts)
                    next += 1
                }
            }
            extend(to: 1)
            // A token of hyphens only has no part: the next token gets its own turn.
            guard let part = parts.first, part.token == t else { w += 1; continue }
            guard mayStart || mayBeGluedName(part) else { w += 1; continue }
            var best: GazetteerMatch? = nil
            for spelling in mayStart ? gazetteer.spellings(startingWith: part.key) : [] {
                if spelling.words.count <= (best?.parts.count ?? 0) { continue }
                extend(to: spelling.words.count)
                if let m = match(spelling.words, spelling: spelling.text, entry: spelling.entry, gazetteer,
                                 at: 0, in: parts) {
                    best = m
                }
            }
            if best == nil { best = gluedSingleWord(part) }
            if let m = best {
                result.append(m)
                while w < words.count && words[w] <= m.lastToken { w += 1 }
            } else {
                w += 1
            }
        }
        return result
    }

    /// Whether `gluedSingleWord` may find something: a whole capitalised token the lexicon does
    /// not know.
    @inline(__always)
    private func mayBeGluedName(_ part: NamePart) -> Bool {
        let token = context.document.tokens[part.token]
        return part.startsToken && part.endsToken && !token.hasHyphen && token.shape == .capitalized
            && context.zipfs[part.token] < 1.0
    }

    /// A one-word name glued to the next word ("Ukrainenous", "Russieoù"): tried only on
    /// capitalised tokens the lexicon does not know, longest prefix first.
    private func gluedSingleWord(_ part: NamePart) -> GazetteerMatch? {
        guard mayBeGluedName(part), !context.document.tokens[part.token].isElision else { return nil }
        let gazetteer = context.profile.gazetteer
        let scalars = Array(part.key.unicodeScalars)
        guard scalars.count >= 5 else { return nil }
        // Byte offset where each scalar starts, so a prefix is rejected by its bytes (most are
        // no one-word name) before a `String` is made of it.
        let utf8 = Array(part.key.utf8)
        var scalarStarts: [Int] = []
        scalarStarts.reserveCapacity(scalars.count + 1)
        for (b, byte) in utf8.enumerated() where byte & 0xC0 != 0x80 { scalarStarts.append(b) }
        scalarStarts.append(utf8.count)
        var length = scalars.count - 1
        while length >= 3 {
            defer { length -= 1 }
            if scalarStarts.count == scalars.count + 1 {
                let byBytes = utf8.withUnsafeBufferPointer {
                    gazetteer.oneWordNames.lookup(utf8: UnsafeBufferPointer(rebasing: $0[0..<scalarStarts[length]]))
                }
                if byBytes == .absent { continue }
            }
            var prefix = ""
            prefix.unicodeScalars.append(contentsOf: scalars[0..<length])
            for spelling in gazetteer.spellings(startingWith: prefix)
            where spelling.words.count == 1 && spelling.words[0] == prefix {
                if let tail = mergedTailLength(part, word: prefix) {
                    return GazetteerMatch(entry: gazetteer.entries[spelling.entry], spelling: spelling.text,
                                          parts: [part], joints: [], mergedTail: true,
                                          range: part.range.lowerBound..<(part.range.lowerBound + tail))
                }
            }
        }
        return nil
    }

    /// Appends the parts of word token `t`: the whole token, or each part between its hyphens.
    private func appendParts(ofToken t: Int, of document: Document, to parts: inout [NamePart]) {
        let token = document.tokens[t]
        if !token.hasHyphen {
            parts.append(NamePart(token: t, range: token.range, key: context.key(t), startsToken: true, endsToken: true))
            return
        }
        var start = token.range.lowerBound
        var k = start
        var first = true
        while k <= token.range.upperBound {
            if k == token.range.upperBound || CharacterClass.isWordHyphen(document.scalars[k]) {
                if k > start {
                    let range = start..<k
                    parts.append(NamePart(token: t, range: range, key: LexiconKey.fold(document.string(in: range)),
                                          startsToken: first, endsToken: k == token.range.upperBound))
                    first = false
                }
                start = k + 1
            }
            k += 1
        }
    }

    private func match(_ words: [String], spelling: String, entry index: Int, _ gazetteer: Gazetteer, at i: Int,
                       in parts: [NamePart]) -> GazetteerMatch? {
        guard i + words.count <= parts.count else { return nil }
        // Most tries fail on a word: compare the keys before building anything (the last word
        // may be glued to what follows, so it need only start the part).
        for j in 1..<max(words.count, 1) where parts[i + j].key != words[j] {
            guard j == words.count - 1, parts[i + j].key.hasPrefix(words[j]) else { return nil }
        }
        let entry = gazetteer.entries[index]
        let document = context.document
        var joints: [NameJoint] = []
        for j in 0..<words.count {
            let part = parts[i + j]
            if j > 0 {
                let previous = parts[i + j - 1]
                if previous.token == part.token {
                    joints.append(.hyphen)
                } else if !previous.endsToken || !part.startsToken {
                    return nil
                } else if document.tokens[previous.token].isElision && previous.token + 1 == part.token {
                    joints.append(.elision)
                } else if document.separatedBySpaceOnly(previous.token, part.token) {
                    joints.append(.space(previous.token + 1))
                } else {
                    return nil
                }
            }
            if part.key == words[j] { continue }
            // The last word may be glued to what follows ("Unisa", "Ukrainenous").
            if j == words.count - 1, let tail = mergedTailLength(part, word: words[j]) {
                let range = parts[i].range.lowerBound..<(part.range.lowerBound + tail)
                return GazetteerMatch(entry: entry, spelling: spelling, parts: Array(parts[i...(i + j)]),
                                      joints: joints, mergedTail: true, range: range)
            }
            return nil
        }
        let last = parts[i + words.count - 1]
        guard last.endsToken else { return nil }
        return GazetteerMatch(entry: entry, spelling: spelling, parts: Array(parts[i..<(i + words.count)]),
                              joints: joints, mergedTail: false,
                              range: parts[i].range.lowerBound..<last.range.upperBound)
    }

    /// Scalar length of the name word at the start of a glued token, when the rest is a word.
    private func mergedTailLength(_ part: NamePart, word: String) -> Int? {
        let document = context.document
        let token = document.tokens[part.token]
        guard !token.hasHyphen, part.startsToken, part.endsToken, !token.isElision,
              word.unicodeScalars.count >= 3, part.key.hasPrefix(word), part.key.count > word.count,
              context.zipfs[part.token] < 1.0 else { return nil }
        let length = word.unicodeScalars.count
        guard length < part.range.count,
              LexiconKey.fold(document.string(in: part.range.lowerBound..<(part.range.lowerBound + length))) == word
        else { return nil }
        let rest = LexiconKey.fold(document.string(in: (part.range.lowerBound + length)..<part.range.upperBound))
        if context.profile.isFunctionWord(rest) { return length }
        if rest.unicodeScalars.count >= 4 && context.lexicon.zipf(folded: rest) >= 3.5 { return length }
        return nil
    }
}

/// Small document-layout judgements shared by the place-name rules.
struct LayoutHints: Sendable {
    /// Per line: a heading, caption or list item where names stand without articles and words
    /// take capitals ("Russie : Poutine réélu", "Les Drapeaux De La Corée").
    let isTitleLike: [Bool]
    /// The document writes the apostrophe as ’ more often than as '.
    let typographicApostrophe: Bool

    init(_ context: RuleContext) {
        let document = context.document
        var flags: [Bool] = []
        flags.reserveCapacity(document.lines.count)
        // German capitalises every noun, so capitals do not make a German line a heading.
        let capitalsMakeHeading = !context.profile.nounsCapitalized
        for line in document.lines {
            flags.append(LayoutHints.looksLikeTitle(line, in: document, capitalsMakeHeading: capitalsMakeHeading))
        }
        self.isTitleLike = flags
        var curly = 0, straight = 0
        for s in document.scalars where s == "\u{2019}" || s == "'" {
            if s == "'" { straight += 1 } else { curly += 1 }
        }
        self.typographicApostrophe = curly >= straight && curly > 0 || context.document.language == .fr && straight == 0
    }

    /// The hints of `context`, computed once per context (missing-article and capitalization
    /// both read them).
    static func of(_ context: RuleContext) -> LayoutHints {
        context.cache.layoutHints { LayoutHints(context) }
    }

    /// The heading test for one line: short and unpunctuated, all capitals, or (when
    /// `capitalsMakeHeading`) mostly capitalised content words. Words `skipping` accepts are left
    /// out of the capital counts (they still end the line and count towards its length).
    static func looksLikeTitle(_ line: Line, in document: Document, capitalsMakeHeading: Bool,
                               skipping skip: (Int) -> Bool = { _ in false }) -> Bool {
        var words = 0, skipped = 0, capitals = 0, content = 0, contentCapitals = 0
        var lastSignificant: Unicode.Scalar? = nil
        for t in line.tokens {
            let token = document.tokens[t]
            switch token.kind {
            case .word:
                lastSignificant = document.scalars[token.range.upperBound - 1]
                if skip(t) { skipped += 1; continue }
                words += 1
                let isCapital = token.shape == .capitalized || token.shape == .upper
                if isCapital { capitals += 1 }
                if token.range.count >= 4 {
                    content += 1
                    if isCapital { contentCapitals += 1 }
                }
            case .number:
                lastSignificant = "0"
            case .punctuation:
                lastSignificant = document.scalars[token.range.lowerBound]
            default:
                break
            }
        }
        let endsSentence = lastSignificant.map { CharacterClass.isSentenceTerminator($0) || CharacterClass.isCloser($0) } ?? false
        let titleCase = capitalsMakeHeading && content >= 2 && contentCapitals * 10 >= content * 6
        let shortUnpunctuated = words + skipped <= 7 && !endsSentence
        return titleCase || shortUnpunctuated || (words > 0 && capitals == words && words >= 2)
    }

    func titleLike(token t: Int, in document: Document) -> Bool {
        let l = document.lineOfToken[t]
        return l < isTitleLike.count ? isTitleLike[l] : false
    }

    var apostrophe: String { typographicApostrophe ? "\u{2019}" : "'" }
}

extension Document {
    /// True when token `t` touches a non-space symbol that marks code, paths or identifiers
    /// ("Europe/Paris", "debian.org", "fr_FR", "@Kremlin").
    func touchesTechnicalSymbol(_ t: Int) -> Bool {
        func technical(_ k: Int) -> Bool {
            guard k >= 0, k < tokens.count else { return false }
            let token = tokens[k]
            if token.kind == .number { return true }
            guard token.kind == .punctuation else { return false }
            switch scalars[token.range.lowerBound] {
            case "/", "\\", "_", ".", "@", "#", "=", ":", "<", ">", "~", "$", "%", "&", "+", "*", "|", "`", "{", "}", "[", "]":
                return true
            default:
                return false
            }
        }
        // "Ukraine." at a sentence end is fine: a period only counts when glued on both sides.
        if t + 1 < tokens.count, tokens[t + 1].kind == .punctuation {
            let s = scalars[tokens[t + 1].range.lowerBound]
            if s == "." || s == ":" {
                if t + 2 < tokens.count, tokens[t + 2].kind == .word || tokens[t + 2].kind == .number { return true }
            } else if technical(t + 1) {
                return true
            }
        }
        if t >= 1, tokens[t - 1].kind == .punctuation {
            let s = scalars[tokens[t - 1].range.lowerBound]
            if s == "." || s == ":" {
                if t >= 2, tokens[t - 2].kind == .word || tokens[t - 2].kind == .number { return true }
            } else if technical(t - 1) {
                return true
            }
        }
        if t + 1 < tokens.count, tokens[t + 1].kind == .number { return true }
        if t >= 1, tokens[t - 1].kind == .number { return true }
        return false
    }
}
