extension Graph {
    /// A graph from its out-ties alone, as ``outOffsets``, ``outTargets`` and ``outWeights``
    /// hold them (a graph kept on disk stores only these); the in-ties are derived as
    /// ``GraphBuilder`` derives them, so the result equals the graph the builder made.
    ///
    /// Returns `nil` unless the rows are those of a graph: `nodeCount + 1` offsets from 0,
    /// never decreasing, ending at the tie count; targets in range, strictly increasing within
    /// each row (no parallel ties) and never the row's own node (no self-loops); weights finite
    /// and positive.
    ///
    /// - Complexity: O(n + m).
    public init?(nodeCount: Int, outOffsets: [Int], outTargets: [Int32], outWeights: [Double]) {
        guard nodeCount >= 0, nodeCount < Int(Int32.max), outOffsets.count == nodeCount + 1, outOffsets.first == 0,
            outOffsets.last == outTargets.count, outTargets.count == outWeights.count
        else { return nil }
        for v in 0..<nodeCount {
            let start = outOffsets[v], end = outOffsets[v + 1]
            guard start <= end else { return nil }
            var previous: Int32 = -1
            for k in start..<end {
                let t = outTargets[k]
                guard t > previous, Int(t) < nodeCount, Int(t) != v else { return nil }
                previous = t
            }
        }
        guard outWeights.allSatisfy({ $0.isFinite && $0 > 0 }) else { return nil }
        let inRows = Graph.inRows(nodeCount: nodeCount, outOffsets: outOffsets, outTargets: outTargets, outWeights: outWeights)
        self.init(
            nodeCount: nodeCount, outOffsets: outOffsets, outTargets: outTargets, outWeights: outWeights,
            inOffsets: inRows.offsets, inSources: inRows.sources, inWeights: inRows.weights)
    }

    /// The in-ties of the out-rows given: the out-CSR transposed. Scanning sources in order
    /// keeps each in-list sorted by source. O(n + m).
    static func inRows(
        nodeCount n: Int, outOffsets: [Int], outTargets: [Int32], outWeights: [Double]
    ) -> (offsets: [Int], sources: [Int32], weights: [Double]) {
        var inOffsets = [Int](repeating: 0, count: n + 1)
        for t in outTargets { inOffsets[Int(t) + 1] += 1 }
        for i in 0..<n { inOffsets[i + 1] += inOffsets[i] }
        var cursor = inOffsets
        var inSources = [Int32](repeating: 0, count: outTargets.count)
        var inWeights = [Double](repeating: 0, count: outTargets.count)
        for u in 0..<n {
            for k in outOffsets[u]..<outOffsets[u + 1] {
                let t = Int(outTargets[k])
                inSources[cursor[t]] = Int32(u)
                inWeights[cursor[t]] = outWeights[k]
                cursor[t] += 1
            }
        }
        return (inOffsets, inSources, inWeights)
    }
}
