/// Single-source shortest paths: the one engine behind betweenness, closeness and reach.
///
/// From a source it computes, for every node reached, the distance, the number of shortest
/// paths (σ), and the order in which nodes were settled (non-decreasing distance — the stack
/// Brandes' accumulation walks backwards). Ties are followed from source to target; search the
/// ``Graph/reversed`` graph for distances *to* a node.
///
/// - `.hops`: breadth-first search, every tie has length 1.
/// - `.inverseStrength`: Dijkstra with a binary heap, a tie of weight w has length 1/w. Two
///   paths are equally short only when their float lengths are exactly equal, as in NetworkX's
///   `_single_source_dijkstra_path_basic`, so path counts agree with it.
///
/// The search keeps its buffers between sources and resets only what the last search touched,
/// so one instance per worker thread runs all its sources without allocating.
///
/// - Complexity: O(n + m) per source for hops, O((n + m) log m) for Dijkstra.
///
/// Reference: Dijkstra, E. W. (1959). A note on two problems in connexion with graphs.
/// *Numerische Mathematik* 1, 269–271. DOI 10.1007/BF01386390.
public struct ShortestPathSearch {
    public let graph: Graph
    public let cost: EdgeCost
    /// Distance from the last source; `.infinity` where not reached.
    public private(set) var distance: [Double]
    /// Number of shortest paths from the last source (as `Double`: counts overflow `Int`).
    public private(set) var pathCount: [Double]
    /// Nodes reached from the last source, in the order settled (source first).
    public private(set) var order: [Int32] = []
    private var heap: DistanceHeap
    /// Dijkstra only: whether a node's distance is final.
    private var settled: [Bool]

    public init(graph: Graph, cost: EdgeCost = .hops) {
        self.graph = graph
        self.cost = cost
        distance = [Double](repeating: .infinity, count: graph.nodeCount)
        pathCount = [Double](repeating: 0, count: graph.nodeCount)
        order.reserveCapacity(graph.nodeCount)
        heap = DistanceHeap(capacity: cost == .hops ? 0 : graph.nodeCount)
        settled = [Bool](repeating: false, count: cost == .hops ? 0 : graph.nodeCount)
    }

    /// Searches from `source`, replacing the previous results.
    public mutating func run(from source: Int) {
        for v in order {
            distance[Int(v)] = .infinity
            pathCount[Int(v)] = 0
        }
        if cost == .inverseStrength {
            for v in order { settled[Int(v)] = false }
        }
        order.removeAll(keepingCapacity: true)
        distance[source] = 0
        pathCount[source] = 1
        switch cost {
        case .hops: breadthFirst(from: source)
        case .inverseStrength: dijkstra(from: source)
        }
    }

    private mutating func breadthFirst(from source: Int) {
        order.append(Int32(source))
        var head = 0
        while head < order.count {
            let v = Int(order[head])
            head += 1
            let next = distance[v] + 1
            for k in graph.outOffsets[v]..<graph.outOffsets[v + 1] {
                let w = Int(graph.outTargets[k])
                if distance[w] == .infinity {
                    distance[w] = next
                    order.append(Int32(w))
                }
                if distance[w] == next { pathCount[w] += pathCount[v] }
            }
        }
    }

    private mutating func dijkstra(from source: Int) {
        heap.removeAll()
        heap.push(0, Int32(source))
        // A node's tentative distance lives in `distance`; stale heap entries (a node pushed
        // again with a shorter distance, or already settled) are skipped.
        while !heap.isEmpty {
            let (d, node) = heap.pop()
            let v = Int(node)
            if settled[v] || d > distance[v] { continue }
            settled[v] = true
            order.append(node)
            for k in graph.outOffsets[v]..<graph.outOffsets[v + 1] {
                let w = Int(graph.outTargets[k])
                if settled[w] { continue }
                let candidate = d + cost.length(ofTieWith: graph.outWeights[k])
                if candidate < distance[w] {
                    distance[w] = candidate
                    pathCount[w] = pathCount[v]
                    heap.push(candidate, Int32(w))
                } else if candidate == distance[w] {
                    pathCount[w] += pathCount[v]
                }
            }
        }
    }
}

