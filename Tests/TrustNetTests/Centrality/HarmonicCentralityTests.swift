import Testing
@testable import TrustNet

@Suite struct HarmonicCentralityTests {
    /// ``HandGraph`` with hops, distances *to* each person:
    ///   to 0: from 2 (1), 1 (2), 4 (2)            → 1 + 1/2 + 1/2 = 2
    ///   to 1: from 0 (1), 2 (2), 4 (3)            → 1 + 1/2 + 1/3 = 11/6
    ///   to 2: from 0, 1, 4 (1 each)               → 3
    ///   to 3: from 2 (1), 0, 1, 4 (2 each)        → 1 + 3/2 = 5/2
    ///   to 4: from 1 (1), 0 (2), 2 (3)            → 11/6
    ///   to 5: nobody                               → 0
    @Test func handGraphHops() {
        expectClose(HandGraph.graph.harmonicCloseness(), [2, 11.0 / 6, 3, 2.5, 11.0 / 6, 0], "hand harmonic")
    }

    /// With costs: 2 →(3) 0 has length 1/3, so 2 is three times closer to 0 than by hops.
    /// To 0: from 2 (1/3), from 1 via 2 (1 + 1/3), from 4 via 2 (1/2 + 1/3) → 3 + 3/4 + 6/5 = 4.95.
    @Test func handGraphInverseStrength() {
        #expect(abs(HandGraph.graph.harmonicCloseness(cost: .inverseStrength)[0] - 4.95) < 1e-12)
    }

    @Test func emptyGraph() {
        #expect(GraphBuilder(nodeCount: 0).build().harmonicCloseness().isEmpty)
    }

    @Test(arguments: NetworkXReference.names)
    func agreesWithNetworkX(name: String) {
        let r = NetworkXReference.shared.graphs[name]!
        expectClose(r.graph.harmonicCloseness(), r.harmonic_hops, "\(name) harmonic hops")
        expectClose(r.graph.harmonicCloseness(cost: .inverseStrength), r.harmonic_inverse_strength, "\(name) harmonic 1/w")
    }
}
