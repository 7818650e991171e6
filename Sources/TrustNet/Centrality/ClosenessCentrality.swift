extension Graph {
    /// Closeness: how near a person is, on average, to the colleagues who can reach them.
    ///
    /// Definition (NetworkX's `closeness_centrality` on a directed graph, with the
    /// Wasserman–Faust correction): let r(v) be the number of others with a path *to* v and
    /// S(v) the sum of those distances. Then C(v) = (r / S) · (r / (n − 1)), and 0 when nobody
    /// reaches v. The first factor is the inverse mean distance among those who reach v; the
    /// second scales it by the share of the network that does, so a person reached by three
    /// colleagues at distance 1 does not outrank one reached by everybody at distance 1.2.
    ///
    /// - Parameters:
    ///   - cost: `.hops` (default) counts steps; `.inverseStrength` makes a tie of weight w
    ///     have length 1/w.
    ///   - progress: called with (people done, n).
    /// - Returns: one value per node in [0, 1] for hops.
    /// - Complexity: as ``harmonicCloseness(cost:progress:)``: all incoming distances, 256
    ///   searches at a time for hops.
    ///
    /// Directed (incoming distances, as NetworkX: it searches the reversed graph). Disconnected
    /// graphs are handled by the correction factor; isolates and people nobody reaches score 0.
    /// Prefer ``harmonicCloseness(cost:progress:)`` on networks with many unreachable pairs.
    ///
    /// Reference: Wasserman, S., Faust, K. (1994). *Social Network Analysis: Methods and
    /// Applications*, §5.3.1. Cambridge University Press. DOI 10.1017/CBO9780511815478.
    ///
    /// Example: in `a → b → c` (n = 3), c is reached by b (1) and a (2): r = 2, S = 3,
    /// C(c) = (2/3)·(2/2) = 0.667; b is reached by a only: C(b) = (1/1)·(1/2) = 0.5; C(a) = 0.
    public func closeness(cost: EdgeCost = .hops, progress: (@Sendable (Int, Int) -> Void)? = nil) -> NodeScores {
        let summaries: [(reached: Int, distanceSum: Double)] =
            cost == .hops
            ? incomingHops(progress: progress).map { ($0.reached, Double($0.distanceSum)) }
            : incomingDistances(cost: cost, progress: progress).map { ($0.reached, $0.distanceSum) }
        return NodeScores(summaries.map { Self.closeness(reached: $0.reached, distanceSum: $0.distanceSum, nodeCount: nodeCount) })
    }

    /// Wasserman–Faust closeness from one node's incoming distance summary.
    static func closeness(reached: Int, distanceSum: Double, nodeCount: Int) -> Double {
        guard reached > 0, distanceSum > 0, nodeCount > 1 else { return 0 }
        let r = Double(reached)
        return (r / distanceSum) * (r / Double(nodeCount - 1))
    }
}
