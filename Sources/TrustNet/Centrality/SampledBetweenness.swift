import RealModule

extension Graph {
    /// Betweenness estimated from a random sample of source people, for networks too large for
    /// the exact count (a state-wide network in seconds instead of hours).
    ///
    /// Definition: with S a uniform sample of k distinct sources, b̂(v) = (n / k) Σ_{s∈S} δ_s(v),
    /// where δ_s(v) = Σ_t σ_st(v)/σ_st is Brandes' dependency of s on v. Since every source is
    /// equally likely, E[b̂(v)] = b(v): the estimate is unbiased, on the raw scale of
    /// ``betweenness(cost:normalized:progress:)``. (NetworkX's `betweenness_centrality(k=…)`
    /// scales by a slightly different factor; compare normalized values.)
    ///
    /// Error bound: each δ_s(v) lies in [0, n − 2], so by Hoeffding's inequality (which holds
    /// for sampling without replacement), for every person v,
    /// P(|b̂(v) − b(v)| ≥ ε · n(n − 2)) ≤ 2·exp(−2kε²); that is, with probability 1 − δ the
    /// error is at most n(n − 2)·√(ln(2/δ) / (2k)). With k = 256 and δ = 0.05 that is 8.5 % of
    /// n(n − 2) — enough to find the brokers among 50,000 people, not to rank close ones.
    /// ``sampledBetweennessErrorBound(sampleSize:nodeCount:confidence:)`` computes it.
    ///
    /// - Parameters:
    ///   - sampleSize: k, the number of sources (all n when k ≥ n: then the result is exact).
    ///   - generator: the source of randomness (seed it for reproducible results).
    ///   - cost: `.hops` (default) or `.inverseStrength`.
    ///   - progress: called with (sources done, k).
    /// - Returns: one estimate per node.
    /// - Complexity: O(k·m) for hops, O(k·m·log m) with costs; spread over all cores.
    ///
    /// Directed, as exact betweenness; disconnected graphs are fine.
    ///
    /// Reference: Brandes, U., Pich, C. (2007). Centrality estimation in large networks.
    /// *International Journal of Bifurcation and Chaos* 17(7), 2303–2318.
    /// DOI 10.1142/S0218127407018403.
    ///
    /// Example: on `a → b → c` with k = 3 = n every source is used and b̂ = b: (0, 1, 0).
    public func sampledBetweenness(
        sampleSize: Int, using generator: inout some RandomNumberGenerator, cost: EdgeCost = .hops,
        progress: (@Sendable (Int, Int) -> Void)? = nil
    ) -> NodeScores {
        precondition(sampleSize > 0, "sample at least one source")
        let n = nodeCount
        guard sampleSize < n else { return betweenness(cost: cost, progress: progress) }
        let sources = Self.sampledSources(sampleSize: sampleSize, nodeCount: n, using: &generator)
        let sums = dependencySums(from: sources, cost: cost, progress: progress)
        let scale = Double(n) / Double(sampleSize)
        return NodeScores(sums.map { $0 * scale })
    }

    /// k of the n nodes drawn uniformly without replacement, sorted: a partial Fisher–Yates
    /// shuffle whose first k slots are the sample.
    static func sampledSources(sampleSize: Int, nodeCount n: Int, using generator: inout some RandomNumberGenerator) -> [Int] {
        var nodes = Array(0..<n)
        for i in 0..<sampleSize { nodes.swapAt(i, i + generator.index(below: n - i)) }
        return nodes[0..<sampleSize].sorted()
    }

    /// The error bound of ``sampledBetweenness(sampleSize:using:cost:progress:)``: with
    /// probability `confidence`, each person's estimate is within this many paths of the exact
    /// value: n(n − 2)·√(ln(2/(1 − confidence)) / (2k)).
    public static func sampledBetweennessErrorBound(sampleSize: Int, nodeCount n: Int, confidence: Double = 0.95) -> Double {
        precondition(confidence > 0 && confidence < 1)
        return Double(n) * Double(max(n - 2, 0)) * (Double.log(2 / (1 - confidence)) / (2 * Double(sampleSize))).squareRoot()
    }
}
