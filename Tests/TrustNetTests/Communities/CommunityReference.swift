import Foundation
import Testing
@testable import TrustNet

/// The namespace of the community tests (`swift test --filter CommunityTests`).
enum CommunityTests {}

/// Two triangles joined by one tie, all weights 1:
///
///     0 ─── 1          4
///      ╲   ╱          ╱ │
///        2 ───────── 3  │
///                     ╲ │
///                       5
///
/// Ties (one direction each; the measures read the undirected view): 0–1, 0–2, 1–2, 2–3, 3–4,
/// 3–5, 4–5. Strengths: k = 2, 2, 3, 3, 2, 2; m = 7.
enum TwoTriangles {
    static let ties: [(Int, Int)] = [(0, 1), (0, 2), (1, 2), (2, 3), (3, 4), (3, 5), (4, 5)]

    static var graph: Graph {
        var b = GraphBuilder(nodeCount: 6)
        for (s, t) in ties { b.addTie(from: s, to: t) }
        return b.build()
    }
}

/// Values computed by NetworkX and igraph, committed in Fixtures/communities-reference.json by
/// Fixtures/make_community_fixtures.py.
struct CommunityReference: Decodable {
    struct NamedPartition: Decodable {
        var name: String
        var membership: [Int]
        /// NetworkX modularity by resolution ("0.5", "1", "2").
        var modularity: [String: Double]
    }

    struct LeidenRuns: Decodable {
        /// igraph `community_leiden(objective_function="modularity", n_iterations=-1)`, seeds 1…20.
        var modularity_by_seed: [Double]
        var best_modularity: Double
        var best_seed: Int
        var best_membership: [Int]
    }

    struct MutualInformation: Decodable {
        var a: String
        var b: String
        /// igraph `compare_communities(a, b, method="nmi")`.
        var value: Double
    }

    struct Values: Decodable {
        var nodes: Int
        var edges: [[Double]]
        var partitions: [NamedPartition]
        var leiden: LeidenRuns
        var nmi: [MutualInformation]

        var graph: Graph {
            var b = GraphBuilder(nodeCount: nodes)
            for e in edges { b.addTie(from: Int(e[0]), to: Int(e[1]), weight: e[2]) }
            return b.build()
        }

        func partition(named name: String) -> Partition {
            Partition(membership: partitions.first { $0.name == name }!.membership)
        }
    }

    var networkx: String
    var igraph: String
    var graphs: [String: Values]

    static let shared: CommunityReference = {
        let url = Bundle.module.url(forResource: "communities-reference", withExtension: "json", subdirectory: "Fixtures")!
        return try! JSONDecoder().decode(CommunityReference.self, from: Data(contentsOf: url))
    }()

    /// The names of the reference graphs, for parameterized tests.
    static let names = ["karate", "karate-weighted", "krackhardt-advice", "planted"]
}

/// Whether every community of `partition` is connected by ties inside it, in the undirected view.
func everyCommunityIsConnected(_ partition: Partition, in graph: Graph) -> Bool {
    let view = graph.undirected
    var seen = [Bool](repeating: false, count: graph.nodeCount)
    var componentsPerCommunity = [Int](repeating: 0, count: partition.communityCount)
    for start in 0..<graph.nodeCount where !seen[start] {
        let c = partition.membership[start]
        componentsPerCommunity[c] += 1
        seen[start] = true
        var stack = [start]
        while let v = stack.popLast() {
            for u in view.successors(of: v).map(Int.init) where !seen[u] && partition.membership[u] == c {
                seen[u] = true
                stack.append(u)
            }
        }
    }
    return componentsPerCommunity.allSatisfy { $0 == 1 }
}
