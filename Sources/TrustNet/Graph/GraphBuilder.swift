/// How parallel ties between the same ordered pair of people are merged into one graph tie.
public enum TieMerge: Sendable, Hashable {
    /// Add the weights (e.g. the same person named for advice and for sharing).
    case sum
    /// Keep the strongest.
    case max
    /// Keep one tie of weight 1, whatever the weights were (the binary graph).
    case unweighted
}

/// Collects ties and builds an immutable ``Graph``. All mutation of graphs happens here.
///
/// Self-loops are dropped (a person naming themselves is not a tie in any measure here);
/// parallel ties are merged by the ``TieMerge`` passed to ``build(merging:)``.
///
/// - Complexity: ``build(merging:)`` is O(n + m log m) for n nodes and m added ties.
public struct GraphBuilder: Sendable {
    public let nodeCount: Int
    private var sources: [Int32] = []
    private var targets: [Int32] = []
    private var weights: [Double] = []

    public init(nodeCount: Int) {
        precondition(nodeCount >= 0 && nodeCount < Int(Int32.max), "node count out of range")
        self.nodeCount = nodeCount
    }

    public mutating func reserveCapacity(_ ties: Int) {
        sources.reserveCapacity(ties)
        targets.reserveCapacity(ties)
        weights.reserveCapacity(ties)
    }

    /// Adds the tie `source → target`. Self-loops are ignored.
    public mutating func addTie(from source: Int, to target: Int, weight: Double = 1) {
        precondition(source >= 0 && source < nodeCount && target >= 0 && target < nodeCount, "node out of range")
        precondition(weight.isFinite && weight > 0, "tie weight must be a positive strength")
        guard source != target else { return }
        sources.append(Int32(source))
        targets.append(Int32(target))
        weights.append(weight)
    }

    /// Builds the graph, merging parallel ties by `rule`.
    public func build(merging rule: TieMerge = .sum) -> Graph {
        let n = nodeCount
        // Sort tie indices by (source, target) with a two-pass counting sort.
        let m = sources.count
        var order = [Int](repeating: 0, count: m)
        var byTarget = [Int](repeating: 0, count: m)
        var counts = [Int](repeating: 0, count: n + 1)
        for t in targets { counts[Int(t) + 1] += 1 }
        for i in 0..<n { counts[i + 1] += counts[i] }
        for i in 0..<m {
            let t = Int(targets[i])
            byTarget[counts[t]] = i
            counts[t] += 1
        }
        counts = [Int](repeating: 0, count: n + 1)
        for s in sources { counts[Int(s) + 1] += 1 }
        for i in 0..<n { counts[i + 1] += counts[i] }
        for i in byTarget {  // stable: ties stay sorted by target within a source
            let s = Int(sources[i])
            order[counts[s]] = i
            counts[s] += 1
        }

        var outOffsets = [Int](repeating: 0, count: n + 1)
        var outTargets: [Int32] = []
        var outWeights: [Double] = []
        outTargets.reserveCapacity(m)
        outWeights.reserveCapacity(m)
        var previous: (Int32, Int32) = (-1, -1)
        for i in order {
            let s = sources[i]
            let t = targets[i]
            let w = rule == .unweighted ? 1 : weights[i]
            if (s, t) == previous {
                switch rule {
                // Saturating: two ties of 1e308 are the largest finite weight, not infinity.
                case .sum: outWeights[outWeights.count - 1] = min(outWeights[outWeights.count - 1] + w, .greatestFiniteMagnitude)
                case .max: outWeights[outWeights.count - 1] = Swift.max(outWeights[outWeights.count - 1], w)
                case .unweighted: break
                }
            } else {
                outTargets.append(t)
                outWeights.append(w)
                outOffsets[Int(s) + 1] += 1
                previous = (s, t)
            }
        }
        for i in 0..<n { outOffsets[i + 1] += outOffsets[i] }

        let inRows = Graph.inRows(nodeCount: n, outOffsets: outOffsets, outTargets: outTargets, outWeights: outWeights)
        return Graph(
            nodeCount: n, outOffsets: outOffsets, outTargets: outTargets, outWeights: outWeights,
            inOffsets: inRows.offsets, inSources: inRows.sources, inWeights: inRows.weights)
    }
}
