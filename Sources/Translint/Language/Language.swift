/// A language Translint has data for. Raw values are ISO 639-1 codes, as in corpora.
public enum Language: String, Sendable, Hashable, CaseIterable, Codable, Comparable {
    /// French, Spanish, Italian, Portuguese, German, English.
    case fr, es, it, pt, de, en

    /// The language's name in English ("French").
    public var englishName: String {
        switch self {
        case .fr: "French"
        case .es: "Spanish"
        case .it: "Italian"
        case .pt: "Portuguese"
        case .de: "German"
        case .en: "English"
        }
    }

    /// Orders languages by code.
    public static func < (a: Language, b: Language) -> Bool { a.rawValue < b.rawValue }

    /// Compares and hashes the case, not its raw `String`: `RawRepresentable`'s defaults would
    /// run SipHash over the code at every lookup in a per-language set or dictionary (enabled
    /// rules, loaded profiles), a measurable share of analysing a short document.
    public func hash(into hasher: inout Hasher) { hasher.combine(position) }

    public static func == (a: Language, b: Language) -> Bool { a.position == b.position }

    /// The case's index in `allCases` (also the language-identification model's column order).
    var position: Int {
        switch self {
        case .fr: 0
        case .es: 1
        case .it: 2
        case .pt: 3
        case .de: 4
        case .en: 5
        }
    }
}

/// How the analyzer picks a document's language.
public enum LanguageChoice: Sendable, Hashable {
    /// Identify the language from the text.
    case auto
    /// Analyse as this language, without identifying.
    case fixed(Language)

    /// Parses "auto" or a language code.
    public init?(_ string: String) {
        if string.lowercased() == "auto" { self = .auto; return }
        guard let l = Language(rawValue: string.lowercased()) else { return nil }
        self = .fixed(l)
    }
}
