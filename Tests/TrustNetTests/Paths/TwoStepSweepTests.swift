import Testing
@testable import TrustNet

@Suite struct TwoStepSweepTests {
    /// `a → b → c`, with d naming c and e alone: c counts b, a and d; b counts a.
    @Test func handGraph() {
        var b = GraphBuilder(nodeCount: 5)
        b.addTie(from: 0, to: 1)
        b.addTie(from: 1, to: 2)
        b.addTie(from: 3, to: 2)
        let graph = b.build()
        #expect(graph.countsWithinTwoStepsBitParallel() == [0, 1, 3, 0, 0])
        #expect(graph.countsWithinTwoStepsByStamps() == [0, 1, 3, 0, 0])
    }

    /// A mutual pair reaches itself in two steps: nobody counts themselves.
    @Test func mutualPairDoesNotCountItself() {
        var b = GraphBuilder(nodeCount: 2)
        b.addTie(from: 0, to: 1)
        b.addTie(from: 1, to: 0)
        #expect(b.build().countsWithinTwoStepsBitParallel() == [1, 1])
    }

    /// Several batches of 256 (the last one partial), isolates, dense and sparse graphs: both
    /// ways of counting agree with each other and with a breadth-first search stopped at two,
    /// the batches shared by all cores give what one thread gives, and counts of more than 8
    /// bits come out whole.
    @Test(arguments: [(700, 1_400, 11), (600, 200, 12), (257, 3_000, 13), (1_030, 20_000, 14)] as [(Int, Int, UInt64)])
    func agreesWithStampsAndSearch(nodes: Int, ties: Int, seed: UInt64) {
        let graph = randomGraph(nodes: nodes, ties: ties, seed: seed)
        let bitParallel = graph.countsWithinTwoStepsBitParallel()
        #expect(bitParallel == graph.countsWithinTwoStepsBitParallel(maxWorkers: 1))
        #expect(bitParallel == graph.countsWithinTwoStepsByStamps())
        #expect(bitParallel == graph.incomingHops(maxDistance: 2).map(\.reached))
        #expect(bitParallel.contains(0) || ties > 10 * nodes, "sparse graphs should leave someone unreached")
        #expect(bitParallel.reduce(0, +) > ties / 2)
        // Counts above 255 take a second round of 8 planes when they are turned into integers.
        #expect(bitParallel.contains { $0 > 255 } || nodes < 1_000)
    }
}
