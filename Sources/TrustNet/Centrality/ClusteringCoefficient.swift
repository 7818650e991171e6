extension Graph {
    /// Local clustering: how far the people around a person are tied to each other.
    ///
    /// Definition (Fagiolo's directed clustering, NetworkX's `clustering` on a `DiGraph`,
    /// unweighted): with A the 0/1 adjacency matrix, T(v) = ½ [(A + Aᵀ)³]_vv the number of
    /// directed triangles through v, d(v) the total (in + out) degree and d↔(v) the number of
    /// mutual ties, C(v) = T(v) / [d(v)(d(v) − 1) − 2 d↔(v)], and 0 when T(v) = 0.
    ///
    /// - Parameter progress: called with (people done, n) about a hundred times, the last (n, n).
    /// - Returns: one value per node in [0, 1].
    /// - Complexity: O(Σ_v Σ_{j∈N(v)} d(j)) time, O(n) extra memory.
    ///
    /// Directed (every orientation of a triangle counts); unweighted (weights ignored);
    /// disconnected graphs and isolates (0) are fine.
    ///
    /// Reference: Fagiolo, G. (2007). Clustering in complex directed networks. *Physical
    /// Review E* 76, 026107. DOI 10.1103/PhysRevE.76.026107.
    ///
    /// Example: the cycle `a → b → c → a`: for a, d = 2, d↔ = 0, T = 1 (the cycle), so
    /// C(a) = 1 / (2·1 − 0) = 0.5; with all six ties, T = 8, d = 4, d↔ = 2: C = 8 / (12 − 4) = 1.
    public func clustering(progress: (@Sendable (Int, Int) -> Void)? = nil) -> NodeScores {
        let n = nodeCount
        // ties[k] of v = whether k is a predecessor plus whether it is a successor of v.
        var ties = [Int](repeating: 0, count: n)
        var result = [Double](repeating: 0, count: n)
        var shown = LoopProgress(total: n, progress)
        for v in 0..<n {
            shown.advance(to: v)
            let predecessors = self.predecessors(of: v)
            let successors = self.successors(of: v)
            for k in predecessors { ties[Int(k)] += 1 }
            for k in successors { ties[Int(k)] += 1 }
            var triangles = 0
            for j in predecessors.lazy.map(Int.init) + successors.lazy.map(Int.init) {
                for k in self.predecessors(of: j) { triangles += ties[Int(k)] }
                for k in self.successors(of: j) { triangles += ties[Int(k)] }
            }
            for k in predecessors { ties[Int(k)] = 0 }
            for k in successors { ties[Int(k)] = 0 }
            let total = predecessors.count + successors.count
            var mutual = 0
            for k in successors where weight(from: Int(k), to: v) != nil { mutual += 1 }
            // triangles counts each directed triangle twice (from both of its other corners).
            if triangles > 0 {
                result[v] = Double(triangles) / Double(2 * (total * (total - 1) - 2 * mutual))
            }
        }
        shown.finish()
        return NodeScores(result)
    }
}
