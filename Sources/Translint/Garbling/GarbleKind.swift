/// The artifact classes the synthetic garbler injects; raw values are corpus categories.
public enum GarbleKind: String, CaseIterable, Sendable, Hashable {
    /// "Iakoutsk une" → "Iakoutskune": a word glued to the function word after it.
    case mergedWord = "merged-word"
    /// "Le président" → "Il Le président": a source-language article put before a sentence-initial one.
    case strayArticle = "stray-article"
    /// "avec le dirigeant" → "avec le Le dirigeant": a mid-sentence article repeated, capitalised.
    case doubledArticle = "doubled-article"
    /// "Marie a dit" → "Marie Il a dit": a subject pronoun between a name and its verb.
    case redundantPronoun = "redundant-pronoun"
    /// "États-Unis" → "États Unis": a gazetteer name's hyphen replaced by a space.
    case missingHyphen = "missing-hyphen"
    /// "en septembre" → "en Septembre": a month or weekday capitalised where the language does not.
    case capitalization = "capitalization"
    /// A short one-line paragraph repeated on the next line.
    case duplicateLine = "duplicate-line"
    /// « … » → « … ”: a quotation closed with the mark of another pair.
    case unbalancedQuotes = "unbalanced-quotes"
    /// A page-furniture line ("-", "NEXT …", "Lire aussi : …") inserted after a line.
    case leakedBoilerplate = "leaked-boilerplate"

    /// The corpus category of artifacts of this kind.
    public var category: Category { Category(rawValue) }

    /// Order in which kinds claim text: whole lines first (a duplicated line must be an exact
    /// copy, so nothing else may touch it), then rare sites, then common ones, so common kinds
    /// cannot crowd out rare ones.
    static let injectionOrder: [GarbleKind] = [
        .duplicateLine, .leakedBoilerplate, .missingHyphen, .capitalization, .redundantPronoun,
        .unbalancedQuotes, .strayArticle, .doubledArticle, .mergedWord,
    ]

    /// Probability per eligible site = rate × this, capped at 0.9. Kinds with few sites (a month
    /// name, a quotation, a name before a verb) weigh more, so each kind shows up in a corpus;
    /// at the default rate (0.07) news-like text gets about one artifact per 60 words.
    var siteWeight: Double {
        switch self {
        case .mergedWord: 0.6
        case .doubledArticle: 0.8
        case .strayArticle: 4
        case .redundantPronoun: 8
        case .missingHyphen: 12
        case .capitalization: 12
        case .unbalancedQuotes: 8
        case .duplicateLine: 2
        case .leakedBoilerplate: 1
        }
    }
}
