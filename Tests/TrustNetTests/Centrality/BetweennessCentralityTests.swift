import Testing
@testable import TrustNet

@Suite struct BetweennessCentralityTests {
    /// ``HandGraph`` with hops. Shortest paths with an intermediate person:
    ///   from 0: 0→2→3 (2), 0→1→4 (1)
    ///   from 1: 1→2→0 (2), 1→2→3 (2)
    ///   from 2: 2→0→1 (0), 2→0→1→4 (0, 1)
    ///   from 4: 4→2→0 (2), 4→2→3 (2), 4→2→0→1 (2, 0)
    /// so b(0) = 2 + 1 = 3, b(1) = 1 + 1 = 2, b(2) = 1 + 2 + 3 = 6, others 0.
    @Test func handGraphHops() {
        #expect(HandGraph.graph.betweenness().values == [3, 2, 6, 0, 0, 0])
        // Normalized by (n − 1)(n − 2) = 20.
        expectClose(HandGraph.graph.betweenness(normalized: true), [0.15, 0.1, 0.3, 0, 0, 0], "normalized")
    }

    /// Two equally short routes a → c: through b and through d; each gets half.
    ///
    ///     a → b → c
    ///     a → d → c
    @Test func splitsBetweenEqualPaths() {
        var b = GraphBuilder(nodeCount: 4)
        for (s, t) in [(0, 1), (1, 2), (0, 3), (3, 2)] { b.addTie(from: s, to: t) }
        #expect(b.build().betweenness().values == [0, 0.5, 0, 0.5])
    }

    /// With costs, the strong detour wins: a →(1) c is length 1, a →(4) b →(4) c is 1/4 + 1/4.
    @Test func inverseStrengthPrefersStrongTies() {
        var b = GraphBuilder(nodeCount: 3)
        b.addTie(from: 0, to: 2, weight: 1)
        b.addTie(from: 0, to: 1, weight: 4)
        b.addTie(from: 1, to: 2, weight: 4)
        let g = b.build()
        #expect(g.betweenness().values == [0, 0, 0])
        #expect(g.betweenness(cost: .inverseStrength).values == [0, 1, 0])
    }

    @Test func emptyAndTinyGraphs() {
        #expect(GraphBuilder(nodeCount: 0).build().betweenness().isEmpty)
        #expect(GraphBuilder(nodeCount: 2).build().betweenness(normalized: true).values == [0, 0])
    }

    @Test(arguments: NetworkXReference.names)
    func agreesWithNetworkX(name: String) {
        let r = NetworkXReference.shared.graphs[name]!
        let g = r.graph
        expectClose(g.betweenness(), r.betweenness_hops, "\(name) betweenness hops")
        expectClose(g.betweenness(cost: .inverseStrength), r.betweenness_inverse_strength, "\(name) betweenness 1/w")
        expectClose(g.betweenness(normalized: true), r.betweenness_hops_normalized, "\(name) betweenness normalized")
    }

    /// On a seeded random graph: the same bits twice, progress reaches the total, and the
    /// result equals the definition computed directly from all-pairs distances and path counts.
    @Test func deterministicAndEqualToTheDefinition() {
        var random = SeededGenerator(seed: 2024)
        let n = 40
        var b = GraphBuilder(nodeCount: n)
        for s in 0..<n {
            for t in 0..<n where s != t && random.next() % 100 < 8 { b.addTie(from: s, to: t) }
        }
        let g = b.build()
        let progress = ProgressLog()
        let first = g.betweenness(progress: { done, total in progress.record(done, total) })
        #expect(first == g.betweenness())
        #expect(progress.last?.0 == n && progress.last?.1 == n)

        // σ(s,t) and d(s,t) for all pairs, by BFS from each source.
        var distance = [[Int]](repeating: [Int](repeating: .max, count: n), count: n)
        var sigma = [[Double]](repeating: [Double](repeating: 0, count: n), count: n)
        for s in 0..<n {
            distance[s][s] = 0
            sigma[s][s] = 1
            var queue = [s]
            var head = 0
            while head < queue.count {
                let v = queue[head]
                head += 1
                for w in g.successors(of: v).map(Int.init) {
                    if distance[s][w] == .max {
                        distance[s][w] = distance[s][v] + 1
                        queue.append(w)
                    }
                    if distance[s][w] == distance[s][v] + 1 { sigma[s][w] += sigma[s][v] }
                }
            }
        }
        var expected = [Double](repeating: 0, count: n)
        for s in 0..<n {
            for t in 0..<n where s != t && distance[s][t] != .max {
                for v in 0..<n where v != s && v != t && distance[s][v] != .max && distance[v][t] != .max
                    && distance[s][v] + distance[v][t] == distance[s][t]
                {
                    expected[v] += sigma[s][v] * sigma[v][t] / sigma[s][t]
                }
            }
        }
        #expect(expected.reduce(0, +) > 0)
        expectClose(first, expected, "betweenness vs definition")
    }
}


/// Records progress calls (they arrive serially).
final class ProgressLog: @unchecked Sendable {
    private(set) var last: (Int, Int)?
    func record(_ done: Int, _ total: Int) { last = (done, total) }
}
