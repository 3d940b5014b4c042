extension UntranslatedFragmentRule {
    public static let description = RuleDescription(
        id: "untranslated-fragment",
        name: "Untranslated Fragment",
        category: .untranslatedFragment,
        summary: "Finds paragraphs, sentences and short runs of words left in another language",
        rationale: """
            MT pipelines pass through what they fail to translate or take for a name: a whole \
            paragraph stays Spanish in French copy, an English sentence stays in Spanish copy, link \
            texts keep "del Gobierno" or "of the". The rule identifies each paragraph and sentence \
            with the common-word language model (fr, es, it, pt, de, en) and reports units of at \
            least 8 known words whose language beats the document's by a factor of 1,000. Short runs \
            need a lowercase function word of the other language that the document's language does \
            not use (an anchor) plus at least one more word of that language; capitalised function \
            words (names such as "Los Angeles", "La Paz"), runs continuing a capitalised name, text \
            in quotes or brackets (titles, glosses) and code are left alone, and so is foreign speech \
            quoted as said when the words outside the quotes are in the document's language. Report only: the \
            translation cannot be guessed.
            """,
        triggering: [
            Example("Le gouvernement a présenté son budget mardi.\n\n⟦El Gobierno aprobó ayer el proyecto de ley de presupuestos, que ahora deberá ser debatido en el Congreso de los Diputados.⟧\n\nLe vote aura lieu en octobre.", lang: .fr),
            Example("Le président ⟦del Gobierno⟧ a annoncé hier une réforme des retraites.", lang: .fr),
            Example("Les représentants de ⟦los trabajadores⟧ ont quitté la salle avant la fin de la réunion.", lang: .fr),
            Example("El ministro habló con la prensa el lunes. ⟦The government will announce the new measures at the end of the week.⟧ La oposición criticó el anuncio.", lang: .es),
            Example("La empresa presentó sus resultados ⟦of the last year⟧ con un aumento de las ventas.", lang: .es),
            Example("Die Regierung will mit den Gewerkschaften ⟦of the country⟧ über die Löhne verhandeln.", lang: .de),
            Example("Die Ergebnisse werden am Montag veröffentlicht. ⟦Click here to download the full report and all the tables.⟧ Die Zahlen sind vorläufig.", lang: .de),
            Example("The minister met the leaders ⟦de la région⟧ on Monday to discuss the budget.", lang: .en),
            Example("The agency said the talks would resume next week. ⟦Le gouvernement a déclaré qu’il ne reviendrait pas sur sa décision.⟧ No date has been set.", lang: .en),
            Example("Il governo ha detto ⟦que los trabajadores⟧ avranno un aumento del salario.", lang: .it),
            Example("O ministro afirmou que ⟦the new rules⟧ entram em vigor na próxima semana.", lang: .pt),
            // A quoted paragraph with nothing outside the quotes to attribute it is still reported.
            Example("Os resultados foram publicados ontem.\n\n⟦«We have heard so much about this town from other bands. Everyone says the audience is different.»⟧\n\nO festival começa em agosto.", lang: .pt),
        ],
        nonTriggering: [
            Example("Il habite dans la ville de Los Angeles depuis dix ans.", lang: .fr),
            Example("Le Museo del Prado a rouvert ses portes après les travaux.", lang: .fr),
            Example("Ils ont voyagé au Salvador, à El Salvador puis à La Paz.", lang: .fr),
            Example("Le film « The Lord of the Rings » est sorti en 2001.", lang: .fr),
            Example("On parle alors de déni de service (denial of service).", lang: .fr),
            Example("Le paquet est téléchargé depuis un mirror proche.", lang: .fr),
            Example("El paquete se descarga desde el mirror más cercano del proyecto.", lang: .es),
            Example("The term is used per se in many contexts, and de facto it is the norm.", lang: .en),
            Example("Klicken Sie auf den Download-Button und dann auf the download button.", lang: .de),
            Example("Der Film „The Lord of the Rings“ kam 2001 in die Kinos.", lang: .de),
            Example("Il Banco del Estado ha chiuso in rialzo.", lang: .it),
            Example("O pacote é baixado de um mirror próximo, como o do Debian.", lang: .pt),
            // An English name with a lowercase link before its article; a loan idiom.
            Example("La fondazione Friends in the Open Air ha sostenuto il progetto.", lang: .it),
            Example("Die Gruppe Artists in the Green Valley hat das Festival organisiert.", lang: .de),
            Example("Last but not least danke ich meinem Team für die Geduld.", lang: .de),
            // Foreign speech quoted as said, attributed in the document's language; the quote may
            // open the paragraph.
            Example("«I made it with fishermen who have never seen a museum», ha detto l’artista in inglese ricevendo il premio.", lang: .it),
            Example("La riunione è stata lunga.\n\n«Wir sind nicht gegen den Tourismus, aber gegen noch mehr Beton», ha detto in tedesco la portavoce del comitato.", lang: .it),
            Example("«We have heard so much about this town from other bands. Everyone says the audience is different», disse a cantora num vídeo divulgado pela organização.", lang: .pt),
        ]
    )
}
