import Foundation
import Testing
@testable import TrustNet

@Suite struct StructuralHolesTests {
    /// The star `a — b, a — c`: C(a) = 1/4 + 1/4, E(a) = 2, H(a) = 0; b and c have one contact.
    @Test func star() {
        var b = GraphBuilder(nodeCount: 4)
        b.addTie(from: 0, to: 1)
        b.addTie(from: 2, to: 0)
        let holes = b.build().structuralHoles()
        expectClose(holes.constraint, [0.5, 1, 1, nil], "constraint")
        expectClose(holes.effectiveSize, [2, 1, 1, nil], "effective size")
        expectClose(holes.hierarchy, [0, 0, 0, nil], "hierarchy")
    }

    /// A triangle a, b, c (one tie each) plus a — d. For a: p = 1/3 to each of b, c, d; b and c
    /// are tied (p_bc = p_cb = 1/2), so c_ab = (1/3 + 1/3·1/2)² = 1/4 = c_ac, c_ad = 1/9;
    /// C = 1/2 + 1/9 = 11/18. Redundancy of b for a: p_ac·m_bc = 1/3 → E(a) = 3 − 2/3 = 7/3.
    /// H = Σ (c_j/c̄) ln(c_j/c̄) / (3 ln 3) with c̄ = 11/54.
    @Test func triangleWithPendant() {
        var b = GraphBuilder(nodeCount: 4)
        b.addTie(from: 0, to: 1)
        b.addTie(from: 1, to: 2)
        b.addTie(from: 2, to: 0)
        b.addTie(from: 0, to: 3)
        let holes = b.build().structuralHoles()
        #expect(abs(holes.constraint[0] - 11.0 / 18) < 1e-15)
        #expect(abs(holes.effectiveSize[0] - 7.0 / 3) < 1e-15)
        let mean = 11.0 / 54
        let h = [0.25, 0.25, 1.0 / 9].map { ($0 / mean) * log($0 / mean) }.reduce(0, +) / (3 * log(3.0))
        #expect(abs(holes.hierarchy[0] - h) < 1e-15)
    }

    @Test(arguments: MeasureReference.names)
    func agreesWithNetworkX(name: String) {
        let r = MeasureReference.shared.graphs[name]!
        let holes = r.graph.structuralHoles()
        expectClose(holes.constraint, r.constraint, "\(name) constraint")
        expectClose(holes.effectiveSize, r.effective_size, "\(name) effective size")
        expectClose(holes.hierarchy, r.hierarchy, "\(name) hierarchy")
    }
}

@Suite struct CoreAndClusteringTests {
    /// Triangle a, b, c and pendant d: cores (2, 2, 2, 1); an isolate e: 0.
    @Test func coresWorkedByHand() {
        var b = GraphBuilder(nodeCount: 5)
        b.addTie(from: 0, to: 1)
        b.addTie(from: 1, to: 2)
        b.addTie(from: 2, to: 0)
        b.addTie(from: 0, to: 2)
        b.addTie(from: 3, to: 0)
        #expect(b.build().coreNumbers().values == [2, 2, 2, 1, 0])
    }

    /// A 4-clique inside a 5-cycle of pendants: the clique is the 3-core.
    @Test func cliqueIsTheThreeCore() {
        var b = GraphBuilder(nodeCount: 8)
        for u in 0..<4 { for v in 0..<4 where u < v { b.addTie(from: u, to: v) } }
        b.addTie(from: 4, to: 0)
        b.addTie(from: 4, to: 5)
        b.addTie(from: 5, to: 6)
        b.addTie(from: 6, to: 7)
        b.addTie(from: 7, to: 4)
        #expect(b.build().coreNumbers().values == [3, 3, 3, 3, 2, 2, 2, 2])
    }

    /// The 3-cycle: C = 1/(2·1 − 0) · ½(2) = 0.5 for each; all six ties: 1.
    @Test func clusteringOfTriads() {
        var cycle = GraphBuilder(nodeCount: 3)
        cycle.addTie(from: 0, to: 1)
        cycle.addTie(from: 1, to: 2)
        cycle.addTie(from: 2, to: 0)
        #expect(cycle.build().clustering().values == [0.5, 0.5, 0.5])
        var full = GraphBuilder(nodeCount: 3)
        for u in 0..<3 { for v in 0..<3 where u != v { full.addTie(from: u, to: v) } }
        #expect(full.build().clustering().values == [1, 1, 1])
    }

    @Test(arguments: MeasureReference.names)
    func agreesWithNetworkX(name: String) {
        let r = MeasureReference.shared.graphs[name]!
        #expect(r.graph.coreNumbers().values == r.core, "\(name) core numbers")
        expectClose(r.graph.clustering(), r.clustering, "\(name) clustering")
    }
}

@Suite struct BrokerageTests {
    /// Units: Maths {0, 1, 2}, Science {3, 4}, Art {5}. Two-paths through 1 (no shortcut):
    ///   0 → 1 → 2  all Maths                  coordinator
    ///   3 → 1 → 2  Science → Maths → Maths    gatekeeper
    ///   0 → 1 → 4  Maths → Maths → Science    representative
    ///   3 → 1 → 4  Science → Maths → Science  consultant
    ///   5 → 1 → 4  Art → Maths → Science      liaison
    ///   5 → 1 → 2  Art → Maths → Maths        gatekeeper
    @Test func everyRoleWorkedByHand() {
        var b = GraphBuilder(nodeCount: 6)
        for (s, t) in [(0, 1), (3, 1), (5, 1), (1, 2), (1, 4)] { b.addTie(from: s, to: t) }
        let roles = b.build().brokerage(units: [0, 0, 0, 1, 1, 2])
        #expect(roles[.coordinator]!.values == [0, 1, 0, 0, 0, 0])
        #expect(roles[.gatekeeper]!.values == [0, 2, 0, 0, 0, 0])
        #expect(roles[.representative]!.values == [0, 1, 0, 0, 0, 0])
        #expect(roles[.consultant]!.values == [0, 1, 0, 0, 0, 0])
        #expect(roles[.liaison]!.values == [0, 1, 0, 0, 0, 0])
    }

    /// A closed two-path (the source also names the target directly) is not brokerage.
    @Test func closedTwoPathsDoNotCount() {
        var b = GraphBuilder(nodeCount: 3)
        for (s, t) in [(0, 1), (1, 2), (0, 2)] { b.addTie(from: s, to: t) }
        #expect(b.build().brokerage(units: [0, 0, 0])[.coordinator]!.values == [0, 0, 0])
    }

    @Test(arguments: MeasureReference.names)
    func agreesWithSna(name: String) {
        let r = MeasureReference.shared.graphs[name]!
        let roles = r.graph.brokerage(units: r.units)
        #expect(roles[.coordinator]!.values == r.coordinator, "\(name) coordinator")
        #expect(roles[.gatekeeper]!.values == r.gatekeeper, "\(name) gatekeeper")
        #expect(roles[.representative]!.values == r.representative, "\(name) representative")
        #expect(roles[.consultant]!.values == r.consultant, "\(name) consultant")
        #expect(roles[.liaison]!.values == r.liaison, "\(name) liaison")
    }
}
