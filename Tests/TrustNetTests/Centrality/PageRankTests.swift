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

    @Test(arguments: NetworkXReference.names)
    func agreesWithNetworkX(name: String) throws {
        let r = NetworkXReference.shared.graphs[name]!
        expectClose(try r.graph.pageRank(), r.pagerank, "\(name) pagerank")
    }
}
