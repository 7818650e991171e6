import RealModule

extension Graph {
    /// Harmonic closeness estimated from a random sample of source people, for networks too
    /// large for a search from everyone (a nation's network in seconds instead of minutes).
    ///
    /// Definition: with S a uniform sample of k distinct sources, ĥ(v) = (n / k) Σ_{s∈S, s≠v}
    /// 1 / d(s, v), where d(s, v) is the length of the shortest path from s *to* v (1/∞ = 0), as
    /// in ``harmonicCloseness(cost:progress:)``. Every person is a source with probability
    /// k/n, so E[ĥ(v)] = h(v): the estimate is unbiased, on the same raw scale.
    ///
    /// Error bound: each term 1/d(s, v) lies in [0, 1] for hops (with costs in [0, w_max], the
    /// largest tie weight, and the bound grows by that factor), so by Hoeffding's inequality (which holds for sampling without
    /// replacement), for every person v, P(|ĥ(v) − h(v)| ≥ ε·n) ≤ 2·exp(−2kε²): with
    /// probability 1 − δ the error is at most n·√(ln(2/δ) / (2k)) — with k = 256 and δ = 0.05,
    /// 8.5 % of n, enough to tell the near-everyone from the far-off, not to rank close ones.
    /// ``sampledHarmonicErrorBound(sampleSize:nodeCount:confidence:)`` computes it.
    ///
    /// - Parameters:
    ///   - sampleSize: k, the number of sources (all n when k ≥ n: then the result is exact).
    ///   - generator: the source of randomness (seed it for reproducible results); the same
    ///     seed draws the same sources as ``sampledBetweenness(sampleSize:using:cost:progress:)``.
    ///   - cost: `.hops` (default) or `.inverseStrength`.
    ///   - progress: called with (sources done, k).
    /// - Returns: one estimate per node.
    /// - Complexity: O(k·(n + m)) for hops, O(k·m·log m) with costs; spread over all cores,
    ///   with O(n) memory per worker and per chunk (at most 8 chunks).
    ///
    /// Directed; disconnected graphs are fine; isolates score 0.
    ///
    /// Reference: Eppstein, D., Wang, J. (2004). Fast approximation of centrality. *Journal of
    /// Graph Algorithms and Applications* 8(1), 39–45. DOI 10.7155/jgaa.00081.
    ///
    /// Example: on `a → b → c` with k = 3 = n every source is used and ĥ = h: (0, 1, 1.5).
    public func sampledHarmonicCloseness(
        sampleSize: Int, using generator: inout some RandomNumberGenerator, cost: EdgeCost = .hops,
        progress: (@Sendable (Int, Int) -> Void)? = nil
    ) -> NodeScores {
        precondition(sampleSize > 0, "sample at least one source")
        let n = nodeCount
        guard sampleSize < n else { return harmonicCloseness(cost: cost, progress: progress) }
        let sources = Self.sampledSources(sampleSize: sampleSize, nodeCount: n, using: &generator)
        let graph = self
        let partials = SourceChunks.map(count: sources.count, maxChunks: 8, progress: progress) { chunk -> [Double] in
            var sums = [Double](repeating: 0, count: n)
            if cost == .hops {
                graph.addHarmonicTerms(from: chunk.map { sources[$0] }, into: &sums)
                return sums
            }
            var search = ShortestPathSearch(graph: graph, cost: cost)
            for i in chunk {
                search.run(from: sources[i])
                for v in search.order.dropFirst() { sums[Int(v)] += 1 / search.distance[Int(v)] }
            }
            return sums
        }
        // Added in chunk order: the same bits on any number of cores.
        var total = [Double](repeating: 0, count: n)
        for sums in partials {
            for v in 0..<n { total[v] += sums[v] }
        }
        let scale = Double(n) / Double(sampleSize)
        return NodeScores(total.map { $0 * scale })
    }

    /// The error bound of ``sampledHarmonicCloseness(sampleSize:using:cost:progress:)`` for
    /// hops: with probability `confidence`, each person's estimate is within this much of the
    /// exact value: n·√(ln(2/(1 − confidence)) / (2k)).
    public static func sampledHarmonicErrorBound(sampleSize: Int, nodeCount n: Int, confidence: Double = 0.95) -> Double {
        precondition(confidence > 0 && confidence < 1)
        return Double(n) * (Double.log(2 / (1 - confidence)) / (2 * Double(sampleSize))).squareRoot()
    }
}

extension Graph {
    /// Adds 1/d(s, v) to `sums[v]` for every source s and every v ≠ s that s reaches, by
    /// breadth-first search over out-ties (hops) on raw buffers, one search at a time.
    fileprivate func addHarmonicTerms(from sources: [Int], into sums: inout [Double]) {
        let n = nodeCount
        let distance = UncheckedBuffer<Int32>(repeating: -1, count: n)
        let queue = UncheckedBuffer<Int32>(repeating: 0, count: n)
        outOffsets.withUnsafeBufferPointer { offsets in
            outTargets.withUnsafeBufferPointer { targets in
                sums.withUnsafeMutableBufferPointer { sums in
                    for s in sources {
                        distance[s] = 0
                        queue[0] = Int32(s)
                        var head = 0, tail = 1
                        while head < tail {
                            let v = Int(queue[head])
                            head += 1
                            let next = distance[v] + 1
                            let term = 1 / Double(next)
                            for k in offsets[v]..<offsets[v + 1] {
                                let w = Int(targets[k])
                                guard distance[w] < 0 else { continue }
                                distance[w] = next
                                sums[w] += term
                                queue[tail] = Int32(w)
                                tail += 1
                            }
                        }
                        for i in 0..<tail { distance[Int(queue[i])] = -1 }
                    }
                }
            }
        }
    }
}
