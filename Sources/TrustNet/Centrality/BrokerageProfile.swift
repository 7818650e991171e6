/// When betweenness is counted from every person and when it is estimated from a sample of
/// sources: informal authority's brokerage and the pre-mortem's broker use it.
public struct BetweennessSampling: Sendable, Equatable {
    /// Exact (every person a source) up to this many people.
    public var exactUpTo: Int
    /// Sources sampled above ``exactUpTo``.
    public var sources: Int
    /// The seed of the sample: the same seed gives the same sources and the same bytes.
    public var seed: UInt64

    /// The defaults: exact up to 10,000 people, else 1,024 sources drawn with seed 1.
    public init(exactUpTo: Int = 10_000, sources: Int = 1_024, seed: UInt64 = 1) {
        precondition(sources > 0, "sample at least one source")
        self.exactUpTo = exactUpTo
        self.sources = sources
        self.seed = seed
    }

    /// Always exact.
    public static let exact = BetweennessSampling(exactUpTo: .max)
}

/// Betweenness (hops) together with the number of ordered pairs of people joined by a path,
/// both from the same breadth-first searches: the share of connected pairs whose shortest
/// paths run through a broker, b(v) / pairs, without a second search from every person.
///
/// Definition: b(v) as ``Graph/betweenness(cost:normalized:progress:)``; connectedPairs =
/// #{(s, t) : s ≠ t, t reachable from s}. Above ``BetweennessSampling/exactUpTo`` people both
/// are estimated from k sources S drawn uniformly without replacement (seeded): b̂(v) =
/// (n/k) Σ_{s∈S} δ_s(v) as ``Graph/sampledBetweenness(sampleSize:using:cost:progress:)``, and
/// pairŝ = (n/k) Σ_{s∈S} |reach(s) − {s}|, both unbiased.
///
/// - Parameters:
///   - graph: the ties (directed, unweighted).
///   - sampling: when to sample, how many sources, and the seed.
/// - Complexity: O(n·m) exact, O(k·m) sampled; spread over all cores.
///
/// Directed: paths follow ties. Disconnected graphs are fine.
///
/// Reference: Brandes, U. (2001). DOI 10.1080/0022250X.2001.9990249; Brandes, U., Pich, C.
/// (2007). DOI 10.1142/S0218127407018403.
///
/// Example: on `a → b → c` (exact): b = (0, 1, 0) and connectedPairs = 3 (a→b, a→c, b→c), so b
/// lies on a third of the connected pairs.
public struct BrokerageProfile: Sendable {
    /// Betweenness by person (raw, estimated when ``sampledSources`` is set).
    public let betweenness: NodeScores
    /// Ordered pairs (s, t), s ≠ t, with a path from s to t (estimated when sampled).
    public let connectedPairs: Double
    /// The number of sources sampled, `nil` when every person was a source (exact).
    public let sampledSources: Int?
    /// The seed of the sample, `nil` when exact.
    public let seed: UInt64?

    public init(graph: Graph, sampling: BetweennessSampling = BetweennessSampling()) {
        let n = graph.nodeCount
        if n <= sampling.exactUpTo || sampling.sources >= n {
            let (sums, pairs) = graph.dependencySumsAndPairs(from: Array(0..<n), cost: .hops, progress: nil)
            betweenness = NodeScores(sums)
            connectedPairs = pairs
            sampledSources = nil
            seed = nil
            return
        }
        var generator = SeededGenerator(seed: sampling.seed)
        let sources = Graph.sampledSources(sampleSize: sampling.sources, nodeCount: n, using: &generator)
        let (sums, pairs) = graph.dependencySumsAndPairs(from: sources, cost: .hops, progress: nil)
        let scale = Double(n) / Double(sampling.sources)
        betweenness = NodeScores(sums.map { $0 * scale })
        connectedPairs = pairs * scale
        sampledSources = sampling.sources
        seed = sampling.seed
    }
}
