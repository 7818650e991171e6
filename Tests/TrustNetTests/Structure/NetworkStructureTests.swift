import Testing
@testable import TrustNet

@Suite struct NetworkStructureTests {
    /// a ⇄ b, b → c, d alone (n = 4, m = 3).
    static var small: Graph {
        var b = GraphBuilder(nodeCount: 4)
        b.addTie(from: 0, to: 1)
        b.addTie(from: 1, to: 0)
        b.addTie(from: 1, to: 2)
        return b.build()
    }

    @Test func workedByHand() {
        let g = Self.small
        #expect(g.density == 3.0 / 12)
        #expect(g.reciprocity == 2.0 / 3)
        // in-degrees (1, 1, 1, 0): max 1, Σ gaps 1, (n − 1)² = 9.
        #expect(g.inDegreeCentralization == 1.0 / 9)
        #expect(g.weakComponents().membership == [0, 0, 0, 1])
        #expect(g.strongComponents().membership == [0, 0, 1, 2])
        #expect(g.isolates == [3])
        #expect(g.transitivity == 0)
    }

    /// A triangle plus a pendant on one corner: 3 × 1 triangle / 5 triples.
    @Test func transitivityOfATriangleWithPendant() {
        var b = GraphBuilder(nodeCount: 4)
        for (s, t) in [(0, 1), (1, 2), (2, 0), (0, 3)] { b.addTie(from: s, to: t) }
        #expect(b.build().transitivity == 3.0 / 5)
    }

    /// Units {a, b} and {c}; ties a → b, b → c, c → a: I = 1, E = 2.
    @Test func eiIndexWorkedByHand() {
        var b = GraphBuilder(nodeCount: 3)
        for (s, t) in [(0, 1), (1, 2), (2, 0)] { b.addTie(from: s, to: t) }
        var generator = SeededGenerator(seed: 1)
        let ei = b.build().eiIndex(units: [0, 0, 1], permutations: 0, using: &generator)
        #expect(ei.observed == 1.0 / 3 && ei.external == 2 && ei.internal == 1)
        // Unit 0 sees its internal tie and both external ones; unit 1 only the two external.
        #expect(ei.byUnit == [1.0 / 3, 1])
    }

    /// Ten departments of eight, ties almost only inside: strongly negative, far from chance,
    /// and the same seed gives the same p-value.
    @Test func permutationTestFindsClosedUnits() {
        var b = GraphBuilder(nodeCount: 80)
        var generator = SeededGenerator(seed: 3)
        for _ in 0..<400 {
            let u = generator.index(below: 80)
            let v = (u / 8) * 8 + generator.index(below: 8)
            if u != v { b.addTie(from: u, to: v) }
        }
        b.addTie(from: 0, to: 79)
        let graph = b.build()
        let units = (0..<80).map { Optional($0 / 8) }
        var g1 = SeededGenerator(seed: 9), g2 = SeededGenerator(seed: 9)
        let ei = graph.eiIndex(units: units, permutations: 500, using: &g1)
        #expect(ei.observed < -0.99)
        #expect(ei.expected > 0.6)  // with ten units, most random ties cross
        #expect(ei.pValue == 0)
        #expect(ei == graph.eiIndex(units: units, permutations: 500, using: &g2))
    }

    @Test func couplingWorkedByHand() {
        var b = GraphBuilder(nodeCount: 3)
        b.addTie(from: 0, to: 1)
        b.addTie(from: 0, to: 2)
        let coupling = b.build().unitCoupling(units: [0, 0, 1], unitCount: 2)
        #expect(coupling.density == [[0.5, 0.5], [0, 0]])
        #expect(coupling.ties == [[1, 1], [0, 0]])
    }

    /// Units {a, b} and {c} with a and b in one school and c in another: the ties to and from
    /// c cross schools and are left out (I = 1, E = 0); the pair of units is not compared.
    @Test func withinGroupsTiesBetweenGroupsAreLeftOut() {
        var b = GraphBuilder(nodeCount: 3)
        for (s, t) in [(0, 1), (1, 2), (2, 0)] { b.addTie(from: s, to: t) }
        let graph = b.build()
        var generator = SeededGenerator(seed: 1)
        let ei = graph.eiIndex(units: [0, 0, 1], groups: [0, 0, 1], permutations: 0, using: &generator)
        #expect(ei.observed == -1 && ei.external == 0 && ei.internal == 1)
        #expect(ei.byUnit[0] == -1 && ei.byUnit[1].isNaN)
        let coupling = graph.unitCoupling(units: [0, 0, 1], unitCount: 2, groups: [0, 0, 1])
        #expect(coupling.ties == [[1, 0], [0, 0]])
        #expect(coupling.compared == [[true, false], [false, true]])
        #expect(coupling.density == [[0.5, 0], [0, 0]])
        // Without groups every pair is compared.
        #expect(graph.unitCoupling(units: [0, 0, 1], unitCount: 2).compared == [[true, true], [true, true]])
    }

    /// Two schools, each with departments A and B (one label set per school): within
    /// schools the possible A → B ties are Σ |A_g|·|B_g|, and the permutation test only swaps
    /// labels inside a school, so a school made of one department keeps its label.
    @Test func withinGroupsPossibleTiesAndShufflesStayInTheirGroup() {
        // School 0: people 0, 1 (A) and 2 (B); school 1: people 3 (A) and 4, 5 (B).
        var b = GraphBuilder(nodeCount: 6)
        for (s, t) in [(0, 2), (1, 2), (3, 4), (0, 4), (4, 5)] { b.addTie(from: s, to: t) }
        let graph = b.build()
        let units: [Int?] = [0, 0, 1, 0, 1, 1]
        let groups: [Int?] = [0, 0, 0, 1, 1, 1]
        let coupling = graph.unitCoupling(units: units, unitCount: 2, groups: groups)
        // A → B inside schools: 0→2, 1→2, 3→4 (0→4 crosses schools): 3 of 2·1 + 1·2 = 4 possible.
        #expect(coupling.ties == [[0, 3], [0, 1]])
        #expect(coupling.density[0][1] == 0.75)
        // B → B: 4→5 of 0 + 2·1 possible.
        #expect(coupling.density[1][1] == 0.5)
        var generator = SeededGenerator(seed: 5)
        let ei = graph.eiIndex(units: units, groups: groups, permutations: 200, using: &generator)
        #expect(ei.external == 3 && ei.internal == 1)
        // A school of one A and one B, shuffled inside: the expected index is still well defined.
        #expect(ei.expected.isFinite)
        // Units that are one per school (each school all one unit) never change under shuffles.
        var g2 = SeededGenerator(seed: 5)
        let onePerSchool = graph.eiIndex(units: [0, 0, 0, 1, 1, 1], groups: groups, permutations: 50, using: &g2)
        #expect(onePerSchool.observed == -1 && onePerSchool.expected == -1 && onePerSchool.pValue == 1)
    }

    /// Four people all tied to each other, each with two pendants: the four are the core, fit 1.
    @Test func corePeripheryRecoversAPlantedCore() {
        var b = GraphBuilder(nodeCount: 12)
        for u in 0..<4 { for v in 0..<4 where u < v { b.addTie(from: u, to: v) } }
        for p in 4..<12 { b.addTie(from: p, to: (p - 4) / 2) }
        let cp = b.build().corePeriphery()
        #expect(cp.coreMembers == [0, 1, 2, 3])
        #expect(abs(cp.fit - 1) < 1e-12)
        #expect(cp.coreDensity == 1 && cp.peripheryDensity == 0)
    }

    /// With noise the fit equals the Pearson correlation computed from its definition.
    @Test func corePeripheryFitIsThePearsonCorrelation() {
        let graph = randomGraph(nodes: 60, ties: 300, seed: 8)
        let cp = graph.corePeriphery()
        let view = graph.undirected
        var xs: [Double] = [], ys: [Double] = []
        for i in 0..<60 {
            for j in (i + 1)..<60 where cp.isCore[i] == cp.isCore[j] {
                xs.append(view.weight(from: i, to: j) != nil ? 1 : 0)
                ys.append(cp.isCore[i] ? 1 : 0)
            }
        }
        let mx = xs.reduce(0, +) / Double(xs.count), my = ys.reduce(0, +) / Double(ys.count)
        let cov = zip(xs, ys).map { ($0 - mx) * ($1 - my) }.reduce(0, +)
        let r = cov / (xs.map { ($0 - mx) * ($0 - mx) }.reduce(0, +) * ys.map { ($0 - my) * ($0 - my) }.reduce(0, +)).squareRoot()
        #expect(abs(cp.fit - r) < 1e-12)
        #expect(cp.fit > 0.2 && !cp.coreMembers.isEmpty)
    }

    @Test(arguments: MeasureReference.names)
    func agreesWithNetworkXAndIgraph(name: String) {
        let r = MeasureReference.shared.graphs[name]!
        let g = r.graph
        #expect(abs(g.density - r.density) < 1e-15)
        #expect(abs(g.reciprocity - r.reciprocity) < 1e-15)
        #expect(abs(g.transitivity - r.transitivity) < 1e-15)
        #expect(abs(g.inDegreeCentralization - r.in_degree_centralization) < 1e-15)
        #expect(g.weakComponents().count == r.weak_components)
        #expect(g.strongComponents().count == r.strong_components)
        #expect(g.isolates.count == r.isolates)
        var generator = SeededGenerator(seed: 1)
        let unitCount = r.units.max()! + 1
        #expect(abs(g.eiIndex(units: r.units, permutations: 0, using: &generator).observed - r.ei_index) < 1e-15)
        #expect(g.unitCoupling(units: r.units, unitCount: unitCount).density == r.coupling)
    }
}
