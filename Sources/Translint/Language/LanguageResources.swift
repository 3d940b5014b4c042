import Foundation

/// Loads and caches lexicons and language profiles. Each is read once, on first use, and then
/// shared by every analyzer and thread; the lock only guards the cache, never a lookup.
public final class LanguageResources: @unchecked Sendable {
    /// Where the data files are: a folder holding `Lexicons/` and `Languages/`.
    public let directory: URL?
    private let lock = NSLock()
    private var lexicons: [Language: Lexicon] = [:]
    private var profiles: [Language: LanguageProfile] = [:]
    private let inlineLexicons: [Language: Lexicon]
    private let inlineProfiles: [Language: LanguageProfile]

    /// The resources shipped with the package (or named by `TRANSLINT_DATA`).
    public static let shared = LanguageResources(directory: LanguageResources.locateDefaultDirectory())

    public init(directory: URL?) {
        self.directory = directory
        self.inlineLexicons = [:]
        self.inlineProfiles = [:]
    }

    /// Resources given by the caller, for tests, fuzzing and embedding without a bundle.
    public init(lexicons: [Language: Lexicon], profiles: [Language: LanguageProfile]) {
        self.directory = nil
        self.inlineLexicons = lexicons
        self.inlineProfiles = profiles
    }

    /// True when the shipped data could be found.
    public var isAvailable: Bool { directory != nil || !inlineLexicons.isEmpty }

    public func lexicon(for language: Language) -> Lexicon {
        if let inline = inlineLexicons[language] { return inline }
        lock.lock(); defer { lock.unlock() }
        if let cached = lexicons[language] { return cached }
        var lexicon = Lexicon.empty
        if let dir = directory,
           let data = FileManager.default.contents(atPath: dir.appendingPathComponent("Lexicons/\(language.rawValue).tsv").path) {
            lexicon = Lexicon(tsv: [UInt8](data))
        }
        lexicons[language] = lexicon
        return lexicon
    }

    public func profile(for language: Language) -> LanguageProfile {
        if let inline = inlineProfiles[language] { return inline }
        lock.lock(); defer { lock.unlock() }
        if let cached = profiles[language] { return cached }
        var files: [String: String] = [:]
        if let dir = directory {
            let folder = dir.appendingPathComponent("Languages/\(language.rawValue)")
            for name in ["function-words.tsv", "calendar.tsv", "gazetteer.tsv", "calques.tsv",
                         "boilerplate.tsv", "profile.tsv"] {
                if let text = try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8) {
                    files[name] = text
                }
            }
            if let common = try? String(contentsOf: dir.appendingPathComponent("Languages/common/boilerplate.tsv"),
                                        encoding: .utf8) {
                files["common/boilerplate.tsv"] = common
            }
        }
        let profile = LanguageProfile(language: language, files: files)
        profiles[language] = profile
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
