import Foundation

/// A value built on first use and then shared, for the parts of immutable, shared objects that
/// many runs never need (a language's compiled boilerplate patterns when no document is in that
/// language). Readers take the lock, so callers read it once per document, not per word.
final class LazyValue<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Value?

    init() {}

    /// The value, built by `make` the first time.
    func value(_ make: () -> Value) -> Value {
        lock.lock(); defer { lock.unlock() }
        if let stored { return stored }
        let made = make()
        stored = made
        return made
    }
}
