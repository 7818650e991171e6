/// Brandes' dependency accumulation for hop distances, on raw buffers: the inner loop of exact
/// and sampled betweenness when every tie is one step. The only unsafe code of betweenness.
///
/// Per source s: a breadth-first search counts shortest paths σ and lists, node by node, the
/// ties v → w that lie on a shortest path (d(w) = d(v) + 1); then, walking the nodes from the
/// farthest back, δ(v) = σ(v) · Σ (1 + δ(w)) / σ(w) over v's listed ties. Pulling over v's own
/// ties (instead of pushing along in-ties) writes each δ once and reads `(1 + δ(w)) / σ(w)`
/// from one array, with no division in the inner loop; walking only the listed ties skips the
/// distance test on the others. Same sums as ``ShortestPathSearch``-based accumulation up to the
/// order of floating-point additions.
final class HopDependencies {
    private let nodeCount: Int
    private let distance: UnsafeMutableBufferPointer<Int32>
    private let pathCount: UnsafeMutableBufferPointer<Double>
    /// (1 + δ(w)) / σ(w) once w is final.
    private let coefficient: UnsafeMutableBufferPointer<Double>
    /// The nodes in the order reached.
    private let queue: UnsafeMutableBufferPointer<Int32>
    /// The ties on shortest paths (their targets), listed by the search in the order it walks
    /// them: those of the node at queue position i are `onPaths[firstOnPath[i]..<firstOnPath[i + 1]]`.
    /// Most ties of a social network lie on no shortest path from a given source (about four in
    /// five on the benchmark's district graph): the accumulation skips them.
    private let onPaths: UnsafeMutableBufferPointer<Int32>
    private let firstOnPath: UnsafeMutableBufferPointer<Int>
    /// Σ over the sources searched so far of the people each reaches (itself excluded): the
    /// ordered pairs (s, t), s ≠ t, with a path from s to t.
    private(set) var connectedPairs = 0.0

    init(nodeCount: Int, tieCount: Int) {
        self.nodeCount = nodeCount
        distance = .allocate(capacity: nodeCount)
        distance.initialize(repeating: -1)
        pathCount = .allocate(capacity: nodeCount)
        pathCount.initialize(repeating: 0)
        coefficient = .allocate(capacity: nodeCount)
        coefficient.initialize(repeating: 0)
        queue = .allocate(capacity: max(nodeCount, 1))
        queue.initialize(repeating: 0)
        onPaths = .allocate(capacity: max(tieCount, 1))
        onPaths.initialize(repeating: 0)
        firstOnPath = .allocate(capacity: nodeCount + 1)
        firstOnPath.initialize(repeating: 0)
    }

    deinit {
        distance.deallocate()
        pathCount.deallocate()
        coefficient.deallocate()
        queue.deallocate()
        onPaths.deallocate()
        firstOnPath.deallocate()
    }

    /// Adds δ_s(v) to `sum[v]` for every source s in `sources` and every v ≠ s.
    func accumulate(graph: Graph, sources: some Sequence<Int>, into sum: inout [Double]) {
        precondition(graph.nodeCount == nodeCount && sum.count == nodeCount && graph.tieCount <= onPaths.count)
        graph.outOffsets.withUnsafeBufferPointer { offsets in
            graph.outTargets.withUnsafeBufferPointer { targets in
                sum.withUnsafeMutableBufferPointer { sum in
                    for s in sources {
                        accumulate(from: s, offsets: offsets, targets: targets, sum: sum)
                    }
                }
            }
        }
    }

    private func accumulate(
        from source: Int, offsets: UnsafeBufferPointer<Int>, targets: UnsafeBufferPointer<Int32>,
        sum: UnsafeMutableBufferPointer<Double>
    ) {
        distance[source] = 0
        pathCount[source] = 1
        queue[0] = Int32(source)
        var head = 0, tail = 1
        var onPathCount = 0
        while head < tail {
            let v = Int(queue[head])
            firstOnPath[head] = onPathCount
            head += 1
            let next = distance[v] + 1
            let sigma = pathCount[v]
            for k in offsets[v]..<offsets[v + 1] {
                let w = targets[k]
                let dw = distance[Int(w)]
                if dw < 0 {
                    distance[Int(w)] = next
                    pathCount[Int(w)] = sigma
                    queue[tail] = w
                    tail += 1
                    onPaths[onPathCount] = w
                    onPathCount += 1
                } else if dw == next {
                    pathCount[Int(w)] += sigma
                    onPaths[onPathCount] = w
                    onPathCount += 1
                }
            }
        }
        firstOnPath[tail] = onPathCount
        connectedPairs += Double(tail - 1)
        var i = tail - 1
        while i >= 0 {
            let v = Int(queue[i])
            // Four running sums, so consecutive additions do not wait on each other.
            var pulled0 = 0.0, pulled1 = 0.0, pulled2 = 0.0, pulled3 = 0.0
            var j = firstOnPath[i]
            let end = firstOnPath[i + 1]
            while j + 4 <= end {
                pulled0 += coefficient[Int(onPaths[j])]
                pulled1 += coefficient[Int(onPaths[j + 1])]
                pulled2 += coefficient[Int(onPaths[j + 2])]
                pulled3 += coefficient[Int(onPaths[j + 3])]
                j += 4
            }
            while j < end {
                pulled0 += coefficient[Int(onPaths[j])]
                j += 1
            }
            let dependency = pathCount[v] * ((pulled0 + pulled1) + (pulled2 + pulled3))
            coefficient[v] = (1 + dependency) / pathCount[v]
            if v != source { sum[v] += dependency }
            i -= 1
        }
        for j in 0..<tail {
            let v = Int(queue[j])
            distance[v] = -1
        }
    }
}
