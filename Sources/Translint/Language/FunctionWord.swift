/// A closed-class word (article, contraction, pronoun, …) and its grammatical features,
/// read from a language's `function-words.tsv`.
public struct FunctionWord: Sendable, Hashable {
    /// The grammatical class, the second column of `function-words.tsv`.
    public enum WordClass: String, Sendable, Hashable, CaseIterable {
        /// Article ("le"), contraction ("du"), pronoun, preposition, conjunction, determiner, adverb, auxiliary, other.
        case article, contraction, pronoun, preposition, conjunction, determiner, adverb, auxiliary, other
    }

    /// The word, case-folded (see `LexiconKey.fold`).
    public var word: String
    /// Its grammatical class.
    public var wordClass: WordClass
    /// Tags such as `def`, `indef`, `m`, `f`, `s`, `p`, `elided`, `subject`, `3s`.
    public var tags: Set<String>
    /// Key/value features such as `prep=à` on contractions.
    public var values: [String: String]

    /// True when the word carries this tag.
    public func has(_ tag: String) -> Bool { tags.contains(tag) }

    /// Grammatical number: "s", "p" or nil when unmarked.
    public var number: String? { tags.contains("s") ? "s" : tags.contains("p") ? "p" : nil }
    /// Grammatical gender: "m", "f" or nil.
    public var gender: String? { tags.contains("m") ? "m" : tags.contains("f") ? "f" : nil }
    /// Person of a pronoun: "1s" … "3p".
    public var person: String? { ["1s", "2s", "3s", "1p", "2p", "3p"].first { tags.contains($0) } }

    /// True for an article tagged `def`.
    public var isDefiniteArticle: Bool { wordClass == .article && tags.contains("def") }
    /// True for any article.
    public var isArticle: Bool { wordClass == .article }
    /// True for a pronoun tagged `subject`.
    public var isSubjectPronoun: Bool { wordClass == .pronoun && tags.contains("subject") }
}

/// A month or weekday name and its conventionally capitalised form.
public struct CalendarWord: Sendable, Hashable {
    /// Whether the word names a month or a weekday.
    public enum Kind: String, Sendable { case month, weekday }
    /// The name, case-folded.
    public var word: String
    /// Month or weekday.
    public var kind: Kind
    /// The name as running text writes it ("janvier" in French, "January" in English).
    public var canonical: String
}

/// A known machine-translation calque and its idiomatic rendering.
public struct Calque: Sendable, Hashable {
    /// Folded words of the phrase.
    public var words: [String]
    /// The phrase as listed in `calques.tsv`.
    public var phrase: String
    /// The idiomatic rendering that replaces it.
    public var replacement: String
    /// ISO 639-1 codes of the languages the calque comes from.
    public var sourceLanguages: [String]
    /// Why the phrase is wrong, in English.
    public var explanation: String
}

/// A place or institution name with its canonical spelling and how running text introduces it.
public struct GazetteerEntry: Sendable, Hashable {
    /// The canonical spelling, as running text writes it ("États-Unis").
    public var name: String
    /// "country", "city", "region", "institution", "organization" or "continent".
    public var kind: String
    /// "m" or "f"; nil when not given.
    public var gender: String?
    /// "s" or "p"; nil when not given.
    public var number: String?
    /// The definite article used before it ("la", "l'", "les"), empty when none.
    public var article: String
    /// The preposition for "in <place>" ("en", "au", "aux", "à").
    public var locative: String
    /// Other spellings that name the same place.
    public var aliases: [String]
    /// Folded words of the canonical name, split at spaces and hyphens.
    public var words: [String]
}
