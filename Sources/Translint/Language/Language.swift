/// A language Translint has data for. Raw values are ISO 639-1 codes, as in corpora.
public enum Language: String, Sendable, Hashable, CaseIterable, Codable, Comparable {
    case fr, es, it, pt, de, en

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

    public static func < (a: Language, b: Language) -> Bool { a.rawValue < b.rawValue }
}

/// How the analyzer picks a document's language.
public enum LanguageChoice: Sendable, Hashable {
    /// Identify the language from the text.
    case auto
    case fixed(Language)

    /// Parses "auto" or a language code.
    public init?(_ string: String) {
        if string.lowercased() == "auto" { self = .auto; return }
        guard let l = Language(rawValue: string.lowercased()) else { return nil }
        self = .fixed(l)
    }
}
