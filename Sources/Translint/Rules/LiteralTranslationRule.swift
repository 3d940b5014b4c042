/// Finds known machine-translation calques from the language's phrasebook (`calques.tsv`):
/// press jargon translated word by word, such as a press "pool" photo rendered as a swimming
/// pool ("photo de la piscine", "foto de la piscina"). A phrase matches on word boundaries,
/// whatever its case; the suggested wording copies the case shape of the match (a credit line
/// in capitals gets a replacement in capitals).
public struct LiteralTranslationRule: Rule {
    public static let description = RuleDescription(
        id: "literal-translation", name: "Literal Translation", category: .literalTranslation,
        summary: "A phrase translated word for word whose idiomatic rendering is known",
        rationale: """
        MT renders fixed expressions and jargon word by word: a press pool photo becomes a \
        swimming-pool photo, "rueda de prensa" becomes a press wheel. Each language's phrasebook \
        lists calques that are almost never correct in edited text, with the idiomatic wording. \
        The rule matches them on word boundaries (case-insensitive, across hyphens and \
        apostrophes) and suggests the wording in the case shape of the match; the fix is not \
        applied automatically because it is an editorial choice.
        """,
        triggering: [
            Example("Il presidente posa per la ⟦foto della piscina⟧ ufficiale.", fixed: "Il presidente posa per la foto pool ufficiale.", lang: .it),
            Example("O ministro deu uma ⟦roda de imprensa⟧ no palácio.", fixed: "O ministro deu uma entrevista coletiva no palácio.", lang: .pt),
            Example("Die Abstimmung im ⟦Haus der Repräsentanten⟧ wurde verschoben.", fixed: "Die Abstimmung im Repräsentantenhaus wurde verschoben.", lang: .de),
            Example("The minister gave a ⟦press wheel⟧ at the palace.", fixed: "The minister gave a press conference at the palace.", lang: .en),
            Example("Les deux dirigeants se serrent la main. (Ivan Petrov, ⟦photo de la piscine⟧ du Sénat via AP)",
                    fixed: "Les deux dirigeants se serrent la main. (Ivan Petrov, photo pool du Sénat via AP)"),
            Example("EFE/EPA/MAXIM SHIPENKOV/⟦PISCINE CRÉDIT OBLIGATOIRE⟧",
                    fixed: "EFE/EPA/MAXIM SHIPENKOV/POOL MANDATORY CREDIT"),
            Example("Le ministre a donné une ⟦roue de presse⟧ au palais.",
                    fixed: "Le ministre a donné une conférence de presse au palais."),
            Example("El presidente posa para la ⟦foto de la piscina⟧ oficial.",
                    fixed: "El presidente posa para la foto pool oficial.", lang: .es),
        ],
        nonTriggering: [
            Example("I bambini nuotano nella piscina comunale tutta l'estate.", lang: .it),
            Example("As crianças nadam na piscina do clube.", lang: .pt),
            Example("Die Kinder schwimmen im Schwimmbad der Stadt.", lang: .de),
            Example("The children swim in the pool every summer.", lang: .en),
            Example("Les enfants nagent dans la piscine municipale tout l'été."),
            Example("Le photographe a pris une photo de la plage et de la piscine de l'hôtel."),
            Example("Les journalistes du pool de presse ont suivi le président."),
            Example("La rueda de prensa terminó a las once.", lang: .es),
        ]
    )

    public init() {}

    public func findings(in context: RuleContext) -> [Finding] {
        let calques = context.profile.calques
        guard !calques.isEmpty else { return [] }
        let byFirst = context.profile.calquesByFirstWord

        let document = context.document
        let words = document.words
        let keyIDs = context.keyIDs
        let keyStrings = context.keyStrings
        let parts = WordParts(context)
        let filter = context.profile.calqueFirstWordFilter
        var findings: [Finding] = []
        // Per key id, whether the key or a hyphen-separated piece of it starts a calque
        // (0: not asked yet, 1: no, 2: yes): most words are skipped after one array read.
        var mayStart = [UInt8](repeating: 0, count: keyStrings.count)
        // Parts before this position lie inside a phrase already reported.
        var resume = WordParts.Position(word: 0, piece: 0)
        for n in words.indices {
            let id = Int(keyIDs[words[n]])
            if id >= 0 {
                if mayStart[id] == 0 {
                    let key = keyStrings[id]
                    mayStart[id] = filter.mayMatch(key) && Self.mayStartCalque(key, byFirst) ? 2 : 1
                }
                if mayStart[id] == 1 { continue }
            }
            let pieces = parts.parts(ofWord: n)
            for k in pieces.indices {
                let position = WordParts.Position(word: n, piece: k)
                guard resume <= position, let candidates = byFirst[pieces[k].key] else { continue }
                var window = WordParts.Window(parts, start: position, firstWordParts: pieces)
                var matched: (Calque, WordParts.Match)? = nil
                for calque in candidates {
                    if let m = window.match(calque.words) { matched = (calque, m); break }
                }
                guard let (calque, m) = matched else { continue }
                let range = pieces[k].range.lowerBound..<m.upperBound
                let original = document.string(in: range)
                let replacement = CaseShape.apply(of: original, to: calque.replacement)
                findings.append(finding(range, "Word-for-word translation of a fixed expression: \(calque.explanation.trimmingTrailingPeriod)",
                                        confidence: 0.8, fixes: [Fix(range, replacement, isSafe: false)]))
                resume = m.end
            }
        }
        return findings
    }

    /// Whether `key`, or a piece of it between hyphens, is the first word of a calque: the
    /// only words where a phrase can start. A superset of the parts `WordParts` cuts the word
    /// into, so a word without it is skipped safely. Asked only of the keys that
    /// `CalqueFirstWordFilter` lets through.
    private static func mayStartCalque(_ key: String, _ byFirst: ByteKeyDictionary<[Calque]>) -> Bool {
        if byFirst[key] != nil { return true }
        let pieces = key.split(separator: "-", omittingEmptySubsequences: false)
        return pieces.count > 1 && pieces.contains { byFirst[String($0)] != nil }
    }
}

/// Words of a document split at hyphens, with their folded keys and scalar ranges, so
/// phrases can be matched across "porte-parole" and "porte parole" alike. A part is
/// adjacent to the next when only white space separates them (or a hyphen inside a token).
/// Parts are cut on demand, word by word, only where a phrase may start.
struct WordParts {
    /// One part: its folded key, its scalar range, and whether it is joined to the next part
    /// by nothing but a space or a hyphen.
    struct Part {
        var key: String
        var range: Range<Int>
        var joinedToNext: Bool
    }

    /// A part: piece `piece` of word `word` (`document.words` index), in document order.
    struct Position: Comparable {
        var word: Int
        var piece: Int
        static func < (a: Position, b: Position) -> Bool {
            a.word != b.word ? a.word < b.word : a.piece < b.piece
        }
    }

    /// A matched phrase: the position just after its last part and that part's end.
    struct Match {
        var end: Position
        var upperBound: Int
    }

    let context: RuleContext

    init(_ context: RuleContext) { self.context = context }

    /// The parts of word `n`: the word itself, or its pieces between hyphens.
    func parts(ofWord n: Int) -> [Part] {
        let document = context.document
        let words = document.words
        let t = words[n]
        let token = document.tokens[t]
        let key = context.key(t)
        let nextIsAdjacent = n + 1 < words.count && document.separatedBySpaceOnly(t, words[n + 1])
            && document.lineOfToken[t] == document.lineOfToken[words[n + 1]]
        guard token.hasHyphen else {
            return [Part(key: key, range: token.range,
                         joinedToNext: nextIsAdjacent || (token.isElision && n + 1 < words.count && words[n + 1] == t + 1))]
        }
        var result: [Part] = []
        var offset = token.range.lowerBound
        let pieces = key.split(separator: "-", omittingEmptySubsequences: false)
        for (k, piece) in pieces.enumerated() {
            let length = piece.unicodeScalars.count
            result.append(Part(key: String(piece), range: offset..<(offset + length),
                               joinedToNext: k + 1 < pieces.count ? true : nextIsAdjacent))
            offset += length + 1
        }
        return result
    }

    /// The parts from one start position on, for trying each phrase that may start there: the
    /// parts of the following words are cut once, as the phrases tried reach them.
    struct Window {
        let source: WordParts
        let start: Position
        /// The parts of word `start.word + i`, for i = 0, 1, …
        private var words: [[Part]]

        /// `firstWordParts` are the parts of word `start.word`.
        init(_ source: WordParts, start: Position, firstWordParts: [Part]) {
            self.source = source
            self.start = start
            words = [firstWordParts]
        }

        /// The match when `phrase` matches the parts starting at `start`.
        mutating func match(_ phrase: [String]) -> Match? {
            let wordCount = source.context.document.words.count
            var w = 0, piece = start.piece
            var upperBound = 0
            for (k, expected) in phrase.enumerated() {
                if piece == words[w].count {
                    w += 1
                    if w == words.count {
                        guard start.word + w < wordCount else { return nil }
                        words.append(source.parts(ofWord: start.word + w))
                    }
                    piece = 0
                }
                let part = words[w][piece]
                if part.key != expected { return nil }
                if k + 1 < phrase.count && !part.joinedToNext { return nil }
                upperBound = part.range.upperBound
                piece += 1
            }
            let word = start.word + w
            let end = piece == words[w].count ? Position(word: word + 1, piece: 0) : Position(word: word, piece: piece)
            return Match(end: end, upperBound: upperBound)
        }
    }
}

extension CaseShape {
    /// Copies the case shape of `original` onto `replacement`: all capitals, a capital first
    /// letter, or the replacement as written.
    static func apply(of original: String, to replacement: String) -> String {
        let letters = original.unicodeScalars.filter { CharacterClass.isLetter($0) }
        let uppers = letters.filter { CharacterClass.isUppercase($0) }.count
        let lowers = letters.filter { CharacterClass.isLowercase($0) }.count
        if uppers >= 2 && lowers == 0 { return replacement.uppercased() }
        if let first = letters.first, CharacterClass.isUppercase(first), let r = replacement.first {
            return r.uppercased() + replacement.dropFirst()
        }
        return replacement
    }
}

extension String {
    /// The string without a final period (messages carry none).
    var trimmingTrailingPeriod: String { hasSuffix(".") ? String(dropLast()) : self }
}
