/// An artifact category: one vocabulary shared by rules, corpora and metrics. A struct over a
/// string rather than an enum, so a corpus may name categories no rule produces.
public struct Category: RawRepresentable, Hashable, Sendable, Comparable, Codable,
    ExpressibleByStringLiteral, CustomStringConvertible {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }
    public var description: String { rawValue }
    public static func < (a: Category, b: Category) -> Bool { a.rawValue < b.rawValue }

    public static let mergedWord: Category = "merged-word"
    public static let strayArticle: Category = "stray-article"
    public static let doubledArticle: Category = "doubled-article"
    public static let redundantPronoun: Category = "redundant-pronoun"
    public static let wrongPronoun: Category = "wrong-pronoun"
    public static let missingArticle: Category = "missing-article"
    public static let missingHyphen: Category = "missing-hyphen"
    public static let capitalization: Category = "capitalization"
    public static let literalTranslation: Category = "literal-translation"
    public static let duplicateLine: Category = "duplicate-line"
    public static let unbalancedQuotes: Category = "unbalanced-quotes"
    public static let leakedBoilerplate: Category = "leaked-boilerplate"
    public static let untranslatedFragment: Category = "untranslated-fragment"
    public static let mojibake: Category = "mojibake"
    public static let spacing: Category = "spacing"
    public static let other: Category = "other"

    /// The categories of DESIGN.md, in table order.
    public static let known: [Category] = [
        .mergedWord, .strayArticle, .doubledArticle, .redundantPronoun, .wrongPronoun, .missingArticle,
        .missingHyphen, .capitalization, .literalTranslation, .duplicateLine, .unbalancedQuotes,
        .leakedBoilerplate, .untranslatedFragment, .mojibake, .spacing, .other,
    ]
}
