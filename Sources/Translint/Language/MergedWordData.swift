/// What the merged-word rule knows about a language's joins, read from `merged-words.tsv`:
/// which closed-class words follow a name in news text, which of them double as word endings,
/// which clitics attach to verbs, and which vowel pairs never end a word. Data, not code, so a
/// language gains merged-word evidence by editing its file.
public struct MergedWordData: Sendable {
    /// Closed-class words that typically follow a name in running news text ("core"), by bytes:
    /// asked for every candidate split.
    let core: ByteKeyDictionary<Bool>
    /// Core verbs that can end a clause.
    public let clauseVerbs: Set<String>
    /// Tails that are also productive endings or inflections.
    public let strongSuffixes: Set<String>
    /// Tails that are also common word endings.
    public let weakSuffixes: Set<String>
    /// Object and reflexive clitics written joined to an infinitive or gerund.
    public let clitics: Set<String>
    /// Vowel pairs that (almost) never end a word.
    public let finalVowelPairs: Set<String>

    /// Parses rows of `form<TAB>roles`; unknown roles are ignored.
    init(tsv: String) {
        var roles: [String: Set<String>] = [:]
        for row in TSV.rows(tsv, columns: 2) where !row[0].isEmpty {
            for role in row[1].split(separator: ",") { roles[String(role), default: []].insert(row[0]) }
        }
        core = ByteKeyDictionary(Dictionary(uniqueKeysWithValues: (roles["core"] ?? []).map { ($0, true) }))
        clauseVerbs = roles["clause-verb"] ?? []
        strongSuffixes = roles["strong-suffix"] ?? []
        weakSuffixes = roles["weak-suffix"] ?? []
        clitics = roles["clitic"] ?? []
        finalVowelPairs = roles["final-vowel-pair"] ?? []
    }

    /// `core` contains `key`.
    func isCore(_ key: String) -> Bool { core[key] != nil }
}
