import Testing
@testable import TrustNet

@Suite struct SpreadBacktestTests {
    /// Spearman's ρ by the textbook formula for distinct ranks, 1 − 6 Σ d² / (n (n² − 1)),
    /// independent of ``RankCorrelation``.
    static func spearmanDistinct(_ x: [Double], _ y: [Double]) -> Double {
        func ranks(_ v: [Double]) -> [Double] {
            let order = v.indices.sorted { v[$0] < v[$1] }
            var r = [Double](repeating: 0, count: v.count)
            for (i, k) in order.enumerated() { r[k] = Double(i + 1) }
            return r
        }
        precondition(Set(x).count == x.count && Set(y).count == y.count, "distinct values only")
        let rx = ranks(x), ry = ranks(y)
        let d2 = zip(rx, ry).map { ($0 - $1) * ($0 - $1) }.reduce(0, +)
        let n = Double(x.count)
        return 1 - 6 * d2 / (n * (n * n - 1))
    }

    /// Person 0 adopted first (period 0); 1…5 adopted in periods 1…5; 6…9 never. 6…9 name 1
    /// (in-degree 4), 2 (2), 3 (3), 5 (1): the most-named order is 1, 3, 2, 5, then 4 with 6…9.
    static func knownOrder() -> (Graph, [Int?]) {
        var b = GraphBuilder(nodeCount: 10)
        for s in [6, 7, 8, 9] { b.addTie(from: s, to: 1) }
        for s in [6, 7] { b.addTie(from: s, to: 2) }
        for s in [6, 7, 8] { b.addTie(from: s, to: 3) }
        b.addTie(from: 6, to: 5)
        return (b.build(), [0, 1, 2, 3, 4, 5, nil, nil, nil, nil])
    }

    @Test func inDegreeOrderScoredIndependently() {
        let (graph, adoption) = Self.knownOrder()
        var g = SeededGenerator(seed: 1)
        let result = graph.backtestSpread(adoption: adoption, runs: 50, randomOrders: 200, using: &g)
        #expect(result.seeds == [0])
        #expect(result.scored == [1, 2, 3, 4, 5])
        #expect(result.periods == 5)
        let predicted = [1, 2, 3, 4, 5].map { -Double(graph.inDegree(of: $0)) }
        let expected = Self.spearmanDistinct(predicted, [1, 2, 3, 4, 5])
        #expect(abs(expected - 0.8) < 1e-12)  // d = 0, 1, −1, 1, −1: 1 − 6·4/120
        #expect(abs(result.inDegree.spearman - expected) < 1e-12)
        // The first five predicted: 1, 3, 2, 5 (all adopters), then one of the five tied at
        // in-degree 0 (4, 6, 7, 8, 9), of whom one adopted: (4 + 1/5) / 5.
        #expect(abs(result.inDegree.adopterShare - 0.84) < 1e-12)
        #expect(result.observedCurve == [0.1, 0.2, 0.3, 0.4, 0.5, 0.6])
    }

    /// The doc comment's chain: d → c → b → a, a first, b then c; d never.
    @Test func chainWorkedByHand() {
        var b = GraphBuilder(nodeCount: 4)
        b.addTie(from: 1, to: 0)
        b.addTie(from: 2, to: 1)
        b.addTie(from: 3, to: 2)
        var g = SeededGenerator(seed: 2)
        let result = b.build().backtestSpread(adoption: [0, 1, 2, nil], thresholdCount: 1, runs: 500, randomOrders: 50, using: &g)
        #expect(result.threshold == .init(spearman: 1, adopterShare: 1))
        // Adoption one step per period is what a certain cascade does: p = 1 fits exactly (at
        // 0.99 some of the 500 runs lose a tie: 0.98^500 ≈ 4e-5).
        #expect(result.fittedProbability == 1)
        #expect(result.fitError == 0)
        #expect(result.cascade == result.threshold)
    }

    /// Adoption that follows the ties step by step on a larger graph: the cascade fitted to it
    /// passes for sure, and both models beat the random band.
    @Test func reachabilityIsFittedAndBeatsRandom() {
        let graph = randomGraph(nodes: 120, ties: 360, seed: 4)
        var search = ShortestPathSearch(graph: graph.reversed)
        search.run(from: 0)
        let adoption: [Int?] = (0..<120).map { v in search.distance[v].isFinite && search.distance[v] <= 6 ? Int(search.distance[v]) : nil }
        var g = SeededGenerator(seed: 9)
        let result = graph.backtestSpread(adoption: adoption, thresholdCount: 1, runs: 30, randomOrders: 300, using: &g)
        #expect(result.fittedProbability == 1)
        #expect(result.threshold.spearman > result.randomSpearman.high)
        #expect(result.threshold.adopterShare == 1)
        #expect(result.randomSpearman.low < 0 && result.randomSpearman.high > 0)
    }

    @Test func sameSeedSameResult() {
        let graph = randomGraph(nodes: 80, ties: 240, seed: 5, weights: 1...3)
        let adoption: [Int?] = (0..<80).map { $0 % 3 == 0 ? nil : $0 % 7 }
        var g1 = SeededGenerator(seed: 7), g2 = SeededGenerator(seed: 7), g3 = SeededGenerator(seed: 8)
        let a = graph.backtestSpread(adoption: adoption, runs: 40, randomOrders: 100, using: &g1)
        let b = graph.backtestSpread(adoption: adoption, runs: 40, randomOrders: 100, using: &g2)
        let c = graph.backtestSpread(adoption: adoption, runs: 40, randomOrders: 100, using: &g3)
        #expect(a == b)
        #expect(a.randomSpearman != c.randomSpearman)
    }

    /// Ties on the edge of the first k count in proportion.
    @Test func adopterShareCountsTiesInProportion() {
        let share = Graph.adopterShare(predicted: [0, 1, 1, 1, 2], among: [0, 1, 2, 3, 4], isAdopter: [true, true, false, false, true], k: 2)
        // 0 (adopter), then one of {1, 2, 3} (one adopter of three): (1 + 1/3) / 2.
        #expect(abs(share - 2.0 / 3) < 1e-12)
    }
}
