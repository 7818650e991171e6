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
    /// - Parameter progress: called with (people done, n) about a hundred times, the last (n, n).
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
    public func coreNumbers(progress: (@Sendable (Int, Int) -> Void)? = nil) -> NodeScores {
        let n = nodeCount
        let (offsets, neighbours) = undirectedNeighbourLists()
        let degree = UncheckedBuffer(repeating: 0, count: n)
        for v in 0..<n { degree[v] = offsets[v + 1] - offsets[v] }
        let maxDegree = (0..<n).reduce(0) { max($0, degree[$1]) }
        // Nodes sorted by degree (bucket sort): `order`, with `position` its inverse and
        // `binStart[d]` the first slot of degree d.
        let binStart = UncheckedBuffer(repeating: 0, count: maxDegree + 2)
        for v in 0..<n { binStart[degree[v] + 1] += 1 }
        for d in 0...maxDegree { binStart[d + 1] += binStart[d] }
        let order = UncheckedBuffer(repeating: 0, count: n)
        let position = UncheckedBuffer(repeating: 0, count: n)
        let fill = UncheckedBuffer(repeating: 0, count: maxDegree + 1)
        for d in 0...maxDegree { fill[d] = binStart[d] }
        for v in 0..<n {
            position[v] = fill[degree[v]]
            order[position[v]] = v
            fill[degree[v]] += 1
        }
        var shown = LoopProgress(total: n, progress)
        offsets.withUnsafeBufferPointer { offsets in
            neighbours.withUnsafeBufferPointer { neighbours in
                for i in 0..<n {
                    shown.advance(to: i)
                    let v = order[i]
                    let dv = degree[v]
                    for k in offsets[v]..<offsets[v + 1] {
                        let u = Int(neighbours[k])
                        let du = degree[u]
                        guard du > dv else { continue }
                        // Move u to the front of its bin, then shrink the bin: u's degree drops
                        // by one.
                        let front = binStart[du]
                        let w = order[front]
                        let at = position[u]
                        order[at] = w
                        position[w] = at
                        order[front] = u
                        position[u] = front
                        binStart[du] += 1
                        degree[u] = du - 1
                    }
                }
            }
        }
        shown.finish()
        return NodeScores(degree.array.map(Double.init))
    }
}
