import Foundation

/// Finds every place in a clean text where each kind of artifact could be injected, in text
/// order. Sites are what a real MT pipeline damages (see DESIGN.md, "Artifact categories"):
/// link boundaries, sentence-initial articles, articles, names before verbs, hyphenated place
/// names, month and weekday names, quotations, and short lines.
struct SiteFinder {
    let language: Language
    let tables: GarbleTables
    let lexicon: Lexicon
    /// Place names written with a hyphen (from the language profile's gazetteer).
    let hyphenatedNames: [String]

    init(language: Language, resources: LanguageResources) {
        self.language = language
        self.tables = GarbleTables.for(language)
        self.lexicon = resources.lexicon(for: language)
        let gazetteer = resources.profile(for: language).gazetteer
        var names = Set<String>()
        for entry in gazetteer.entries {
            for spelling in [entry.name] + entry.aliases where spelling.contains("-") && !spelling.contains(" ") {
                names.insert(spelling)
            }
        }
        self.hyphenatedNames = names.sorted()
    }

    struct Context {
        let scalars: [Unicode.Scalar]
        let words: [GarbleWord]
        /// Lines as scalar ranges (without the newline), with their paragraph's last line flag.
        let lines: [Range<Int>]
    }

    func context(for text: String) -> Context {
        let scalars = Array(text.unicodeScalars)
        var lines: [Range<Int>] = []
        var start = 0
        for (i, s) in scalars.enumerated() where s == "\n" {
            lines.append(start..<i)
            start = i + 1
        }
        lines.append(start..<scalars.count)
        return Context(scalars: scalars, words: GarbleScanner.words(in: scalars), lines: lines)
    }

    func sites(_ kind: GarbleKind, in c: Context, headline: () -> String) -> [Injection] {
        switch kind {
        case .mergedWord: return merges(c)
        case .strayArticle: return strayArticles(c)
        case .doubledArticle: return doubledArticles(c)
        case .redundantPronoun: return redundantPronouns(c)
        case .missingHyphen: return missingHyphens(c)
        case .capitalization: return capitalizations(c)
        case .duplicateLine: return duplicateLines(c)
        case .unbalancedQuotes: return unbalancedQuotes(c)
        case .leakedBoilerplate: return boilerplate(c, headline: headline)
        }
    }

    private func onlySpaceBetween(_ a: GarbleWord, _ b: GarbleWord, _ c: Context) -> Bool {
        b.range.lowerBound == a.range.upperBound + 1 && c.scalars[a.range.upperBound] == " "
    }

    private var allLinkOrVerb: Set<String> {
        tables.linkWords.union(tables.singularVerbs).union(tables.pluralVerbs).union(tables.articles)
    }

    /// "Iakoutsk une" → "Iakoutskune": a content word (or name) glued to the function word after it,
    /// unless the result is a real word (zipf ≥ 2), which no detector could see.
    func merges(_ c: Context) -> [Injection] {
        var out: [Injection] = []
        let excluded = allLinkOrVerb
        for k in c.words.indices.dropLast() {
            let w = c.words[k], f = c.words[k + 1]
            guard onlySpaceBetween(w, f, c), tables.linkWords.contains(f.text), w.text.unicodeScalars.count >= 3,
                  w.isAlphabetic || w.text.contains("-"),
                  !excluded.contains(LexiconKey.fold(w.text)),
                  w.text.unicodeScalars.allSatisfy({ !$0.properties.isUppercase }) || w.isCapitalized,
                  !w.text.unicodeScalars.contains(where: { $0.properties.numericType != nil }) else { continue }
            // Very frequent words ("but", "celle") are closed-class in all but name; skip them.
            guard lexicon.zipf(w.text) < 5.5 else { continue }
            let merged = w.text + f.text
            guard lexicon.zipf(merged) < 2, !tables.linkWords.contains(LexiconKey.fold(merged)) else { continue }
            out.append(Injection(kind: .mergedWord, range: w.range.lowerBound..<f.range.upperBound, replacement: merged))
        }
        return out
    }

    /// "Le président" → "Il Le président" at the start of a sentence.
    func strayArticles(_ c: Context) -> [Injection] {
        var out: [Injection] = []
        for k in c.words.indices.dropLast() {
            let w = c.words[k], next = c.words[k + 1]
            guard w.isSentenceStart, tables.initialArticles.contains(w.text), onlySpaceBetween(w, next, c) else { continue }
            let stray = tables.strayArticles[(w.range.lowerBound / 7) % tables.strayArticles.count]
            guard stray != w.text else { continue }
            out.append(Injection(kind: .strayArticle, range: w.range.lowerBound..<w.range.lowerBound, replacement: stray + " "))
        }
        return out
    }

    /// "avec le dirigeant" → "avec le Le dirigeant": a mid-sentence article repeated, capitalised.
    func doubledArticles(_ c: Context) -> [Injection] {
        var out: [Injection] = []
        for k in c.words.indices.dropLast() where k > 0 {
            let w = c.words[k], next = c.words[k + 1]
            guard !w.isSentenceStart, tables.articles.contains(w.text), onlySpaceBetween(w, next, c),
                  next.isAlphabetic, !tables.linkWords.contains(next.text) else { continue }
            out.append(Injection(kind: .doubledArticle, range: w.range, replacement: w.text + " " + capitalized(w.text)))
        }
        return out
    }

    /// "Marie a dit" → "Marie Il a dit": a subject pronoun between a name and its verb.
    func redundantPronouns(_ c: Context) -> [Injection] {
        var out: [Injection] = []
        for k in c.words.indices.dropLast() {
            let name = c.words[k], verb = c.words[k + 1]
            guard name.isCapitalized, name.isAlphabetic, onlySpaceBetween(name, verb, c),
                  !tables.initialArticles.contains(name.text), !allLinkOrVerb.contains(LexiconKey.fold(name.text)),
                  // A capital licensed by position or (German) by being a noun is no sign of a name.
                  name.isSentenceStart || language == .de ? lexicon.zipf(name.text) < 2.5 : true else { continue }
            let pronoun: String
            if tables.singularVerbs.contains(verb.text) { pronoun = tables.singularPronoun }
            else if tables.pluralVerbs.contains(verb.text) { pronoun = tables.pluralPronoun }
            else { continue }
            out.append(Injection(kind: .redundantPronoun, range: verb.range.lowerBound..<verb.range.lowerBound,
                                 replacement: pronoun + " "))
        }
        return out
    }

    /// "États-Unis" → "États Unis" for gazetteer names.
    func missingHyphens(_ c: Context) -> [Injection] {
        var out: [Injection] = []
        let names = Set(hyphenatedNames)
        for w in c.words where w.text.contains("-") && names.contains(w.text) {
            out.append(Injection(kind: .missingHyphen, range: w.range,
                                 replacement: w.text.replacingOccurrences(of: "-", with: " ")))
        }
        return out
    }

    /// "en septembre" → "en Septembre" where the language writes months lowercase.
    func capitalizations(_ c: Context) -> [Injection] {
        c.words.filter { !$0.isSentenceStart && tables.calendarWords.contains($0.text) }
            .map { Injection(kind: .capitalization, range: $0.range, replacement: capitalized($0.text)) }
    }

    /// A short one-line paragraph repeated on the next line (the copy and its newline are the label).
    func duplicateLines(_ c: Context) -> [Injection] {
        var out: [Injection] = []
        for (i, line) in c.lines.enumerated() {
            let words = c.words.filter { line.contains($0.range.lowerBound) }.count
            guard words >= 3, words <= 40 else { continue }
            var s = String()
            s.unicodeScalars.append(contentsOf: c.scalars[line])
            if i + 1 < c.lines.count {
                let at = line.upperBound + 1
                out.append(Injection(kind: .duplicateLine, range: at..<at, replacement: s + "\n", guarded: line))
            } else {
                out.append(Injection(kind: .duplicateLine, range: line.upperBound..<line.upperBound, replacement: "\n" + s,
                                     guarded: line))
            }
        }
        return out
    }

    /// « … » → « … ”: the closing mark of a quotation replaced by one of another pair.
    func unbalancedQuotes(_ c: Context) -> [Injection] {
        var out: [Injection] = []
        for pair in tables.quotes {
            var open: Int? = nil
            for (i, s) in c.scalars.enumerated() {
                if s == "\n" { open = nil; continue }
                if s == pair.open, open == nil || pair.open != pair.close { open = i; continue }
                if s == pair.close, let o = open, i - o > 1 {
                    out.append(Injection(kind: .unbalancedQuotes, range: i..<i + 1, replacement: String(pair.wrong)))
                    open = nil
                }
            }
        }
        return out.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// A page-furniture line ("-", "NEXT …", "Lire aussi : …") after a line; the label is the
    /// inserted line with its preceding newline.
    func boilerplate(_ c: Context, headline: () -> String) -> [Injection] {
        var out: [Injection] = []
        for (i, line) in c.lines.enumerated() where !line.isEmpty {
            let template = tables.boilerplate[(line.lowerBound / 3 + i) % tables.boilerplate.count]
            let text = template.replacingOccurrences(of: "%@", with: headline())
            out.append(Injection(kind: .leakedBoilerplate, range: line.upperBound..<line.upperBound, replacement: "\n" + text))
        }
        return out
    }

    private func capitalized(_ word: String) -> String {
        guard let first = word.first else { return word }
        return first.uppercased() + word.dropFirst()
    }
}
