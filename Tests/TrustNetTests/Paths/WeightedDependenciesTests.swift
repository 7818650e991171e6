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
        #expect(kernel.usesBucketQueue)
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

    /// Strengths of every kind: the bucket queue (lengths within 64×, real-valued, some sharing
    /// a length) and the heap (one tie 1,000 times stronger) give the plain search's sums bit
    /// for bit.
    @Test(arguments: [(false, UInt64(31)), (false, 32), (true, 33), (true, 34)])
    func sameForRealStrengthsOnBucketsAndHeap(wide: Bool, seed: UInt64) {
        var generator = SeededGenerator(seed: seed)
        let nodes = 400
        var builder = GraphBuilder(nodeCount: nodes)
        let strengths = [0.5, 1, 1.5, 2, 2.5, 3, 4, 8, 0.125]
        for k in 0..<2_400 {
            let s = generator.index(below: nodes)
            let t = generator.index(below: nodes)
            guard s != t else { continue }
            // Half the ties from a few strengths (equal lengths), half any real in 0.125…6.4.
            var weight = k % 2 == 0 ? strengths[generator.index(below: strengths.count)] : 0.125 + Double(generator.index(below: 62_750)) / 10_000
            if wide && k == 7 { weight = 1_000 }
            builder.addTie(from: s, to: t, weight: weight)
        }
        let graph = builder.build(merging: .max)
        let kernel = WeightedDependencies(graph: graph)
        #expect(kernel.usesBucketQueue == !wide)
        for s in stride(from: 0, to: nodes, by: 9) {
            var sum = [Double](repeating: 0, count: nodes)
            kernel.accumulate(sources: [s], into: &sum)
            #expect(sum == reference(graph, from: s), "source \(s)")
        }
        // Several sources through one kernel: its queue is empty again after each.
        var together = [Double](repeating: 0, count: nodes)
        kernel.accumulate(sources: Array(0..<40), into: &together)
        var apart = [Double](repeating: 0, count: nodes)
        for s in 0..<40 { WeightedDependencies(graph: graph).accumulate(sources: [s], into: &apart) }
        #expect(together == apart)
    }
}
