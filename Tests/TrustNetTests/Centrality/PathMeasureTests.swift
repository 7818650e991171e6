import Foundation
import Testing
@testable import TrustNet

@Suite struct ClosenessAndReachTests {
    static var path: Graph {
        var b = GraphBuilder(nodeCount: 3)
        b.addTie(from: 0, to: 1)
        b.addTie(from: 1, to: 2)
        return b.build()
    }

    /// `a → b → c`: C(c) = (2/3)(2/2), C(b) = (1/1)(1/2), C(a) = 0.
    @Test func closenessOfAPath() {
        expectClose(Self.path.closeness(), [0, 0.5, 2.0 / 3], "path closeness")
    }

    /// ``HandGraph``: to 0 from 2 (1), 1 (2), 4 (2): r = 3 of 5 others, S = 5 → (3/5)(3/5).
    @Test func closenessOfTheHandGraph() {
        #expect(abs(HandGraph.graph.closeness()[0] - 0.36) < 1e-15)
        #expect(HandGraph.graph.closeness()[5] == 0)
    }

    @Test func reachOfAPath() {
        expectClose(Self.path.reach(withinSteps: 1), [0, 0.5, 0.5], "reach 1")
        expectClose(Self.path.reach(withinSteps: 2), [0, 0.5, 1], "reach 2")
        expectClose(Self.path.reach(withinSteps: 3), [0, 0.5, 1], "reach 3")
    }

    /// Reach within 2 equals reach within 1 plus those at exactly 2, on a larger graph.
    @Test func reachByStepsAgree() {
        let graph = randomGraph(nodes: 300, ties: 900, seed: 11)
        let one = graph.reach(withinSteps: 1), two = graph.reach(withinSteps: 2), three = graph.reach(withinSteps: 3)
        #expect(one.values == graph.degrees(.incoming).values.map { $0 / 299 })
        #expect(zip(one.values, two.values).allSatisfy { $0 <= $1 } && zip(two.values, three.values).allSatisfy { $0 <= $1 })
        #expect(zip(two.values, three.values).contains { $0 < $1 })
    }

    @Test(arguments: MeasureReference.names)
    func agreesWithNetworkX(name: String) {
        let r = MeasureReference.shared.graphs[name]!
        expectClose(r.graph.closeness(), r.closeness_hops, "\(name) closeness hops")
        expectClose(r.graph.closeness(cost: .inverseStrength), r.closeness_inverse_strength, "\(name) closeness 1/w")
        expectClose(r.graph.reach(withinSteps: 1), r.reach_1, "\(name) reach 1")
        expectClose(r.graph.reach(withinSteps: 2), r.reach_2, "\(name) reach 2")
    }
}

@Suite struct SampledBetweennessTests {
    @Test func allSourcesIsExact() {
        var generator = SeededGenerator(seed: 1)
        let graph = HandGraph.graph
        #expect(graph.sampledBetweenness(sampleSize: 6, using: &generator) == graph.betweenness())
    }

    /// On 400 people with 128 sampled sources every estimate is within the Hoeffding bound
    /// (taken at confidence 1 − 10⁻⁶, so a failure would not be bad luck), the estimate is
    /// not just the exact value, and the same seed gives the same bytes.
    @Test func withinItsErrorBoundAndSeeded() {
        let graph = randomGraph(nodes: 400, ties: 1_600, seed: 5)
        let exact = graph.betweenness()
        var g1 = SeededGenerator(seed: 42), g2 = SeededGenerator(seed: 42), g3 = SeededGenerator(seed: 43)
        let estimate = graph.sampledBetweenness(sampleSize: 128, using: &g1)
        let bound = Graph.sampledBetweennessErrorBound(sampleSize: 128, nodeCount: 400, confidence: 1 - 1e-6)
        let worst = zip(estimate.values, exact.values).map { abs($0 - $1) }.max()!
        #expect(worst <= bound)
        #expect(worst > 0)
        #expect(estimate == graph.sampledBetweenness(sampleSize: 128, using: &g2))
        #expect(estimate != graph.sampledBetweenness(sampleSize: 128, using: &g3))
        // Unbiased: the totals agree within a few percent on this graph.
        #expect(abs(estimate.total - exact.total) / exact.total < 0.1)
    }

    @Test func boundFormula() {
        // n(n − 2)·√(ln(2/0.05)/(2·256)) for n = 1000.
        let expected = 1000.0 * 998 * (log(40.0) / 512).squareRoot()
        #expect(abs(Graph.sampledBetweennessErrorBound(sampleSize: 256, nodeCount: 1000) - expected) < 1e-6)
    }
}
