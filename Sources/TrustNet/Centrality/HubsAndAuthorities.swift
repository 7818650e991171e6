/// Hub and authority scores of every node (``Graph/hubsAndAuthorities(tolerance:maxIterations:)``).
public struct HubsAndAuthorities: Sendable, Equatable {
    /// High for people who name good authorities (who seek advice from the right people).
    public var hubs: NodeScores
    /// High for people named by good hubs (whom the well-informed seek out).
    public var authorities: NodeScores
}

extension Graph {
    /// Hubs and authorities (HITS): authorities are sought out by good hubs; hubs seek out good
    /// authorities.
    ///
    /// Definition: with A the weighted adjacency matrix (A_uv = w(u → v)), the hub vector h is
    /// the principal eigenvector of A Aᵀ and the authority vector a = Aᵀ h (the left and right
    /// principal singular vectors of A), each scaled to sum to 1, as NetworkX's `hits`.
    /// Computed by power iteration a ← Aᵀ h, h ← A a from the uniform vector.
    ///
    /// - Parameters:
    ///   - tolerance: stop when the hub vector (scaled to sum 1) changes by less than
    ///     n · tolerance in L1.
    ///   - maxIterations: give up (throwing ``ConvergenceError``) after this many steps.
    ///   - progress: called with (hundredths done, 100) as the residual falls towards the
    ///     tolerance (on a log scale), and with (100, 100) once settled.
    /// - Returns: hubs and authorities, each summing to 1 (all 0 in a graph with no ties).
    /// - Complexity: O(m) per iteration; iterations grow with (σ₂/σ₁)².
    ///
    /// Directed and weighted (weights as strengths, of any finite positive size: computed with
    /// the largest scaled to 1, which changes nothing else). Disconnected graphs: the component with the
    /// largest singular value dominates, as with NetworkX; when two components tie exactly the
    /// split depends on the start vector (NetworkX's sparse SVD may differ there).
    ///
    /// Reference: Kleinberg, J. M. (1999). Authoritative sources in a hyperlinked environment.
    /// *Journal of the ACM* 46(5), 604–632. DOI 10.1145/324133.324140.
    ///
    /// Example: `a → c, b → c, b → d`: A Aᵀ on (a, b) is [[1, 1], [1, 2]], principal
    /// eigenvector ∝ (1, 1.618), so h = (0.382, 0.618, 0, 0); a = Aᵀ h ∝ (0, 0, 1, 0.618),
    /// scaled: authorities (0, 0, 0.618, 0.382).
    public func hubsAndAuthorities(
        tolerance: Double = 1e-15, maxIterations: Int = 100_000, progress: (@Sendable (Int, Int) -> Void)? = nil
    ) throws -> HubsAndAuthorities {
        // Scale-free: computed on weights scaled to at most 1 (``scaledToUnitMaximum()``).
        if needsScaling { return try scaledToUnitMaximum().hubsAndAuthorities(tolerance: tolerance, maxIterations: maxIterations, progress: progress) }
        let n = nodeCount
        var hubs = [Double](repeating: n > 0 ? 1 / Double(n) : 0, count: n)
        var authorities = [Double](repeating: 0, count: n)
        var next = [Double](repeating: 0, count: n)
        guard tieCount > 0 else {
            progress?(100, 100)
            return HubsAndAuthorities(hubs: NodeScores(Array(repeating: 0, count: n)), authorities: NodeScores(Array(repeating: 0, count: n)))
        }
        var residual = Double.infinity
        var shown = ConvergenceProgress(target: Double(n) * tolerance, progress)
        for _ in 0..<maxIterations {
            for v in 0..<n {
                var sum = 0.0
                for k in inOffsets[v]..<inOffsets[v + 1] { sum += inWeights[k] * hubs[Int(inSources[k])] }
                authorities[v] = sum
            }
            var total = 0.0
            for u in 0..<n {
                var sum = 0.0
                for k in outOffsets[u]..<outOffsets[u + 1] { sum += outWeights[k] * authorities[Int(outTargets[k])] }
                next[u] = sum
                total += sum
            }
            residual = 0
            for u in 0..<n {
                next[u] /= total
                residual += abs(next[u] - hubs[u])
            }
            swap(&hubs, &next)
            if residual < Double(n) * tolerance {
                shown.finish()
                let authorityTotal = authorities.reduce(0, +)
                return HubsAndAuthorities(
                    hubs: NodeScores(hubs), authorities: NodeScores(authorities.map { $0 / authorityTotal }))
            }
            shown.record(residual: residual)
        }
        throw ConvergenceError(algorithm: "HITS", iterations: maxIterations, residual: residual, tolerance: tolerance)
    }
}
