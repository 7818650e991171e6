extension Graph {
    /// The number of ties each person receives (`.incoming`) or sends (`.outgoing`).
    ///
    /// Definition: in-degree(v) = |{u : u → v}|, out-degree(v) = |{w : v → w}|. Raw counts, not
    /// divided by n − 1 (NetworkX's `in_degree`, not `in_degree_centrality`).
    ///
    /// - Parameter direction: which ties to count.
    /// - Returns: one count per node.
    /// - Complexity: O(n).
    ///
    /// Directed by construction; weights are ignored (see ``strengths(_:)``); isolates score 0.
    /// Parallel ties were merged by ``GraphBuilder``, so each neighbour counts once.
    ///
    /// Reference: Freeman, L. C. (1978). Centrality in social networks: conceptual
    /// clarification. *Social Networks* 1(3), 215–239. DOI 10.1016/0378-8733(78)90021-7.
    ///
    /// Example: in `a → c, b → c, c → a`, in-degrees are a 1, b 0, c 2; out-degrees 1, 1, 1.
    public func degrees(_ direction: TieDirection) -> NodeScores {
        let offsets = direction == .incoming ? inOffsets : outOffsets
        return NodeScores((0..<nodeCount).map { Double(offsets[$0 + 1] - offsets[$0]) })
    }

    /// The summed weight of the ties each person receives (`.incoming`) or sends (`.outgoing`).
    ///
    /// Definition: in-strength(v) = Σ_{u → v} w(u, v); out-strength likewise. With every weight
    /// 1 this equals ``degrees(_:)``. NetworkX: `G.in_degree(weight="weight")`.
    ///
    /// - Parameter direction: which ties to sum.
    /// - Returns: one sum per node.
    /// - Complexity: O(n + m).
    ///
    /// Weights are strengths (how often); isolates score 0; a sum past the largest finite
    /// Double is that largest (weights near 1e308), never infinity.
    ///
    /// Reference: Barrat, A., Barthélemy, M., Pastor-Satorras, R., Vespignani, A. (2004). The
    /// architecture of complex weighted networks. *PNAS* 101(11), 3747–3752.
    /// DOI 10.1073/pnas.0400087101.
    ///
    /// Example: in `a →(2) c, b →(3) c`, in-strength of c is 5.
    public func strengths(_ direction: TieDirection) -> NodeScores {
        let offsets = direction == .incoming ? inOffsets : outOffsets
        let weights = direction == .incoming ? inWeights : outWeights
        return NodeScores(
            (0..<nodeCount).map { v in
                var sum = 0.0
                for k in offsets[v]..<offsets[v + 1] { sum += weights[k] }
                return min(sum, .greatestFiniteMagnitude)  // weights near 1e308 add up past it
            })
    }
}
