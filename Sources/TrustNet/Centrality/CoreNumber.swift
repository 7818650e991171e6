extension Graph {
    /// Core number: the largest k such that the person belongs to a group in which everyone
    /// has at least k ties to others of the group (the k-core).
    ///
    /// Definition: the k-core is the maximal subgraph whose nodes all have degree ≥ k; the core
    /// number of v is the largest k whose k-core contains v. Computed on the undirected simple
    /// view (u — v when either names the other; weights and direction ignored), as NetworkX's
    /// `core_number` of `nx.Graph(G.to_undirected())` and igraph's `coreness(mode="all")` on the
    /// simplified undirected graph.
    ///
    /// - Returns: one integer-valued score per node; isolates have core number 0.
    /// - Complexity: O(n + m) (bucket peeling).
    ///
    /// Undirected, unweighted; disconnected graphs are fine.
    ///
    /// Reference: Batagelj, V., Zaversnik, M. (2003). An O(m) algorithm for cores
    /// decomposition of networks. arXiv cs/0310049. Seidman, S. B. (1983). Network structure
    /// and minimum degree. *Social Networks* 5(3), 269–287. DOI 10.1016/0378-8733(83)90028-X.
    ///
    /// Example: a triangle a, b, c with a pendant d tied to a: the triangle is the 2-core
    /// (core 2 for a, b, c); d has core number 1.
    public func coreNumbers() -> NodeScores {
        let n = nodeCount
        let view = undirected
        var degree = (0..<n).map { view.outDegree(of: $0) }
        let maxDegree = degree.max() ?? 0
        // Nodes sorted by degree (bucket sort): `order`, with `position` its inverse and
        // `binStart[d]` the first slot of degree d.
        var binStart = [Int](repeating: 0, count: maxDegree + 2)
        for d in degree { binStart[d + 1] += 1 }
        for d in 0...maxDegree { binStart[d + 1] += binStart[d] }
        var order = [Int](repeating: 0, count: n)
        var position = [Int](repeating: 0, count: n)
        var fill = binStart
        for v in 0..<n {
            position[v] = fill[degree[v]]
            order[position[v]] = v
            fill[degree[v]] += 1
        }
        for i in 0..<n {
            let v = order[i]
            for k in view.outOffsets[v]..<view.outOffsets[v + 1] {
                let u = Int(view.outTargets[k])
                guard degree[u] > degree[v] else { continue }
                // Move u to the front of its bin, then shrink the bin: u's degree drops by one.
                let du = degree[u]
                let front = binStart[du]
                let w = order[front]
                if w != u {
                    order[position[u]] = w
                    position[w] = position[u]
                    order[front] = u
                    position[u] = front
                }
                binStart[du] += 1
                degree[u] -= 1
            }
        }
        return NodeScores(degree.map(Double.init))
    }
}
