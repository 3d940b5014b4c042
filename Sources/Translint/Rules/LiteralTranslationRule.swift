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
        let parts = WordParts(context)
        var findings: [Finding] = []
        // Whether a whole word's key starts a calque, asked once per distinct key.
        var startsCalque = KeyMemo<Bool>(context)
        var index = 0
        while index < parts.count {
            let id = Int(parts.keyIDs[index])
            if id >= 0, !startsCalque.value(id, { byFirst[context.keyStrings[id]] != nil }) { index += 1; continue }
            guard let candidates = byFirst[parts.keys[index]] else { index += 1; continue }
            var matched: (Calque, Int)? = nil
            for calque in candidates {
                if let end = parts.match(calque.words, at: index) { matched = (calque, end); break }
            }
            guard let (calque, end) = matched else { index += 1; continue }
            let range = parts.ranges[index].lowerBound..<parts.ranges[end - 1].upperBound
            let original = document.string(in: range)
            let replacement = CaseShape.apply(of: original, to: calque.replacement)
            findings.append(finding(range, "Word-for-word translation of a fixed expression: \(calque.explanation.trimmingTrailingPeriod)",
                                    confidence: 0.8, fixes: [Fix(range, replacement, isSafe: false)]))
            index = end
        }
        return findings
    }
}

/// Words of a document split at hyphens, with their folded keys and scalar ranges, so
/// phrases can be matched across "porte-parole" and "porte parole" alike. A part is
/// adjacent to the next when only white space separates them (or a hyphen inside a token).
struct WordParts {
    var keys: [String] = []
    /// The context's key id of a part that is a whole word, -1 for a piece of a compound.
    var keyIDs: [Int32] = []
    var ranges: [Range<Int>] = []
    /// Whether part i and part i+1 are joined by nothing but a space or a hyphen.
    var joinedToNext: [Bool] = []

    var count: Int { keys.count }

    init(_ context: RuleContext) {
        let document = context.document
        for (n, t) in document.words.enumerated() {
            let token = document.tokens[t]
            let key = context.keys[t]
            let nextIsAdjacent = n + 1 < document.words.count && document.separatedBySpaceOnly(t, document.words[n + 1])
                && document.lineOfToken[t] == document.lineOfToken[document.words[n + 1]]
            if token.hasHyphen {
                var offset = token.range.lowerBound
                let pieces = key.split(separator: "-", omittingEmptySubsequences: false)
                for (k, piece) in pieces.enumerated() {
                    let length = piece.unicodeScalars.count
                    keys.append(String(piece))
                    keyIDs.append(-1)
                    ranges.append(offset..<(offset + length))
                    joinedToNext.append(k + 1 < pieces.count ? true : nextIsAdjacent)
                    offset += length + 1
                }
            } else {
                keys.append(key)
                keyIDs.append(Int32(context.keyID(t)))
                ranges.append(token.range)
                joinedToNext.append(nextIsAdjacent || (token.isElision && n + 1 < document.words.count
                                                        && document.words[n + 1] == t + 1))
            }
        }
    }

    /// The end index (exclusive) when `words` match the parts starting at `start`.
    func match(_ words: [String], at start: Int) -> Int? {
        guard start + words.count <= count else { return nil }
        for (k, w) in words.enumerated() {
            if keys[start + k] != w { return nil }
            if k + 1 < words.count && !joinedToNext[start + k] { return nil }
        }
        return start + words.count
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
