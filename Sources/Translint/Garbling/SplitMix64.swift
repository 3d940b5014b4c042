/// A small, fast, seedable pseudo-random generator (Steele, Lea & Flood, "Fast splittable
/// pseudorandom number generators", 2014). The garbler uses it instead of Swift's random
/// numbers so a seed gives the same corpus on every platform and Swift version.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    /// The generator's 64-bit state; advances by a fixed odd constant per draw.
    public private(set) var state: UInt64

    /// A generator starting from `seed`.
    public init(seed: UInt64) { state = seed }

    /// A generator for one item of a family (document `index` of a run with `seed`), so one
    /// document's draws do not shift when another's change.
    public init(seed: UInt64, stream index: UInt64) {
        var mixer = SplitMix64(seed: seed ^ (index &* 0xD1B5_4A32_D192_ED03))
        state = mixer.next()
    }

    /// The next 64 pseudo-random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A double in [0, 1) from the top 53 bits.
    public mutating func unit() -> Double { Double(next() >> 11) / Double(1 << 53) }

    /// An integer in 0..<n (n > 0), by multiply-shift (bias below 2^-40 for corpus-sized n).
    public mutating func below(_ n: Int) -> Int {
        precondition(n > 0)
        return Int((UInt64(n).multipliedFullWidth(by: next())).high)
    }

    /// True with probability p.
    public mutating func chance(_ p: Double) -> Bool { unit() < p }
}
