/// An artifact category: one vocabulary shared by rules, corpora and metrics. A struct over a
/// string rather than an enum, so a corpus may name categories no rule produces.
public struct Category: RawRepresentable, Hashable, Sendable, Comparable, Codable,
    ExpressibleByStringLiteral, CustomStringConvertible {
    /// The category name as written in reports and corpora ("merged-word").
    public let rawValue: String
    /// A category with this name.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// A category with this name.
    public init(_ rawValue: String) { self.rawValue = rawValue }
    /// A category written as a string literal.
    public init(stringLiteral value: String) { self.rawValue = value }
    /// The category name.
    public var description: String { rawValue }
    /// Orders categories by name.
    public static func < (a: Category, b: Category) -> Bool { a.rawValue < b.rawValue }

    /// "merged-word": a word glued to the next one.
    public static let mergedWord: Category = "merged-word"
    /// "stray-article": a source-language article or subject pronoun left before a noun phrase.
    public static let strayArticle: Category = "stray-article"
    /// "doubled-article": two articles in a row where one is needed ("le Le").
    public static let doubledArticle: Category = "doubled-article"
    /// "redundant-pronoun": a subject pronoun repeated right after its noun phrase.
    public static let redundantPronoun: Category = "redundant-pronoun"
    /// "wrong-pronoun": a first- or second-person pronoun after a third-person subject.
    public static let wrongPronoun: Category = "wrong-pronoun"
    /// "missing-article": a place or institution name without its required article ("dans Ukraine").
    public static let missingArticle: Category = "missing-article"
    /// "missing-hyphen": a hyphenated place name written with a space ("États Unis").
    public static let missingHyphen: Category = "missing-hyphen"
    /// "capitalization": a capital letter the language's conventions or the document contradict.
    public static let capitalization: Category = "capitalization"
    /// "literal-translation": a phrase translated word for word.
    public static let literalTranslation: Category = "literal-translation"
    /// "duplicate-line": a title, caption or paragraph repeated verbatim.
    public static let duplicateLine: Category = "duplicate-line"
    /// "unbalanced-quotes": mismatched quotation marks, or a quote never closed.
    public static let unbalancedQuotes: Category = "unbalanced-quotes"
    /// "leaked-boilerplate": web-page furniture (navigation, adverts, share buttons) left in the text.
    public static let leakedBoilerplate: Category = "leaked-boilerplate"
    /// "untranslated-fragment": words left in another language.
    public static let untranslatedFragment: Category = "untranslated-fragment"
    /// "mojibake": text garbled by a wrong encoding, HTML entities or C1 controls.
    public static let mojibake: Category = "mojibake"
    /// "spacing": a missing, doubled or misplaced space.
    public static let spacing: Category = "spacing"
    /// "other": damage no other category covers.
    public static let other: Category = "other"

    /// The categories of DESIGN.md, in table order.
    public static let known: [Category] = [
        .mergedWord, .strayArticle, .doubledArticle, .redundantPronoun, .wrongPronoun, .missingArticle,
        .missingHyphen, .capitalization, .literalTranslation, .duplicateLine, .unbalancedQuotes,
        .leakedBoilerplate, .untranslatedFragment, .mojibake, .spacing, .other,
    ]
}
