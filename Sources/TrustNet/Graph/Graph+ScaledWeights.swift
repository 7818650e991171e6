extension Graph {
    /// Whether ``scaledToUnitMaximum()`` would change anything: some weight is not 1 at most.
    var needsScaling: Bool {
        guard let largest = outWeights.max() else { return false }
        return largest != 1 && largest > 0 && largest.isFinite
    }

    /// The same graph with every weight divided by the largest, so the largest is 1.
    ///
    /// For measures that do not change when every weight is multiplied by one number
    /// (eigenvector, hubs and authorities, PageRank): their sums then stay finite for any
    /// finite positive weights (weights of 1e308 summed to infinity and gave NaN), and the
    /// eigenvector's shift by the identity keeps its effect on weights of 10–1000 (without it
    /// the iteration did not converge). A weight more than 10³⁰⁸ times smaller than the
    /// largest becomes the smallest normal Double, as good as 0 next to it but still a tie
    /// (community detection relies on ties having positive weights).
    ///
    /// - Complexity: O(n + m).
    func scaledToUnitMaximum() -> Graph {
        guard needsScaling, let largest = outWeights.max() else { return self }
        return Graph(
            nodeCount: nodeCount, outOffsets: outOffsets, outTargets: outTargets, outWeights: outWeights.map { Self.scaled($0, by: largest) },
            inOffsets: inOffsets, inSources: inSources, inWeights: inWeights.map { Self.scaled($0, by: largest) })
    }

    /// Whether some person's largest out-weight is not 1 (``rowsScaledToUnitMaximum()``).
    var rowsNeedScaling: Bool {
        (0..<nodeCount).contains { v in
            let row = successorWeights(of: v)
            guard let largest = row.max() else { return false }
            return largest != 1 && largest > 0 && largest.isFinite
        }
    }

    /// The same graph with each person's out-weights divided by their largest, so each
    /// person's largest is 1: for measures that read only the shares of each person's ties
    /// (PageRank's walk), which then never divide by a strength that is infinite, or so small
    /// that its reciprocal is.
    ///
    /// - Complexity: O(n + m).
    func rowsScaledToUnitMaximum() -> Graph {
        var largest = [Double](repeating: 1, count: nodeCount)
        for v in 0..<nodeCount {
            if let m = successorWeights(of: v).max(), m > 0, m.isFinite { largest[v] = m }
        }
        var outScaled = outWeights
        for v in 0..<nodeCount {
            for k in outOffsets[v]..<outOffsets[v + 1] { outScaled[k] = Self.scaled(outScaled[k], by: largest[v]) }
        }
        var inScaled = inWeights
        for k in inScaled.indices { inScaled[k] = Self.scaled(inScaled[k], by: largest[Int(inSources[k])]) }
        return Graph(
            nodeCount: nodeCount, outOffsets: outOffsets, outTargets: outTargets, outWeights: outScaled,
            inOffsets: inOffsets, inSources: inSources, inWeights: inScaled)
    }

    /// `weight / largest`, never below the smallest normal Double.
    static func scaled(_ weight: Double, by largest: Double) -> Double {
        max(weight / largest, .leastNormalMagnitude)
    }
}
