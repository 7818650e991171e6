import Testing
@testable import TrustNet

/// The graph used here:
///
///     0 ──2──▶ 1 ──1──▶ 2
///     │  ◀──1──         ▲
///     └────────3────────┘      plus 0→1 again with weight 4 (parallel) and 2→2 (self-loop)
@Suite struct GraphBuilderTests {
    func builder() -> GraphBuilder {
        var b = GraphBuilder(nodeCount: 3)
        b.addTie(from: 0, to: 1, weight: 2)
        b.addTie(from: 1, to: 2, weight: 1)
        b.addTie(from: 1, to: 0, weight: 1)
        b.addTie(from: 0, to: 2, weight: 3)
        b.addTie(from: 0, to: 1, weight: 4)
        b.addTie(from: 2, to: 2, weight: 1)
        return b
    }

    @Test func mergesParallelTiesBySum() {
        let g = builder().build(merging: .sum)
        #expect(g.tieCount == 4)
        #expect(g.weight(from: 0, to: 1) == 6)
        #expect(Array(g.successors(of: 0)) == [1, 2])
        #expect(Array(g.predecessors(of: 2)) == [0, 1])
        #expect(Array(g.predecessorWeights(of: 2)) == [3, 1])
        #expect(g.weight(from: 2, to: 2) == nil)
    }

    @Test func mergesParallelTiesByMaxAndUnweighted() {
        #expect(builder().build(merging: .max).weight(from: 0, to: 1) == 4)
        let binary = builder().build(merging: .unweighted)
        #expect(binary.weight(from: 0, to: 1) == 1)
        #expect(binary.isUnweighted)
    }

    @Test func undirectedViewSumsBothDirections() {
        let u = builder().build(merging: .sum).undirected
        #expect(u.weight(from: 0, to: 1) == 7)
        #expect(u.weight(from: 1, to: 0) == 7)
        #expect(u.weight(from: 2, to: 0) == 3)
        #expect(u.tieCount == 6)
    }

    /// The weightless neighbour lists (core numbers use them) are the undirected view's, and
    /// both are what the ties say pair by pair (neighbours either way, sorted, each once;
    /// weights of both directions summed), on graphs with mutual and one-way ties, isolates and
    /// nodes that only name or are only named.
    @Test(arguments: [(40, 60, 1), (300, 2_000, 2), (50, 1_200, 3)] as [(Int, Int, UInt64)])
    func neighbourListsAreTheUndirectedView(nodes: Int, ties: Int, seed: UInt64) {
        let g = randomGraph(nodes: nodes, ties: ties, seed: seed, weights: 1...4)
        let (offsets, neighbours) = g.undirectedNeighbourLists()
        let view = g.undirected
        #expect(offsets == view.outOffsets)
        #expect(neighbours == view.outTargets)
        #expect(neighbours.count < 2 * g.tieCount, "some ties should be mutual")
        for v in 0..<nodes {
            let expected = Set(g.successors(of: v).map(Int.init) + g.predecessors(of: v).map(Int.init)).sorted()
            #expect(view.successors(of: v).map(Int.init) == expected)
            for (u, w) in zip(view.successors(of: v), view.successorWeights(of: v)) {
                #expect(w == (g.weight(from: v, to: Int(u)) ?? 0) + (g.weight(from: Int(u), to: v) ?? 0))
            }
        }
    }

    @Test func reversedSwapsDirections() {
        let g = builder().build().reversed
        #expect(g.weight(from: 2, to: 0) == 3)
        #expect(g.weight(from: 0, to: 2) == nil)
    }
}
