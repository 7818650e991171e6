import Testing
@testable import TrustNet

@Suite struct DegreeCentralityTests {
    /// In ``HandGraph``: in-ties of 2 come from 0, 1, 4 (weights 1 + 1 + 2 = 4).
    @Test func handGraph() {
        let g = HandGraph.graph
        #expect(g.degrees(.incoming).values == [1, 1, 3, 1, 1, 0])
        #expect(g.degrees(.outgoing).values == [2, 2, 2, 0, 1, 0])
        #expect(g.strengths(.incoming).values == [3, 2, 4, 1, 1, 0])
        #expect(g.strengths(.outgoing).values == [3, 2, 4, 0, 2, 0])
    }

    @Test func emptyGraph() {
        #expect(GraphBuilder(nodeCount: 0).build().degrees(.incoming).isEmpty)
    }

    @Test(arguments: NetworkXReference.names)
    func agreesWithNetworkX(name: String) {
        let r = NetworkXReference.shared.graphs[name]!
        let g = r.graph
        expectClose(g.degrees(.incoming), r.in_degree, "\(name) in_degree")
        expectClose(g.degrees(.outgoing), r.out_degree, "\(name) out_degree")
        expectClose(g.strengths(.incoming), r.in_strength, "\(name) in_strength")
        expectClose(g.strengths(.outgoing), r.out_strength, "\(name) out_strength")
    }
}
