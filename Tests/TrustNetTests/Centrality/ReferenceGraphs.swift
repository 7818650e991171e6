import Foundation
import Testing
@testable import TrustNet

/// The graph worked by hand in the measure tests (weights in parentheses):
///
///          (2)            (1)
///     0 ───────▶ 1 ───────────▶ 4
///     │ ▲        │              │
///  (1)│ │(3)     │(1)           │(2)
///     ▼ │        ▼              │
///     2 ◀────────┴──────────────┘         5  (isolate)
///     │
///  (1)▼
///     3  (dangling: names nobody)
///
/// Ties: 0→1 (2), 0→2 (1), 1→2 (1), 2→0 (3), 2→3 (1), 4→2 (2), 1→4 (1).
enum HandGraph {
    static let ties: [(Int, Int, Double)] = [(0, 1, 2), (0, 2, 1), (1, 2, 1), (2, 0, 3), (2, 3, 1), (4, 2, 2), (1, 4, 1)]

    static var graph: Graph {
        var b = GraphBuilder(nodeCount: 6)
        for (s, t, w) in ties { b.addTie(from: s, to: t, weight: w) }
        return b.build()
    }
}

/// Values computed by NetworkX, committed in Fixtures/centrality-networkx.json by
/// Fixtures/make_fixtures.py.
struct NetworkXReference: Decodable {
    struct Values: Decodable {
        var nodes: Int
        var edges: [[Double]]
        var in_degree: [Double]
        var out_degree: [Double]
        var in_strength: [Double]
        var out_strength: [Double]
        var pagerank: [Double]
        var betweenness_hops: [Double]
        var betweenness_inverse_strength: [Double]
        var betweenness_hops_normalized: [Double]
        var harmonic_hops: [Double]
        var harmonic_inverse_strength: [Double]

        var graph: Graph {
            var b = GraphBuilder(nodeCount: nodes)
            for e in edges { b.addTie(from: Int(e[0]), to: Int(e[1]), weight: e[2]) }
            return b.build()
        }
    }

    var networkx: String
    var graphs: [String: Values]

    static let shared: NetworkXReference = {
        let url = Bundle.module.url(forResource: "centrality-networkx", withExtension: "json", subdirectory: "Fixtures")!
        return try! JSONDecoder().decode(NetworkXReference.self, from: Data(contentsOf: url))
    }()

    /// The names of the reference graphs, for parameterized tests.
    static let names = ["krackhardt-advice", "krackhardt-advice-weighted", "kapferer-instrumental-2", "hand"]
}

/// Asserts `actual` equals `expected` element-wise to 1e-9 relative (1e-12 absolute near 0).
func expectClose(
    _ actual: NodeScores, _ expected: [Double], _ label: String, sourceLocation: SourceLocation = #_sourceLocation
) {
    #expect(actual.count == expected.count, "\(label): \(actual.count) values, expected \(expected.count)", sourceLocation: sourceLocation)
    #expect(!expected.isEmpty, "\(label): nothing to compare", sourceLocation: sourceLocation)
    for (i, (a, e)) in zip(actual.values, expected).enumerated() {
        let tolerance = max(1e-12, 1e-9 * abs(e))
        #expect(abs(a - e) <= tolerance, "\(label)[\(i)]: \(a) vs NetworkX \(e)", sourceLocation: sourceLocation)
    }
}
