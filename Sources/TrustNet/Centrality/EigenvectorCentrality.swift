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
    ///   - progress: called with (hundredths done, 100) as the residual falls towards the
    ///     tolerance (on a log scale), and with (100, 100) once settled.
    /// - Returns: one value per node, Σ x² = 1.
    /// - Complexity: O(m) per iteration; the number of iterations grows with
    ///   (λ₂ + 1)/(λ₁ + 1), typically tens to hundreds. From 20,000 ties (of the undirected
    ///   view) each step is shared by two threads (``Lockstep``); the result is the same on one.
    ///
    /// Undirected view (direction ignored, weights of both directions summed — a mutual tie
    /// counts twice). Weighted: weights are strengths, of any finite positive size (the same
    /// scores when all are multiplied by one number; computed with the largest scaled to 1).
    /// Disconnected graphs: the component with
    /// the largest eigenvalue gets the mass; the others decay towards 0 (NetworkX gives the
    /// same; igraph computes each component separately). Isolates score 0.
    ///
    /// Reference: Bonacich, P. (1972). Factoring and weighting approaches to status scores and
    /// clique identification. *Journal of Mathematical Sociology* 2(1), 113–120.
    /// DOI 10.1080/0022250X.1972.9989806.
    ///
    /// Example: the star `a — b, a — c` (one direction each) has A with λ = √2: x_a = 1/√2 ≈
    /// 0.7071 and x_b = x_c = 1/2.
    public func eigenvectorCentrality(
        tolerance: Double = 1e-15, maxIterations: Int = 100_000, progress: (@Sendable (Int, Int) -> Void)? = nil
    ) throws -> NodeScores {
        try eigenvectorCentrality(tolerance: tolerance, maxIterations: maxIterations, maxWorkers: 2, progress: progress)
    }

    /// ``eigenvectorCentrality(tolerance:maxIterations:)`` on at most `maxWorkers` threads (the
    /// tests compare one with two).
    func eigenvectorCentrality(
        tolerance: Double, maxIterations: Int, maxWorkers: Int, progress: (@Sendable (Int, Int) -> Void)? = nil
    ) throws -> NodeScores {
        // Scale-free: computed on weights scaled to at most 1 (``scaledToUnitMaximum()``).
        if needsScaling { return try scaledToUnitMaximum().eigenvectorCentrality(tolerance: tolerance, maxIterations: maxIterations, maxWorkers: maxWorkers, progress: progress) }
        let n = nodeCount
        guard n > 0 else {
            progress?(100, 100)
            return NodeScores([])
        }
        let view = undirected
        // Each step: next = (A + I)·x over each part's rows, then, once every part's sum of
        // squares is in, next /= ‖next‖ and the change from x; on a large graph two threads
        // each do half the rows and meet twice a step (``Lockstep``).
        let first = UncheckedBuffer(repeating: 1 / Double(n), count: n)
        let second = UncheckedBuffer(repeating: 0.0, count: n)
        let lockstep = Lockstep(offsets: view.outOffsets, maxWorkers: maxWorkers)
        let parts = lockstep.parts
        // Sums of squares and residuals per part; a worker writes squares, then (after the
        // first meeting) residuals, so no slot is written while another worker reads it.
        let squares = UncheckedBuffer(repeating: 0.0, count: parts.count)
        let changes = UncheckedBuffer(repeating: 0.0, count: parts.count)
        let outcome = PowerIterationOutcome()
        lockstep.run { mine, barrier in
            var (x, next) = (first, second)
            var shown = ConvergenceProgress(target: Double(n) * tolerance, mine.first == 0 ? progress : nil)
            for _ in 0..<maxIterations {
                for part in mine { squares[part] = view.shiftedProduct(parts[part], of: x, into: next) }
                barrier.wait()
                var total = 0.0
                for part in parts.indices { total += squares[part] }
                let norm = total > 0 ? total.squareRoot() : 1
                for part in mine {
                    var change = 0.0
                    for v in parts[part] {
                        next[v] /= norm
                        change += abs(next[v] - x[v])
                    }
                    changes[part] = change
                }
                barrier.wait()
                var residual = 0.0
                for part in parts.indices { residual += changes[part] }
                swap(&x, &next)
                if mine.first == 0 { outcome.record(x, residual: residual) }
                if residual < Double(n) * tolerance {
                    shown.finish()
                    return
                }
                shown.record(residual: residual)
            }
        }
        if outcome.residual < Double(n) * tolerance { return NodeScores(outcome.scores) }
        let residual = outcome.residual
        throw ConvergenceError(algorithm: "eigenvector centrality", iterations: maxIterations, residual: residual, tolerance: tolerance)
    }
}

extension Graph {
    /// next[v] = x[v] + Σ_{u ~ v} w_uv · x[u] over `rows` of this (undirected) graph; returns
    /// Σ next[v]² over them.
    fileprivate func shiftedProduct(_ rows: Range<Int>, of x: UncheckedBuffer<Double>, into next: UncheckedBuffer<Double>) -> Double {
        outOffsets.withUnsafeBufferPointer { offsets in
            outTargets.withUnsafeBufferPointer { targets in
                outWeights.withUnsafeBufferPointer { weights in
                    let values = UnsafeBufferPointer(start: x.base, count: x.count)
                    let out = next.base
                    var squares = 0.0
                    for v in rows {
                        let sum = values[v] + weightedRowSum(offsets[v]..<offsets[v + 1], indices: targets, weights: weights, values: values)
                        out[v] = sum
                        squares += sum * sum
                    }
                    return squares
                }
            }
        }
    }
}
