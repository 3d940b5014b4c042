/// Machine translation and copy-paste from hyperlinked sources drop the hyphen of compound
/// place names ("États Unis" for "États-Unis", "Royaume Uni", "Nouvelle Zélande"): link text
/// is re-tokenised word by word and rejoined with spaces. The gazetteer gives each name's
/// canonical spelling, so a name matched word for word with a space where every accepted
/// spelling has a hyphen is flagged, and the space becomes a hyphen. Only names from the
/// gazetteer are checked: general compounds ("porte parole") need a lexicon of hyphenated
/// words, which the frequency lists do not have (they split at hyphens).
public struct MissingHyphenRule: Rule {
    public static let description = RuleDescription(
        id: "missing-hyphen", name: "Missing Hyphen", category: .missingHyphen,
        summary: "A hyphenated place name written with a space, as in \"États Unis\"",
        rationale: """
            Finds gazetteer names (countries, regions, continents) in the text whatever their \
            hyphens and capitals, and flags each space that stands where every spelling of the \
            name in the gazetteer (canonical name and aliases) has a hyphen; the fix puts the \
            hyphen back. Names whose words do not keep the gazetteer's capitals ("les États unis \
            dans leur refus") are left alone, as are institutions and cities, whose unhyphenated \
            forms are common usage ("Maison Blanche", "Addis Abeba"). When the name's last word \
            is glued to the next word ("États Unisa déclaré"), only the space is edited so the \
            merged-word fix can apply in the same round.
            """,
        triggering: MissingHyphenRule.triggeringExamples,
        nonTriggering: MissingHyphenRule.nonTriggeringExamples
    )

    public init() {}

    static let checkedKinds: Set<String> = ["country", "region", "continent", "state", "land"]

    public func findings(in context: RuleContext) -> [Finding] {
        let document = context.document
        var findings: [Finding] = []
        let gazetteer = context.profile.gazetteer
        for m in GazetteerMatcher(context).matches() where MissingHyphenRule.checkedKinds.contains(m.entry.kind) {
            guard m.joints.contains(where: { if case .space = $0 { return true } else { return false } }) else { continue }
            // Accepted spellings with the same words (aliases may legitimise the space).
            let matchedWords = Gazetteer.words(of: m.spelling)
            let shapes = gazetteer.spellings(of: m.entry)
                .filter { $0.words == matchedWords }
                .map { SpellingShape($0.text) }
            guard !shapes.isEmpty, shapes.allSatisfy({ $0.words.count == m.parts.count }) else { continue }
            // The document's capitals must agree with some spelling word by word (all caps allowed).
            var capitalsAgree = true
            for (k, part) in m.parts.enumerated() {
                let surface = document.string(in: part.range)
                let shape = document.tokens[part.token].shape
                if shape == .upper { continue }
                let expected = shapes.contains { spellingShape in
                    let w = spellingShape.words[k]
                    let firstUpper = w.unicodeScalars.first.map(CharacterClass.isUppercase) ?? false
                    let hereUpper = surface.unicodeScalars.first.map(CharacterClass.isUppercase) ?? false
                    return firstUpper == hereUpper || (k == 0 && hereUpper && document.tokens[part.token].capitalIsLicensed)
                }
                if !expected { capitalsAgree = false; break }
            }
            guard capitalsAgree else { continue }
            var edits: [Edit] = []
            for (k, joint) in m.joints.enumerated() {
                guard case .space(let spaceToken) = joint else { continue }
                let everyHyphen = shapes.allSatisfy { $0.joints[k] == .hyphen }
                guard everyHyphen else { continue }
                let space = document.tokens[spaceToken]
                guard space.range.count == 1 else { continue }
                edits.append(Edit(space.range, "-"))
            }
            guard !edits.isEmpty, let canonical = shapes.first else { continue }
            let hyphenated = canonical.words.enumerated().map { k, w in
                k == 0 ? w : (canonical.joints[k - 1] == .hyphen ? "-" : canonical.joints[k - 1] == .space ? " " : "") + w
            }.joined()
            // With a glued tail, keep the finding off the glued token so the merged-word fix stays free.
            let range: Range<Int> = m.mergedTail
                ? m.range.lowerBound..<(edits.last?.range.upperBound ?? m.range.upperBound)
                : m.range
            findings.append(finding(range, "\"\(hyphenated)\" is written with a hyphen; a space here is a broken compound name",
                                    confidence: 0.9, fixes: [Fix(edits, isSafe: true)]))
        }
        return findings
    }
}

extension MissingHyphenRule {
    static let triggeringExamples: [Example] = [
        Example("Les sanctions menées par les ⟦États Unis⟧ se durcissent.",
                fixed: "Les sanctions menées par les États-Unis se durcissent."),
        Example("Le porte-parole du Conseil national de sécurité des ⟦États ⟧Unisa déclaré que la visite inquiète.",
                fixed: "Le porte-parole du Conseil national de sécurité des États-Unisa déclaré que la visite inquiète."),
        Example("La Première ministre s’est rendue au ⟦Royaume Uni⟧ puis en ⟦Nouvelle Zélande⟧ cet été.",
                fixed: "La Première ministre s’est rendue au Royaume-Uni puis en Nouvelle-Zélande cet été."),
        Example("Les tensions au ⟦Moyen Orient⟧ pèsent sur le prix du pétrole.",
                fixed: "Les tensions au Moyen-Orient pèsent sur le prix du pétrole."),
        Example("Le président s’est rendu en ⟦Extrême Orient⟧ russe en septembre.",
                fixed: "Le président s’est rendu en Extrême-Orient russe en septembre."),
        Example("Les exportations vers les ⟦Pays Bas⟧ ont reculé de 4 % en un an.",
                fixed: "Les exportations vers les Pays-Bas ont reculé de 4 % en un an."),
        Example("La cumbre reunió a los líderes de ⟦Asia Pacífico⟧ en Lima.",
                fixed: "La cumbre reunió a los líderes de Asia-Pacífico en Lima.", lang: .es),
        Example("El presidente de ⟦Guinea Bissau⟧ visitó Lisboa el martes.",
                fixed: "El presidente de Guinea-Bissau visitó Lisboa el martes.", lang: .es),
        Example("Le elezioni in ⟦Guinea Bissau⟧ sono state rinviate.",
                fixed: "Le elezioni in Guinea-Bissau sono state rinviate.", lang: .it),
        Example("Gli investimenti nel ⟦Sud est asiatico⟧ sono cresciuti.",
                fixed: "Gli investimenti nel Sud-est asiatico sono cresciuti.", lang: .it),
        Example("O presidente da ⟦Guiné Bissau⟧ chegou a Lisboa.",
                fixed: "O presidente da Guiné-Bissau chegou a Lisboa.", lang: .pt),
        Example("A missão da ONU em ⟦Timor Leste⟧ terminou em 2012.",
                fixed: "A missão da ONU em Timor-Leste terminou em 2012.", lang: .pt),
        Example("Der Außenminister reiste nach ⟦Saudi Arabien⟧ weiter.",
                fixed: "Der Außenminister reiste nach Saudi-Arabien weiter.", lang: .de),
        Example("Die Wahl in ⟦Guinea Bissau⟧ wurde verschoben.",
                fixed: "Die Wahl in Guinea-Bissau wurde verschoben.", lang: .de),
        Example("Tensions in the ⟦Indo Pacific⟧ have risen sharply.",
                fixed: "Tensions in the Indo-Pacific have risen sharply.", lang: .en),
        Example("The president of ⟦Guinea Bissau⟧ arrived in Lisbon on Monday.",
                fixed: "The president of Guinea-Bissau arrived in Lisbon on Monday.", lang: .en),
    ]

    static let nonTriggeringExamples: [Example] = [
        Example("Les sanctions menées par les États-Unis se durcissent."),
        Example("Des États unis dans leur refus ont bloqué la résolution."),
        Example("Le porte-parole de la Maison Blanche a démenti l’information."),
        Example("Le Premier ministre du Viêt Nam est attendu à Paris."),
        Example("Les pays bas de la région souffrent de la sécheresse."),
        Example("Il a quitté Tel Aviv pour Addis Abeba la semaine dernière."),
        Example("El presidente de Guinea Bisáu visitó Lisboa el martes.", lang: .es),
        Example("Los Estados Unidos y Corea del Sur firmaron el acuerdo.", lang: .es),
        Example("Gli Stati Uniti e la Guinea-Bissau hanno firmato.", lang: .it),
        Example("Il Sud est la parte più povera del paese.", lang: .it),
        Example("O presidente de Papua Nova Guiné chegou ontem.", lang: .pt),
        Example("Os Estados Unidos anunciaram novas sanções.", lang: .pt),
        Example("Der Außenminister reiste nach Saudi-Arabien weiter.", lang: .de),
        Example("Die Vereinigten Staaten kündigten neue Sanktionen an.", lang: .de),
        Example("Leaders from across Asia Pacific met in Lima.", lang: .en),
        Example("The United States and South Korea signed the deal.", lang: .en),
    ]
}
