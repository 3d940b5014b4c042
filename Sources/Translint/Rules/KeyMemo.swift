/// One answer per distinct word form of a document, remembered by its `RuleContext` key id.
/// Rules ask the same question of "le", "la" or "président" thousands of times per document,
/// and the answer depends only on the form, so each form is asked once.
struct KeyMemo<Value> {
    private var values: [Value?]

    init(_ context: RuleContext) {
        values = [Value?](repeating: nil, count: context.keyStrings.count)
    }

    /// The remembered answer for key `id`, computed on first use. Always inlined, so that it is
    /// specialised for its `Value`: the generic version copied optionals through value witnesses.
    @inline(__always)
    mutating func value(_ id: Int, _ compute: () -> Value) -> Value {
        if let known = values[id] { return known }
        let value = compute()
        values[id] = value
        return value
    }
}
