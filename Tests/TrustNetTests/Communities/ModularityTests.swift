import Testing
@testable import TrustNet

extension CommunityTests {
    @Suite struct ModularityTests {
        /// ``TwoTriangles``, by hand: m = 7, 2m = 14.
        /// - the two triangles: each has L = 3 inside and K = 2 + 2 + 3 = 7, so
        ///   Q = 2 · (3/7 − (7/14)²) = 6/7 − 1/2 = 5/14;
        /// - node 2 moved to the other side, {0, 1} and {2, 3, 4, 5}: L = 1 and 4, K = 4 and 10,
        ///   Q = 1/7 − (4/14)² + 4/7 − (10/14)² = 5/7 − 116/196 = 6/49;
        /// - everyone together: Q = 7/7 − (14/14)² = 0;
        /// - singletons: Q = −Σ (k_i/14)² = −(4·2² + 2·3²)/196 = −34/196 = −17/98;
        /// - the triangles at γ = 2: Q = 2 · (3/7 − 2·(1/2)²) = −1/7; at γ = 0.5: 6/7 − 1/4 = 17/28.
        @Test func twoTrianglesByHand() {
            let g = TwoTriangles.graph
            let triangles = Partition(membership: [0, 0, 0, 1, 1, 1])
            #expect(abs(g.modularity(of: triangles) - 5.0 / 14) < 1e-15)
            #expect(abs(g.modularity(of: Partition(membership: [0, 0, 1, 1, 1, 1])) - 6.0 / 49) < 1e-15)
            #expect(g.modularity(of: .together(nodeCount: 6)) == 0)
            #expect(abs(g.modularity(of: .singletons(nodeCount: 6)) - (-17.0 / 98)) < 1e-15)
            #expect(abs(g.modularity(of: triangles, resolution: 2) - (-1.0 / 7)) < 1e-15)
            #expect(abs(g.modularity(of: triangles, resolution: 0.5) - 17.0 / 28) < 1e-15)
        }

        /// Direction is ignored and both directions' weights add up: a → b (2) with b → a (3) is
        /// the undirected tie a — b of weight 5.
        @Test func directedTiesAreSummedInTheUndirectedView() {
            var directed = GraphBuilder(nodeCount: 4)
            directed.addTie(from: 0, to: 1, weight: 2)
            directed.addTie(from: 1, to: 0, weight: 3)
            directed.addTie(from: 2, to: 3, weight: 1)
            directed.addTie(from: 1, to: 2, weight: 1)
            var summed = GraphBuilder(nodeCount: 4)
            summed.addTie(from: 0, to: 1, weight: 5)
            summed.addTie(from: 3, to: 2, weight: 1)
            summed.addTie(from: 2, to: 1, weight: 1)
            let p = Partition(membership: [0, 0, 1, 1])
            // By hand: m = 7; {0, 1}: L = 5, K = 5 + 6 = 11; {2, 3}: L = 1, K = 2 + 1 = 3.
            // Q = 5/7 − (11/14)² + 1/7 − (3/14)² = 6/7 − 130/196 = 38/196.
            #expect(abs(directed.build().modularity(of: p) - 38.0 / 196) < 1e-15)
            #expect(abs(summed.build().modularity(of: p) - 38.0 / 196) < 1e-15)
            // The undirected view itself (each tie in both directions) has the same modularity:
            // doubling every weight changes nothing.
            #expect(abs(directed.build().undirected.modularity(of: p) - 38.0 / 196) < 1e-15)
        }

        @Test func isolatesAddNothingAndNoTiesIsUndefined() {
            var b = GraphBuilder(nodeCount: 8)
            for (s, t) in TwoTriangles.ties { b.addTie(from: s, to: t) }
            let withIsolates = b.build()
            #expect(abs(withIsolates.modularity(of: Partition(membership: [0, 0, 0, 1, 1, 1, 2, 3])) - 5.0 / 14) < 1e-15)
            #expect(abs(withIsolates.modularity(of: Partition(membership: [0, 0, 0, 1, 1, 1, 0, 1])) - 5.0 / 14) < 1e-15)
            #expect(GraphBuilder(nodeCount: 3).build().modularity(of: .together(nodeCount: 3)).isNaN)
        }

        /// The unit partitions of the structure-measure fixtures (Fixtures/measures-reference.json,
        /// directed and weighted graphs), against NetworkX on their summed undirected views.
        @Test(arguments: MeasureReference.names)
        func unitModularityAgreesWithNetworkX(name: String) {
            let r = MeasureReference.shared.graphs[name]!
            let q = r.graph.modularity(of: Partition(membership: r.units))
            #expect(abs(q - r.unit_modularity) <= 1e-9, "\(name): \(q) vs NetworkX \(r.unit_modularity)")
        }

        @Test(arguments: CommunityReference.names)
        func agreesWithNetworkX(name: String) {
            let r = CommunityReference.shared.graphs[name]!
            let g = r.graph
            #expect(r.partitions.count >= 4)
            for named in r.partitions {
                let p = Partition(membership: named.membership)
                for (resolution, expected) in named.modularity {
                    let q = g.modularity(of: p, resolution: Double(resolution)!)
                    #expect(abs(q - expected) <= 1e-9, "\(name) \(named.name) γ=\(resolution): \(q) vs NetworkX \(expected)")
                }
            }
        }
    }
}
