import Testing

@testable import TrustNet

@Suite struct WeightedDependenciesTests {
    /// Brandes' accumulation over ``ShortestPathSearch`` from one source, written plainly.
    func reference(_ graph: Graph, from s: Int) -> [Double] {
        var search = ShortestPathSearch(graph: graph, cost: .inverseStrength)
        search.run(from: s)
        var dependency = [Double](repeating: 0, count: graph.nodeCount)
        var sum = [Double](repeating: 0, count: graph.nodeCount)
        for w32 in search.order.reversed() {
            let w = Int(w32)
            let coefficient = (1 + dependency[w]) / search.pathCount[w]
            for k in graph.inOffsets[w]..<graph.inOffsets[w + 1] {
                let v = Int(graph.inSources[k])
                if search.distance[v] + EdgeCost.inverseStrength.length(ofTieWith: graph.inWeights[k]) == search.distance[w] {
                    dependency[v] += search.pathCount[v] * coefficient
                }
            }
            if w != s { sum[w] += dependency[w] }
        }
        return sum
    }

    /// Weights 1–4 make many equally short paths (1/2 + 1/2 = 1/1 exactly): the same sums bit
    /// for bit, source by source, with buffers reused from one source to the next.
    @Test(arguments: [(300, 2_000, 21), (500, 1_000, 22), (120, 3_000, 23)] as [(Int, Int, UInt64)])
    func sameAsTheSearchBasedAccumulation(nodes: Int, ties: Int, seed: UInt64) {
        let graph = randomGraph(nodes: nodes, ties: ties, seed: seed, weights: 1...4)
        let kernel = WeightedDependencies(graph: graph)
        var found = 0
        for s in stride(from: 0, to: nodes, by: 7) {
            var sum = [Double](repeating: 0, count: nodes)
            kernel.accumulate(sources: [s], into: &sum)
            let expected = reference(graph, from: s)
            #expect(sum == expected, "source \(s)")
            found += expected.filter { $0 != $0.rounded() }.count
        }
        #expect(found > 0, "some shortest paths should be shared (fractional dependencies)")
    }
}
