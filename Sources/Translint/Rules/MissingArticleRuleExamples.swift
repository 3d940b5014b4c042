extension MissingArticleRule {
    static let triggeringExamples: [Example] = [
        Example("Le président a remercié ⟦Corée⟧ du Nord pour son soutien.",
                fixed: "Le président a remercié la Corée du Nord pour son soutien."),
        Example("Les soldats ont combattu ⟦dans Ukraine⟧ pendant des mois.",
                fixed: "Les soldats ont combattu en Ukraine pendant des mois."),
        Example("Les sanctions menées ⟦par États⟧-Unis visent le secteur bancaire.",
                fixed: "Les sanctions menées par les États-Unis visent le secteur bancaire."),
        Example("Il s’est exprimé devant le Conseil de sécurité ⟦du ONU⟧ hier soir.",
                fixed: "Il s’est exprimé devant le Conseil de sécurité de l’ONU hier soir."),
        Example("Le ministre a ensuite dit que ⟦Russie⟧ continuerait ses livraisons.",
                fixed: "Le ministre a ensuite dit que la Russie continuerait ses livraisons."),
        Example("⟦Avec Chine⟧, le pays a signé un accord commercial.",
                fixed: "Avec la Chine, le pays a signé un accord commercial."),
        Example("Les diplomates ⟦de États⟧-Unis sont arrivés lundi.",
                fixed: "Les diplomates des États-Unis sont arrivés lundi."),
        Example("Il a effectué son premier voyage ⟦à Corée⟧ du Nord depuis 24 ans.",
                fixed: "Il a effectué son premier voyage en Corée du Nord depuis 24 ans."),
        Example("Les exportations ⟦dans Mexique⟧ ont doublé en un an.",
                fixed: "Les exportations au Mexique ont doublé en un an."),
    ]

    static let nonTriggeringExamples: [Example] = [
        Example("L’ambassade de Russie a publié un communiqué."),
        Example("France 2 a diffusé le reportage en direct."),
        Example("Les relations entre la Chine et l’Inde se sont tendues."),
        Example("Il vit à Cuba depuis dix ans."),
        Example("Le match Ukraine-Russie a été annulé."),
        Example("Radio France et France Télévisions ont couvert l’événement."),
        Example("Russie : Moscou dément tout lien avec l’attaque."),
        Example("Le fuseau horaire Europe/Paris est utilisé par défaut."),
        Example("L’équipe de France a battu le Japon en demi-finale."),
        Example("Le module PAM vérifie les mots de passe, et la configuration PAM se trouve dans /etc."),
    ]
}
