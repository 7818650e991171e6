/// How a path measure turns a tie into a distance.
///
/// Tie weights in TrustNet are strengths (how often, how much). A path measure either ignores
/// them and counts steps, or treats a stronger tie as a shorter one.
public enum EdgeCost: String, Sendable, Hashable, CaseIterable {
    /// Every tie has length 1 (breadth-first search). The default everywhere.
    case hops
    /// A tie of weight w has length 1/w (Dijkstra): frequent contact makes people closer.
    case inverseStrength = "inverse-strength"

    /// The length of a tie of strength `weight`.
    @inlinable
    public func length(ofTieWith weight: Double) -> Double {
        switch self {
        case .hops: 1
        case .inverseStrength: 1 / weight
        }
    }
}
