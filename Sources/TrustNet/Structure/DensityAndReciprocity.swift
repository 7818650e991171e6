extension Graph {
    /// Density: the share of possible ties that exist.
    ///
    /// Definition: m / (n(n − 1)) for a directed graph without self-ties (NetworkX `density`).
    ///
    /// - Returns: a share in [0, 1]; 0 when n ≤ 1.
    /// - Complexity: O(1).
    ///
    /// Directed; unweighted (a tie counts once whatever its weight); disconnected graphs are fine.
    ///
    /// Reference: Wasserman, S., Faust, K. (1994). *Social Network Analysis*, §4.2.
    /// DOI 10.1017/CBO9780511815478.
    ///
    /// Example: 3 people and 2 ties: 2 / 6 = 1/3.
    public var density: Double {
        nodeCount > 1 ? Double(tieCount) / (Double(nodeCount) * Double(nodeCount - 1)) : 0
    }

    /// Reciprocity: the share of ties that are returned.
    ///
    /// Definition: the number of ties u → v for which v → u also exists, divided by the number
    /// of ties (NetworkX `overall_reciprocity`).
    ///
    /// - Returns: a share in [0, 1]; 0 when there are no ties.
    /// - Complexity: O(m log d).
    ///
    /// Directed; unweighted; disconnected graphs are fine.
    ///
    /// Reference: Wasserman, S., Faust, K. (1994). *Social Network Analysis*, §13.2.
    /// DOI 10.1017/CBO9780511815478.
    ///
    /// Example: a ⇄ b and b → c: two of three ties are returned: 2/3.
    public var reciprocity: Double {
        guard tieCount > 0 else { return 0 }
        var returned = 0
        for u in 0..<nodeCount {
            for v in successors(of: u) where weight(from: Int(v), to: u) != nil { returned += 1 }
        }
        return Double(returned) / Double(tieCount)
    }

    /// Freeman's in-degree centralization: how far the network depends on a few people that
    /// everyone names (1 = a star around one person, 0 = everyone named equally often).
    ///
    /// Definition: Σ_v (max in-degree − in-degree(v)) / (n − 1)², the theoretical maximum for a
    /// directed graph without self-ties (igraph `centralization_degree(mode="in", loops=False)`).
    ///
    /// - Returns: a share in [0, 1]; 0 when n ≤ 1.
    /// - Complexity: O(n).
    ///
    /// Directed (in-degree); unweighted; disconnected graphs are fine. Falling centralization
    /// over terms means advice is spreading over more people.
    ///
    /// Reference: Freeman, L. C. (1978). Centrality in social networks: conceptual clarification.
    /// *Social Networks* 1(3), 215–239. DOI 10.1016/0378-8733(78)90021-7.
    ///
    /// Example: the star b → a, c → a: max 2, Σ = (2 − 2) + 2 + 2 = 4, (n − 1)² = 4: 1.
    public var inDegreeCentralization: Double {
        guard nodeCount > 1 else { return 0 }
        let degrees = (0..<nodeCount).map(inDegree(of:))
        let top = degrees.max() ?? 0
        let gap = degrees.reduce(0) { $0 + (top - $1) }
        return Double(gap) / (Double(nodeCount - 1) * Double(nodeCount - 1))
    }

    /// Transitivity: the share of two-step connections that are closed into triangles.
    ///
    /// Definition: on the undirected simple view (u — v when either names the other),
    /// 3 × triangles / connected triples (NetworkX `transitivity` of `nx.Graph(G.to_undirected())`,
    /// igraph `transitivity_undirected`).
    ///
    /// - Returns: a share in [0, 1]; 0 when there are no connected triples.
    /// - Complexity: O(Σ_v d(v)²) with a marker array.
    ///
    /// Undirected (direction ignored); unweighted; disconnected graphs are fine.
    ///
    /// Reference: Newman, M. E. J., Strogatz, S. H., Watts, D. J. (2001). Random graphs with
    /// arbitrary degree distributions. *Physical Review E* 64, 026118.
    /// DOI 10.1103/PhysRevE.64.026118.
    ///
    /// Example: a triangle plus a pendant on one corner: 1 triangle, triples 1 + 1 + 3 = 5
    /// (corner with degree 3 has 3): 3/5.
    public var transitivity: Double {
        let view = undirected
        var marked = [Bool](repeating: false, count: nodeCount)
        var closed = 0  // each triangle counted 6 times (2 per corner)
        var triples = 0
        for v in 0..<nodeCount {
            let neighbours = view.successors(of: v)
            let d = neighbours.count
            triples += d * (d - 1) / 2
            for u in neighbours { marked[Int(u)] = true }
            for u in neighbours {
                for w in view.successors(of: Int(u)) where marked[Int(w)] { closed += 1 }
            }
            for u in neighbours { marked[Int(u)] = false }
        }
        return triples > 0 ? Double(closed / 2) / Double(triples) : 0
    }
}
