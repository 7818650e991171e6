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
    /// - Complexity: one bit-parallel sweep of `steps` levels (``incomingHops(maxDistance:progress:)``):
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
        return NodeScores(incomingHops(maxDistance: steps, progress: progress).map { Double($0.reached) / others })
    }
}
