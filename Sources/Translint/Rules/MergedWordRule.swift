/// Finds two words glued together where a machine-translation pipeline lost the space at a
/// hyperlink boundary: "Bamakola capitale", "Macronqui fera", "Washingtonel mandatario".
///
/// Why: news pages wrap names in links; pipelines that translate the text around the link and
/// splice the link text back often drop the space after it, so the name and the next word
/// become one token. Spell checkers and segmenters catch these but also cut every rare real
/// name into junk, so this rule trusts evidence, not the mere absence of a word from a list:
/// the document (the head or the tail occurs elsewhere on its own), the language's closed-class
/// words (what follows a name is mostly an article, preposition, conjunction or pronoun) and
/// word frequencies (both halves frequent, the whole unlisted). See `MergedWordSplitter`.
public struct MergedWordRule: Rule {
    public static let description = RuleDescription(
        id: "merged-word", name: "Merged Word", category: .mergedWord,
        summary: "Two words glued together where a link boundary lost its space",
        rationale: """
            Candidates are word tokens that are unlisted or very rare in the lexicon (zipf below 2) and occur \
            once in the document; all-caps words, CamelCase, digits, apostrophes and parts of URLs or handles \
            are left alone. A split point is accepted when (1) the tail is a function word of the language \
            (followed by a word, or ending the clause for verbs and object pronouns) and the head is evidenced: \
            it occurs elsewhere in the document or is a frequent word; (2) both halves are function words \
            ("etle"); (3) a capitalised head that occurs elsewhere in the document (or a gazetteer name) is \
            followed by a frequent word; (4) an unlisted name is followed by a word this document uses on its \
            own ("Haejinporte-parole"); (5) an acronym is followed by a function word ("OTANet"); (6) a surname right after a capitalised \
            word (not in German, and no very frequent word, zipf 4.5, which rather starts a compound surname such as \
            "Lovelady") is followed by a function word that ends at most five other listed words, or by a frequent \
            word (zipf 4, four letters or more, ending at most five other listed words, not better known to the \
            English lexicon) before a lowercase word: "Anand Venkataramansaid the", also after the last hyphen of a \
            name; the counts are measured on the lexicon, so "-son", "-man", "-berg" never split. Tails that \
            are also endings, measured on the lexicons (French future "-a", German "-es", "-in", Spanish \
            clitics, "-son"), need a capitalised head attested in the document (or a single-word gazetteer place, the whole \
            unlisted, as in "Malteont"; or a listed name joined by a conjunction to a capitalised word, "Renneset \
            Brest"), or a lowercase head that takes \
            no ending: a plural, a participle, an adverb, a word with a final written accent, an infinitive \
            before a non-clitic (a Spanish "-er"/"-ir" one before "a"), a vowel pair no word ends in, or a junction the lexicon never shows: the head's \
            last three (or two) letters plus the tail end no listed word, or a handful among hundreds that end \
            like the head ("contrato" + "en", "Regierung" + "der"; not for listed wholes, English words or \
            heads, or an object clitic before a function word); such a head needs zipf 2, or 1.5 with eight \
            letters or more. A conjunction ("y", "und") is no ending after a frequent lowercase head (or a German \
            noun) with an unlisted whole, except one letter after an infinitive and Spanish "e"/"u" outside \
            their sound context. A Spanish verb without the accent a clitic \
            moves ("anunciala"), an Italian finite verb in "-e"/"-no" ("descrivela"), or an article the \
            document writes elsewhere before the same next word also rule out a clitic. German nouns (after \
            a hyphen, compounds the list lacks) count as lowercase heads, and a separable particle ("auf", \
            "ein") may end their clause. German compounds only split before a verb form no noun shares. Merges that form a real word ("mais" + "on") are let go. Among accepted split \
            points the one whose halves are most frequent places the space
            """,
        languages: [.fr, .es, .it, .pt, .de, .en],
        triggering: MergedWordRule.triggeringExamples,
        nonTriggering: MergedWordRule.nonTriggeringExamples
    )

    public init() {}

    public func findings(in context: RuleContext) -> [Finding] {
        // Cheap screen first: frequent unhyphenated words are words. The splitter (a large value
        // holding the context) is built only when some word passes, and outside the word loop:
        // carried through it as an optional, it was copied at every word.
        let document = context.document
        let zipfs = context.zipfs
        var candidates: [Int] = []
        for t in document.words {
            let token = document.tokens[t]
            if !token.hasHyphen, zipfs[t] >= MergedWordSplitter.rareWhole { continue }
            if token.shape != .lower && token.shape != .capitalized && token.shape != .mixed { continue }
            candidates.append(t)
        }
        guard !candidates.isEmpty else { return [] }
        let splitter = MergedWordSplitter(context: context)
        var findings: [Finding] = []
        for t in candidates {
            guard let split = splitter.bestSplit(t) else { continue }
            let range = document.tokens[t].range
            findings.append(finding(range, Self.message(context.text(t), split), confidence: split.confidence,
                                    fixes: [Fix(range, split.head + " " + split.tail, isSafe: split.isSafe)]))
        }
        return findings
    }

    static func message(_ word: String, _ split: MergedWordSplit) -> String {
        var why: [String] = []
        if split.headInDocument { why.append("“\(split.head)” occurs elsewhere in the text") }
        if split.headInGazetteer { why.append("“\(split.head)” is a known place or institution") }
        if split.inNameSlot { why.append("“\(split.head)” follows a capitalised word, as a surname does") }
        switch split.kind {
        case .functionTail: why.append("“\(split.tail)” is a function word")
        case .functionHead: why.append("“\(split.head)” is a function word")
        case .contentTail, .documentTail:
            why.append(split.tailInDocument ? "“\(split.tail)” occurs elsewhere in the text"
                       : split.inNameSlot ? "“\(split.tail)” is a frequent word that ends almost no other word"
                       : "“\(split.tail)” is a frequent word")
        }
        let listed = split.wholeIsListed ? "is a rare form" : "is not a word"
        return "“\(word)” \(listed) but reads as “\(split.head)” glued to “\(split.tail)”, a space lost at a "
            + "link boundary: " + why.joined(separator: ", ")
    }
}
