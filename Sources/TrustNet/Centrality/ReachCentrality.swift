extension Graph {
    /// Reach: the share of colleagues within one or two steps of a person — those who name
    /// them, and those who name someone who names them.
    ///
    /// Definition: reach_k(v) = |{u ≠ v : d(u → v) ≤ k}| / (n − 1), with d in hops along ties
    /// from the person who names to the person named (incoming, as advice flows back along an
    /// advice tie: whoever reaches v within k steps can hear from v within k steps).
    ///
    /// - Parameters:
    ///   - steps: how many steps count as reaching (1 and 2 are the usual choices).
    ///   - progress: called with (people done, n).
    /// - Returns: one share per node in [0, 1]; 0 for everyone when n ≤ 1.
    /// - Complexity: O(n) for one step; at most O(Σ_v Σ_{u→v} in(u)) word operations for two
    ///   (``countsWithinTwoSteps()``, two pushed levels of a bit-parallel search); one
    ///   bit-parallel sweep of `steps` levels beyond (``incomingHops(maxDistance:progress:)``),
    ///   O(⌈n/256⌉ · steps · (n + m)).
    ///
    /// Directed; unweighted (hops — a tie is a step whatever its strength); disconnected graphs
    /// are fine. Equals igraph's `neighborhood_size(order: k, mode: "in") − 1` divided by n − 1.
    ///
    /// Reference: Borgatti, S. P. (2006). Identifying sets of key players in a social network.
    /// *Computational and Mathematical Organization Theory* 12(1), 21–34.
    /// DOI 10.1007/s10588-006-7084-x (the k-step reach this generalizes to sets).
    ///
    /// Example: in `a → b → c` (n = 3): reach_1(c) = 1/2 (b), reach_2(c) = 2/2 (b and a);
    /// reach_1(b) = reach_2(b) = 1/2; a is reached by nobody: 0.
    public func reach(withinSteps steps: Int, progress: (@Sendable (Int, Int) -> Void)? = nil) -> NodeScores {
        precondition(steps >= 1, "reach needs at least one step")
        guard nodeCount > 1 else { return NodeScores(Array(repeating: 0, count: nodeCount)) }
        let others = Double(nodeCount - 1)
        switch steps {
        case 1: return NodeScores((0..<nodeCount).map { Double(inDegree(of: $0)) / others })
        case 2: return NodeScores(countsWithinTwoSteps().map { Double($0) / others })
        default: return NodeScores(incomingHops(maxDistance: steps, progress: progress).map { Double($0.reached) / others })
        }
    }

    /// For each v, |{u ≠ v : d(u → v) ≤ 2}|: the people who name v or name someone who does.
    ///
    /// Chooses between two ways of counting that give the same numbers: the bit-parallel
    /// two-level search (``countsWithinTwoStepsBitParallel()``) while its two 32-byte words per
    /// node fit in a core's cache (up to 16,384 people: 1 MiB), and otherwise a stamp per node
    /// (``countsWithinTwoStepsByStamps()``), whose 4 bytes per node do. Measured on the
    /// benchmark graphs (2 cores, Intel Xeon, best of many runs): 0.33 against 0.58 ms at 5,000
    /// people, 8.0–8.8 against 6.9–7.8 ms at 50,000.
    func countsWithinTwoSteps() -> [Int] {
        nodeCount <= 16_384 ? countsWithinTwoStepsBitParallel() : countsWithinTwoStepsByStamps()
    }

    /// ``countsWithinTwoSteps()`` with a stamp per node (no clearing between people), one
    /// person at a time, in parallel: it touches Σ_v Σ_{u→v} in(u) ties.
    func countsWithinTwoStepsByStamps() -> [Int] {
        let graph = self
        let partials = SourceChunks.map(count: nodeCount, maxChunks: 16, progress: nil) { targets -> [Int] in
            var stamp = [Int32](repeating: -1, count: graph.nodeCount)
            var counts: [Int] = []
            counts.reserveCapacity(targets.count)
            graph.inOffsets.withUnsafeBufferPointer { offsets in
                graph.inSources.withUnsafeBufferPointer { sources in
                    stamp.withUnsafeMutableBufferPointer { stamp in
                        for v in targets {
                            let mark = Int32(v)
                            stamp[v] = mark
                            var count = 0
                            for k in offsets[v]..<offsets[v + 1] {
                                let u = Int(sources[k])
                                count &+= stamp[u] != mark ? 1 : 0
                                stamp[u] = mark
                            }
                            for k in offsets[v]..<offsets[v + 1] {
                                let u = Int(sources[k])
                                for l in offsets[u]..<offsets[u + 1] {
                                    // Branch-free: always stamp, count when it was not stamped yet.
                                    let t = Int(sources[l])
                                    count &+= stamp[t] != mark ? 1 : 0
                                    stamp[t] = mark
                                }
                            }
                            counts.append(count)
                        }
                    }
                }
            }
            return counts
        }
        return Array(partials.joined())
    }
}
