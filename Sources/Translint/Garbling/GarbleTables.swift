/// The small per-language word lists the garbler needs, kept here rather than read from the
/// rules' language data so a seed reproduces the same corpus when that data changes (and so
/// the corpus is not shaped by what the rules already know). Place names with hyphens are the
/// exception: they come from the language profile's gazetteer (see `SiteFinder`).
struct GarbleTables: Sendable {
    /// Lowercase words that MT glues to the preceding word at a link boundary.
    var linkWords: Set<String>
    /// Lowercase definite articles that can be doubled ("le" → "le Le").
    var articles: Set<String>
    /// Capitalised sentence-initial articles a stray source-language article can precede.
    var initialArticles: Set<String>
    /// Source-language articles inserted as strays, best first.
    var strayArticles: [String]
    /// Third-person verbs (singular, plural) that can follow a name, and the pronoun to insert.
    var singularVerbs: Set<String>
    var pluralVerbs: Set<String>
    var singularPronoun: String
    var pluralPronoun: String
    /// Month and weekday names for languages that write them lowercase (empty otherwise).
    var calendarWords: Set<String>
    /// The language's preferred quote pair and the wrong closing mark MT puts instead. Only
    /// quotations in the preferred style are damaged: in a mixed pair such as “…» the mark
    /// that breaks the house style is then the damaged one, which is what a rule can know.
    var quotes: [(open: Unicode.Scalar, close: Unicode.Scalar, wrong: Unicode.Scalar)]
    /// Page-furniture lines; "%@" takes a headline taken from elsewhere in the input.
    var boilerplate: [String]

    static func words(_ s: String) -> Set<String> { Set(s.split(separator: " ").map(String.init)) }

    static func `for`(_ language: Language) -> GarbleTables {
        switch language {
        case .fr:
            return GarbleTables(
                linkWords: words("le la les un une des du de au aux et ou en à dans par pour sur avec sans sous qui que se ce il elle ils on son sa ses leur où"),
                articles: words("le la les"),
                initialArticles: words("Le La Les"),
                strayArticles: ["Il", "El"],
                singularVerbs: words("a est était sera avait fait dit peut doit va permet propose"),
                pluralVerbs: words("ont sont étaient seront avaient font peuvent doivent vont"),
                singularPronoun: "Il", pluralPronoun: "Ils",
                calendarWords: words("janvier février mars avril mai juin juillet août septembre octobre novembre décembre lundi mardi mercredi jeudi vendredi samedi dimanche"),
                quotes: [("«", "»", "\u{201D}")],
                boilerplate: ["-", "NEXT %@", "Lire aussi : %@", "PUBLICITÉ"])
        case .es:
            return GarbleTables(
                linkWords: words("el la los las un una de del al y o en a por para con sin sobre que se su sus lo"),
                articles: words("el la los las"),
                initialArticles: words("El La Los Las"),
                strayArticles: ["The", "Il"],
                singularVerbs: words("es está ha fue tiene puede debe hace era será permite"),
                pluralVerbs: words("son están han fueron tienen pueden deben hacen eran serán"),
                singularPronoun: "Él", pluralPronoun: "Ellos",
                calendarWords: words("enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre lunes martes miércoles jueves viernes sábado domingo"),
                quotes: [("«", "»", "\u{201D}")],
                boilerplate: ["-", "NEXT %@", "Lea también: %@", "PUBLICIDAD"])
        case .it:
            return GarbleTables(
                linkWords: words("il lo la i gli le un una di del della dei delle al alla da in con per su che e non si"),
                articles: words("il lo la gli le"),
                initialArticles: words("Il Lo La I Gli Le"),
                strayArticles: ["El", "The"],
                singularVerbs: words("è ha era sarà può deve fa aveva permette"),
                pluralVerbs: words("sono hanno erano saranno possono devono fanno avevano"),
                singularPronoun: "Lui", pluralPronoun: "Loro",
                calendarWords: words("gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre lunedì martedì mercoledì giovedì venerdì sabato domenica"),
                quotes: [("«", "»", "\u{201D}")],
                boilerplate: ["-", "NEXT %@", "Leggi anche: %@", "PUBBLICITÀ"])
        case .pt:
            return GarbleTables(
                linkWords: words("o os as um uma de do da dos das no na em por para com sem que e se ao"),
                articles: words("o os as"),
                initialArticles: words("O A Os As"),
                strayArticles: ["El", "The"],
                singularVerbs: words("é está tem foi pode deve faz era será permite"),
                pluralVerbs: words("são estão têm foram podem devem fazem eram serão"),
                singularPronoun: "Ele", pluralPronoun: "Eles",
                calendarWords: words("janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro sábado domingo"),
                quotes: [("\u{201C}", "\u{201D}", "»")],
                boilerplate: ["-", "NEXT %@", "Leia também: %@", "PUBLICIDADE"])
        case .de:
            return GarbleTables(
                linkWords: words("der die das den dem des ein eine einen und oder in im mit von zu zum zur auf für bei aus ist sich"),
                articles: words("der die das den dem des"),
                initialArticles: words("Der Die Das"),
                strayArticles: ["The", "El"],
                singularVerbs: words("ist hat war wird kann muss bietet"),
                pluralVerbs: words("sind haben waren werden können müssen"),
                singularPronoun: "Er", pluralPronoun: "Sie",
                calendarWords: [],
                quotes: [("\u{201E}", "\u{201C}", "\u{201D}")],
                boilerplate: ["-", "NEXT %@", "Lesen Sie auch: %@", "ANZEIGE"])
        case .en:
            return GarbleTables(
                linkWords: words("the a an and or of in on at to for with by from that as"),
                articles: words("the"),
                initialArticles: words("The"),
                strayArticles: ["El", "Le"],
                singularVerbs: words("is has was will can must does said provides"),
                pluralVerbs: words("are have were"),
                singularPronoun: "He", pluralPronoun: "They",
                calendarWords: [],
                quotes: [("\u{201C}", "\u{201D}", "»")],
                boilerplate: ["-", "NEXT %@", "Read more: %@", "ADVERTISEMENT"])
        }
    }
}
