import Foundation
import Testing
@testable import TrustNet

@Suite struct SampledHarmonicCentralityTests {
    /// Sampling every source gives the exact scores, with hops and with costs.
    @Test func allSourcesIsExact() {
        var generator = SeededGenerator(seed: 1)
        let graph = HandGraph.graph
        #expect(graph.sampledHarmonicCloseness(sampleSize: 6, using: &generator) == graph.harmonicCloseness())
        #expect(graph.sampledHarmonicCloseness(sampleSize: 6, using: &generator, cost: .inverseStrength) == graph.harmonicCloseness(cost: .inverseStrength))
    }

    /// `a → b → c` from the sources {a, c} (n/k = 3/2): ĥ(b) = 3/2 · 1 (from a), ĥ(c) =
    /// 3/2 · 1/2 (from a; c itself does not count), ĥ(a) = 0 — worked by hand for the sample
    /// the seed draws.
    @Test func aPathFromTwoSources() {
        var b = GraphBuilder(nodeCount: 3)
        b.addTie(from: 0, to: 1)
        b.addTie(from: 1, to: 2)
        let path = b.build()
        var probe = SeededGenerator(seed: 9)
        let sources = Graph.sampledSources(sampleSize: 2, nodeCount: 3, using: &probe)
        var generator = SeededGenerator(seed: 9)
        let estimate = path.sampledHarmonicCloseness(sampleSize: 2, using: &generator)
        // The exact terms 1/d(s, v) for each source s, scaled by n/k.
        let terms: [[Double]] = [[0, 1, 0.5], [0, 0, 1], [0, 0, 0]]
        let expected = (0..<3).map { v in 1.5 * sources.reduce(0) { $0 + terms[$1][v] } }
        #expect(estimate.values == expected, "sources \(sources)")
    }

    /// On 400 people with 64 sampled sources every estimate is within the Hoeffding bound
    /// (taken at confidence 1 − 10⁻⁶), the estimate is not just the exact value, the same seed
    /// gives the same bytes, and the average over many seeds is the exact value (unbiased).
    @Test func withinItsErrorBoundUnbiasedAndSeeded() {
        let graph = randomGraph(nodes: 400, ties: 1_600, seed: 5)
        let exact = graph.harmonicCloseness()
        var g1 = SeededGenerator(seed: 42), g2 = SeededGenerator(seed: 42), g3 = SeededGenerator(seed: 43)
        let estimate = graph.sampledHarmonicCloseness(sampleSize: 64, using: &g1)
        let bound = Graph.sampledHarmonicErrorBound(sampleSize: 64, nodeCount: 400, confidence: 1 - 1e-6)
        let worst = zip(estimate.values, exact.values).map { abs($0 - $1) }.max()!
        #expect(worst <= bound && worst > 0)
        #expect(estimate == graph.sampledHarmonicCloseness(sampleSize: 64, using: &g2))
        #expect(estimate != graph.sampledHarmonicCloseness(sampleSize: 64, using: &g3))
        var mean = [Double](repeating: 0, count: 400)
        for seed in 0..<200 as Range<UInt64> {
            var g = SeededGenerator(seed: 1_000 + seed)
            for (v, x) in graph.sampledHarmonicCloseness(sampleSize: 64, using: &g).values.enumerated() { mean[v] += x / 200 }
        }
        // The mean of 200 independent estimates: within Hoeffding's bound for 200 × 64 draws
        // for every person, and the total within 1 % (a wrong scale would miss both).
        let meanBound = 400 * (log(2e6) / (2 * 64 * 200)).squareRoot()
        for v in 0..<400 { #expect(abs(mean[v] - exact[v]) <= meanBound, "person \(v): \(mean[v]) vs \(exact[v])") }
        #expect(abs(mean.reduce(0, +) - exact.total) / exact.total < 0.01)
    }

    @Test func boundFormula() {
        // n·√(ln(2/0.05)/(2·256)) for n = 1000.
        #expect(abs(Graph.sampledHarmonicErrorBound(sampleSize: 256, nodeCount: 1000) - 1000 * (log(40.0) / 512).squareRoot()) < 1e-9)
    }
}
