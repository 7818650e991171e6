/// A small, fast pseudo-random generator whose output depends only on its seed (SplitMix64),
/// so every random algorithm in TrustNet gives the same bytes for the same seed on every
/// machine and Swift version.
///
/// Algorithms take `inout some RandomNumberGenerator`; commands create one of these from
/// `--seed`. Use ``index(below:)`` rather than the standard library's `random(in:using:)`,
/// whose use of the generator is not guaranteed to stay the same across releases.
///
/// Reference: Steele, G. L., Lea, D., Flood, C. H. (2014). Fast splittable pseudorandom number
/// generators. *OOPSLA 2014*. DOI 10.1145/2660193.2660195.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

extension RandomNumberGenerator {
    /// A uniform integer in `0..<bound`, by rejection (no modulo bias), using only `next()`.
    public mutating func index(below bound: Int) -> Int {
        precondition(bound > 0, "bound must be positive")
        let range = UInt64(bound)
        let limit = UInt64.max - UInt64.max % range
        while true {
            let x = next()
            if x < limit { return Int(x % range) }
        }
    }

    /// A uniform number in [0, 1) with 53 random bits.
    public mutating func unitInterval() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }

    /// Shuffles `values` in place (Fisher–Yates), using only ``index(below:)``.
    public mutating func shuffle<T>(_ values: inout [T]) {
        guard values.count > 1 else { return }
        for i in stride(from: values.count - 1, to: 0, by: -1) {
            values.swapAt(i, index(below: i + 1))
        }
    }
}
