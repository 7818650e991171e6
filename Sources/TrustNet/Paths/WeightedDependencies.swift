/// Brandes' dependency accumulation when a tie of strength w has length 1/w, on raw buffers:
/// the inner loop of exact and sampled betweenness with `.inverseStrength` costs.
///
/// Per source s: Dijkstra's search settles the nodes in order of (distance, node) and counts
/// shortest paths σ; then, walking the settled nodes from the farthest back,
/// δ(v) += σ(v) · (1 + δ(w)) / σ(w) for every tie v → w with d(v) + 1/w(v, w) = d(w) exactly.
///
/// The search's queue is a bucket queue (Dial's, with buckets as wide as the shortest tie)
/// when the longest tie is at most 64 times the shortest: a node relaxed from bucket k lands in
/// a later bucket, so every distance in bucket k is final when it is reached, and sorting the
/// bucket by (distance, node) settles it in the heap's order; that search also records each
/// node's shortest-path predecessors, so the accumulation visits only those ties. Otherwise
/// (lengths of every scale, say strengths from 1e-300 to 1e300) a binary heap with lazy
/// deletion, and the accumulation tests every in-tie.
/// Two paths are equally short only when their float lengths are equal, as in NetworkX's
/// `_single_source_dijkstra_path_basic`, so path counts agree with it.
///
/// Same settling order, path counts and sums, bit for bit, as the ``ShortestPathSearch``-based
/// accumulation it replaces (the tests compare them); faster by the tie lengths computed once
/// per call rather than once per source and tie, by buffers without bounds checks (exact
/// weighted betweenness of the district benchmark graph, all 5,000 sources on 2 cores:
/// 4.32 → 3.40–3.49 s) and by the bucket queue (see Benchmarks/README.md).
///
/// - Complexity: O((n + m) log m) per source with the heap; with buckets, O(m + n log 64 +
///   B · n/64), B the number of buckets passed (each read back from a bitmap of n bits), or
///   O(m + n log n + B) when buckets hold more than 64 distinct distances and are sorted;
///   O(n + m) memory per instance.
///
/// Reference: Brandes, U. (2001). A faster algorithm for betweenness centrality. *Journal of
/// Mathematical Sociology* 25(2), 163–177. DOI 10.1080/0022250X.2001.9990249. Dijkstra, E. W.
/// (1959). A note on two problems in connexion with graphs. *Numerische Mathematik* 1, 269–271.
/// DOI 10.1007/BF01386390. Dial, R. B. (1969). Algorithm 360: Shortest-path forest with
/// topological ordering. *Communications of the ACM* 12(11), 632–633. DOI 10.1145/363269.363610.
final class WeightedDependencies {
    /// One heap entry: a tentative distance and its node.
    private struct Entry {
        var distance: Double
        var node: Int32

        /// Heap order: nearer first, then the smaller node.
        @inline(__always)
        func precedes(_ other: Entry) -> Bool {
            distance < other.distance || (distance == other.distance && node < other.node)
        }
    }

    private let graph: Graph
    /// 1/w of each out-tie and each in-tie, in the graph's tie order.
    private let outLength: UncheckedBuffer<Double>
    private let inLength: UncheckedBuffer<Double>
    private let distance: UncheckedBuffer<Double>
    private let pathCount: UncheckedBuffer<Double>
    private let dependency: UncheckedBuffer<Double>
    private let settled: UncheckedBuffer<Bool>
    /// The nodes in the order settled.
    private let order: UncheckedBuffer<Int32>
    /// At most one entry per tie improved, plus the source (empty when the buckets serve).
    private let heap: UncheckedBuffer<Entry>
    /// The bucket queue, when tie lengths allow it (see the type's comment).
    private let buckets: BucketQueue?

    init(graph: Graph) {
        self.graph = graph
        let n = graph.nodeCount
        outLength = UncheckedBuffer(graph.outWeights.map { EdgeCost.inverseStrength.length(ofTieWith: $0) })
        inLength = UncheckedBuffer(graph.inWeights.map { EdgeCost.inverseStrength.length(ofTieWith: $0) })
        distance = UncheckedBuffer(repeating: .infinity, count: n)
        pathCount = UncheckedBuffer(repeating: 0, count: n)
        dependency = UncheckedBuffer(repeating: 0, count: n)
        settled = UncheckedBuffer(repeating: false, count: n)
        order = UncheckedBuffer(repeating: 0, count: n)
        buckets = BucketQueue(lengths: outLength, distance: distance, nodeCount: n, tieCount: graph.tieCount)
        heap = UncheckedBuffer(repeating: Entry(distance: 0, node: 0), count: buckets == nil ? graph.tieCount + 1 : 0)
    }

    /// Whether the search runs on the bucket queue (tie lengths within 64× of each other).
    var usesBucketQueue: Bool { buckets != nil }

    /// Adds δ_s(v) to `sum[v]` for every source s in `sources` and every v ≠ s.
    func accumulate(sources: some Sequence<Int>, into sum: inout [Double]) {
        precondition(sum.count == graph.nodeCount)
        graph.outOffsets.withUnsafeBufferPointer { outOffsets in
            graph.outTargets.withUnsafeBufferPointer { targets in
                graph.inOffsets.withUnsafeBufferPointer { inOffsets in
                    graph.inSources.withUnsafeBufferPointer { inSources in
                        sum.withUnsafeMutableBufferPointer { sum in
                            for s in sources {
                                if let buckets {
                                    let settledCount = bucketSearch(from: s, queue: buckets, offsets: outOffsets, targets: targets)
                                    accumulateOverPredecessors(from: s, settledCount: settledCount, queue: buckets, sum: sum)
                                } else {
                                    let settledCount = search(from: s, offsets: outOffsets, targets: targets)
                                    accumulate(from: s, settledCount: settledCount, offsets: inOffsets, sources: inSources, sum: sum)
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /// Dijkstra from `source`: distances, path counts and the settling order. Returns how many
    /// nodes were settled.
    private func search(from source: Int, offsets: UnsafeBufferPointer<Int>, targets: UnsafeBufferPointer<Int32>) -> Int {
        distance[source] = 0
        pathCount[source] = 1
        heap[0] = Entry(distance: 0, node: Int32(source))
        var size = 1
        var settledCount = 0
        while size > 0 {
            let top = heap[0]
            size -= 1
            if size > 0 { siftDown(heap[size], size: size) }
            let v = Int(top.node)
            // A stale entry: settled already, or pushed again at a shorter distance since.
            if settled[v] || top.distance > distance[v] { continue }
            settled[v] = true
            order[settledCount] = top.node
            settledCount += 1
            let sigma = pathCount[v]
            for k in offsets[v]..<offsets[v + 1] {
                let w = Int(targets[k])
                if settled[w] { continue }
                let candidate = top.distance + outLength[k]
                let known = distance[w]
                if candidate < known {
                    distance[w] = candidate
                    pathCount[w] = sigma
                    siftUp(Entry(distance: candidate, node: Int32(w)), at: size)
                    size += 1
                } else if candidate == known {
                    pathCount[w] += sigma
                }
            }
        }
        return settledCount
    }

    /// Dijkstra from `source` over the bucket queue: the same distances, path counts and
    /// settling order as ``search(from:offsets:targets:)``. Returns how many nodes were settled.
    private func bucketSearch(
        from source: Int, queue: BucketQueue, offsets: UnsafeBufferPointer<Int>, targets: UnsafeBufferPointer<Int32>
    ) -> Int {
        // The buffers' addresses held in locals: read through `self`, each access would load
        // them again (a store through one pointer might, for all the compiler knows, change
        // another's field).
        let distance = self.distance.base, pathCount = self.pathCount.base, outLength = self.outLength.base
        let order = self.order.base, ready = queue.ready.base
        var cursor = queue.cursor()
        distance[source] = 0
        pathCount[source] = 1
        cursor.push(Entry(distance: 0, node: Int32(source)), bucket: 0)
        cursor.predecessorHead[source] = -1
        var bucket = 0
        var settledCount = 0
        while cursor.pending > 0 {
            // The bucket's live entries: one per node at most (a node is pushed again only
            // nearer), stale ones left out. No settled node is among them, nor reached again
            // below: every tie leads at least one bucket on.
            var count = 0
            var link = cursor.takeHead(of: bucket)
            while link >= 0 {
                let entry = cursor.entries[link]
                link = Int(cursor.next[link])
                cursor.pending -= 1
                if entry.distance != distance[Int(entry.node)] { continue }
                ready[count] = entry
                count += 1
            }
            let settling = queue.inHeapOrder(count: count)
            let later = bucket + 1
            for i in 0..<count {
                let top = settling[i]
                let v = Int(top.node)
                order[settledCount] = top.node
                settledCount += 1
                let sigma = pathCount[v]
                for k in offsets[v]..<offsets[v + 1] {
                    let w = Int(targets[k])
                    let candidate = top.distance + outLength[k]
                    let known = distance[w]
                    if candidate < known {
                        distance[w] = candidate
                        pathCount[w] = sigma
                        cursor.setPredecessor(top.node, of: w)
                        // Always a later bucket, though rounding might say this one.
                        cursor.push(Entry(distance: candidate, node: Int32(truncatingIfNeeded: w)), bucket: max(cursor.bucket(of: candidate), later))
                    } else if candidate == known {
                        pathCount[w] += sigma
                        cursor.addPredecessor(top.node, of: w)
                    }
                }
            }
            bucket += 1
        }
        return settledCount
    }

    /// ``accumulate(from:settledCount:offsets:sources:sum:)`` over the shortest-path
    /// predecessors the bucket search recorded, instead of testing every in-tie: each v gets
    /// one term per w either way, so the sums are the same, bit for bit.
    private func accumulateOverPredecessors(from source: Int, settledCount: Int, queue: BucketQueue, sum: UnsafeMutableBufferPointer<Double>) {
        var i = settledCount - 1
        while i >= 0 {
            let w = Int(order[i])
            let coefficient = (1 + dependency[w]) / pathCount[w]
            var link = Int(queue.predecessorHead[w])
            while link >= 0 {
                let v = Int(queue.predecessor[link])
                dependency[v] += pathCount[v] * coefficient
                link = Int(queue.predecessorNext[link])
            }
            if w != source { sum[w] += dependency[w] }
            i -= 1
        }
        clear(settledCount: settledCount)
    }

    /// Walks the settled nodes back from the farthest, pulling each one's share to the nodes
    /// before it on shortest paths, then clears what the search touched.
    private func accumulate(
        from source: Int, settledCount: Int, offsets: UnsafeBufferPointer<Int>, sources: UnsafeBufferPointer<Int32>,
        sum: UnsafeMutableBufferPointer<Double>
    ) {
        var i = settledCount - 1
        while i >= 0 {
            let w = Int(order[i])
            let coefficient = (1 + dependency[w]) / pathCount[w]
            let dw = distance[w]
            for k in offsets[w]..<offsets[w + 1] {
                let v = Int(sources[k])
                if distance[v] + inLength[k] == dw { dependency[v] += pathCount[v] * coefficient }
            }
            if w != source { sum[w] += dependency[w] }
            i -= 1
        }
        clear(settledCount: settledCount)
    }

    /// Resets what the search touched: every node it gave a distance, since each was settled
    /// (the search runs until its queue is empty).
    private func clear(settledCount: Int) {
        for j in 0..<settledCount {
            let v = Int(order[j])
            distance[v] = .infinity
            pathCount[v] = 0
            dependency[v] = 0
            settled[v] = false
        }
    }

    /// Puts `entry` at the free slot `hole` and moves it up to its place.
    @inline(__always)
    private func siftUp(_ entry: Entry, at hole: Int) {
        var child = hole
        while child > 0 {
            let parent = (child - 1) / 2
            let above = heap[parent]
            guard entry.precedes(above) else { break }
            heap[child] = above
            child = parent
        }
        heap[child] = entry
    }

    /// Puts `entry` (the heap's last, removed) in the emptied root and moves it down to its
    /// place among the first `size` slots.
    @inline(__always)
    private func siftDown(_ entry: Entry, size: Int) {
        var parent = 0
        while true {
            let left = 2 * parent + 1
            if left >= size { break }
            var child = left
            if left + 1 < size && heap[left + 1].precedes(heap[left]) { child = left + 1 }
            let below = heap[child]
            guard below.precedes(entry) else { break }
            heap[parent] = below
            parent = child
        }
        heap[parent] = entry
    }

    /// Dial's buckets of width Δ (a hair under the shortest tie) as linked lists in one entry
    /// pool, kept in a ring of as many buckets as a tie can reach ahead.
    private final class BucketQueue {
        /// Every entry pushed from one source: at most one per tie improved, plus the source.
        let entries: UncheckedBuffer<Entry>
        /// The next entry of the same bucket, or -1.
        let next: UncheckedBuffer<Int32>
        /// The first entry of each bucket of the ring, or -1.
        let heads: UncheckedBuffer<Int32>
        /// Scratch for the live entries of the bucket being settled.
        let ready: UncheckedBuffer<Entry>
        /// The shortest-path predecessors of each node reached from the current source, as
        /// linked lists: the first link of a node, then each link's node and next (-1 ends).
        /// A node's first link is set when it is first reached, so nothing needs clearing.
        let predecessorHead: UncheckedBuffer<Int32>
        let predecessor: UncheckedBuffer<Int32>
        let predecessorNext: UncheckedBuffer<Int32>
        let inverseWidth: Double
        private let slotMask: Int
        /// One bit a node, all zero between buckets: a bucket's nodes are marked here and read
        /// back in node order.
        private let marks: UncheckedBuffer<UInt64>
        /// The bucket's entries in heap order, when the counting sort puts them there.
        private let ordered: UncheckedBuffer<Entry>
        /// The bucket's distinct distances, in increasing order (at most 64).
        private let distinct = UncheckedBuffer<Double>(repeating: 0, count: 64)
        /// The counting sort's scratch: the bucket's nodes in node order, the rank of each
        /// one's distance, and where each rank starts.
        private let byNode: UncheckedBuffer<Int32>
        private let rankOf: UncheckedBuffer<UInt8>
        private let rankStart = UncheckedBuffer<Int>(repeating: 0, count: 65)
        /// The search's tentative distances (a live entry's distance is its node's).
        private let nodeDistance: UncheckedBuffer<Double>

        /// Nil unless every length is finite and positive and the longest is at most 64 times
        /// the shortest. `distance` is the search's own buffer, read when ordering a bucket.
        init?(lengths: UncheckedBuffer<Double>, distance: UncheckedBuffer<Double>, nodeCount: Int, tieCount: Int) {
            var shortest = Double.infinity
            var longest = 0.0
            for k in 0..<lengths.count {
                let length = lengths[k]
                guard length.isFinite && length > 0 else { return nil }
                shortest = min(shortest, length)
                longest = max(longest, length)
            }
            guard lengths.count > 0, longest <= 64 * shortest else { return nil }
            // A relaxation adds at least one width to the bucket, with a margin for rounding
            // (relative 1e-7: float error stays below it for distances up to 10^8 widths).
            let width = shortest * (1 - 1e-7)
            inverseWidth = 1 / width
            // As many buckets as a tie reaches ahead, rounded up to a power of two (a mask
            // finds the slot).
            let reach = Int((longest * inverseWidth).rounded(.up)) + 2
            let slots = 1 << (Int.bitWidth - (reach - 1).leadingZeroBitCount)
            slotMask = slots - 1
            entries = UncheckedBuffer(repeating: Entry(distance: 0, node: 0), count: tieCount + 1)
            next = UncheckedBuffer(repeating: -1, count: tieCount + 1)
            heads = UncheckedBuffer(repeating: -1, count: slots)
            ready = UncheckedBuffer(repeating: Entry(distance: 0, node: 0), count: max(nodeCount, 1))
            marks = UncheckedBuffer(repeating: 0, count: (nodeCount + 63) / 64 + 1)
            byNode = UncheckedBuffer(repeating: 0, count: max(nodeCount, 1))
            rankOf = UncheckedBuffer(repeating: 0, count: max(nodeCount, 1))
            nodeDistance = distance
            ordered = UncheckedBuffer(repeating: Entry(distance: 0, node: 0), count: max(nodeCount, 1))
            predecessorHead = UncheckedBuffer(repeating: -1, count: max(nodeCount, 1))
            predecessor = UncheckedBuffer(repeating: -1, count: max(tieCount, 1))
            predecessorNext = UncheckedBuffer(repeating: -1, count: max(tieCount, 1))
        }

        /// The first `count` entries of `ready` in heap order (by distance, then node). A
        /// bucket holds few distinct distances when tie strengths are few (strengths 1–4 give
        /// distances in twelfths, a few to a bucket, and a few more where float sums of the
        /// same length differ in their last bit): with up to 64, the bucket's nodes are read
        /// in node order from a bitmap, then placed by the rank of their distance (a stable
        /// counting sort), in O(count · log 64 + n/64); with more, or few entries, sorted.
        func inHeapOrder(count: Int) -> UnsafeMutablePointer<Entry> {
            if count <= 16 {
                Self.sort(ready.base, count: count)
                return ready.base
            }
            var found = 0
            var low = Int.max, high = -1
            for i in 0..<count {
                let entry = ready[i]
                let node = Int(entry.node)
                marks[node >> 6] |= 1 << UInt64(node & 63)
                low = min(low, node >> 6)
                high = max(high, node >> 6)
                let at = rank(of: entry.distance, among: found)
                if at < found && distinct[at] == entry.distance { continue }
                if found == distinct.count {
                    for word in low...high { marks[word] = 0 }
                    Self.sort(ready.base, count: count)
                    return ready.base
                }
                var j = found
                while j > at {
                    distinct[j] = distinct[j - 1]
                    j -= 1
                }
                distinct[at] = entry.distance
                found += 1
            }
            // The nodes in node order (each once: a bucket has one live entry a node), with
            // the rank of their distance, and how many have each rank.
            for r in 0...found { rankStart[r] = 0 }
            var read = 0
            for word in low...high {
                var bits = marks[word]
                marks[word] = 0
                while bits != 0 {
                    let node = word << 6 | bits.trailingZeroBitCount
                    let r = rank(of: nodeDistance[node], among: found)
                    byNode[read] = Int32(node)
                    rankOf[read] = UInt8(r)
                    rankStart[r + 1] += 1
                    read += 1
                    bits &= bits - 1
                }
            }
            for r in 0..<found { rankStart[r + 1] += rankStart[r] }
            for i in 0..<count {
                let r = Int(rankOf[i])
                ordered[rankStart[r]] = Entry(distance: distinct[r], node: byNode[i])
                rankStart[r] += 1
            }
            return ordered.base
        }

        /// Where `distance` is, or would go, among the first `found` distinct distances.
        @inline(__always)
        private func rank(of distance: Double, among found: Int) -> Int {
            var low = 0, high = found
            while low < high {
                let middle = (low + high) >> 1
                if distinct[middle] < distance { low = middle + 1 } else { high = middle }
            }
            return low
        }

        /// Sorts `count` entries in heap order: insertion sort for the few, the library's otherwise.
        @inline(__always)
        private static func sort(_ entries: UnsafeMutablePointer<Entry>, count: Int) {
            if count <= 24 {
                var i = 1
                while i < count {
                    let entry = entries[i]
                    var j = i
                    while j > 0 && entry.precedes(entries[j - 1]) {
                        entries[j] = entries[j - 1]
                        j -= 1
                    }
                    entries[j] = entry
                    i += 1
                }
            } else {
                var all = UnsafeMutableBufferPointer(start: entries, count: count)
                all.sort { $0.precedes($1) }
            }
        }

        /// A search's view of the queue: the buffers' addresses and the counters, kept in
        /// locals by ``WeightedDependencies/bucketSearch(from:queue:offsets:targets:)``.
        func cursor() -> Cursor {
            Cursor(
                entries: entries.base, next: next.base, heads: heads.base, slotMask: slotMask, inverseWidth: inverseWidth,
                predecessorHead: predecessorHead.base, predecessor: predecessor.base, predecessorNext: predecessorNext.base)
        }

        /// The queue's buffers and counters for one search (every bucket is empty when a
        /// search ends, so each search starts from a fresh cursor).
        struct Cursor {
            let entries: UnsafeMutablePointer<Entry>
            let next: UnsafeMutablePointer<Int32>
            let heads: UnsafeMutablePointer<Int32>
            let slotMask: Int
            let inverseWidth: Double
            let predecessorHead: UnsafeMutablePointer<Int32>
            let predecessor: UnsafeMutablePointer<Int32>
            let predecessorNext: UnsafeMutablePointer<Int32>
            /// Entries pushed and not yet taken.
            var pending = 0
            private var used = 0
            private var predecessorsUsed = 0

            init(
                entries: UnsafeMutablePointer<Entry>, next: UnsafeMutablePointer<Int32>, heads: UnsafeMutablePointer<Int32>,
                slotMask: Int, inverseWidth: Double, predecessorHead: UnsafeMutablePointer<Int32>,
                predecessor: UnsafeMutablePointer<Int32>, predecessorNext: UnsafeMutablePointer<Int32>
            ) {
                self.entries = entries
                self.next = next
                self.heads = heads
                self.slotMask = slotMask
                self.inverseWidth = inverseWidth
                self.predecessorHead = predecessorHead
                self.predecessor = predecessor
                self.predecessorNext = predecessorNext
            }

            /// The bucket a distance falls in.
            @inline(__always)
            func bucket(of distance: Double) -> Int { Int(distance * inverseWidth) }

            @inline(__always)
            mutating func push(_ entry: Entry, bucket: Int) {
                let slot = bucket & slotMask
                entries[used] = entry
                next[used] = heads[slot]
                heads[slot] = Int32(truncatingIfNeeded: used)
                used += 1
                pending += 1
            }

            /// Empties `bucket`, returning its first entry's index (-1 if none); the rest
            /// follow through `next`, and the caller takes each off `pending`.
            @inline(__always)
            func takeHead(of bucket: Int) -> Int {
                let slot = bucket & slotMask
                let head = Int(heads[slot])
                heads[slot] = -1
                return head
            }

            /// `v` is, for now, the only predecessor of `w` (a shorter path to `w` was found).
            @inline(__always)
            mutating func setPredecessor(_ v: Int32, of w: Int) {
                predecessor[predecessorsUsed] = v
                predecessorNext[predecessorsUsed] = -1
                predecessorHead[w] = Int32(truncatingIfNeeded: predecessorsUsed)
                predecessorsUsed += 1
            }

            /// `v` is one more predecessor of `w` (another path as short).
            @inline(__always)
            mutating func addPredecessor(_ v: Int32, of w: Int) {
                predecessor[predecessorsUsed] = v
                predecessorNext[predecessorsUsed] = predecessorHead[w]
                predecessorHead[w] = Int32(truncatingIfNeeded: predecessorsUsed)
                predecessorsUsed += 1
            }
        }
    }
}
