import Testing
@testable import TrustNet

@Suite struct SpreadTests {
    /// b and c name a; a is the seed.
    static var fan: Graph {
        var b = GraphBuilder(nodeCount: 3)
        b.addTie(from: 1, to: 0)
        b.addTie(from: 2, to: 0)
        return b.build()
    }

    @Test func thresholdWorkedByHand() {
        var g = SeededGenerator(seed: 1)
        let third: Double = 1.0 / 3
        let one = Self.fan.simulateSpread(from: [0], model: .threshold(count: 1), rounds: 1, using: &g)
        let two = Self.fan.simulateSpread(from: [0], model: .threshold(count: 2), rounds: 1, using: &g)
        #expect(one.mean == [third, 1])
        #expect(two.mean == [third, third])
    }

    /// A threshold of one adopting contact is reachability: by round r, everyone with a path of
    /// at most r ties to a seed. A cascade whose every tie passes is the same.
    @Test func thresholdOfOneIsReachability() {
        let graph = randomGraph(nodes: 200, ties: 500, seed: 21)
        let seeds = [3, 50, 120]
        var g = SeededGenerator(seed: 2)
        let threshold = graph.simulateSpread(from: seeds, model: .threshold(count: 1), rounds: 6, using: &g)
        let certain = graph.simulateSpread(from: seeds, model: .cascade(probability: 1), runs: 3, rounds: 6, using: &g)
        var search = ShortestPathSearch(graph: graph.reversed)
        var nearest = [Double](repeating: .infinity, count: 200)
        for s in seeds {
            search.run(from: s)
            for v in search.order { nearest[Int(v)] = min(nearest[Int(v)], search.distance[Int(v)]) }
        }
        for r in 0...6 {
            let expected = Double(nearest.count { $0 <= Double(r) }) / 200
            #expect(threshold.mean[r] == expected)
            #expect(certain.mean[r] == expected && certain.low[r] == expected && certain.high[r] == expected)
        }
        #expect(threshold.mean[6] > threshold.mean[1])
    }

    @Test func seededRunsAreIdenticalAndMonotone() {
        let graph = randomGraph(nodes: 300, ties: 1_200, seed: 8, weights: 1...4)
        var g1 = SeededGenerator(seed: 5), g2 = SeededGenerator(seed: 5), g3 = SeededGenerator(seed: 6), g4 = SeededGenerator(seed: 5)
        let model = SpreadModel.cascade(probability: 0.15)
        let a = graph.simulateSpread(from: [1, 2], model: model, runs: 200, rounds: 5, using: &g1)
        let b = graph.simulateSpread(from: [1, 2], model: model, runs: 200, rounds: 5, using: &g2)
        let c = graph.simulateSpread(from: [1, 2], model: model, runs: 200, rounds: 5, using: &g3)
        let more = graph.simulateSpread(from: [1, 2, 40, 41], model: model, runs: 200, rounds: 5, using: &g4)
        #expect(a == b)
        #expect(a != c)
        #expect(zip(a.mean, more.mean).allSatisfy { $0 <= $1 })
        #expect(more.final > a.final)
        #expect(zip(a.low, a.high).allSatisfy { $0 <= $1 } && a.low.last! < a.high.last!)
    }

    @Test func nothingPassesAtProbabilityZero() {
        var g = SeededGenerator(seed: 1)
        let curve = Self.fan.simulateSpread(from: [0], model: .cascade(probability: 0), runs: 10, rounds: 3, using: &g)
        let third: Double = 1.0 / 3
        #expect(curve.mean.count == 4 && curve.mean.allSatisfy { abs($0 - third) < 1e-15 })
    }

    /// 1 − (1 − p)^w: a weight-3 tie at p = 0.5 passes with probability 7/8.
    @Test func strongerTiesPassMoreOften() {
        #expect(Graph.power(0.5, 3) == 0.125)
        #expect(abs(Graph.power(0.5, 2.5) - 0.1767766952966369) < 1e-15)
    }
}
