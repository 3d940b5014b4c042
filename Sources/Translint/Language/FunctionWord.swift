/// A closed-class word (article, contraction, pronoun, …) and its grammatical features,
/// read from a language's `function-words.tsv`.
public struct FunctionWord: Sendable, Hashable {
    public enum WordClass: String, Sendable, Hashable, CaseIterable {
        case article, contraction, pronoun, preposition, conjunction, determiner, adverb, auxiliary, other
    }

    public var word: String
    public var wordClass: WordClass
    /// Tags such as `def`, `indef`, `m`, `f`, `s`, `p`, `elided`, `subject`, `3s`.
    public var tags: Set<String>
    /// Key/value features such as `prep=à` on contractions.
    public var values: [String: String]

    public func has(_ tag: String) -> Bool { tags.contains(tag) }

    /// Grammatical number: "s", "p" or nil when unmarked.
    public var number: String? { tags.contains("s") ? "s" : tags.contains("p") ? "p" : nil }
    /// Grammatical gender: "m", "f" or nil.
    public var gender: String? { tags.contains("m") ? "m" : tags.contains("f") ? "f" : nil }
    /// Person of a pronoun: "1s" … "3p".
    public var person: String? { ["1s", "2s", "3s", "1p", "2p", "3p"].first { tags.contains($0) } }

    public var isDefiniteArticle: Bool { wordClass == .article && tags.contains("def") }
    public var isArticle: Bool { wordClass == .article }
    public var isSubjectPronoun: Bool { wordClass == .pronoun && tags.contains("subject") }
}

/// A month or weekday name and its conventionally capitalised form.
public struct CalendarWord: Sendable, Hashable {
    public enum Kind: String, Sendable { case month, weekday }
    public var word: String
    public var kind: Kind
    public var canonical: String
}

/// A known machine-translation calque and its idiomatic rendering.
public struct Calque: Sendable, Hashable {
    /// Folded words of the phrase.
    public var words: [String]
    public var phrase: String
    public var replacement: String
    public var sourceLanguages: [String]
    public var explanation: String
}

/// A place or institution name with its canonical spelling and how running text introduces it.
public struct GazetteerEntry: Sendable, Hashable {
    public var name: String
    public var kind: String
    public var gender: String?
    public var number: String?
    /// The definite article used before it ("la", "l'", "les"), empty when none.
    public var article: String
    /// The preposition for "in <place>" ("en", "au", "aux", "à").
    public var locative: String
    public var aliases: [String]
    /// Folded words of the canonical name, split at spaces and hyphens.
    public var words: [String]
}
