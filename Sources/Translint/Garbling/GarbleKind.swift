/// The artifact classes the synthetic garbler injects; raw values are corpus categories.
public enum GarbleKind: String, CaseIterable, Sendable, Hashable {
    case mergedWord = "merged-word"
    case strayArticle = "stray-article"
    case doubledArticle = "doubled-article"
    case redundantPronoun = "redundant-pronoun"
    case missingHyphen = "missing-hyphen"
    case capitalization = "capitalization"
    case duplicateLine = "duplicate-line"
    case unbalancedQuotes = "unbalanced-quotes"
    case leakedBoilerplate = "leaked-boilerplate"

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
