extension Graph {
    /// Eigenvector centrality: connected to people who are themselves well connected.
    ///
    /// Definition: the principal eigenvector x of the undirected view's weighted adjacency
    /// matrix A (A_uv = w(u → v) + w(v → u), the sum of both directions), A x = λ x, scaled to
    /// unit Euclidean length and non-negative. Computed by power iteration on A + I from the
    /// uniform vector, as NetworkX's `eigenvector_centrality` does (the shift by I makes the
    /// iteration converge on bipartite graphs too).
    ///
    /// - Parameters:
    ///   - tolerance: stop when Σ|x_new − x| < n · tolerance.
    ///   - maxIterations: give up (throwing ``ConvergenceError``) after this many steps.
    /// - Returns: one value per node, Σ x² = 1.
    /// - Complexity: O(m) per iteration; the number of iterations grows with
    ///   (λ₂ + 1)/(λ₁ + 1), typically tens to hundreds.
    ///
    /// Undirected view (direction ignored, weights of both directions summed — a mutual tie
    /// counts twice). Weighted: weights are strengths. Disconnected graphs: the component with
    /// the largest eigenvalue gets the mass; the others decay towards 0 (NetworkX gives the
    /// same; igraph computes each component separately). Isolates score 0.
    ///
    /// Reference: Bonacich, P. (1972). Factoring and weighting approaches to status scores and
    /// clique identification. *Journal of Mathematical Sociology* 2(1), 113–120.
    /// DOI 10.1080/0022250X.1972.9989806.
    ///
    /// Example: the star `a — b, a — c` (one direction each) has A with λ = √2: x_a = 1/√2 ≈
    /// 0.7071 and x_b = x_c = 1/2.
    public func eigenvectorCentrality(tolerance: Double = 1e-15, maxIterations: Int = 100_000) throws -> NodeScores {
        let n = nodeCount
        guard n > 0 else { return NodeScores([]) }
        let view = undirected
        var x = [Double](repeating: 1 / Double(n), count: n)
        var next = [Double](repeating: 0, count: n)
        var residual = Double.infinity
        for _ in 0..<maxIterations {
            var squares = 0.0
            x.withUnsafeBufferPointer { x in
                view.outOffsets.withUnsafeBufferPointer { offsets in
                    view.outTargets.withUnsafeBufferPointer { targets in
                        view.outWeights.withUnsafeBufferPointer { weights in
                            next.withUnsafeMutableBufferPointer { next in
                                for v in 0..<n {
                                    let sum = x[v] + weightedRowSum(
                                        offsets[v]..<offsets[v + 1], indices: targets, weights: weights, values: x)
                                    next[v] = sum
                                    squares += sum * sum
                                }
                            }
                        }
                    }
                }
            }
            let norm = squares > 0 ? squares.squareRoot() : 1
            residual = 0
            for v in 0..<n {
                next[v] /= norm
                residual += abs(next[v] - x[v])
            }
            swap(&x, &next)
            if residual < Double(n) * tolerance { return NodeScores(x) }
        }
        throw ConvergenceError(algorithm: "eigenvector centrality", iterations: maxIterations, residual: residual, tolerance: tolerance)
    }
}
