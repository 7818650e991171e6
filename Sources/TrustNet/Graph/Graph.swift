/// An immutable directed graph in compressed sparse rows, for out-ties and in-ties.
///
/// Nodes are `0..<nodeCount` (`Int32` in storage). The out-ties of node `v` are
/// `outTargets[outOffsets[v]..<outOffsets[v + 1]]` with the matching `outWeights`, sorted by
/// target; the in-ties are stored the same way in `inSources`/`inWeights`. There are no
/// self-loops and no parallel ties: ``GraphBuilder`` merges them by a stated rule. Weights are
/// strengths (larger = stronger tie); see ``EdgeCost`` for how path measures read them.
///
/// Build one with ``GraphBuilder`` or ``Network/graph(relations:weights:)``. Node `i` of a
/// network's graph is person `network.people[i]`.
public struct Graph: Sendable, Equatable {
    public let nodeCount: Int
    /// `nodeCount + 1` offsets into ``outTargets`` and ``outWeights``.
    public let outOffsets: [Int]
    public let outTargets: [Int32]
    public let outWeights: [Double]
    /// `nodeCount + 1` offsets into ``inSources`` and ``inWeights``.
    public let inOffsets: [Int]
    public let inSources: [Int32]
    public let inWeights: [Double]

    /// Assembles a graph from already-sorted CSR arrays. Use ``GraphBuilder`` instead.
    init(
        nodeCount: Int, outOffsets: [Int], outTargets: [Int32], outWeights: [Double],
        inOffsets: [Int], inSources: [Int32], inWeights: [Double]
    ) {
        precondition(outOffsets.count == nodeCount + 1 && inOffsets.count == nodeCount + 1)
        precondition(outTargets.count == outWeights.count && inSources.count == inWeights.count)
        precondition(outTargets.count == inSources.count)
        self.nodeCount = nodeCount
        self.outOffsets = outOffsets
        self.outTargets = outTargets
        self.outWeights = outWeights
        self.inOffsets = inOffsets
        self.inSources = inSources
        self.inWeights = inWeights
    }

    /// Number of directed ties.
    public var tieCount: Int { outTargets.count }

    /// The nodes `v` has a tie to.
    public func successors(of v: Int) -> ArraySlice<Int32> { outTargets[outOffsets[v]..<outOffsets[v + 1]] }
    /// The weights of the ties in ``successors(of:)``, in the same order.
    public func successorWeights(of v: Int) -> ArraySlice<Double> { outWeights[outOffsets[v]..<outOffsets[v + 1]] }
    /// The nodes that have a tie to `v`.
    public func predecessors(of v: Int) -> ArraySlice<Int32> { inSources[inOffsets[v]..<inOffsets[v + 1]] }
    /// The weights of the ties in ``predecessors(of:)``, in the same order.
    public func predecessorWeights(of v: Int) -> ArraySlice<Double> { inWeights[inOffsets[v]..<inOffsets[v + 1]] }

    public func outDegree(of v: Int) -> Int { outOffsets[v + 1] - outOffsets[v] }
    public func inDegree(of v: Int) -> Int { inOffsets[v + 1] - inOffsets[v] }

    /// The weight of the tie `source → target`, or `nil` when there is none. O(log degree).
    public func weight(from source: Int, to target: Int) -> Double? {
        var lo = outOffsets[source]
        var hi = outOffsets[source + 1]
        let t = Int32(target)
        while lo < hi {
            let mid = (lo + hi) / 2
            if outTargets[mid] < t { lo = mid + 1 } else { hi = mid }
        }
        return lo < outOffsets[source + 1] && outTargets[lo] == t ? outWeights[lo] : nil
    }

    /// Whether every weight is 1.
    public var isUnweighted: Bool { outWeights.allSatisfy { $0 == 1 } }

    /// The graph with every tie reversed (in-ties become out-ties). O(1) extra work: the
    /// two CSR halves swap roles.
    public var reversed: Graph {
        Graph(
            nodeCount: nodeCount, outOffsets: inOffsets, outTargets: inSources, outWeights: inWeights,
            inOffsets: outOffsets, inSources: outTargets, inWeights: outWeights)
    }

    /// The undirected view as a symmetric directed graph: `u — v` whenever `u → v` or `v → u`,
    /// weighted by the sum of both directions' weights (NetworkX's `to_undirected` of a
    /// `DiGraph` keeps one direction's weight; TrustNet sums them, as DESIGN.md's eigenvector
    /// convention asks, and says so wherever the view is used).
    public var undirected: Graph {
        let merged = mergedNeighbourLists(weighted: true)
        // The view is symmetric, so its in-ties are the same arrays as its out-ties.
        return Graph(
            nodeCount: nodeCount, outOffsets: merged.offsets, outTargets: merged.neighbours, outWeights: merged.weights,
            inOffsets: merged.offsets, inSources: merged.neighbours, inWeights: merged.weights)
    }

    /// The undirected view's neighbour lists without its weights (core numbers need no more,
    /// and the weights cost about half the time).
    func undirectedNeighbourLists() -> (offsets: [Int], neighbours: [Int32]) {
        let merged = mergedNeighbourLists(weighted: false)
        return (merged.offsets, merged.neighbours)
    }

    /// Each node's out-list and in-list, both sorted by neighbour, merged: its undirected
    /// neighbours in order, a tie both ways once, in O(n + m) without sorting; with `weighted`,
    /// each neighbour's weight is the sum of both directions' (else `weights` is empty).
    private func mergedNeighbourLists(weighted: Bool) -> (offsets: [Int], neighbours: [Int32], weights: [Double]) {
        let n = nodeCount
        var offsets = [Int](repeating: 0, count: n + 1)
        var neighbours = [Int32](repeating: 0, count: 2 * tieCount)
        var weights = [Double](repeating: 0, count: weighted ? 2 * tieCount : 0)
        var count = 0
        offsets.withUnsafeMutableBufferPointer { offsets in
            neighbours.withUnsafeMutableBufferPointer { neighbours in
                weights.withUnsafeMutableBufferPointer { weights in
                    for v in 0..<n {
                        var i = outOffsets[v], j = inOffsets[v]
                        let outEnd = outOffsets[v + 1], inEnd = inOffsets[v + 1]
                        // Branch-free: take the smaller neighbour, advance whichever list held it
                        // (both when they are the same person, whose weights then add up).
                        while i < outEnd && j < inEnd {
                            let a = outTargets[i], b = inSources[j]
                            neighbours[count] = min(a, b)
                            if weighted { weights[count] = min((a <= b ? outWeights[i] : 0) + (b <= a ? inWeights[j] : 0), .greatestFiniteMagnitude) }
                            count += 1
                            i += a <= b ? 1 : 0
                            j += b <= a ? 1 : 0
                        }
                        for k in i..<outEnd {
                            neighbours[count] = outTargets[k]
                            if weighted { weights[count] = outWeights[k] }
                            count += 1
                        }
                        for k in j..<inEnd {
                            neighbours[count] = inSources[k]
                            if weighted { weights[count] = inWeights[k] }
                            count += 1
                        }
                        offsets[v + 1] = count
                    }
                }
            }
        }
        neighbours.removeLast(neighbours.count - count)
        if weighted { weights.removeLast(weights.count - count) }
        return (offsets, neighbours, weights)
    }
}
