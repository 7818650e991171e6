import Testing
@testable import TrustNet

@Suite struct SpectralCentralityTests {
    /// From 20,000 ties (of the undirected view) two threads share each step: the same bits as
    /// one thread, a unit vector, and a fixed point of (A + I)·x / ‖(A + I)·x‖.
    @Test func eigenvectorOnTwoThreadsIsTheSameAsOnOne() throws {
        let graph = randomGraph(nodes: 6_000, ties: 24_000, seed: 12, weights: 1...4)
        let view = graph.undirected
        #expect(Lockstep(offsets: view.outOffsets).parts.count == 2)
        let one = try graph.eigenvectorCentrality(tolerance: 1e-15, maxIterations: 100_000, maxWorkers: 1)
        let two = try graph.eigenvectorCentrality(tolerance: 1e-15, maxIterations: 100_000, maxWorkers: 2)
        #expect(one.values == two.values)
        #expect(abs(two.values.reduce(0) { $0 + $1 * $1 } - 1) < 1e-12)
        var product = two.values
        for v in 0..<graph.nodeCount {
            for (u, w) in zip(view.successors(of: v), view.successorWeights(of: v)) { product[v] += w * two[Int(u)] }
        }
        let norm = product.reduce(0) { $0 + $1 * $1 }.squareRoot()
        for v in 0..<graph.nodeCount { #expect(abs(product[v] / norm - two[v]) < 1e-9) }
    }

    /// The star `a — b, a — c`: λ = √2, x = (1/√2, 1/2, 1/2).
    @Test func eigenvectorOfAStar() throws {
        var b = GraphBuilder(nodeCount: 3)
        b.addTie(from: 1, to: 0)
        b.addTie(from: 0, to: 2)
        expectClose(try b.build().eigenvectorCentrality(), [(0.5).squareRoot(), 0.5, 0.5], "star eigenvector")
    }

    /// A mutual tie counts twice in the undirected view: a ⇄ b, b → c gives A = [[0,2,0],[2,0,1],[0,1,0]],
    /// λ = √5, x ∝ (2, √5, 1), length √10.
    @Test func eigenvectorSumsBothDirections() throws {
        var b = GraphBuilder(nodeCount: 3)
        b.addTie(from: 0, to: 1)
        b.addTie(from: 1, to: 0)
        b.addTie(from: 1, to: 2)
        let norm = 10.0.squareRoot()
        expectClose(try b.build().eigenvectorCentrality(), [2 / norm, 5.0.squareRoot() / norm, 1 / norm], "mutual tie")
    }

    /// `a → c, b → c, b → d`: hubs (0.382, 0.618, 0, 0), authorities (0, 0, 0.618, 0.382).
    @Test func hitsWorkedByHand() throws {
        var b = GraphBuilder(nodeCount: 4)
        b.addTie(from: 0, to: 2)
        b.addTie(from: 1, to: 2)
        b.addTie(from: 1, to: 3)
        let hits = try b.build().hubsAndAuthorities()
        let phi = (1 + 5.0.squareRoot()) / 2
        expectClose(hits.hubs, [1 / (1 + phi), phi / (1 + phi), 0, 0], "hubs")
        expectClose(hits.authorities, [0, 0, phi / (1 + phi), 1 / (1 + phi)], "authorities")
    }

    @Test func noTies() throws {
        let graph = GraphBuilder(nodeCount: 3).build()
        #expect(try graph.hubsAndAuthorities().hubs.values == [0, 0, 0])
        #expect(try graph.eigenvectorCentrality().values.allSatisfy { abs($0 - 1 / 3.0.squareRoot()) < 1e-15 })
    }

    @Test(arguments: MeasureReference.names)
    func agreesWithNetworkX(name: String) throws {
        let r = MeasureReference.shared.graphs[name]!
        expectClose(try r.graph.eigenvectorCentrality(), r.eigenvector, "\(name) eigenvector")
        let hits = try r.graph.hubsAndAuthorities()
        expectClose(hits.hubs, r.hub, "\(name) hubs")
        expectClose(hits.authorities, r.authority, "\(name) authorities")
    }
}
