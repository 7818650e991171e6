import Foundation
import Testing
@testable import TrustNet

/// Values computed by NetworkX, igraph and R's sna, committed in
/// Fixtures/measures-reference.json by Fixtures/make_measure_fixtures.py (see its docstring
/// for each key's exact definition and library call).
struct MeasureReference: Decodable {
    struct Values: Decodable {
        var nodes: Int
        var edges: [[Double]]
        var units: [Int]
        var eigenvector: [Double]
        var hub: [Double]
        var authority: [Double]
        var closeness_hops: [Double]
        var closeness_inverse_strength: [Double]
        var reach_1: [Double]
        var reach_2: [Double]
        var constraint: [Double?]
        var effective_size: [Double?]
        var hierarchy: [Double?]
        var core: [Double]
        var clustering: [Double]
        var coordinator: [Double]
        var gatekeeper: [Double]
        var representative: [Double]
        var consultant: [Double]
        var liaison: [Double]
        var density: Double
        var reciprocity: Double
        var transitivity: Double
        var in_degree_centralization: Double
        var weak_components: Int
        var strong_components: Int
        var isolates: Int
        var ei_index: Double
        var coupling: [[Double]]
        var unit_modularity: Double
        var leiden_modularity_igraph: Double
        var louvain_modularity_networkx: Double

        var graph: Graph {
            var b = GraphBuilder(nodeCount: nodes)
            for e in edges { b.addTie(from: Int(e[0]), to: Int(e[1]), weight: e[2]) }
            return b.build()
        }
    }

    var networkx: String
    var igraph: String
    var graphs: [String: Values]

    static let shared: MeasureReference = {
        let url = Bundle.module.url(forResource: "measures-reference", withExtension: "json", subdirectory: "Fixtures")!
        return try! JSONDecoder().decode(MeasureReference.self, from: Data(contentsOf: url))
    }()

    static let names = ["krackhardt-advice", "krackhardt-advice-weighted", "kapferer-instrumental-2", "hand", "hand-units"]
}

/// As ``expectClose(_:_:_:sourceLocation:)`` where `nil` (JSON null) expects NaN.
func expectClose(
    _ actual: NodeScores, _ expected: [Double?], _ label: String, sourceLocation: SourceLocation = #_sourceLocation
) {
    #expect(actual.count == expected.count, "\(label): \(actual.count) values, expected \(expected.count)", sourceLocation: sourceLocation)
    for (i, (a, e)) in zip(actual.values, expected).enumerated() {
        if let e {
            #expect(abs(a - e) <= max(1e-12, 1e-9 * abs(e)), "\(label)[\(i)]: \(a) vs reference \(e)", sourceLocation: sourceLocation)
        } else {
            #expect(a.isNaN, "\(label)[\(i)]: \(a), expected undefined", sourceLocation: sourceLocation)
        }
    }
}
