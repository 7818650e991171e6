import Testing
@testable import TrustNet

@Suite struct PageRankTests {
    /// `a → b` alone: b is dangling. x_a = (1 − α)/2 + α·x_b/2 with x_a + x_b = 1 gives
    /// x_a = 1/(2 + α) = 0.350877…, x_b = 0.649122… for α = 0.85.
    @Test func singleTieWorkedByHand() throws {
        var b = GraphBuilder(nodeCount: 2)
        b.addTie(from: 0, to: 1)
        let pr = try b.build().pageRank()
        #expect(abs(pr[0] - 1 / 2.85) < 1e-12)
        #expect(abs(pr[1] - (1 - 1 / 2.85)) < 1e-12)
    }

    /// A directed 3-cycle is symmetric: everyone 1/3, whatever α.
    @Test func cycleIsUniform() throws {
        var b = GraphBuilder(nodeCount: 3)
        b.addTie(from: 0, to: 1)
        b.addTie(from: 1, to: 2)
        b.addTie(from: 2, to: 0)
        for v in try b.build().pageRank(damping: 0.5).values { #expect(abs(v - 1.0 / 3) < 1e-12) }
    }

    /// Weights are strengths: `a →(3) b`, `a →(1) c` sends three quarters of a's walk to b.
    /// With only those ties (b, c dangling): x_b − x_c = α·x_a·(3/4 − 1/4) > 0.
    @Test func weightsAreStrengths() throws {
        var b = GraphBuilder(nodeCount: 3)
        b.addTie(from: 0, to: 1, weight: 3)
        b.addTie(from: 0, to: 2, weight: 1)
        let pr = try b.build().pageRank()
        #expect(abs((pr[1] - pr[2]) - 0.85 * pr[0] * 0.5) < 1e-12)
        #expect(abs(pr.total - 1) < 1e-12)
    }

    @Test func emptyAndEdgelessGraphs() throws {
        #expect(try GraphBuilder(nodeCount: 0).build().pageRank().isEmpty)
        #expect(try GraphBuilder(nodeCount: 4).build().pageRank().values == [0.25, 0.25, 0.25, 0.25])
    }

    @Test func reportsNonConvergence() {
        #expect(throws: ConvergenceError.self) { try HandGraph.graph.pageRank(maxIterations: 2) }
    }

    /// From 20,000 ties two threads share each step (``Lockstep``): the same bits as one
    /// thread, and the same scores as a plain power iteration written out here, on a random
    /// weighted graph of 6,000 people, some of whom name nobody.
    @Test func twoThreadsGiveTheSameScoresAsOne() throws {
        let graph = randomGraph(nodes: 6_000, ties: 24_000, seed: 11, weights: 1...4)
        #expect(graph.tieCount >= Lockstep.parallelTieCount)
        #expect(Lockstep(offsets: graph.inOffsets).parts.count == 2)
        let one = try graph.pageRank(damping: 0.85, tolerance: 1e-13, maxIterations: 10_000, maxWorkers: 1)
        let two = try graph.pageRank(damping: 0.85, tolerance: 1e-13, maxIterations: 10_000, maxWorkers: 2)
        #expect(one.values == two.values)
        #expect(abs(two.total - 1) < 1e-12)

        let n = graph.nodeCount
        let strength = (0..<n).map { u in graph.successorWeights(of: u).reduce(0, +) }
        #expect(strength.contains(0), "some people name nobody")
        var x = [Double](repeating: 1 / Double(n), count: n)
        for _ in 0..<200 {
            let dangling = (0..<n).filter { strength[$0] == 0 }.reduce(0) { $0 + x[$1] }
            var next = [Double](repeating: 0.15 / Double(n) + 0.85 * dangling / Double(n), count: n)
            for u in 0..<n where strength[u] > 0 {
                for (v, w) in zip(graph.successors(of: u), graph.successorWeights(of: u)) { next[Int(v)] += 0.85 * x[u] * w / strength[u] }
            }
            x = next
        }
        for v in 0..<n { #expect(abs(two[v] - x[v]) < 1e-12) }
        #expect(throws: ConvergenceError.self) { try graph.pageRank(damping: 0.85, tolerance: 1e-13, maxIterations: 3, maxWorkers: 2) }
    }

    @Test(arguments: NetworkXReference.names)
    func agreesWithNetworkX(name: String) throws {
        let r = NetworkXReference.shared.graphs[name]!
        expectClose(try r.graph.pageRank(), r.pagerank, "\(name) pagerank")
    }
}
