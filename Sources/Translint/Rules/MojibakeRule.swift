/// Finds encoding damage: UTF-8 bytes decoded in a single-byte codepage ("Ã©tÃ©" for "été",
/// "â€™" for "’"), possibly twice, HTML entities left in plain text and stray C1 controls.
/// The detection and repair live in `MojibakeDetector`; this rule reports its repairs.
public struct MojibakeRule: Rule {
    public static let description = RuleDescription(
        id: "mojibake", name: "Mojibake", category: .mojibake,
        summary: "Text garbled by a wrong character encoding, HTML entities or C1 controls",
        rationale: """
        Copy that passes through several systems gets its UTF-8 bytes read as Windows-1252, \
        Latin-1, MacRoman or Windows-1251/1250 ("Ã©" for "é"), sometimes twice. The detector \
        re-encodes suspicious runs with each codepage and decodes them as UTF-8, repeating while \
        that keeps working, and accepts the result only when a badness score (pairs of characters \
        that almost never meet in real text) drops clearly. HTML entities outside markup and \
        C1 control characters are repaired too. Text that legitimately holds "Ã", "€" or \
        Turkish, Vietnamese and Nordic letters is left alone (ftfy's negative cases are tests).
        """,
        triggering: [
            Example("It⟦â€™⟧s a nice day.", fixed: "It’s a nice day.", lang: .en),
            Example("Informa⟦Ã§Ã£⟧o ⟦Ã©⟧ importante para a popula⟦Ã§Ã£⟧o.", fixed: "Informação é importante para a população.", lang: .pt),
            Example("Il caff⟦Ã¨⟧ ⟦Ã¨⟧ pronto.", fixed: "Il caffè è pronto.", lang: .it),
            Example("Die Pr⟦Ã¼⟧fung ist f⟦Ã¼⟧r morgen.", fixed: "Die Prüfung ist für morgen.", lang: .de),
            Example("L'⟦Ã©⟧t⟦Ã©⟧ sera chaud.", fixed: "L'été sera chaud."),
            Example("Il faut l⟦â€™⟧écrire.", fixed: "Il faut l’écrire."),
            Example("Los dem⟦Ã¡⟧s paquetes.", fixed: "Los demás paquetes.", lang: .es),
            Example("Un angle de 90⟦Â°⟧.", fixed: "Un angle de 90°."),
            Example("Le caf⟦&eacute;⟧ est servi.", fixed: "Le café est servi."),
        ],
        nonTriggering: [
            Example("El año próximo será mejor para todos.", lang: .es),
            Example("Perché è così difficile?", lang: .it),
            Example("Größe und Übung sind wichtig.", lang: .de),
            Example("INFORMAÇÃO IMPORTANTE SOBRE A INSCRIÇÃO", lang: .pt),
            Example("Le prix est de 20 € TTC, soit 16,67 € HT."),
            Example("Le Nouvel An vietnamien, Tết, tombe en février."),
            Example("Åsa og Ødegaard bor i Tromsø.", lang: .en),
            Example("Voir https://example.org/?a=1&b=2 pour les détails."),
        ]
    )

    public init() {}

    public func findings(in context: RuleContext) -> [Finding] {
        MojibakeDetector.repairs(in: context.document.text).map { repair in
            let what: String
            switch repair.kind {
            case .mojibake: what = "Encoding damage: \(repair.explanation)"
            case .htmlEntity: what = "HTML entity left in plain text: \(repair.explanation)"
            case .c1Control: what = "C1 control character, a Windows-1252 character decoded as Latin-1: \(repair.explanation)"
            }
            return finding(repair.range, what, confidence: repair.confidence,
                           fixes: [Fix(repair.range, repair.replacement, isSafe: repair.isSafe)])
        }
    }
}
