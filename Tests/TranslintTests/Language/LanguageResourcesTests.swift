import Foundation
import Testing
@testable import Translint

/// Each language's files load once, however many threads ask at the same time, and `preload`
/// leaves every language loaded with the same data a lazy load gives.
@Suite struct LanguageResourcesTests {
    @Test func concurrentFirstUsesShareOneLoad() {
        let resources = LanguageResources(directory: LanguageResources.shared.directory)
        let languages = Language.allCases
        let slots = Collected<Lexicon>(count: languages.count * 4)
        DispatchQueue.concurrentPerform(iterations: languages.count * 4) { i in
            slots.set(i, resources.lexicon(for: languages[i % languages.count]))
        }
        for (i, language) in languages.enumerated() {
            let first = slots.get(i)
            for k in stride(from: i, to: languages.count * 4, by: languages.count) {
                #expect(slots.get(k) === first, "\(language): loaded twice")
            }
            #expect(resources.lexicon(for: language) === first)
        }
    }

    /// A profile compiles its boilerplate patterns once, on first use, whatever the threads.
    @Test func boilerplateMatcherIsBuiltOnce() {
        let profile = LanguageResources(directory: LanguageResources.shared.directory).profile(for: .fr)
        let seen = Collected<BoilerplateMatcher>(count: 8)
        DispatchQueue.concurrentPerform(iterations: 8) { i in seen.set(i, profile.boilerplateMatcher) }
        for i in 0..<8 { #expect(seen.get(i) === profile.boilerplateMatcher) }
    }

    @Test func preloadLoadsWhatLazyLoadingLoads() {
        let preloaded = LanguageResources(directory: LanguageResources.shared.directory)
        preloaded.preload()
        let lazy = LanguageResources(directory: LanguageResources.shared.directory)
        for language in Language.allCases {
            let lexicon = preloaded.lexicon(for: language)
            #expect(lexicon.count > 1000, "\(language): lexicon not loaded")
            #expect(lexicon.count == lazy.lexicon(for: language).count)
            #expect(preloaded.profile(for: language).functionWords.count == lazy.profile(for: language).functionWords.count)
        }
    }

    /// Preloading also builds what analysis would otherwise build on first use while other
    /// threads wait for it: each lexicon's word-endings index and the identification model.
    /// They answer as the lazily built ones do.
    @Test func preloadBuildsTheEndingIndexesAndTheIdentifier() {
        let preloaded = LanguageResources(directory: LanguageResources.shared.directory)
        let lazy = LanguageResources(directory: LanguageResources.shared.directory)
        #expect(!preloaded.hasLanguageIdentifier)
        #expect(!preloaded.lexicon(for: .es).hasEndingIndex)
        preloaded.preload()
        #expect(preloaded.hasLanguageIdentifier)
        for language in Language.allCases {
            #expect(preloaded.lexicon(for: language).hasEndingIndex, "\(language): no ending index")
            #expect(!lazy.lexicon(for: language).hasEndingIndex, "\(language): built without being asked")
            for suffix in ["ción", "ung", "ment", "ness", "zione", "ção", "qxz"] {
                #expect(preloaded.lexicon(for: language).wordsEnding(with: suffix)
                        == lazy.lexicon(for: language).wordsEnding(with: suffix), "\(language) -\(suffix)")
            }
        }
        #expect(!lazy.hasLanguageIdentifier)
        let text = "Der Bundestag hat am Donnerstag über den Haushalt beraten und ihn verabschiedet."
        #expect(preloaded.languageIdentifier.identify(text).language == lazy.languageIdentifier.identify(text).language)
    }
}

/// Objects handed back by concurrent calls, by call.
private final class Collected<Item: AnyObject>: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [Item?]
    init(count: Int) { items = Array(repeating: nil, count: count) }
    func set(_ i: Int, _ item: Item) { lock.lock(); items[i] = item; lock.unlock() }
    func get(_ i: Int) -> Item? { lock.lock(); defer { lock.unlock() }; return items[i] }
}
