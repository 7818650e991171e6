extension Graph {
    /// Modularity: how much more tie weight falls inside the communities of `partition` than a
    /// random graph with the same people's strengths would put there.
    ///
    /// Definition (Newman's modularity, with a resolution γ), on the undirected weighted view
    /// (``undirected``: {u, v} weighs w(u→v) + w(v→u)):
    ///
    ///     Q = 1/(2m) · Σ_ij [A_ij − γ·k_i·k_j / (2m)] · δ(c_i, c_j)
    ///       = Σ_c [ L_c / m − γ · (K_c / 2m)² ]
    ///
    /// with A the symmetric weights, k_i = Σ_j A_ij the strength of i, 2m = Σ_ij A_ij,
    /// L_c the weight of the ties inside community c (each counted once) and K_c the summed
    /// strength of c. The view is not built: its weights are read off the directed ties (a tie
    /// u→v of weight w adds w to A_uv and to A_vu), which gives the same sums. Equal to NetworkX
    /// `community.modularity(G, communities, weight="weight", resolution=γ)` on the undirected
    /// graph with summed weights, and to igraph's `modularity` with the same weights.
    ///
    /// - Parameters:
    ///   - partition: one community per node; `partition.nodeCount` must equal ``nodeCount``.
    ///   - resolution: γ; above 1 favours smaller communities, below 1 larger ones.
    /// - Returns: Q, at most 1 (and at least −1/2 for γ = 1); 0 when everyone is in one community
    ///   at γ = 1. NaN when the graph has no ties (m = 0, where Q is undefined; igraph does
    ///   the same, NetworkX raises).
    /// - Complexity: O(n + m) time, O(n) memory.
    ///
    /// Direction is ignored (the undirected view); weights are strengths. Disconnected graphs and
    /// isolates are fine: an isolate adds nothing to 2m and nothing to any K_c.
    ///
    /// Reference: Newman, M. E. J., Girvan, M. (2004). Finding and evaluating community structure
    /// in networks. *Physical Review E* 69, 026113. DOI 10.1103/PhysRevE.69.026113. Resolution:
    /// Reichardt, J., Bornholdt, S. (2006). Statistical mechanics of community detection.
    /// *Physical Review E* 74, 016110. DOI 10.1103/PhysRevE.74.016110.
    ///
    /// Example: two triangles {0, 1, 2} and {3, 4, 5} joined by the tie 2 — 3, all weights 1:
    /// m = 7; each triangle has L = 3 and K = 2 + 2 + 3 = 7, so
    /// Q = 2 · (3/7 − (7/14)²) = 6/7 − 1/2 = 5/14 ≈ 0.357143.
    public func modularity(of partition: Partition, resolution: Double = 1) -> Double {
        precondition(partition.nodeCount == nodeCount, "the partition is of \(partition.nodeCount) nodes, the graph has \(nodeCount)")
        // Scale-free: with the largest weight scaled to 1 the total stays finite.
        if needsScaling { return scaledToUnitMaximum().modularity(of: partition, resolution: resolution) }
        let membership = partition.membership
        var internalWeight = [Double](repeating: 0, count: partition.communityCount)
        var communityStrength = [Double](repeating: 0, count: partition.communityCount)
        var totalWeight = 0.0  // m: each directed tie adds its weight once to the view's ties
        for u in 0..<nodeCount {
            let cu = membership[u]
            for k in outOffsets[u]..<outOffsets[u + 1] {
                let w = outWeights[k]
                let cv = membership[Int(outTargets[k])]
                totalWeight += w
                communityStrength[cu] += w
                communityStrength[cv] += w
                if cu == cv { internalWeight[cu] += w }
            }
        }
        guard totalWeight > 0 else { return .nan }
        var q = 0.0
        for c in 0..<partition.communityCount {
            let share = communityStrength[c] / (2 * totalWeight)
            q += internalWeight[c] / totalWeight - resolution * share * share
        }
        return q
    }
}
