/// Brandes' dependency accumulation for hop distances, on raw buffers: the inner loop of exact
/// and sampled betweenness when every tie is one step. The only unsafe code of betweenness.
///
/// Per source s: a breadth-first search counts shortest paths σ; then, walking the nodes from
/// the farthest back, δ(v) = σ(v) · Σ (1 + δ(w)) / σ(w) over the ties v → w that lie on a
/// shortest path (d(w) = d(v) + 1). Pulling over v's own out-ties (instead of pushing along
/// in-ties) writes each δ once and reads `(1 + δ(w)) / σ(w)` from one array, with no division
/// in the inner loop. Same sums as ``ShortestPathSearch``-based accumulation up to the order of
/// floating-point additions.
final class HopDependencies {
    private let nodeCount: Int
    private let distance: UnsafeMutableBufferPointer<Int32>
    private let pathCount: UnsafeMutableBufferPointer<Double>
    /// (1 + δ(w)) / σ(w) once w is final.
    private let coefficient: UnsafeMutableBufferPointer<Double>
    private let queue: UnsafeMutableBufferPointer<Int32>

    init(nodeCount: Int) {
        self.nodeCount = nodeCount
        distance = .allocate(capacity: nodeCount)
        distance.initialize(repeating: -1)
        pathCount = .allocate(capacity: nodeCount)
        pathCount.initialize(repeating: 0)
        coefficient = .allocate(capacity: nodeCount)
        coefficient.initialize(repeating: 0)
        queue = .allocate(capacity: nodeCount + 1)
        queue.initialize(repeating: 0)
    }

    deinit {
        distance.deallocate()
        pathCount.deallocate()
        coefficient.deallocate()
        queue.deallocate()
    }

    /// Adds δ_s(v) to `sum[v]` for every source s in `sources` and every v ≠ s.
    func accumulate(graph: Graph, sources: some Sequence<Int>, into sum: inout [Double]) {
        precondition(graph.nodeCount == nodeCount && sum.count == nodeCount)
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
        while head < tail {
            let v = Int(queue[head])
            head += 1
            let next = distance[v] + 1
            let sigma = pathCount[v]
            for k in offsets[v]..<offsets[v + 1] {
                let w = Int(targets[k])
                let dw = distance[w]
                if dw < 0 {
                    distance[w] = next
                    pathCount[w] = sigma
                    queue[tail] = Int32(w)
                    tail += 1
                } else if dw == next {
                    pathCount[w] += sigma
                }
            }
        }
        var i = tail - 1
        while i >= 0 {
            let v = Int(queue[i])
            let next = distance[v] + 1
            // Four running sums, so consecutive additions do not wait on each other; a select,
            // not a branch, for whether the tie lies on a shortest path.
            var pulled0 = 0.0, pulled1 = 0.0, pulled2 = 0.0, pulled3 = 0.0
            var k = offsets[v]
            let end = offsets[v + 1]
            while k + 4 <= end {
                let (w0, w1, w2, w3) = (Int(targets[k]), Int(targets[k + 1]), Int(targets[k + 2]), Int(targets[k + 3]))
                pulled0 += distance[w0] == next ? coefficient[w0] : 0
                pulled1 += distance[w1] == next ? coefficient[w1] : 0
                pulled2 += distance[w2] == next ? coefficient[w2] : 0
                pulled3 += distance[w3] == next ? coefficient[w3] : 0
                k += 4
            }
            while k < end {
                let w = Int(targets[k])
                pulled0 += distance[w] == next ? coefficient[w] : 0
                k += 1
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
