extension Graph {
    /// Harmonic closeness: how near everyone else is to a person, counting those who cannot
    /// reach them as infinitely far (contributing 0).
    ///
    /// Definition: h(v) = Σ_{u ≠ v} 1 / d(u, v), where d(u, v) is the length of the shortest
    /// path from u *to* v (incoming, as NetworkX's `harmonic_centrality` on a directed graph:
    /// it searches from v over the reversed graph) and 1/∞ = 0.
    ///
    /// - Parameter cost: `.hops` (default) counts steps; `.inverseStrength` makes a tie of
    ///   weight w have length 1/w.
    /// - Returns: one value per node, not normalized (divide by n − 1 for a share).
    /// - Complexity: O(n·m) for hops, done 256 searches at a time by ``incomingHops(maxDistance:progress:)``;
    ///   O(n·m·log m) with costs; spread over all cores.
    ///
    /// Directed; disconnected graphs are fine (that is why the harmonic form is used rather
    /// than closeness); isolates score 0.
    ///
    /// Reference: Marchiori, M., Latora, V. (2000). Harmony in the small-world. *Physica A*
    /// 285(3–4), 539–546. DOI 10.1016/S0378-4371(00)00311-3. Rochat, Y. (2009), Closeness
    /// centrality extended to unconnected graphs: the harmonic centrality index.
    ///
    /// Example: in `a → b → c`, c is reached from b at 1 and from a at 2: h(c) = 1 + 1/2 = 1.5;
    /// h(b) = 1 (from a); h(a) = 0.
    public func harmonicCloseness(cost: EdgeCost = .hops, progress: (@Sendable (Int, Int) -> Void)? = nil) -> NodeScores {
        if cost == .hops { return NodeScores(incomingHops(progress: progress).map(\.harmonicSum)) }
        return NodeScores(incomingDistances(cost: cost, progress: progress).map(\.harmonicSum))
    }
}
