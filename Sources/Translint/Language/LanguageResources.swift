import Foundation

/// Loads and caches lexicons and language profiles. Each is read once, on first use, and then
/// shared by every analyzer and thread; the locks only guard the cache, never a lookup. Each
/// language's lexicon and profile load under their own lock, so threads that need different
/// files read them at the same time (`preload` does that on purpose).
public final class LanguageResources: @unchecked Sendable {
    /// Where the data files are: a folder holding `Lexicons/` and `Languages/`.
    public let directory: URL?
    /// Guards the two dictionaries, held only to read or store an entry.
    private let lock = NSLock()
    /// Per language (by `position`): held while that language's lexicon, or profile, loads.
    private let lexiconLoading = Language.allCases.map { _ in NSLock() }
    private let profileLoading = Language.allCases.map { _ in NSLock() }
    private var lexicons: [Language: Lexicon] = [:]
    private var profiles: [Language: LanguageProfile] = [:]
    private let inlineLexicons: [Language: Lexicon]
    private let inlineProfiles: [Language: LanguageProfile]
    /// User data merged into the data files as they load (see `ResourceOverrides`).
    public let overrides: ResourceOverrides
    /// Built on first use under its own lock: building it loads profiles, which take the others.
    private let identifier = LazyValue<LanguageIdentifier>()

    /// The resources shipped with the package (or named by `TRANSLINT_DATA`).
    public static let shared = LanguageResources(directory: LanguageResources.locateDefaultDirectory())

    public init(directory: URL?) {
        self.directory = directory
        self.inlineLexicons = [:]
        self.inlineProfiles = [:]
        self.overrides = ResourceOverrides()
    }

    /// The data files in `directory` plus the user's words and gazetteer entries (for example from
    /// a `.translint.json`). A separate instance with its own cache: `shared` is never changed.
    public init(directory: URL?, overrides: ResourceOverrides) {
        self.directory = directory
        self.inlineLexicons = [:]
        self.inlineProfiles = [:]
        self.overrides = overrides
    }

    /// Resources given by the caller, for tests, fuzzing and embedding without a bundle.
    public init(lexicons: [Language: Lexicon], profiles: [Language: LanguageProfile]) {
        self.directory = nil
        self.inlineLexicons = lexicons
        self.inlineProfiles = profiles
        self.overrides = ResourceOverrides()
    }

    /// True when the shipped data could be found.
    public var isAvailable: Bool { directory != nil || !inlineLexicons.isEmpty }

    public func lexicon(for language: Language) -> Lexicon {
        if let inline = inlineLexicons[language] { return inline }
        if let cached = cachedLexicon(language) { return cached }
        let loading = lexiconLoading[language.position]
        loading.lock(); defer { loading.unlock() }
        if let cached = cachedLexicon(language) { return cached }
        var lexicon = Lexicon.empty
        if let dir = directory,
           let data = FileManager.default.contents(atPath: dir.appendingPathComponent("Lexicons/\(language.rawValue).tsv").path) {
            lexicon = Lexicon(tsv: [UInt8](data) + overrides.lexiconTSV(for: language))
        } else if !(overrides.extraWords[language]?.isEmpty ?? true) {
            lexicon = Lexicon(tsv: overrides.lexiconTSV(for: language))
        }
        lock.lock(); lexicons[language] = lexicon; lock.unlock()
        return lexicon
    }

    private func cachedLexicon(_ language: Language) -> Lexicon? {
        lock.lock(); defer { lock.unlock() }
        return lexicons[language]
    }

    private func cachedProfile(_ language: Language) -> LanguageProfile? {
        lock.lock(); defer { lock.unlock() }
        return profiles[language]
    }

    /// Loads the lexicons and profiles of `languages` now, with each lexicon's word-endings
    /// index and the language-identification model, several at once (one per core), instead of
    /// one after the other as analysis first asks for them. Worth it before analysing many
    /// documents on several threads, which soon need nearly all of it: built lazily, each of
    /// these parts kept every other thread waiting that needed it at the same moment (in a
    /// batch grouped by language, at every change of language). One short document needs only
    /// part of it, and costs less loaded lazily.
    public func preload(_ languages: [Language] = Language.allCases) {
        enum Task { case identifier, lexicon(Language), profile(Language) }
        // The largest tasks first, so that no core is left alone with one of them at the end.
        // The model loads the profiles it reads itself when it gets to them first.
        let tasks: [Task] = [.identifier] + languages.map { .lexicon($0) } + languages.map { .profile($0) }
        DispatchQueue.concurrentPerform(iterations: tasks.count) { i in
            switch tasks[i] {
            case .identifier: _ = languageIdentifier
            case .lexicon(let language): lexicon(for: language).prepareEndings()
            case .profile(let language): _ = profile(for: language)
            }
        }
    }

    /// The language-identification model of these resources, built on first use and kept. It
    /// reads the head of every lexicon (tens of milliseconds), and resources made for a user's
    /// `.translint.json` used to build it again for every document.
    public var languageIdentifier: LanguageIdentifier { identifier.value { LanguageIdentifier(resources: self) } }

    /// Whether the language-identification model has been built.
    var hasLanguageIdentifier: Bool { identifier.isBuilt }

    public func profile(for language: Language) -> LanguageProfile {
        if let inline = inlineProfiles[language] { return inline }
        if let cached = cachedProfile(language) { return cached }
        let loading = profileLoading[language.position]
        loading.lock(); defer { loading.unlock() }
        if let cached = cachedProfile(language) { return cached }
        var files: [String: String] = [:]
        if let dir = directory {
            let folder = dir.appendingPathComponent("Languages/\(language.rawValue)")
            for name in ["function-words.tsv", "calendar.tsv", "gazetteer.tsv", "calques.tsv",
                         "boilerplate.tsv", "profile.tsv", "merged-words.tsv"] {
                if let text = try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8) {
                    files[name] = text
                }
            }
            if let common = try? String(contentsOf: dir.appendingPathComponent("Languages/common/boilerplate.tsv"),
                                        encoding: .utf8) {
                files["common/boilerplate.tsv"] = common
            }
        }
        if let extra = overrides.gazetteerTSV(for: language) {
            files["gazetteer.tsv", default: ""] += "\n" + extra
        }
        let profile = LanguageProfile(language: language, files: files)
        lock.lock(); profiles[language] = profile; lock.unlock()
        return profile
    }

    /// Finds the data folder: `$TRANSLINT_DATA`, the resource bundle beside the executable
    /// (where SwiftPM puts it), or the package's source folder in a development checkout.
    static func locateDefaultDirectory() -> URL? {
        let fm = FileManager.default
        func valid(_ url: URL) -> URL? {
            var isDir: ObjCBool = false
            let probe = url.appendingPathComponent("Languages").path
            return fm.fileExists(atPath: probe, isDirectory: &isDir) && isDir.boolValue ? url : nil
        }
        if let env = ProcessInfo.processInfo.environment["TRANSLINT_DATA"], !env.isEmpty,
           let url = valid(URL(fileURLWithPath: env)) {
            return url
        }
        let bundleName = "Translint_Translint.resources"
        var bases: [URL] = []
        let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath()
        bases.append(executable.deletingLastPathComponent())
        bases.append(Bundle.main.bundleURL)
        bases.append(Bundle.main.bundleURL.deletingLastPathComponent())
        for base in bases {
            if let url = valid(base.appendingPathComponent(bundleName).appendingPathComponent("Resources")) { return url }
            if let url = valid(base.appendingPathComponent(bundleName)) { return url }
        }
        let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Resources")
        return valid(source)
    }
}

/// Words and place names a user adds to the shipped language data, merged in as the files load:
/// extra words are appended to the lexicon (a word the lexicon already lists keeps its frequency),
/// extra entries to the gazetteer. Applies to data read from a directory, not to inline resources.
public struct ResourceOverrides: Sendable, Hashable {
    /// Per language: word → Zipf frequency.
    public var extraWords: [Language: [String: Double]]
    /// Per language: extra gazetteer entries.
    public var extraGazetteer: [Language: [GazetteerEntry]]

    /// No overrides, or the given ones.
    public init(extraWords: [Language: [String: Double]] = [:], extraGazetteer: [Language: [GazetteerEntry]] = [:]) {
        self.extraWords = extraWords
        self.extraGazetteer = extraGazetteer
    }

    /// True when nothing is added.
    public var isEmpty: Bool {
        extraWords.values.allSatisfy(\.isEmpty) && extraGazetteer.values.allSatisfy(\.isEmpty)
    }

    /// The extra words as lexicon lines ("word<TAB>zipf"), preceded by a newline.
    func lexiconTSV(for language: Language) -> [UInt8] {
        guard let words = extraWords[language], !words.isEmpty else { return [] }
        var text = "\n"
        for (w, z) in words.sorted(by: { $0.key < $1.key }) {
            text += "\(LexiconKey.fold(w))\t\(String(format: "%.2f", min(max(z, 0), 8)))\n"
        }
        return Array(text.utf8)
    }

    /// The extra entries as gazetteer rows, or nil when there are none.
    func gazetteerTSV(for language: Language) -> String? {
        guard let entries = extraGazetteer[language], !entries.isEmpty else { return nil }
        func clean(_ s: String) -> String {
            s.replacingOccurrences(of: "\t", with: " ").replacingOccurrences(of: "\n", with: " ")
                .replacingOccurrences(of: "\r", with: " ")
        }
        return entries.map { e in
            [e.name, e.kind, e.gender ?? "", e.number ?? "", e.article, e.locative, e.aliases.joined(separator: "|")]
                .map(clean).joined(separator: "\t")
        }.joined(separator: "\n") + "\n"
    }
}
