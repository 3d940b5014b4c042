import Foundation

/// Finds a line repeated verbatim: syndication pipelines paste a title or photo caption twice
/// (once from the page, once from the image's alt text or the share card).
public struct DuplicateLineRule: Rule {
    public static let description = RuleDescription(
        id: "duplicate-line", name: "Duplicate Line", category: .duplicateLine,
        summary: "A title, caption or paragraph repeated verbatim",
        rationale: """
        Scrapers and syndication feeds often emit the same title or caption twice, from the page \
        and from the image's alt text. A line of at least five words (or 30 letters) that repeats \
        an earlier line exactly, ignoring surrounding white space, is flagged; the fix deletes the \
        repeat with its line end. Repeats that follow right after the original (blank lines \
        aside) are near-certain; distant ones less so. Short lines (list items, refrains) are \
        left alone.
        """,
        triggering: [
            Example("Il presidente è arrivato a Roma martedì sera\n⟦Il presidente è arrivato a Roma martedì sera\n⟧\nÈ stato accolto dal primo ministro.", fixed: "Il presidente è arrivato a Roma martedì sera\n\nÈ stato accolto dal primo ministro.", lang: .it),
            Example("O presidente chegou a Lisboa na terça-feira à noite\n⟦O presidente chegou a Lisboa na terça-feira à noite\n⟧\nFoi recebido pelo primeiro-ministro.", fixed: "O presidente chegou a Lisboa na terça-feira à noite\n\nFoi recebido pelo primeiro-ministro.", lang: .pt),
            Example("Der Präsident ist am Dienstagabend in Berlin eingetroffen\n⟦Der Präsident ist am Dienstagabend in Berlin eingetroffen\n⟧\nEr wurde vom Kanzler empfangen.", fixed: "Der Präsident ist am Dienstagabend in Berlin eingetroffen\n\nEr wurde vom Kanzler empfangen.", lang: .de),
            Example("The president arrived in London on Tuesday evening\n⟦The president arrived in London on Tuesday evening\n⟧\nHe was met by the prime minister.", fixed: "The president arrived in London on Tuesday evening\n\nHe was met by the prime minister.", lang: .en),
            Example("Le président est arrivé à Hanoï mardi soir\n⟦Le président est arrivé à Hanoï mardi soir\n⟧\nIl a été accueilli par le Premier ministre.",
                    fixed: "Le président est arrivé à Hanoï mardi soir\n\nIl a été accueilli par le Premier ministre."),
            Example("Titre de l'article sur la visite officielle\n\n⟦Titre de l'article sur la visite officielle\n⟧⟦Titre de l'article sur la visite officielle\n⟧Texte.",
                    fixed: "Titre de l'article sur la visite officielle\n\nTexte."),
            Example("Los líderes se reúnen en la cumbre regional. (EFE)⟦\nLos líderes se reúnen en la cumbre regional. (EFE)⟧",
                    fixed: "Los líderes se reúnen en la cumbre regional. (EFE)", lang: .es),
            Example("Texte de l'article.\r\nLa légende de la photo du sommet de Genève.\r\n⟦La légende de la photo du sommet de Genève.\r\n⟧Fin.",
                    fixed: "Texte de l'article.\r\nLa légende de la photo du sommet de Genève.\r\nFin."),
        ],
        nonTriggering: [
            Example("Sí\nSí\nNo", lang: .es),
            Example("Sì\nSì\nNo", lang: .it),
            Example("Sim\nSim\nNão", lang: .pt),
            Example("Ja\nJa\nNein", lang: .de),
            Example("Yes\nYes\nNo", lang: .en),
            Example("Oui\nOui\nNon"),
            Example("Refrain :\nLa la la\nLa la la"),
            Example("Le président est arrivé à Hanoï mardi soir.\nLe président est reparti à Pékin mercredi matin."),
            Example("* * *\nUn premier chapitre assez long pour compter.\n* * *\nUn second chapitre différent du premier."),
        ]
    )

    public init() {}

    public func findings(in context: RuleContext) -> [Finding] {
        let document = context.document
        // Lines are compared as Strings (canonical equivalence). When no scalar of the document
        // is U+0300 or above, every line is in NFC and byte equality is String equality, so the
        // lines are keyed by their UTF-8 bytes, sliced from the document (see `ByteKeyTable`):
        // no String to build and no line to normalise for the hash.
        if context.textIsSimple {
            return document.utf8.withUnsafeBufferPointer { utf8 in
                repeats(in: document) { r in
                    LineBytesKey(utf8, document.utf8Offset(ofScalar: r.lowerBound)..<document.utf8Offset(ofScalar: r.upperBound))
                }
            }
        }
        return repeats(in: document) { r in TextKey(text: document.string(in: r), byBytes: false) }
    }

    /// The repeats among the lines, each keyed by `key` of its trimmed scalar range.
    private func repeats<Key: Hashable>(in document: Document, key: (Range<Int>) -> Key) -> [Finding] {
        var firstSeen: [Key: Int] = [:]
        var findings: [Finding] = []
        var previousContent: Key? = nil
        for (l, line) in document.lines.enumerated() {
            guard !line.isBlank else { continue }
            let trimmed = document.trimmedRange(line.range)
            let content = key(trimmed)
            defer { previousContent = content }
            var words = 0
            for t in line.tokens where document.tokens[t].kind == .word { words += 1; if words >= 5 { break } }
            guard words >= 5 || document.scalars[trimmed].lazy.filter({ CharacterClass.isLetter($0) }).count >= 30 else { continue }
            guard let first = firstSeen[content] else { firstSeen[content] = l; continue }
            // Adjacent repeats (only blank lines or other copies in between) are near-certain.
            let adjacent = previousContent == content
            var range = line.range.lowerBound..<line.terminator.upperBound
            if line.terminator.isEmpty, l > 0 {
                range = document.lines[l - 1].terminator.lowerBound..<line.range.upperBound
            }
            findings.append(finding(range, "This line repeats line \(first + 1) word for word",
                                    confidence: adjacent ? 0.95 : 0.7,
                                    fixes: [Fix(range, "", isSafe: adjacent)]))
        }
        return findings
    }
}
