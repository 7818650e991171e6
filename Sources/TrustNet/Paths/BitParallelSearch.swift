import Dispatch

/// What a breadth-first search towards one person found: how many others can reach them, and
/// how far they are. Hop measures (harmonic closeness, closeness, reach) are read from it.
public struct IncomingHops: Sendable, Equatable {
    /// Others with a directed path to the person.
    public var reached = 0
    /// Σ d(u → v) over those others, in hops.
    public var distanceSum = 0
    /// Σ 1 / d(u → v) over those others.
    public var harmonicSum = 0.0
    /// Others at distance 1 (they name the person).
    public var withinOne = 0
    /// Others at distance 1 or 2.
    public var withinTwo = 0

    mutating func add(count: Int, atDistance d: Int) {
        guard count > 0 else { return }
        reached += count
        distanceSum += count * d
        harmonicSum += Double(count) / Double(d)
        if d == 1 { withinOne += count }
        if d <= 2 { withinTwo += count }
    }
}

extension Graph {
    /// Incoming hop distances to every person at once, by bit-parallel breadth-first search.
    ///
    /// Definition: for each node v, the number of nodes u ≠ v at each hop distance d(u → v)
    /// (following ties from the person who names to the person named), summarized as
    /// ``IncomingHops``.
    ///
    /// Instead of one search per node, 256 searches run together: node w keeps one bit per
    /// search in four 64-bit words, and each level of all 256 searches is one pass over the
    /// ties (`next[w] = OR of frontier[x] over ties w → x, minus what w has seen`). The number
    /// of nodes each search reaches per level is kept in bit-sliced counters, so no per-bit
    /// loop is needed until the end of a level.
    ///
    /// - Parameters:
    ///   - maxDistance: stop the searches after this many steps (others farther away are not
    ///     counted): `2` is all reach within two steps needs, at a fraction of the cost.
    ///   - progress: called with (nodes done, n), serially.
    /// - Returns: one summary per node.
    /// - Complexity: O(⌈n/256⌉ · D · (n + m)) word operations for diameter D, spread over all
    ///   cores; O(n) memory per core (three 32-byte words per node).
    ///
    /// Directed; unweighted (every tie is one hop; see ``ShortestPathSearch`` for costs);
    /// disconnected graphs are fine (unreached nodes are simply not counted).
    ///
    /// Reference: Then, M., Kaufmann, M., Chirigati, F., Hoang-Vu, T.-A., Pham, K., Kemper, A.,
    /// Neumann, T., Vo, H. T. (2014). The More the Merrier: Efficient Multi-Source Graph
    /// Traversal. *PVLDB* 8(4), 449–460. DOI 10.14778/2735496.2735507.
    ///
    /// Example: in `a → b → c`, c is reached by b at 1 and a at 2: reached 2, distanceSum 3,
    /// harmonicSum 1.5, withinOne 1, withinTwo 2.
    public func incomingHops(maxDistance: Int = .max, progress: (@Sendable (Int, Int) -> Void)? = nil) -> [IncomingHops] {
        precondition(maxDistance >= 1, "search at least one step")
        let graph = self
        let batches = (nodeCount + BitParallelSweep.width - 1) / BitParallelSweep.width
        let n = nodeCount
        var batchProgress: (@Sendable (Int, Int) -> Void)? = nil
        if let progress {
            batchProgress = { done, _ in progress(min(done * BitParallelSweep.width, n), n) }
        }
        // Each chunk allocates three words per node: 16 chunks keep that cost small next to the
        // searches while still spreading the work over the cores.
        let partials = SourceChunks.map(count: batches, maxChunks: 16, progress: batchProgress) { batchRange in
            BitParallelSweep.summaries(of: graph, batches: batchRange, maxDistance: maxDistance)
        }
        return Array(partials.joined())
    }
}

/// 256 breadth-first searches at once over the ties, pulling along out-ties (so the searches
/// measure distances *to* their sources). Its raw-buffer access stays inside this type.
struct BitParallelSweep {
    typealias Lanes = SIMD4<UInt64>
    static let width = 256

    let graph: Graph
    /// Per node: which searches have reached it, which reached it at the last level, which
    /// reach it at this one. All zero outside ``touched``, ``frontierNodes`` and ``nextNodes``.
    private var visited: [Lanes]
    private var frontier: [Lanes]
    private var next: [Lanes]
    private var touched: [Int32] = []
    private var frontierNodes: [Int32] = []
    private var nextNodes: [Int32] = []
    /// Bit-sliced counters: plane p holds bit p of each search's count of new nodes this level.
    private var planes: [Lanes]

    init(graph: Graph) {
        self.graph = graph
        visited = Array(repeating: Lanes(), count: graph.nodeCount)
        frontier = visited
        next = visited
        planes = Array(repeating: Lanes(), count: max(1, Int.bitWidth - graph.nodeCount.leadingZeroBitCount) + 1)
    }

    /// The summaries of the nodes in `batches` (batch b = nodes b·width ..< (b+1)·width).
    static func summaries(of graph: Graph, batches: Range<Int>, maxDistance: Int) -> [IncomingHops] {
        var sweep = BitParallelSweep(graph: graph)
        var result: [IncomingHops] = []
        result.reserveCapacity(batches.count * width)
        for batch in batches {
            let first = batch * width
            result += sweep.run(sources: first..<min(first + width, graph.nodeCount), maxDistance: maxDistance)
        }
        return result
    }

    /// Runs the searches towards `sources` (at most ``width`` nodes) up to `maxDistance` steps
    /// and summarizes them.
    ///
    /// Each level either pulls (every node ORs the frontier words of the people it names — one
    /// pass over all ties) or, while the frontier is small, pushes (each frontier node ORs its
    /// word into the people who name it — only the frontier's in-ties), whichever touches
    /// fewer ties (Beamer, Asanović, Patterson 2012, direction-optimizing search,
    /// DOI 10.1109/SC.2012.50). Both give the same words.
    mutating func run(sources: Range<Int>, maxDistance: Int) -> [IncomingHops] {
        precondition(sources.count <= Self.width)
        var summaries = [IncomingHops](repeating: IncomingHops(), count: sources.count)
        for v in touched { visited[Int(v)] = Lanes() }
        for v in frontierNodes { frontier[Int(v)] = Lanes() }
        touched.removeAll(keepingCapacity: true)
        frontierNodes.removeAll(keepingCapacity: true)
        var all = Lanes()
        for (bit, s) in sources.enumerated() {
            var lane = Lanes()
            lane[bit / 64] = 1 << UInt64(bit % 64)
            visited[s] = lane
            frontier[s] = lane
            all |= lane
            touched.append(Int32(s))
            frontierNodes.append(Int32(s))
        }
        let n = graph.nodeCount
        let pullCost = graph.tieCount
        var distance = 0
        while !frontierNodes.isEmpty && distance < maxDistance {
            distance += 1
            nextNodes.removeAll(keepingCapacity: true)
            var pushCost = 0
            for u in frontierNodes { pushCost += graph.inDegree(of: Int(u)) }
            if pushCost * 2 < pullCost {
                push()
            } else {
                pull(all: all, nodeCount: n)
            }
            // Keep what is new, count it per search, and mark it seen.
            var kept = 0
            visited.withUnsafeMutableBufferPointer { visited in
                next.withUnsafeMutableBufferPointer { next in
                    planes.withUnsafeMutableBufferPointer { planes in
                        for i in nextNodes.indices {
                            let w = Int(nextNodes[i])
                            let fresh = next[w] & ~visited[w]
                            next[w] = fresh
                            guard fresh != Lanes() else { continue }
                            if visited[w] == Lanes() { touched.append(Int32(w)) }
                            visited[w] |= fresh
                            nextNodes[kept] = Int32(w)
                            kept += 1
                            var carry = fresh
                            var p = 0
                            while carry != Lanes() {
                                let overflow = planes[p] & carry
                                planes[p] ^= carry
                                carry = overflow
                                p += 1
                            }
                        }
                    }
                }
            }
            nextNodes.removeLast(nextNodes.count - kept)
            for u in frontierNodes { frontier[Int(u)] = Lanes() }
            swap(&frontier, &next)
            swap(&frontierNodes, &nextNodes)
            for bit in 0..<sources.count {
                let word = bit / 64
                let shift = UInt64(bit % 64)
                var count = 0
                for p in 0..<planes.count {
                    count |= Int((planes[p][word] >> shift) & 1) << p
                }
                summaries[bit].add(count: count, atDistance: distance)
            }
            for p in 0..<planes.count { planes[p] = Lanes() }
        }
        return summaries
    }

    /// next[w] = OR of frontier[x] over the ties w → x, for every node not yet reached by all
    /// searches; lists the nodes with a non-zero word in ``nextNodes``.
    private mutating func pull(all: Lanes, nodeCount n: Int) {
        var found: [Int32] = []
        swap(&found, &nextNodes)
        graph.outOffsets.withUnsafeBufferPointer { offsets in
            graph.outTargets.withUnsafeBufferPointer { targets in
                frontier.withUnsafeBufferPointer { frontier in
                    visited.withUnsafeBufferPointer { visited in
                        next.withUnsafeMutableBufferPointer { next in
                            for w in 0..<n where visited[w] != all {
                                var reached = Lanes()
                                for k in offsets[w]..<offsets[w + 1] {
                                    reached |= frontier[Int(targets[k])]
                                }
                                if reached & ~visited[w] != Lanes() {
                                    next[w] = reached
                                    found.append(Int32(w))
                                }
                            }
                        }
                    }
                }
            }
        }
        swap(&found, &nextNodes)
    }

    /// next[w] |= frontier[u] for every frontier node u and every tie w → u; lists the nodes
    /// whose word became non-zero in ``nextNodes``.
    private mutating func push() {
        var found: [Int32] = []
        swap(&found, &nextNodes)
        graph.inOffsets.withUnsafeBufferPointer { offsets in
            graph.inSources.withUnsafeBufferPointer { sources in
                frontier.withUnsafeBufferPointer { frontier in
                    next.withUnsafeMutableBufferPointer { next in
                        for u32 in frontierNodes {
                            let u = Int(u32)
                            let word = frontier[u]
                            for k in offsets[u]..<offsets[u + 1] {
                                let w = Int(sources[k])
                                if next[w] == Lanes() { found.append(Int32(w)) }
                                next[w] |= word
                            }
                        }
                    }
                }
            }
        }
        swap(&found, &nextNodes)
    }
}
