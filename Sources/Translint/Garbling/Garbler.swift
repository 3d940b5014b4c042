import Foundation

/// The synthetic garbler: turns clean text into a labeled corpus by injecting the artifacts a
/// real MT pipeline produces, each with an exact gold label and fix (offsets into the garbled
/// text; applying every fix restores the clean text). Deterministic for a seed.
///
/// Input is plain text; paragraphs are separated by blank lines (or, when the text has no
/// blank line, each line is a paragraph). Consecutive paragraphs are grouped into documents of
/// about 100–300 words (at most three paragraphs), joined by blank lines. A share of documents
/// (`cleanShare`) is left clean with `garbled: false`; in the others every eligible site of an
/// enabled kind is damaged with probability `rate × weight(kind)`, skipping sites that would
/// overlap or touch an artifact already placed. A document meant to be garbled that drew no
/// artifact gets one site picked at random; one with no site at all stays clean.
public struct Garbler: Sendable {
    /// What to garble and how.
    public struct Options: Sendable {
        /// The language of the input text.
        public var language: Language
        /// Seeds every random draw: the same seed and input give the same corpus.
        public var seed: UInt64
        /// Probability per eligible site before the per-kind weight.
        public var rate: Double = 0.07
        /// The kinds to inject; all by default.
        public var kinds: Set<GarbleKind> = Set(GarbleKind.allCases)
        /// Document id prefix; nil for "<language>-synth".
        public var idPrefix: String? = nil
        /// Share of documents left clean.
        public var cleanShare: Double = 0.2
        /// Written to each document's `source` field.
        public var source: String = "synthetic"
        /// Written to each document's `license` field.
        public var license: String = "inherited from the input text"

        /// Default options for a language and seed.
        public init(language: Language, seed: UInt64) {
            self.language = language
            self.seed = seed
        }
    }

    /// The options it was created with.
    public let options: Options
    let finder: SiteFinder

    /// A garbler finding sites with the language data of `resources`.
    public init(options: Options, resources: LanguageResources = .shared) {
        self.options = options
        self.finder = SiteFinder(language: options.language, resources: resources)
    }

    /// Paragraphs of the input: blocks between blank lines, or lines when there is no blank line.
    public static func paragraphs(of text: String) -> [String] {
        let normalized = text.replacingOccurrences(of: "\r\n", with: "\n")
        let lines = normalized.split(separator: "\n", omittingEmptySubsequences: false).map {
            $0.trimmingCharacters(in: .whitespaces)
        }
        let hasBlank = lines.dropLast().contains { $0.isEmpty } && lines.contains { !$0.isEmpty }
        if !hasBlank { return lines.filter { !$0.isEmpty } }
        var out: [String] = [], current: [String] = []
        for line in lines {
            if line.isEmpty {
                if !current.isEmpty { out.append(current.joined(separator: "\n")); current = [] }
            } else {
                current.append(line)
            }
        }
        if !current.isEmpty { out.append(current.joined(separator: "\n")) }
        return out
    }

    static func wordCount(_ s: String) -> Int { s.split(whereSeparator: { $0 == " " || $0 == "\n" }).count }

    /// Groups paragraphs into document texts of about 100–300 words.
    func documentTexts(_ paragraphs: [String]) -> [String] {
        var rng = SplitMix64(seed: options.seed, stream: 0xD0C5)
        var texts: [String] = []
        var current: [String] = [], words = 0
        var target = 100 + rng.below(150)
        for p in paragraphs {
            let n = Garbler.wordCount(p)
            if !current.isEmpty && (words + n > 300 || current.count == 3) {
                texts.append(current.joined(separator: "\n\n"))
                current = []; words = 0; target = 100 + rng.below(150)
            }
            current.append(p)
            words += n
            if words >= target {
                texts.append(current.joined(separator: "\n\n"))
                current = []; words = 0; target = 100 + rng.below(150)
            }
        }
        if !current.isEmpty { texts.append(current.joined(separator: "\n\n")) }
        return texts
    }

    /// Garbles a whole input text into corpus documents.
    public func garble(_ input: String) -> [GarbledDocument] {
        let paragraphs = Garbler.paragraphs(of: input)
        let headlines = paragraphs.compactMap(Garbler.headline)
        let texts = documentTexts(paragraphs)
        let prefix = options.idPrefix ?? "\(options.language.rawValue)-synth"
        let width = max(4, String(texts.count).count)
        return texts.enumerated().map { index, text in
            var rng = SplitMix64(seed: options.seed, stream: UInt64(index + 1))
            let number = String(index + 1)
            let id = "\(prefix)-\(String(repeating: "0", count: width - number.count))\(number)"
            let clean = rng.chance(options.cleanShare)
            let injections = clean ? [] : plan(text, rng: &rng, headlines: headlines)
            return GarbledDocument(id: id, language: options.language, original: text, injections: injections,
                                   source: options.source, license: options.license)
        }
    }

    /// Chooses the injections for one document text.
    func plan(_ text: String, rng: inout SplitMix64, headlines: [String]) -> [Injection] {
        let context = finder.context(for: text)
        var chosen: [Injection] = []
        var all: [Injection] = []
        for kind in GarbleKind.injectionOrder where options.kinds.contains(kind) {
            let p = min(0.9, options.rate * kind.siteWeight)
            let sites = finder.sites(kind, in: context) {
                headlines.isEmpty ? "…" : headlines[rng.below(headlines.count)]
            }
            for site in sites {
                all.append(site)
                // Draw for every site, so one site's fate does not shift the draws of the next.
                let hit = rng.chance(p)
                if hit, chosen.allSatisfy({ $0.isApart(from: site) }) { chosen.append(site) }
            }
        }
        if chosen.isEmpty, !all.isEmpty {
            chosen.append(all[rng.below(all.count)])
        }
        return chosen.sorted { ($0.range.lowerBound, $0.range.upperBound) < ($1.range.lowerBound, $1.range.upperBound) }
    }

    /// A headline-like line from a paragraph: its first 4–10 words, without final punctuation.
    static func headline(_ paragraph: String) -> String? {
        let firstLine = paragraph.split(separator: "\n").first.map(String.init) ?? paragraph
        let words = firstLine.split(separator: " ")
        guard words.count >= 4 else { return nil }
        var h = words.prefix(10).joined(separator: " ")
        while let last = h.unicodeScalars.last, ".,;:!?«»“”\"(".unicodeScalars.contains(last) || last == " " {
            h.unicodeScalars.removeLast()
        }
        return h.isEmpty ? nil : h
    }
}
