extension Graph {
    /// Betweenness: how often a person lies on the shortest paths between two others — the
    /// brokers whose absence would lengthen or cut the paths between colleagues.
    ///
    /// Definition: b(v) = Σ_{s ≠ v ≠ t} σ_st(v) / σ_st, where σ_st is the number of shortest
    /// paths from s to t and σ_st(v) the number passing through v. Ordered pairs (s, t), as for
    /// directed graphs. Computed exactly with Brandes' accumulation from every source.
    ///
    /// - Parameters:
    ///   - cost: `.hops` (default) counts steps; `.inverseStrength` makes a tie of weight w
    ///     have length 1/w, so frequent contact is a shorter path.
    ///   - normalized: divide by (n − 1)(n − 2), the number of ordered pairs excluding v, as
    ///     NetworkX does for directed graphs (no change when n ≤ 2).
    ///   - progress: called with (sources done, n) as the work proceeds, serially.
    /// - Returns: one value per node; raw (not normalized) by default, equal to NetworkX
    ///   `betweenness_centrality(G, normalized=False, weight=None)` (or `weight` = 1/w).
    /// - Complexity: O(n·m) time for hops, O(n·m·log m) with costs; O(n + m) memory per chunk
    ///   of sources (64 chunks at most, one per core at a time), spread over all cores.
    ///
    /// Directed: paths follow ties from the person who named to the person named. Pairs with no
    /// path contribute nothing (disconnected graphs are fine). Results are identical whatever
    /// the number of cores (partial sums are reduced in a fixed order).
    ///
    /// Reference: Brandes, U. (2001). A faster algorithm for betweenness centrality. *Journal of
    /// Mathematical Sociology* 25(2), 163–177. DOI 10.1080/0022250X.2001.9990249.
    ///
    /// Example: in the directed path `a → b → c`, only b lies between two others (a to c):
    /// b(b) = 1, b(a) = b(c) = 0. Add `a → d → c`: now two shortest paths a→c, so b and d each
    /// score 1/2.
    public func betweenness(
        cost: EdgeCost = .hops, normalized: Bool = false, progress: (@Sendable (Int, Int) -> Void)? = nil
    ) -> NodeScores {
        var total = dependencySums(from: Array(0..<nodeCount), cost: cost, progress: progress)
        let n = nodeCount
        if normalized && n > 2 {
            let scale = 1 / (Double(n - 1) * Double(n - 2))
            for v in 0..<n { total[v] *= scale }
        }
        return NodeScores(total)
    }

    /// Σ over `sources` of Brandes' dependency δ_s(v), for every v; in parallel, reduced in a
    /// fixed order so the result does not depend on the number of cores.
    func dependencySums(from sources: [Int], cost: EdgeCost, progress: (@Sendable (Int, Int) -> Void)?) -> [Double] {
        dependencySumsAndPairs(from: sources, cost: cost, progress: progress).sums
    }

    /// ``dependencySums(from:cost:progress:)`` and, for hops, the number of ordered pairs
    /// (s, t) with s among `sources`, t ≠ s and a path from s to t (0 with costs).
    func dependencySumsAndPairs(from sources: [Int], cost: EdgeCost, progress: (@Sendable (Int, Int) -> Void)?) -> (sums: [Double], pairs: Double) {
        let n = nodeCount
        let graph = self
        let partials = SourceChunks.map(count: sources.count, progress: progress) { chunk -> (sums: [Double], pairs: Double) in
            var sum = [Double](repeating: 0, count: n)
            switch cost {
            case .hops:
                let dependencies = HopDependencies(nodeCount: n, tieCount: graph.tieCount)
                dependencies.accumulate(graph: graph, sources: chunk.lazy.map { sources[$0] }, into: &sum)
                return (sum, dependencies.connectedPairs)
            case .inverseStrength:
                WeightedDependencies(graph: graph).accumulate(sources: chunk.lazy.map { sources[$0] }, into: &sum)
                return (sum, 0)
            }
        }
        var total = [Double](repeating: 0, count: n)
        var pairs = 0.0
        for partial in partials {
            for v in 0..<n { total[v] += partial.sums[v] }
            pairs += partial.pairs
        }
        return (total, pairs)
    }
}
