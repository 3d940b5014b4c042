// Examples for `MergedWordRule`: real-looking news sentences in every supported language.
// Triggering examples mark the glued token; `fixed:` is the text after inserting the space.
extension MergedWordRule {
    static let triggeringExamples: [Example] = [
        // A frequent head before a tail that never ends a word, or a weak-suffix tail.
        Example("Le système reste ⟦véloceavec⟧ de gros fichiers.", fixed: "Le système reste véloce avec de gros fichiers."),
        Example("Ce mécanisme de ⟦sauvegardedes⟧ fichiers est simple.", fixed: "Ce mécanisme de sauvegarde des fichiers est simple."),
        // A sentence-initial capital on a frequent word is no name.
        Example("⟦Créerdes⟧ tunnels chiffrés reste facile.", fixed: "Créer des tunnels chiffrés reste facile."),
        // English: a very frequent head before "in"/"an" with an unlisted whole.
        Example("Every ⟦packagein⟧ the archive has a maintainer.", fixed: "Every package in the archive has a maintainer.",
                lang: .en),
        // Portuguese: no word is an "-r" infinitive plus a masculine "-o".
        Example("É preciso ⟦ampliaro⟧ alcance do projeto.", fixed: "É preciso ampliar o alcance do projeto.", lang: .pt),
        // German: a capital marks a noun, not a name.
        Example("Die Wahl ⟦Ausdruckder⟧ Regierung fiel knapp aus.", fixed: "Die Wahl Ausdruck der Regierung fiel knapp aus.",
                lang: .de),
        // The head's last letters followed by the tail end no listed word: no inflection, a merge.
        Example("Le ⟦budgetet⟧ les comptes ont été votés.", fixed: "Le budget et les comptes ont été votés."),
        Example("Un ⟦ministrea⟧ démissionné hier.", fixed: "Un ministre a démissionné hier."),
        Example("El ayuntamiento aprobó el ⟦contratoen⟧ sesión extraordinaria.",
                fixed: "El ayuntamiento aprobó el contrato en sesión extraordinaria.", lang: .es),
        Example("La oficina publicó el ⟦informey⟧ los anexos el lunes.",
                fixed: "La oficina publicó el informe y los anexos el lunes.", lang: .es),
        Example("Il ⟦contrattoin⟧ vigore scade a marzo.", fixed: "Il contratto in vigore scade a marzo.", lang: .it),
        Example("O ⟦tratadoem⟧ vigor expira amanhã.", fixed: "O tratado em vigor expira amanhã.", lang: .pt),
        Example("O ⟦relatórioe⟧ os anexos chegaram ontem.", fixed: "O relatório e os anexos chegaram ontem.", lang: .pt),
        Example("Die ⟦Regierungder⟧ Schweiz hat entschieden.", fixed: "Die Regierung der Schweiz hat entschieden.",
                lang: .de),
        Example("The ⟦turbinein⟧ the north stopped.", fixed: "The turbine in the north stopped.", lang: .en),
        Example("The ⟦verdictby⟧ the jury surprised many.", fixed: "The verdict by the jury surprised many.", lang: .en),
        // A conjunction is no inflection: after a frequent head, the whole unlisted, a merge.
        Example("Configure la red, el ⟦idiomay⟧ los usuarios del sistema.",
                fixed: "Configure la red, el idioma y los usuarios del sistema.", lang: .es),
        Example("Los flujos de ⟦vozy⟧ datos viajan cifrados.", fixed: "Los flujos de voz y datos viajan cifrados.",
                lang: .es),
        // A long head is a word at a lower frequency when it takes no ending.
        Example("Los ficheros necesarios para ⟦inicializarel⟧ sistema están aquí.",
                fixed: "Los ficheros necesarios para inicializar el sistema están aquí.", lang: .es),
        // German "ein" is also a separable particle that ends its clause ("gehen keine Kompromisse ein").
        Example("Debian geht bei der Qualität keine ⟦Kompromisseein⟧: alle Fehler werden behoben.",
                fixed: "Debian geht bei der Qualität keine Kompromisse ein: alle Fehler werden behoben.", lang: .de),
        // Spanish: an "-er"/"-ir" infinitive takes no "-a" (its subjunctive is "-iera").
        Example("Si puede ⟦accedera⟧ su servidor desde otras redes, mejor.",
                fixed: "Si puede acceder a su servidor desde otras redes, mejor.", lang: .es),
        // Portuguese: "-da"/"-das" after a vowel is a participle only when the lexicon knows the verb.
        Example("A ⟦maioriadas⟧ escolas fechou ontem.", fixed: "A maioria das escolas fechou ontem.", lang: .pt),
        Example("A ⟦alturada⟧ ponte impressiona.", fixed: "A altura da ponte impressiona.", lang: .pt),
        // Spanish: a verb takes a clitic with the accent it moves ("anúnciala"); without it, an article.
        Example("El gobierno ⟦anunciala⟧ reforma fiscal esta semana.",
                fixed: "El gobierno anuncia la reforma fiscal esta semana.", lang: .es),
        // An infinitive + "la" before a word the document writes after "la" elsewhere.
        Example("La impresora del hospital falló. Los técnicos decidieron ⟦desconectarla⟧ impresora durante la noche.",
                fixed: "La impresora del hospital falló. Los técnicos decidieron desconectar la impresora durante la noche.",
                lang: .es),
        // Italian: no clitic after a finite verb in "-e" or "-no".
        Example("Il ministro ⟦descrivela⟧ situazione come difficile.",
                fixed: "Il ministro descrive la situazione come difficile.", lang: .it),
        Example("I sindacati ⟦contestanola⟧ decisione del governo.",
                fixed: "I sindacati contestano la decisione del governo.", lang: .it),
        // German: a noun after a hyphen, a compound missing from the list, a particle ending the clause.
        Example("Das neue ⟦Steuer-Gesetzist⟧ umstritten.", fixed: "Das neue Steuer-Gesetz ist umstritten.", lang: .de),
        Example("Die neue ⟦Gesetzesvorlageist⟧ umstritten.", fixed: "Die neue Gesetzesvorlage ist umstritten.", lang: .de),
        Example("Die Kommission sieht keine Probleme mit dem ⟦Haushaltsentwurfaus⟧.",
                fixed: "Die Kommission sieht keine Probleme mit dem Haushaltsentwurf aus.", lang: .de),
        // French
        Example("Le sommet s’est tenu à Bamako. Dans ⟦Bamakola⟧ capitale malienne, les rues étaient calmes.",
                fixed: "Le sommet s’est tenu à Bamako. Dans Bamako la capitale malienne, les rues étaient calmes."),
        Example("⟦Macronqui⟧ effectuera sa première visite depuis 2019, a précisé l’Élysée. Macron a salué l’accord.",
                fixed: "Macron qui effectuera sa première visite depuis 2019, a précisé l’Élysée. Macron a salué l’accord."),
        Example("À Bruxelles, la réunion a été reportée. Il voyagera vers ⟦Bruxellesoù⟧ il doit rencontrer ses homologues.",
                fixed: "À Bruxelles, la réunion a été reportée. Il voyagera vers Bruxelles où il doit rencontrer ses homologues."),
        Example("Un porte-parole du ministère a confirmé. Kim ⟦Haejinporte-parole⟧ de l’ambassade a démenti.",
                fixed: "Un porte-parole du ministère a confirmé. Kim Haejin porte-parole de l’ambassade a démenti."),
        Example("En ⟦avrilun⟧ veto russe a bloqué la résolution du Conseil de sécurité.",
                fixed: "En avril un veto russe a bloqué la résolution du Conseil de sécurité."),
        Example("Les pays nient les transferts d’armes ⟦sud-africainsce⟧ qui violerait l’embargo.",
                fixed: "Les pays nient les transferts d’armes sud-africains ce qui violerait l’embargo."),
        Example("Le secrétaire général des Nations ⟦uniesa⟧ déclaré que la trêve tenait.",
                fixed: "Le secrétaire général des Nations unies a déclaré que la trêve tenait."),
        Example("Le Sénat a voté ⟦contrele⟧ projet de loi mardi soir.",
                fixed: "Le Sénat a voté contre le projet de loi mardi soir."),
        Example("Les pays de l’⟦OTANet⟧ leurs partenaires se sont réunis à Vilnius.",
                fixed: "Les pays de l’OTAN et leurs partenaires se sont réunis à Vilnius."),
        // Spanish
        Example("El presidente llegó a Washington el martes. En ⟦Washingtonel⟧ mandatario se reunió con senadores.",
                fixed: "El presidente llegó a Washington el martes. En Washington el mandatario se reunió con senadores.",
                lang: .es),
        Example("Las autoridades de Moscú guardaron silencio, pero ayer ⟦Moscúaseguró⟧ que no habrá negociaciones.",
                fixed: "Las autoridades de Moscú guardaron silencio, pero ayer Moscú aseguró que no habrá negociaciones.",
                lang: .es),
        Example("El Senado votó ⟦contrala⟧ reforma judicial.",
                fixed: "El Senado votó contra la reforma judicial.", lang: .es),
        Example("Los ministros de ⟦Ucraniay⟧ Polonia firmaron el acuerdo en Ucrania.",
                fixed: "Los ministros de Ucrania y Polonia firmaron el acuerdo en Ucrania.", lang: .es),
        Example("Los ⟦periodistasen⟧ Madrid denunciaron la censura.",
                fixed: "Los periodistas en Madrid denunciaron la censura.", lang: .es),
        // Italian
        Example("Il vertice si è svolto a Berlino. A ⟦Berlinoil⟧ cancelliere ha accolto i leader europei.",
                fixed: "Il vertice si è svolto a Berlino. A Berlino il cancelliere ha accolto i leader europei.",
                lang: .it),
        Example("I ministri di ⟦Franciae⟧ Germania si sono incontrati in Francia.",
                fixed: "I ministri di Francia e Germania si sono incontrati in Francia.", lang: .it),
        Example("Il Parlamento ha votato ⟦controla⟧ riforma della giustizia.",
                fixed: "Il Parlamento ha votato contro la riforma della giustizia.", lang: .it),
        Example("I ⟦pacchettidi⟧ aiuti sono arrivati ieri sera.",
                fixed: "I pacchetti di aiuti sono arrivati ieri sera.", lang: .it),
        Example("Il ministro ha parlato ⟦brevementecon⟧ i giornalisti.",
                fixed: "Il ministro ha parlato brevemente con i giornalisti.", lang: .it),
        // Portuguese
        Example("O presidente chegou a Brasília. Em ⟦Brasíliao⟧ chefe de Estado reuniu-se com ministros.",
                fixed: "O presidente chegou a Brasília. Em Brasília o chefe de Estado reuniu-se com ministros.",
                lang: .pt),
        Example("Os ministros de ⟦Portugale⟧ Espanha assinaram o acordo em Portugal.",
                fixed: "Os ministros de Portugal e Espanha assinaram o acordo em Portugal.", lang: .pt),
        Example("O deputado votou ⟦contraa⟧ proposta do governo.",
                fixed: "O deputado votou contra a proposta do governo.", lang: .pt),
        Example("O sistema reconstrói o espelho ⟦usandoo⟧ disco de reserva.",
                fixed: "O sistema reconstrói o espelho usando o disco de reserva.", lang: .pt),
        Example("As ⟦negociaçõesem⟧ Genebra continuam esta semana.",
                fixed: "As negociações em Genebra continuam esta semana.", lang: .pt),
        // German
        Example("Der Kanzler reiste nach Berlin. In ⟦Berlinund⟧ Paris wurde demonstriert.",
                fixed: "Der Kanzler reiste nach Berlin. In Berlin und Paris wurde demonstriert.", lang: .de),
        Example("Der Minister sagte am Montag, er sei zufrieden. Am Dienstag ⟦Merzsagte⟧ dagegen, Merz sehe Risiken.",
                fixed: "Der Minister sagte am Montag, er sei zufrieden. Am Dienstag Merz sagte dagegen, Merz sehe Risiken.",
                lang: .de),
        Example("Das Parlament stimmte ⟦fürdie⟧ Reform der Schuldenbremse.",
                fixed: "Das Parlament stimmte für die Reform der Schuldenbremse.", lang: .de),
        Example("Die Hilfe kam ⟦dankder⟧ Unterstützung Frankreichs rechtzeitig an.",
                fixed: "Die Hilfe kam dank der Unterstützung Frankreichs rechtzeitig an.", lang: .de),
        // English
        Example("The president arrived in Washington. In ⟦Washingtonthe⟧ mood was tense.",
                fixed: "The president arrived in Washington. In Washington the mood was tense.", lang: .en),
        Example("Officials in Kyiv were cautious, but ⟦Kyivinsisted⟧ on Monday that talks would resume.",
                fixed: "Officials in Kyiv were cautious, but Kyiv insisted on Monday that talks would resume.", lang: .en),
        Example("The Senate voted ⟦againstthe⟧ bill on Tuesday.",
                fixed: "The Senate voted against the bill on Tuesday.", lang: .en),
        Example("The ⟦talksin⟧ Geneva continued for a third day.",
                fixed: "The talks in Geneva continued for a third day.", lang: .en),
        Example("Members of ⟦NATOand⟧ their partners met in Vilnius.",
                fixed: "Members of NATO and their partners met in Vilnius.", lang: .en),
        // A single-word place of the gazetteer, the whole unlisted, is a name attested like one
        // the document writes alone.
        Example("Les ministres de la Grèce et de ⟦Chypreont⟧ signé l’accord.",
                fixed: "Les ministres de la Grèce et de Chypre ont signé l’accord."),
        Example("I fondi sono passati dal ⟦Portogalloe⟧ dalla Spagna.",
                fixed: "I fondi sono passati dal Portogallo e dalla Spagna.", lang: .it),
        // A listed name joined by a conjunction to a capitalised word: the next name needs the tail.
        Example("Les trains circulent de nouveau entre ⟦Lilleet⟧ Arras.",
                fixed: "Les trains circulent de nouveau entre Lille et Arras."),
        Example("Flights between ⟦Leedsand⟧ Belfast resumed on Friday.",
                fixed: "Flights between Leeds and Belfast resumed on Friday.", lang: .en),
        // A surname (after a given name) glued to a frequent word that ends almost no other word.
        Example("The mayor, Chinedu ⟦Okonkwoexplained⟧ the delay to residents.",
                fixed: "The mayor, Chinedu Okonkwo explained the delay to residents.", lang: .en),
        Example("La portavoz Amaia ⟦Etxeberriareconoció⟧ el error ante la prensa.",
                fixed: "La portavoz Amaia Etxeberria reconoció el error ante la prensa.", lang: .es),
        Example("Il consigliere Marco ⟦Tirabassidichiara⟧ che il progetto è pronto.",
                fixed: "Il consigliere Marco Tirabassi dichiara che il progetto è pronto.", lang: .it),
        Example("O autarca Rui ⟦Sousa-Amorimafirmou⟧ que a obra avança.",
                fixed: "O autarca Rui Sousa-Amorim afirmou que a obra avança.", lang: .pt),
        // German: only before a function word that ends no other listed word, so no compound.
        Example("Die Ministerin Ama ⟦Owusu-Ansahwurde⟧ am Montag vereidigt.",
                fixed: "Die Ministerin Ama Owusu-Ansah wurde am Montag vereidigt.", lang: .de),
        Example("Le directeur, Joost ⟦Vandenbroeckedepuis⟧ trois ans en poste, a démissionné.",
                fixed: "Le directeur, Joost Vandenbroecke depuis trois ans en poste, a démissionné."),
    ]

    static let nonTriggeringExamples: [Example] = [
        // A one-letter conjunction after an infinitive is rather a lost clitic ("comprobarlo");
        // Spanish "e" only comes before an "i" sound.
        Example("Antes de instalar conviene comprobaro todo.", lang: .es),
        Example("Los datos provienene de varias fuentes.", lang: .es),
        // The same long head takes an object clitic.
        Example("Conviene inicializarla antes de usarla.", lang: .es),
        // A clause-final "ein" after a head that is no listed closed form is a word's ending.
        Example("Am Abend tranken sie Moselwein.", lang: .de),
        // An "-ar" infinitive + "a" is a past subjunctive.
        Example("Si el técnico lo reconfigurara bien, funcionaría.", lang: .es),
        // French future tense is infinitive + "-ont", not a merge.
        Example("D'autres patienteront trois semaines sans peine."),
        // An English word at a sentence start in Italian text.
        Example("Graphical installer: il programma di installazione grafico è disponibile.", lang: .it),
        // Clitics the spelling allows: an infinitive, an accented imperative, an Italian
        // imperative; an object clitic before a function word ("guardalos en", a typo for
        // "guardarlos"); "la" + a word the document does not write after "la" elsewhere.
        Example("Cuando los datos son grandes, conviene guardalos en otro disco.", lang: .es),
        Example("Selecciónala y pulsa aceptar.", lang: .es),
        Example("La impresora falló. Es mejor desconectarla pronto y volver mañana.", lang: .es),
        Example("Prendetela subito e portatela al sindaco.", lang: .it),
        Example("Guardala bene prima di firmare, poi vediamoli insieme.", lang: .it),
        // Participles of rare prefixed verbs ("recompilar": "compilar").
        Example("O programa foi recompilado ontem e os pacotes reconfigurados.", lang: .pt),
        Example("As tarefas foram redistribuídas entre os técnicos.", lang: .pt),
        // English words in other languages: their endings are not the language's.
        Example("El sistema usa un locale distinto para cada usuario.", lang: .es),
        Example("El comando concatena dos archivos. En inglés se llama concatenate y figura en el manual.", lang: .es),
        // German: a particle ending a clause, participle adjectives ending like articles.
        Example("Das sieht gut aus.", lang: .de),
        Example("Die aufwendiger werdenden Verfahren und die gestaltender Kräfte blieben.", lang: .de),
        // French: rare names, acronyms, CamelCase, elisions, future tenses, merges that form words
        Example("Le gouverneur régional Egor Borissov a reçu la délégation à Mirny."),
        Example("Le lanceur a décollé du cosmodrome de Plessetsk. (Alexeï Droujinine/RIA Novosti via AP)"),
        Example("Les drapeaux des deux pays. EFE/EPA/MAXIM SHIPENKOV/POOL CRÉDIT OBLIGATOIRE"),
        Example("Il parle de la maison de son père, que personne ne visite plus."),
        Example("Le micrologiciel du routeur prend en charge IPsec et SELinux sur StormLinux."),
        Example("Aujourd’hui, l’Allemagne et le Japon ont signé un accord d’aujourd’hui."),
        Example("Les entreprises automatiseront ces tâches et désactiveront les anciens comptes."),
        Example("Liga MX Femenil : Tuzas et Chivas ouvrent le tournoi."),
        Example("Consultez www.lemonde.fr/international ou écrivez à presse@elysee.fr pour en savoir plus."),
        // Spanish: clitics, plurals of nouns in -r, names
        Example("Es importante reformularla y presentarla al Congreso antes del viernes.", lang: .es),
        Example("Los autores y los señores del pueblo aplaudieron a la profesora.", lang: .es),
        Example("El actor Richardson visitó Israel y Manuel lo recibió en Tel Aviv.", lang: .es),
        Example("El sistema usa SELinux e IPsec en StormLinux.", lang: .es),
        // Italian: articulated prepositions, infinitive + clitic, brand names
        Example("Bisogna farlo subito e mantenerla pulita, dissero dalla stazione.", lang: .it),
        Example("Il treno parte dalla stazione e arriva nella città degli Uffizi.", lang: .it),
        Example("Ha comprato un iPhone e un MacBook per la professoressa.", lang: .it),
        Example("Gli sfollati hanno raggiunto Kherson e Mykolaiv nella notte.", lang: .it),
        // Portuguese: hyphenated clitics, contractions, participles
        Example("Vamos fazê-lo amanhã e dizê-lo ao ministro daquele estado.", lang: .pt),
        Example("Os alvos detetados pelo radar foram identificados.", lang: .pt),
        Example("As flores e os autores do livro chegaram a Belo Horizonte.", lang: .pt),
        Example("O navegador Firefox suporta IPsec e SELinux.", lang: .pt),
        // German: compounds, genitives, feminine forms, participle adjectives
        Example("Die Bundesregierung hat die Jahresteuerungsrate veröffentlicht.", lang: .de),
        Example("Die Bürgermeisterin des Arbeitgeberverbandes begrüßte die Kanzlerin.", lang: .de),
        Example("Der Journalist beschrieb den Ablauf des Installationsprozesses.", lang: .de),
        Example("Die geltenden Regeln des Landes bleiben bestehen.", lang: .de),
        // English: words built from function words, names, contractions, URLs
        Example("Whatever another person said, the singer Robertson performed in Johnson City.", lang: .en),
        Example("Firmware updates support SELinux and IPsec on StormLinux.", lang: .en),
        Example("Officials in Khabarovsk and Blagoveshchensk said the flights resumed.", lang: .en),
        Example("Visit www.example.com/pressrelease for details.", lang: .en),
        // A surname whose last letters are a word that ends hundreds of others ("-berg", "-son",
        // "-ante") is no merge, even after a given name.
        Example("Le député Jonas Quistberg a voté contre le texte."),
        Example("The striker Tomas Hallgrimsson scored twice in the second half.", lang: .en),
        Example("El alcalde Iñigo Urkullante habló con los vecinos.", lang: .es),
        // Rare surnames after a given name, whatever their last letters.
        Example("Le photographe Sergueï Vostrikovski et Anna Bielorusskaïa ont couvert le sommet."),
        Example("Il regista Gianmaria Valleverdecchia e Ornella Pietramontecorvino erano presenti.", lang: .it),
        // A very frequent word starts a compound surname; a title-case phrase is no name slot.
        Example("The actress Joan Lovelady said nothing.", lang: .en),
        Example("El ganadero Rafael Manoblanca vendió la finca.", lang: .es),
        Example("O modelo OSI (Open Systems Interconnection) é essencial para a rede.", lang: .pt),
        // Brand names in CamelCase stay quiet, after a capitalised word too.
        Example("Sony PlayStation et Google YouTube dominent le marché."),
        // A name ending like a conjunction before a lowercase word: no second name needs it.
        Example("La société Bertinet présente ses comptes.", lang: .fr),
    ]
}
