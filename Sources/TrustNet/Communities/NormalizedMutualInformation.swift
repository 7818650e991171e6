import RealModule

extension Partition {
    /// Normalized mutual information: how much knowing one partition tells about the other,
    /// from 0 (independent) to 1 (the same grouping).
    ///
    /// Definition: NMI(X, Y) = I(X; Y) / ((H(X) + H(Y)) / 2), the arithmetic-mean normalization,
    /// with, for n nodes, n_a nodes in community a of X, n_b in b of Y and n_ab in both,
    ///
    ///     I(X; Y) = Σ_ab (n_ab / n) · ln(n · n_ab / (n_a · n_b)),   H(X) = −Σ_a (n_a / n) · ln(n_a / n).
    ///
    /// Equal to scikit-learn `normalized_mutual_info_score(x, y)` (default
    /// `average_method="arithmetic"`) and igraph `compare_communities(x, y, method="nmi")`,
    /// including their limit case: when both partitions put everyone in one community (both
    /// entropies 0) the result is 1. A partition into one community compared with any other
    /// gives 0.
    ///
    /// - Parameter other: a partition of the same nodes (`other.nodeCount == nodeCount`).
    /// - Returns: a value in [0, 1], symmetric in the two partitions; exactly 1 for equal
    ///   partitions (rounding is clamped). 1 for two partitions of no nodes.
    /// - Complexity: O(n + k) time and memory for k communities in all.
    ///
    /// Only the grouping matters, not the community numbers, nor any graph (direction,
    /// weights and connectivity play no part).
    ///
    /// Reference: Danon, L., Díaz-Guilera, A., Duch, J., Arenas, A. (2005). Comparing community
    /// structure identification. *Journal of Statistical Mechanics* P09008.
    /// DOI 10.1088/1742-5468/2005/09/P09008. Normalizations compared in Vinh, N. X., Epps, J.,
    /// Bailey, J. (2010), *JMLR* 11, 2837–2854.
    ///
    /// Example: X = {0, 1}{2, 3} and Y = {0, 1, 2}{3} on four nodes overlap in 2, 1 and 1
    /// nodes, so I = (1/2)ln(4·2/(2·3)) + (1/4)ln(4·1/(2·3)) + (1/4)ln(4·1/(2·1))
    /// = (3/2)ln 2 − (3/4)ln 3 ≈ 0.215762; H(X) = ln 2 and H(Y) = 2 ln 2 − (3/4)ln 3 ≈ 0.562335,
    /// so NMI = 2I / (H(X) + H(Y)) ≈ 0.343711.
    public func normalizedMutualInformation(with other: Partition) -> Double {
        precondition(other.nodeCount == nodeCount, "partitions of \(nodeCount) and \(other.nodeCount) nodes")
        if self == other { return 1 }
        let n = nodeCount
        let total = Double(n)
        let sizesX = sizes
        let sizesY = other.sizes
        func entropy(_ sizes: [Int]) -> Double {
            var h = 0.0
            for size in sizes where size > 0 {
                let p = Double(size) / total
                h -= p * Double.log(p)
            }
            return h
        }
        let hX = entropy(sizesX)
        let hY = entropy(sizesY)
        if hX + hY == 0 { return 1 }  // both one community (handled above too)

        // Nodes grouped by community of X (counting sort), then the overlaps of each group with
        // the communities of Y, accumulated in one dense array.
        var start = [Int](repeating: 0, count: communityCount + 1)
        for c in membership { start[c + 1] += 1 }
        for c in 0..<communityCount { start[c + 1] += start[c] }
        var nodesByX = [Int](repeating: 0, count: n)
        var cursor = start
        for v in 0..<n {
            nodesByX[cursor[membership[v]]] = v
            cursor[membership[v]] += 1
        }
        var overlap = [Int](repeating: 0, count: other.communityCount)
        var touched: [Int] = []
        var mutual = 0.0
        for a in 0..<communityCount {
            for i in start[a]..<start[a + 1] {
                let b = other.membership[nodesByX[i]]
                if overlap[b] == 0 { touched.append(b) }
                overlap[b] += 1
            }
            for b in touched {
                let nab = Double(overlap[b])
                mutual += nab / total * Double.log(total * nab / (Double(sizesX[a]) * Double(sizesY[b])))
                overlap[b] = 0
            }
            touched.removeAll(keepingCapacity: true)
        }
        if mutual <= 0 { return 0 }
        return min(1, max(0, mutual / ((hX + hY) / 2)))
    }
}
