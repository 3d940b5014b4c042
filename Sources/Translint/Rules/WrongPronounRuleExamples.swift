extension WrongPronounRule {
    static let triggeringExamples: [Example] = [
        Example("Avant son départ, Macron ⟦je⟧ voyage vers Lyon pour une réunion."),
        Example("Le ministère a indiqué que Scholz ⟦je⟧ visiterai aussi Varsovie."),
        Example("Selon la presse, Merkel ⟦nous⟧ avons rencontré le pape."),
        Example("Mardi soir, Lula ⟦j’⟧ai signé le décret."),
        Example("Según la agencia, Lula ⟦yo⟧ viajo a Brasilia el martes.", lang: .es),
        Example("Secondo l’agenzia, Draghi ⟦io⟧ visiterò Parigi.", lang: .it),
        Example("Segundo a agência, Lula ⟦eu⟧ viajo para Brasília.", lang: .pt),
        Example("Laut der Agentur, Scholz ⟦ich⟧ reise nach Paris.", lang: .de),
    ]

    static let nonTriggeringExamples: [Example] = [
        Example("« Macron je ne le connais pas », a-t-il dit."),
        Example("Macron, je vous remercie de votre accueil."),
        Example("Macron nous a dit qu’il viendrait."),
        Example("À Lyon je me sens chez moi."),
        Example("Lundi je serai à Bruxelles pour le sommet."),
        Example("Lula y yo viajamos juntos a Brasilia.", lang: .es),
        Example("Draghi e io siamo d’accordo.", lang: .it),
        Example("Lula e eu viajamos juntos.", lang: .pt),
        Example("Für dessen Lösung wir gute Ideen haben.", lang: .de),
        Example("Herr Scholz, ich danke Ihnen.", lang: .de),
    ]
}
