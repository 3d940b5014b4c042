/// Which function-word readings a key has, as bits: what doubled-article asks of every word
/// pair before it looks at the readings themselves. Empty for a key with no reading.
struct ReadingClasses: OptionSet {
    let rawValue: UInt8

    static let article = ReadingClasses(rawValue: 1 << 0)
    static let contraction = ReadingClasses(rawValue: 1 << 1)
    /// Any reading at all (a function word).
    static let any = ReadingClasses(rawValue: 1 << 2)

    init(rawValue: UInt8) { self.rawValue = rawValue }

    /// The classes of `readings`.
    init(_ readings: [FunctionWord]) {
        var bits: ReadingClasses = []
        for r in readings {
            bits.insert(.any)
            if r.wordClass == .article { bits.insert(.article) }
            if r.wordClass == .contraction { bits.insert(.contraction) }
        }
        self = bits
    }

    /// The classes of each word's key, worked out once per distinct key of a document.
    struct Memo {
        private let context: RuleContext
        private let keyIDs: [Int32]
        /// Per key id: the classes' raw value + 1 (0: not asked yet).
        private var known: [UInt8]

        init(_ context: RuleContext) {
            self.context = context
            keyIDs = context.keyIDs
            known = [UInt8](repeating: 0, count: context.keyStrings.count)
        }

        /// The classes of word token `t`'s readings (`context.readings(t)`).
        @inline(__always)
        mutating func of(_ t: Int) -> ReadingClasses {
            let id = Int(keyIDs[t])
            guard id >= 0 else { return ReadingClasses(context.readings(t)) }
            let k = known[id]
            if k != 0 { return ReadingClasses(rawValue: k - 1) }
            let c = ReadingClasses(context.keyReadings[id])
            known[id] = c.rawValue + 1
            return c
        }
    }
}
