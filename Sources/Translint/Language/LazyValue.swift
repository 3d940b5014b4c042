import Foundation

/// A value built on first use and then shared, for the parts of immutable, shared objects that
/// many runs never need or need late (a language's compiled boilerplate patterns, a lexicon's
/// word-endings index, the language-identification model). Every read takes the lock, as the
/// hand-written boxes it replaces did.
final class LazyValue<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Value?

    init() {}

    /// Whether the value has been built (for tests of who builds what, and when).
    var isBuilt: Bool {
        lock.lock(); defer { lock.unlock() }
        return stored != nil
    }

    /// The value, built by `make` the first time.
    func value(_ make: () -> Value) -> Value {
        lock.lock(); defer { lock.unlock() }
        if let stored { return stored }
        let made = make()
        stored = made
        return made
    }
}
