/// Place and institution names indexed by their words, so a rule can recognise a name in
/// running text whatever its hyphens and capitals are ("États Unis", "etats-unis").
public struct Gazetteer: Sendable {
    /// Every entry, in file order.
    public let entries: [GazetteerEntry]
    /// First folded word → indices of entries starting with it (longest names first), looked
    /// up by bytes: the place-name rules ask for every capitalised word.
    private let byFirstWord: ByteKeyDictionary<[Int]>
    /// First folded word → the spellings starting with it, in the order `candidates` and
    /// `spellings(of:)` give them: built once here, as the matcher asks for every name-like word.
    let spellingsByFirstWord: ByteKeyDictionary<[NameSpelling]>
    /// The first words of one-word spellings, so the glued-name search rejects a prefix by bytes.
    let oneWordNames: ByteKeyTable
    /// The most words any spelling has: how far ahead the matcher must look.
    let longestName: Int

    /// Indexes the entries by the first folded word of each name and alias.
    public init(_ entries: [GazetteerEntry]) {
        self.entries = entries
        var index: [String: [Int]] = [:]
        for (i, e) in entries.enumerated() {
            var names = [e.words]
            for alias in e.aliases { names.append(Gazetteer.words(of: alias)) }
            for words in names {
                guard let first = words.first else { continue }
                if !(index[first]?.contains(i) ?? false) { index[first, default: []].append(i) }
            }
        }
        for key in index.keys {
            index[key]!.sort { entries[$0].words.count > entries[$1].words.count }
        }
        self.byFirstWord = ByteKeyDictionary(index)
        var byFirst: [String: [NameSpelling]] = [:]
        var oneWord = Set<String>()
        var longest = 0
        for (first, list) in index {
            for i in list {
                for spelling in Gazetteer.spellings(of: entries[i]) where spelling.words.first == first {
                    byFirst[first, default: []].append(NameSpelling(entry: i, text: spelling.text, words: spelling.words))
                    if spelling.words.count == 1 { oneWord.insert(first) }
                    longest = max(longest, spelling.words.count)
                }
            }
        }
        self.spellingsByFirstWord = ByteKeyDictionary(byFirst)
        self.oneWordNames = ByteKeyTable(oneWord.map { (key: $0, value: Int32(0)) })
        self.longestName = longest
    }

    /// Folded words of a name split at spaces, hyphens and apostrophes (the apostrophe stays
    /// with the elided word: "l'", "d'").
    public static func words(of name: String) -> [String] {
        var words: [String] = []
        // Words are slices of the name between separators; an apostrophe ends its word as "'".
        let scalars = name.unicodeScalars
        var start = scalars.startIndex
        var i = start
        while i != scalars.endIndex {
            let s = scalars[i]
            let next = scalars.index(after: i)
            if s == " " || CharacterClass.isWordHyphen(s) || s == "\u{A0}" {
                if start != i { words.append(LexiconKey.fold(String(scalars[start..<i]))) }
                start = next
            } else if CharacterClass.isApostrophe(s) {
                words.append(LexiconKey.fold(String(scalars[start..<i]) + "'"))
                start = next
            }
            i = next
        }
        if start != scalars.endIndex { words.append(LexiconKey.fold(String(scalars[start...]))) }
        return words
    }

    /// Candidate entries whose (canonical or alias) name starts with this folded word.
    public func candidates(startingWith key: String) -> [GazetteerEntry] {
        (byFirstWord[key] ?? []).map { entries[$0] }
    }

    /// All spellings (canonical and aliases) of an entry, as word lists.
    public func spellings(of entry: GazetteerEntry) -> [(text: String, words: [String])] {
        Gazetteer.spellings(of: entry)
    }

    private static func spellings(of entry: GazetteerEntry) -> [(text: String, words: [String])] {
        [(entry.name, entry.words)] + entry.aliases.map { ($0, Gazetteer.words(of: $0)) }
    }

    /// The spellings starting with the folded word `key`, longest entries first.
    func spellings(startingWith key: String) -> [NameSpelling] { spellingsByFirstWord[key] ?? [] }
}

/// One spelling (canonical name or alias) of a gazetteer entry, with its folded words.
struct NameSpelling: Sendable {
    /// Index of the entry in `Gazetteer.entries`.
    var entry: Int
    var text: String
    var words: [String]
}
