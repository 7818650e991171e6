import Testing
@testable import TrustNet

@Suite struct ShortestPathsTests {
    /// From 2 in ``HandGraph``: 0 and 3 at 1, 1 at 2 (via 0), 4 at 3 (via 0, 1); 5 unreached.
    @Test func breadthFirstDistancesCountsAndOrder() {
        var search = ShortestPathSearch(graph: HandGraph.graph)
        search.run(from: 2)
        #expect(search.distance == [1, 2, 0, 1, 3, .infinity])
        #expect(search.pathCount == [1, 1, 1, 1, 1, 0])
        #expect(search.order == [2, 0, 3, 1, 4])
        // Reusing the search resets what the previous run touched.
        search.run(from: 5)
        #expect(search.distance == [.infinity, .infinity, .infinity, .infinity, .infinity, 0])
        #expect(search.order == [5])
    }

    /// From 0 with length 1/w: 0→1 is 1/2, 0→2 is 1, 0→1→4 is 3/2, 0→2→3 is 2, and
    /// 0→1→2 is 1/2 + 1 = 3/2 > 1.
    @Test func dijkstraWithInverseStrength() {
        var search = ShortestPathSearch(graph: HandGraph.graph, cost: .inverseStrength)
        search.run(from: 0)
        #expect(search.distance == [0, 0.5, 1, 2, 1.5, .infinity])
        #expect(search.order.first == 0)
        #expect(search.order.count == 5)
        let settled = search.order.map { search.distance[Int($0)] }
        #expect(settled == settled.sorted())
    }

    /// Equal lengths are counted as ties exactly: 0 → 1 → 3 and 0 → 2 → 3, all weight 2.
    @Test func dijkstraCountsEqualPaths() {
        var b = GraphBuilder(nodeCount: 4)
        for (s, t) in [(0, 1), (1, 3), (0, 2), (2, 3)] { b.addTie(from: s, to: t, weight: 2) }
        var search = ShortestPathSearch(graph: b.build(), cost: .inverseStrength)
        search.run(from: 0)
        #expect(search.distance[3] == 1)
        #expect(search.pathCount[3] == 2)
    }
}
