/// The short-run pass of `UntranslatedFragmentRule` (see its pass 2): one walk over the tokens
/// that keeps a run per source language and turns closed runs into candidate findings.
extension UntranslatedFragmentRule {
    struct RunWord {
        var token: Int
        var points: Int
        var isAnchor: Bool
        /// A function word of the run's language (anchor or not).
        var isFunction: Bool
    }

    /// How a word reads for each source language (bit `s` for `sources[s]`). It depends only on
    /// the word's key, so it is worked out once per key instead of once per occurrence and source.
    struct RunReading {
        /// Clearly a word of the document's language for that source: the run ends here.
        var closes: UInt8 = 0
        /// An anchor when the token is lowercase and has two letters or more (or is "y").
        var anchors: UInt8 = 0
        /// A common word of that source that leans to it by 1.5 (one point, or two when lowercase
        /// and `strong`).
        var common: UInt8 = 0
        /// Leans to that source by 3 or more.
        var strong: UInt8 = 0
        /// A function word of that source.
        var functions: UInt8 = 0

        init(_ t: Int, _ context: RuleContext, identifier: LanguageIdentifier,
             rows: LanguageIdentifier.KeyRows, target: Language, sources: [Language]) {
            let row = rows.wordRow(context.keyID(t))
            // The document's own lexicon knows rare target words and foreign words alike far
            // better than the model's floor does.
            let targetZipf = max(context.zipf(t), identifier.listedZipf(row, in: target))
            let isTargetFunction = identifier.isFunctionWord(row, in: target) || context.isFunctionWord(t)
            for (s, source) in sources.enumerated() {
                let bit: UInt8 = 1 << UInt8(s)
                let sourceZipf = identifier.zipf(row, in: source)
                let lean = sourceZipf - targetZipf
                let isFunction = identifier.isFunctionWord(row, in: source)
                if lean <= -1.0 || (isTargetFunction && !isFunction) {
                    closes |= bit
                    continue
                }
                if !isTargetFunction, isFunction, lean >= 1.7, sourceZipf >= 5 { anchors |= bit }
                if row != nil, lean >= 1.5 { common |= bit }
                if lean >= 3 { strong |= bit }
                if isFunction { functions |= bit }
            }
        }
    }

    /// The open run of each source language and the findings of the runs closed so far. A value
    /// type with mutating methods rather than closures over local variables, which Swift would
    /// box and check for exclusive access on every use.
    struct RunCollector {
        let rule: UntranslatedFragmentRule
        let context: RuleContext
        let sources: [Language]
        var runs: [[RunWord]]
        /// Bit `s` set when `runs[s]` is not empty.
        var open: UInt8 = 0
        var candidates: [(points: Int, finding: Finding)] = []

        init(rule: UntranslatedFragmentRule, context: RuleContext, sources: [Language]) {
            self.rule = rule
            self.context = context
            self.sources = sources
            runs = [[RunWord]](repeating: [], count: sources.count)
        }

        @inline(__always) func isOpen(_ s: Int) -> Bool { open & (1 << UInt8(s)) != 0 }

        mutating func append(_ s: Int, _ word: RunWord) {
            runs[s].append(word)
            open |= 1 << UInt8(s)
        }

        /// Closes every open run, in source order.
        @inline(__always) mutating func closeAll() {
            var rest = open
            while rest != 0 {
                close(rest.trailingZeroBitCount)
                rest &= rest - 1
            }
        }

        /// Ends the run of `sources[s]`, keeping a candidate when it qualifies.
        mutating func close(_ s: Int) {
            let run = runs[s]
            runs[s] = []
            open &= ~(1 << UInt8(s))
            if let candidate = candidate(run, source: sources[s]) { candidates.append(candidate) }
        }

        private func candidate(_ words: [RunWord], source: Language) -> (points: Int, finding: Finding)? {
            let document = context.document
            let target = document.language
            let tokens = document.tokens
            var run = words
            while let last = run.last, last.points == 0 { run.removeLast() }
            while let first = run.first, first.points == 0 { run.removeFirst() }
            guard run.count >= 2, run.contains(where: { $0.isAnchor }) else { return nil }
            let points = run.reduce(0) { $0 + $1.points }
            guard points >= UntranslatedFragmentRule.minimumRunPoints else { return nil }
            let first = run[0].token, last = run[run.count - 1].token
            // Names and titles: a run that starts with a capital ("The Software Available for",
            // "General Resolution about", "Institute of Standards and"), or that continues a
            // capitalised name with nothing but function words and capitals ("Museo del Prado").
            if tokens[first].shape != .lower { return nil }
            // The name may continue over a short lowercase link ("Software in the Public Interest",
            // "Bank of the West"): walk back over it to the capital.
            var before = document.previousWord(before: first)
            var start = first
            while let b = before, document.separatedBySpaceOnly(b, start), tokens[b].shape == .lower,
                  b >= first - 4, tokens[b].range.count <= 3 {
                start = b
                before = document.previousWord(before: b)
            }
            if let before, document.separatedBySpaceOnly(before, start),
               tokens[before].shape != .lower,
               !run.contains(where: { !$0.isFunction && tokens[$0.token].shape == .lower }) {
                return nil
            }
            // Code: identifiers and paths around the run.
            if UntranslatedFragmentRule.touchesCode(first - 1, document)
                || UntranslatedFragmentRule.touchesCode(last + 1, document) { return nil }
            let range = tokens[first].range.lowerBound..<tokens[last].range.upperBound
            let phrase = run.map { context.key($0.token) }.joined(separator: " ")
            if UntranslatedFragmentRule.containsLoanPhrase(phrase) { return nil }
            let confidence = min(0.9, 0.45 + 0.07 * Double(points) + 0.03 * Double(run.count))
            return (points, rule.finding(range, "Words in \(source.englishName) inside \(target.englishName) text (\(run.filter(\.isAnchor).map { document.string($0.token) }.joined(separator: ", "))): probably left untranslated",
                                         confidence: confidence))
        }
    }

    func runFindings(_ context: RuleContext, identifier: LanguageIdentifier,
                     rows: LanguageIdentifier.KeyRows, covered: [Range<Int>]) -> [Finding] {
        let document = context.document
        let target = document.language
        let tokens = document.tokens
        let sources = LanguageIdentifier.languages.filter { $0 != target }
        let allSources: UInt8 = (1 << UInt8(sources.count)) - 1
        var collector = RunCollector(rule: self, context: context, sources: sources)
        var coveredIndex = 0
        var quoteOpen = false
        var bracketDepth = 0
        var lastWord = -1
        var readings = KeyMemo<RunReading>(context)

        var paragraphOfLine = [Int](repeating: -1, count: document.lines.count)
        for (p, lines) in document.paragraphs.enumerated() { for l in lines { paragraphOfLine[l] = p } }
        var currentParagraph = -1

        for t in tokens.indices {
            let token = tokens[t]
            switch token.kind {
            case .space:
                continue
            case .newline:
                collector.closeAll()
                let line = document.lineOfToken[t]
                let next = line + 1 < paragraphOfLine.count ? paragraphOfLine[line + 1] : -1
                if next != currentParagraph { quoteOpen = false; bracketDepth = 0 }
                continue
            case .punctuation, .number:
                collector.closeAll()
                // A paragraph may open with a quotation mark: start the paragraph's quote state
                // here, not at its first word, or the opening « would be forgotten.
                let paragraph = paragraphOfLine[document.lineOfToken[t]]
                if paragraph != currentParagraph { currentParagraph = paragraph; quoteOpen = false; bracketDepth = 0 }
                if token.kind == .punctuation, let s = document.scalars[safe: token.range.lowerBound] {
                    switch s {
                    case "«", "»", "“", "”", "„", "\"", "‹", "›": quoteOpen.toggle()
                    case "(", "[", "{": bracketDepth += 1
                    case ")", "]", "}": bracketDepth = max(0, bracketDepth - 1)
                    default: break
                    }
                }
                continue
            case .word:
                break
            }
            let paragraph = paragraphOfLine[document.lineOfToken[t]]
            if paragraph != currentParagraph { currentParagraph = paragraph; quoteOpen = false; bracketDepth = 0 }
            // `document.separatedBySpaceOnly(lastWord, t)`, written out: this runs for every word.
            if lastWord >= 0, !(t == lastWord + 2 && tokens[lastWord + 1].kind == .space) { collector.closeAll() }
            lastWord = t
            while coveredIndex < covered.count, covered[coveredIndex].upperBound <= t { coveredIndex += 1 }
            let isCovered = coveredIndex < covered.count && covered[coveredIndex].contains(t)
            if isCovered || quoteOpen || bracketDepth > 0 { collector.closeAll(); continue }

            let reading = readings.value(context.keyID(t)) {
                RunReading(t, context, identifier: identifier, rows: rows, target: target, sources: sources)
            }
            // Most words read as the document's language for every source: they only end runs.
            if reading.closes == allSources { collector.closeAll(); continue }
            let lower = token.shape == .lower
            let anchorShape = lower && (token.range.count >= 2 || context.key(t) == "y")
            // Only sources with an open run or with points for this word can change anything:
            // a closing word ends only open runs, and a pointless word extends only open runs.
            var active = collector.open | reading.common | (anchorShape ? reading.anchors : 0)
            while active != 0 {
                let s = active.trailingZeroBitCount
                active &= active - 1
                let bit: UInt8 = 1 << UInt8(s)
                if reading.closes & bit != 0 {
                    if collector.isOpen(s) { collector.close(s) }
                    continue
                }
                var points = 0
                var anchor = false
                if anchorShape, reading.anchors & bit != 0 {
                    points = 2
                    anchor = true
                } else if reading.common & bit != 0 {
                    points = lower && reading.strong & bit != 0 ? 2 : 1
                }
                if points == 0 && !collector.isOpen(s) { continue }
                collector.append(s, RunWord(token: t, points: points, isAnchor: anchor,
                                            isFunction: reading.functions & bit != 0))
            }
        }
        collector.closeAll()
        // Runs found for several source languages may overlap ("de la région" reads as French,
        // "la región" as Spanish): keep the strongest, then the longest, then the earliest.
        var candidates = collector.candidates
        candidates.sort {
            ($0.points, $0.finding.range.count, -$0.finding.range.lowerBound)
                > ($1.points, $1.finding.range.count, -$1.finding.range.lowerBound)
        }
        var findings: [Finding] = []
        for c in candidates where !findings.contains(where: { $0.range.overlaps(c.finding.range) }) {
            findings.append(c.finding)
        }
        return findings.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }
}
