/// What the merged-word rule knows about a language's joins, read from `merged-words.tsv`:
/// which closed-class words follow a name in news text, which of them double as word endings,
/// which clitics attach to verbs, and which vowel pairs never end a word. Data, not code, so a
/// language gains merged-word evidence by editing its file.
public struct MergedWordData: Sendable {
    /// Closed-class words that typically follow a name in running news text ("core").
    let core: Set<String>
    /// `core` by UTF-8 bytes: asked for every candidate split, so without hashing a `String`.
    let coreTable: ByteKeyTable
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
        core = roles["core"] ?? []
        coreTable = ByteKeyTable(core.map { (key: $0, value: Int32(0)) })
        clauseVerbs = roles["clause-verb"] ?? []
        strongSuffixes = roles["strong-suffix"] ?? []
        weakSuffixes = roles["weak-suffix"] ?? []
        clitics = roles["clitic"] ?? []
        finalVowelPairs = roles["final-vowel-pair"] ?? []
    }

    /// `core` contains `key`.
    func isCore(_ key: String) -> Bool {
        switch coreTable.lookup(key) {
        case .found: true
        case .absent: false
        case .unknown: core.contains(key)
        }
    }

    /// `isCore(key())` for the key's UTF-8 bytes, known to be simple (`ByteKeyTable.isSimple`),
    /// and their `FNV1a` hash if known: the `String` is made only when the table cannot answer by bytes.
    @inline(__always)
    func isCore(simpleUTF8 bytes: UnsafeBufferPointer<UInt8>, fnv: UInt64?, key: () -> String) -> Bool {
        switch coreTable.lookup(simpleUTF8: bytes, fnv: fnv) {
        case .found: true
        case .absent: false
        case .unknown: core.contains(key())
        }
    }
}
