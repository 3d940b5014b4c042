import Foundation

/// Finds page furniture that a scraper carried into the text: navigation labels ("NEXT …",
/// "Lire aussi : …"), advertising and sharing labels, and lines holding nothing but a dash or
/// bullet left over from a list or a removed link.
public struct LeakedBoilerplateRule: Rule {
    public static let description = RuleDescription(
        id: "leaked-boilerplate", name: "Leaked Boilerplate", category: .leakedBoilerplate,
        summary: "A line of web-page furniture (navigation, advert, share button, lone dash) left in the text",
        rationale: """
        Scrapers keep more than the article: "NEXT" links to the following story, "Lire aussi" \
        teasers, "Publicité" slots, rows of share buttons, and lone dashes or bullets where a \
        link or an image was. Each language's `boilerplate.tsv` (and a common list of English \
        web labels) holds patterns that must match a whole line; a line of a single dash or \
        bullet also counts. Section breaks such as "* * *" are left alone. The fix deletes the \
        line with its line end.
        """,
        triggering: [
            Example("The minister answered questions.\n⟦Read more: Budget passed at first reading\n⟧Then he left the room.", fixed: "The minister answered questions.\nThen he left the room.", lang: .en),
            Example("Il ministro ha risposto alle domande.\n⟦Leggi anche: Il bilancio approvato in prima lettura\n⟧Poi ha lasciato la sala.", fixed: "Il ministro ha risposto alle domande.\nPoi ha lasciato la sala.", lang: .it),
            Example("O ministro respondeu às perguntas.\n⟦Leia também: O orçamento aprovado em primeira leitura\n⟧Depois saiu da sala.", fixed: "O ministro respondeu às perguntas.\nDepois saiu da sala.", lang: .pt),
            Example("Der Minister beantwortete die Fragen.\n⟦Lesen Sie auch: Haushalt in erster Lesung beschlossen\n⟧Dann verließ er den Saal.", fixed: "Der Minister beantwortete die Fragen.\nDann verließ er den Saal.", lang: .de),
            Example("Le sommet s'est achevé mardi.\n⟦-\n⟧\nLes deux pays ont signé un accord.",
                    fixed: "Le sommet s'est achevé mardi.\n\nLes deux pays ont signé un accord."),
            Example("Le sommet s'est achevé mardi.\n⟦\nNEXT Ligue 1 : le PSG s'impose face à Lyon⟧",
                    fixed: "Le sommet s'est achevé mardi.\n"),
            Example("Le ministre a répondu aux questions.\n⟦Lire aussi : Le budget adopté en première lecture\n⟧Il a ensuite quitté la salle.",
                    fixed: "Le ministre a répondu aux questions.\nIl a ensuite quitté la salle."),
            Example("El ministro respondió a las preguntas.\n⟦•\n⟧Después salió de la sala.",
                    fixed: "El ministro respondió a las preguntas.\nDespués salió de la sala.", lang: .es),
        ],
        nonTriggering: [
            Example("El próximo año la cumbre será en Ginebra.", lang: .es),
            Example("Il prossimo anno il vertice si terrà a Ginevra.", lang: .it),
            Example("No próximo ano a cúpula será em Genebra.", lang: .pt),
            Example("Nächstes Jahr findet der Gipfel in Genf statt.", lang: .de),
            Example("Le sommet s'est achevé mardi.\n\n* * *\n\nLes deux pays ont signé un accord."),
            Example("Il a dit qu'il lirait aussi le rapport.\nLa suite au prochain numéro, promet-il."),
            Example("- Un premier point de la liste\n- Un second point de la liste"),
            Example("Next year the summit will take place in Geneva.", lang: .en),
        ]
    )

    public init() {}

    /// Lines this long or longer are prose, never furniture; skipping them keeps the rule fast.
    static let maximumLength = 200

    public func findings(in context: RuleContext) -> [Finding] {
        let document = context.document
        let matcher = context.profile.boilerplateMatcher
        let byBytes = context.textIsSimple
        var seen: [TextKey: BoilerplatePattern?] = [:]
        var findings: [Finding] = []
        for (l, line) in document.lines.enumerated() where !line.isBlank {
            guard line.range.count <= LeakedBoilerplateRule.maximumLength else { continue }
            let trimmed = document.trimmedRange(line.range)
            let lone = trimmed.count == 1 && isLoneMark(document.scalars[trimmed.lowerBound])
            // Most lines start like no pattern: skip them before building a String.
            guard lone || matcher.mayMatch(document.scalars[trimmed]) else { continue }
            let content = document.string(in: trimmed)
            var message: String? = nil
            var confidence = 0.0
            if lone {
                message = "A line holding only '\(content)' is a leftover of a list or a removed link"
                confidence = 0.75
            } else if let pattern = seen[TextKey(text: content, byBytes: byBytes)] ?? {
                let found = matcher.match(content)
                seen[TextKey(text: content, byBytes: byBytes)] = .some(found)
                return found
            }() {
                message = "Web-page furniture (\(pattern.kind)) left in the text: \(pattern.explanation.trimmingTrailingPeriod)"
                confidence = 0.85
            }
            guard let message else { continue }
            var range = line.range.lowerBound..<line.terminator.upperBound
            if line.terminator.isEmpty, l > 0 {
                range = document.lines[l - 1].terminator.lowerBound..<line.range.upperBound
            }
            findings.append(finding(range, message, confidence: confidence, fixes: [Fix(range, "", isSafe: true)]))
        }
        return findings
    }

    /// A dash or bullet, which alone on a line is a leftover (a section break like "***" or
    /// "* * *" has more than one scalar).
    private func isLoneMark(_ only: Unicode.Scalar) -> Bool {
        switch only {
        case "-", "\u{2013}", "\u{2014}", "\u{2022}", "|", "\u{00B7}", "\u{25AA}", "\u{25CF}", ">", "\u{203A}", "\u{00BB}":
            return true
        default:
            return false
        }
    }
}
