import Foundation
import Testing
@testable import TrustNet

/// Any finite positive weight import accepts goes through every measure: no throw, no NaN,
/// and the scale-free measures give the same scores whatever the scale (eigenvector "did not
/// converge" on weights of 10–1000, HITS and PageRank went NaN on 1e308).
@Suite struct ExtremeWeightsTests {
    /// A ring (so nobody is isolated) plus random ties, weights 10^e with e uniform in `exponents`.
    static func graph(seed: UInt64, people n: Int = 30, extra: Int = 70, exponents: ClosedRange<Double>) -> (Graph, [Int]) {
        var random = SeededGenerator(seed: seed)
        var builder = GraphBuilder(nodeCount: n)
        func weight() -> Double { pow(10, Double.random(in: exponents, using: &random)) }
        for v in 0..<n { builder.addTie(from: v, to: (v + 1) % n, weight: weight()) }
        for _ in 0..<extra {
            let a = Int.random(in: 0..<n, using: &random)
            let b = (a + Int.random(in: 1..<n, using: &random)) % n
            builder.addTie(from: a, to: b, weight: weight())
        }
        return (builder.build(merging: .sum), (0..<n).map { $0 % 4 })
    }

    static let ranges: [ClosedRange<Double>] = [-300...300, 300...308, -308...(-300), 1...3, 0...4]

    @Test(arguments: 0..<20)
    func everyMeasureIsFinite(seed: Int) throws {
        let exponents = Self.ranges[seed % Self.ranges.count]
        let (graph, units) = Self.graph(seed: UInt64(seed), exponents: exponents)
        for cost in [EdgeCost.hops, .inverseStrength] {
            let scores = try PersonMeasure.compute(PersonMeasure.allCases, on: graph, options: MeasureOptions(cost: cost, units: units))
            for (measure, values) in scores {
                #expect(values.values.allSatisfy { $0.isFinite }, "\(measure) with weights 1e\(exponents), seed \(seed): \(values.values.prefix(5))")
            }
        }
        let partition = graph.leidenCommunities(seed: UInt64(seed))
        #expect(try graph.modularity(of: partition).isFinite)
    }

    /// Multiplying every weight by one number changes no scale-free score.
    @Test(arguments: [1e-290, 1e-3, 1e3, 1e290])
    func scaleFreeMeasuresIgnoreTheScale(factor: Double) throws {
        let (graph, _) = Self.graph(seed: 7, exponents: 0...1)
        var builder = GraphBuilder(nodeCount: graph.nodeCount)
        for u in 0..<graph.nodeCount {
            for (v, w) in zip(graph.successors(of: u), graph.successorWeights(of: u)) { builder.addTie(from: u, to: Int(v), weight: w * factor) }
        }
        let scaled = builder.build()
        for measure in [PersonMeasure.pagerank, .eigenvector, .hub, .authority, .constraint, .effectiveSize, .hierarchy] {
            let a = try measure.scores(on: graph).values
            let b = try measure.scores(on: scaled).values
            #expect(zip(a, b).allSatisfy { abs($0 - $1) <= 1e-9 * max(1, abs($0)) }, "\(measure) × \(factor)")
        }
    }
}
