import Testing
@testable import TrustNet

/// A seeded random directed graph for checks against a plain search.
func randomGraph(nodes: Int, ties: Int, seed: UInt64, weights: ClosedRange<Int> = 1...1) -> Graph {
    var generator = SeededGenerator(seed: seed)
    var builder = GraphBuilder(nodeCount: nodes)
    for _ in 0..<ties {
        let s = generator.index(below: nodes)
        let t = generator.index(below: nodes)
        guard s != t else { continue }
        builder.addTie(from: s, to: t, weight: Double(weights.lowerBound + generator.index(below: weights.count)))
    }
    return builder.build(merging: .max)
}

@Suite struct BitParallelSearchTests {
    /// `a → b → c`: c is reached by b (1) and a (2).
    @Test func path() {
        var b = GraphBuilder(nodeCount: 3)
        b.addTie(from: 0, to: 1)
        b.addTie(from: 1, to: 2)
        let hops = b.build().incomingHops()
        #expect(hops[2] == IncomingHops(reached: 2, distanceSum: 3, harmonicSum: 1.5, withinOne: 1, withinTwo: 2))
        #expect(hops[1] == IncomingHops(reached: 1, distanceSum: 1, harmonicSum: 1, withinOne: 1, withinTwo: 1))
        #expect(hops[0] == IncomingHops())
    }

    /// More than one batch of 256 searches, sparse enough to leave people unreached, checked
    /// against one breadth-first search per person on the reversed graph.
    @Test(arguments: [(700, 1_400, 1), (600, 200, 2), (257, 3_000, 3)] as [(Int, Int, UInt64)])
    func agreesWithOneSearchPerPerson(nodes: Int, ties: Int, seed: UInt64) {
        let graph = randomGraph(nodes: nodes, ties: ties, seed: seed)
        let hops = graph.incomingHops()
        var search = ShortestPathSearch(graph: graph.reversed)
        var checked = 0
        for v in 0..<nodes {
            search.run(from: v)
            var expected = IncomingHops()
            for u in search.order.dropFirst() {
                let d = Int(search.distance[Int(u)])
                expected.reached += 1
                expected.distanceSum += d
                if d == 1 { expected.withinOne += 1 }
                if d <= 2 { expected.withinTwo += 1 }
            }
            #expect(hops[v].reached == expected.reached && hops[v].distanceSum == expected.distanceSum)
            #expect(hops[v].withinOne == expected.withinOne && hops[v].withinTwo == expected.withinTwo)
            checked += expected.reached
        }
        #expect(checked >= ties, "the graph should have paths to check")
    }

    /// Stopping after two steps counts exactly the people within two steps.
    @Test func stopsAtMaxDistance() {
        let graph = randomGraph(nodes: 500, ties: 1_500, seed: 4)
        let full = graph.incomingHops(), two = graph.incomingHops(maxDistance: 2)
        #expect(zip(full, two).allSatisfy { $0.withinTwo == $1.reached && $0.withinOne == $1.withinOne })
        #expect(zip(full, two).contains { $0.reached > $1.reached })
    }
}
