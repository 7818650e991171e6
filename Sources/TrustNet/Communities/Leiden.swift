import RealModule

extension Graph {
    /// Communities by the Leiden algorithm: groups of people who are more tied to each other
    /// than chance would have it, each group guaranteed to hang together.
    ///
    /// Definition: a partition that locally maximizes ``modularity(of:resolution:)`` of the
    /// undirected weighted view (``undirected``: {u, v} weighs w(u→v) + w(v→u)). Each
    /// iteration runs, level by level:
    /// 1. *fast local moving*: nodes, queued in random order, move to the neighbouring (or an
    ///    empty) community with the largest strictly positive gain; when a node moves, its
    ///    neighbours outside its new community are queued again;
    /// 2. *refinement*: inside each community (its nodes in an order shuffled by a generator of
    ///    its own, seeded from `seed`), starting from singletons, a node that is well
    ///    connected to its community (E(v, S − v) ≥ γ·k_v·(K_S − k_v)/2m) and still alone joins
    ///    a well-connected subcommunity (or stays alone), chosen at random with probability
    ///    ∝ exp(ΔQ′/θ) among the moves with ΔQ′ ≥ 0, where ΔQ′ = w(v, C) − γ·k_v·K_C/2m is the
    ///    gain in tie-weight units (2m·ΔQ, as in the authors' and igraph's code);
    /// 3. *aggregation*: each refined subcommunity becomes one node, starting in the community
    ///    (of step 1) that contains it.
    ///
    /// Levels stop when local moving leaves every node of the aggregate graph alone. Iterations
    /// repeat from the previous result until one changes nothing (as igraph's
    /// `n_iterations=-1`), or `maxIterations` is reached.
    ///
    /// - Parameters:
    ///   - resolution: γ of the modularity; above 1 gives smaller communities.
    ///   - randomness: θ of the refinement, > 0; small values merge almost greedily. 0.01 is the
    ///     authors' and igraph's default.
    ///   - seed: the seed of the ``SeededGenerator`` that drives every random choice. The same
    ///     seed gives the same partition, on every platform.
    ///   - maxIterations: at most this many iterations (each one all levels); the loop normally
    ///     ends earlier, when an iteration changes nothing (a few iterations on staff networks).
    /// - Returns: the partition (canonically numbered); every community is connected in the
    ///   undirected view. Isolates are communities of their own; a graph with no ties gives
    ///   singletons.
    /// - Complexity: near linear per iteration: O(m) per pass of local moving (each node is
    ///   revisited only when its neighbourhood changes), O(m) for refinement and aggregation,
    ///   which run on all cores on levels of 2,048 nodes or more (with the same result as on
    ///   one); O(n + m) memory.
    ///
    /// Direction is ignored (the undirected view, with summed weights); weights are strengths
    /// (the randomness of the refinement is on the weight scale, so multiplying all weights by
    /// 10 makes it ten times more greedy, as in igraph). Disconnected graphs are fine: no
    /// community spans two components.
    ///
    /// Reference: Traag, V. A., Waltman, L., van Eck, N. J. (2019). From Louvain to Leiden:
    /// guaranteeing well-connected communities. *Scientific Reports* 9, 5233.
    /// DOI 10.1038/s41598-019-41695-z.
    ///
    /// Example: two triangles {0, 1, 2} and {3, 4, 5} joined by the tie 2 — 3 (all weights 1)
    /// give the two triangles, membership `[0, 0, 0, 1, 1, 1]`, with modularity 5/14 ≈ 0.357;
    /// merging them would give 0, and moving 2 to the other side lowers Q to 6/49.
    public func leidenCommunities(
        resolution: Double = 1, randomness: Double = 0.01, seed: UInt64, maxIterations: Int = 100
    ) -> Partition {
        var generator = SeededGenerator(seed: seed)
        return leidenCommunities(resolution: resolution, randomness: randomness, maxIterations: maxIterations, using: &generator)
    }

    /// ``leidenCommunities(resolution:randomness:seed:maxIterations:)`` drawing from any
    /// generator (see that method for the definition, parameters and reference).
    public func leidenCommunities(
        resolution: Double = 1, randomness: Double = 0.01, maxIterations: Int = 100,
        using generator: inout some RandomNumberGenerator
    ) -> Partition {
        precondition(resolution >= 0 && resolution.isFinite, "resolution must be finite and non-negative")
        precondition(randomness > 0 && randomness.isFinite, "randomness must be positive")
        precondition(maxIterations >= 1, "at least one iteration")
        // Scale-free: with the largest weight scaled to 1 the total stays finite.
        if needsScaling {
            return scaledToUnitMaximum().leidenCommunities(resolution: resolution, randomness: randomness, maxIterations: maxIterations, using: &generator)
        }
        let base = LeidenGraph(undirectedViewOf: self)
        guard base.totalWeight > 0 else { return .singletons(nodeCount: nodeCount) }
        let scaledResolution = resolution / base.totalWeight  // γ / 2m
        var membership = [Int32](0..<Int32(nodeCount))
        for _ in 0..<maxIterations {
            let next = LeidenIteration.run(
                on: base, from: membership, scaledResolution: scaledResolution, randomness: randomness, using: &generator)
            if next == membership { break }
            membership = next
        }
        return Partition(membership: membership.map(Int.init))
    }
}

/// A symmetric weighted graph without self-loops, with a weight per node: the graph of one
/// level of the Leiden algorithm (the undirected view at level 0, then aggregate graphs).
///
/// Self-loops of aggregate nodes (the ties inside a subcommunity) are left out: they move with
/// the node and never change a gain. Node weights keep the strengths of the original nodes, and
/// ``totalWeight`` (2m) is that of the original view.
struct LeidenGraph {
    var offsets: [Int]
    var neighbors: [Int32]
    var weights: [Double]
    /// k_v: the summed strength (in the undirected view) of the original nodes in node v.
    var nodeWeights: [Double]
    /// 2m: the sum of all node weights.
    var totalWeight: Double

    var nodeCount: Int { nodeWeights.count }

    init(offsets: [Int], neighbors: [Int32], weights: [Double], nodeWeights: [Double], totalWeight: Double) {
        self.offsets = offsets
        self.neighbors = neighbors
        self.weights = weights
        self.nodeWeights = nodeWeights
        self.totalWeight = totalWeight
    }

    /// The undirected view of `graph` (``Graph/undirected``), each node weighing its strength.
    init(undirectedViewOf graph: Graph) {
        let view = graph.undirected
        let strengths = view.strengths(.outgoing).values
        self.init(
            offsets: view.outOffsets, neighbors: view.outTargets, weights: view.outWeights, nodeWeights: strengths,
            totalWeight: strengths.reduce(0, +))
    }
}

extension LeidenGraph {
    /// The lists of a ``LeidenGraph`` as buffers, for hot loops (no bounds or uniqueness checks
    /// in release builds).
    struct Lists {
        let offsets: UnsafeBufferPointer<Int>
        let neighbors: UnsafeBufferPointer<Int32>
        let weights: UnsafeBufferPointer<Double>
        let nodeWeights: UnsafeBufferPointer<Double>
    }

    func withLists<Result>(_ body: (Lists) -> Result) -> Result {
        offsets.withUnsafeBufferPointer { offsets in
            neighbors.withUnsafeBufferPointer { neighbors in
                weights.withUnsafeBufferPointer { weights in
                    nodeWeights.withUnsafeBufferPointer { nodeWeights in
                        body(Lists(offsets: offsets, neighbors: neighbors, weights: weights, nodeWeights: nodeWeights))
                    }
                }
            }
        }
    }
}

/// One iteration of the Leiden algorithm (all levels) over flat arrays indexed by node and by
/// community. Communities and subcommunities are numbered inside `0..<nodeCount` of their level.
enum LeidenIteration {
    /// Runs one iteration on `graph` starting from `membership` (labels in `0..<n`) and returns
    /// the new membership of the original nodes, canonically numbered.
    static func run(
        on graph: LeidenGraph, from membership: [Int32], scaledResolution r: Double, randomness: Double,
        using generator: inout some RandomNumberGenerator
    ) -> [Int32] {
        let n = graph.nodeCount
        var level = graph
        var community = membership
        // The aggregate node (of the current level) that holds each original node.
        var aggregateOf = [Int32](0..<Int32(n))
        while true {
            moveNodesFast(level, &community, scaledResolution: r, using: &generator)
            let (communities, communityCount) = renumbered(community)
            community = communities
            if communityCount == level.nodeCount { break }
            let parallel = level.nodeCount >= parallelNodeCount

            var (refined, refinedCount) = refine(
                level, community: community, communityCount: communityCount, scaledResolution: r,
                randomness: randomness, parallel: parallel, using: &generator)
            if refinedCount == level.nodeCount {
                // Refinement merged nothing (possible, with low probability, as merges are
                // random). Aggregate the connected parts of the communities instead: this always
                // shrinks the graph (local moving leaves no node of a larger community without a
                // tie into it) and, unlike aggregating the communities themselves as igraph
                // does here, keeps every community connected.
                (refined, refinedCount) = connectedParts(level, community: community)
                if refinedCount == level.nodeCount { break }
            }
            for v in 0..<n { aggregateOf[v] = refined[Int(aggregateOf[v])] }
            (level, community) = aggregate(
                level, refined: refined, refinedCount: refinedCount, community: community, parallel: parallel)
        }
        var result = [Int32](repeating: 0, count: n)
        for v in 0..<n { result[v] = community[Int(aggregateOf[v])] }
        return renumbered(result).labels
    }

    /// Fast local moving: visits queued nodes and moves each to the community with the largest
    /// gain, if strictly positive; a moved node's neighbours outside its new community are
    /// queued again. Community labels stay in `0..<n`.
    static func moveNodesFast(
        _ graph: LeidenGraph, _ community: inout [Int32], scaledResolution r: Double,
        using generator: inout some RandomNumberGenerator
    ) {
        let n = graph.nodeCount
        guard n > 1 else { return }
        let label = UncheckedBuffer(community)
        let communityWeight = UncheckedBuffer(repeating: 0.0, count: n)
        let communitySize = UncheckedBuffer(repeating: Int32(0), count: n)
        for v in 0..<n {
            communityWeight[Int(label[v])] += graph.nodeWeights[v]
            communitySize[Int(label[v])] += 1
        }
        // A stack of the empty communities.
        let emptyCommunities = UncheckedBuffer(repeating: Int32(0), count: n)
        var emptyCount = 0
        for c in stride(from: n - 1, through: 0, by: -1) where communitySize[c] == 0 {
            emptyCommunities[emptyCount] = Int32(c)
            emptyCount += 1
        }

        // A ring buffer holding each node at most once.
        var order = [Int32](0..<Int32(n))
        generator.shuffle(&order)
        let queue = UncheckedBuffer(order)
        let queued = UncheckedBuffer(repeating: true, count: n)
        var head = 0
        var queuedCount = n

        let weightTo = UncheckedBuffer(repeating: 0.0, count: n)
        let touched = UncheckedBuffer(repeating: Int32(0), count: n + 1)

        graph.withLists { lists in
            let (offsets, neighbors, weights, nodeWeights) = (lists.offsets, lists.neighbors, lists.weights, lists.nodeWeights)
            while queuedCount > 0 {
                let v = Int(queue[head])
                head = head + 1 == n ? 0 : head + 1
                queuedCount -= 1
                queued[v] = false

                // Ties into v's own community, most of them after the first pass, are
                // summed in a register (a sum kept in memory would wait on its own
                // stores); the other communities are listed without a branch: always
                // write, advance when new.
                let current = label[v]
                var toCurrent = 0.0
                var touchedCount = 0
                for k in offsets[v]..<offsets[v + 1] {
                    let c = label[Int(neighbors[k])]
                    if c == current {
                        toCurrent += weights[k]
                    } else {
                        touched[touchedCount] = c
                        touchedCount &+= weightTo[Int(c)] == 0 ? 1 : 0
                        weightTo[Int(c)] += weights[k]
                    }
                }
                let kv = nodeWeights[v]
                communitySize[Int(current)] -= 1
                if communitySize[Int(current)] == 0 {
                    communityWeight[Int(current)] = 0  // exactly, not a rounding residue
                    emptyCommunities[emptyCount] = current
                    emptyCount += 1
                } else {
                    communityWeight[Int(current)] -= kv
                }

                var best = current
                var bestGain = toCurrent - r * kv * communityWeight[Int(current)]
                for i in 0..<touchedCount {
                    let c = touched[i]
                    let gain = weightTo[Int(c)] - r * kv * communityWeight[Int(c)]
                    if gain > bestGain {
                        best = c
                        bestGain = gain
                    }
                    weightTo[Int(c)] = 0
                }
                if bestGain < 0 { best = emptyCommunities[emptyCount - 1] }  // alone: gain 0

                if communitySize[Int(best)] == 0 {
                    // Only an empty community chosen above can be empty: it is on top.
                    emptyCount -= 1
                }
                communitySize[Int(best)] += 1
                communityWeight[Int(best)] += kv
                label[v] = best
                if best != current {
                    for k in offsets[v]..<offsets[v + 1] {
                        let u = Int(neighbors[k])
                        if !queued[u] && label[u] != best {
                            queued[u] = true
                            var tail = head + queuedCount
                            if tail >= n { tail -= n }
                            queue[tail] = Int32(u)
                            queuedCount += 1
                        }
                    }
                }
            }
        }
        community = label.array
    }

    /// Refinement: inside each community S, from singletons, each node still alone and well
    /// connected to S joins a well-connected subcommunity of S (or stays alone), chosen with
    /// probability ∝ exp(gain/θ) among the non-negative gains. Returns the subcommunity of each
    /// node, canonically numbered, and their number.
    ///
    /// Communities are refined independently of each other (a node only ever joins a
    /// subcommunity of its own community), so they are spread over all cores. Each community
    /// visits its nodes in an order shuffled by its own generator, seeded from one draw of
    /// `generator` and the community's number: the result does not depend on how the
    /// communities are split between cores, nor on their number.
    static func refine(
        _ graph: LeidenGraph, community: [Int32], communityCount: Int, scaledResolution r: Double, randomness: Double,
        parallel: Bool, using generator: inout some RandomNumberGenerator
    ) -> (labels: [Int32], count: Int) {
        let n = graph.nodeCount
        let (start, members) = grouped(community, groupCount: communityCount)
        let seed = generator.next()
        // Each node's entries are written only by the worker refining the node's community;
        // subcommunities are numbered by a member node, so the same holds for them.
        let refined = UncheckedBuffer([Int32](0..<Int32(n)))
        let refinedWeight = UncheckedBuffer(graph.nodeWeights)
        let merged = UncheckedBuffer(repeating: false, count: n)  // a subcommunity that another node joined
        let external = UncheckedBuffer(repeating: 0.0, count: n)  // its ties to the rest of its community
        let weightTo = UncheckedBuffer(repeating: 0.0, count: n)

        let maxDegree = (0..<n).reduce(0) { max($0, graph.offsets[$1 + 1] - graph.offsets[$1]) }
        let refineCommunities: @Sendable (Range<Int>) -> Void = { communities in
            var order: [Int32] = []
            // The subcommunities next to the node being moved (listed without a branch: always
            // write, advance when new), then the moves allowed and their cumulative weights.
            let touched = UncheckedBuffer(repeating: Int32(0), count: maxDegree + 1)
            let candidates = UncheckedBuffer(repeating: Int32(0), count: maxDegree + 1)
            let gains = UncheckedBuffer(repeating: 0.0, count: maxDegree + 1)
            graph.withLists { lists in
                community.withUnsafeBufferPointer { community in
                    for s in communities {
                        let nodes = members[start[s]..<start[s + 1]]
                        guard nodes.count > 1 else { continue }  // a singleton stays one
                        let s32 = Int32(s)
                        var strengthOfS = 0.0
                        for v32 in nodes {
                            let v = Int(v32)
                            strengthOfS += lists.nodeWeights[v]
                            var sum = 0.0
                            for k in lists.offsets[v]..<lists.offsets[v + 1] where community[Int(lists.neighbors[k])] == s32 {
                                sum += lists.weights[k]
                            }
                            external[v] = sum
                        }
                        var seeder = SeededGenerator(seed: seed ^ UInt64(s))
                        var random = SeededGenerator(seed: seeder.next())
                        order.removeAll(keepingCapacity: true)
                        order.append(contentsOf: nodes)
                        random.shuffle(&order)

                        for v32 in order {
                            let v = Int(v32)
                            // Only a node still alone moves (a node that others joined stays with them).
                            guard refined[v] == v32 && !merged[v] else { continue }
                            let kv = lists.nodeWeights[v]
                            let externalOfV = external[v]
                            guard externalOfV >= r * kv * (strengthOfS - kv) else { continue }  // not well connected to S

                            var touchedCount = 0
                            for k in lists.offsets[v]..<lists.offsets[v + 1] {
                                let u = Int(lists.neighbors[k])
                                guard community[u] == s32 else { continue }
                                let d = refined[u]
                                touched[touchedCount] = d
                                touchedCount &+= weightTo[Int(d)] == 0 ? 1 : 0
                                weightTo[Int(d)] += lists.weights[k]
                            }
                            // Take v out: its own subcommunity becomes empty (gain 0, always allowed).
                            refinedWeight[v] = 0
                            external[v] = 0
                            candidates[0] = v32
                            gains[0] = 0
                            var candidateCount = 1
                            var maxGain = 0.0
                            for i in 0..<touchedCount {
                                let d = Int(touched[i])
                                let weightOfD = refinedWeight[d]
                                if external[d] >= r * weightOfD * (strengthOfS - weightOfD) {  // D well connected to S
                                    let gain = weightTo[d] - r * kv * weightOfD
                                    if gain >= 0 {
                                        candidates[candidateCount] = Int32(d)
                                        gains[candidateCount] = gain
                                        candidateCount += 1
                                        if gain > maxGain { maxGain = gain }
                                    }
                                }
                            }
                            // Sample ∝ exp(gain/θ), scaled by exp(−maxGain/θ) so nothing overflows;
                            // the gains become their cumulative weights.
                            var total = 0.0
                            for i in 0..<candidateCount {
                                total += Double.exp((gains[i] - maxGain) / randomness)
                                gains[i] = total
                            }
                            let pick = random.unitInterval() * total
                            var chosenIndex = 0
                            while chosenIndex < candidateCount - 1 && gains[chosenIndex] <= pick { chosenIndex += 1 }
                            let chosen = Int(candidates[chosenIndex])

                            refinedWeight[chosen] += kv
                            external[chosen] += externalOfV - 2 * weightTo[chosen]
                            if chosen != v {
                                refined[v] = Int32(chosen)
                                merged[chosen] = true
                            }
                            for i in 0..<touchedCount { weightTo[Int(touched[i])] = 0 }
                        }
                    }
                }
            }
        }
        if parallel {
            _ = SourceChunks.map(count: communityCount, maxChunks: 8, progress: nil, refineCommunities)
        } else {
            refineCommunities(0..<communityCount)
        }
        return renumbered(refined.array)
    }

    /// Levels with at least this many nodes refine and aggregate on all cores; below it, starting
    /// the workers costs more than they save. Results are the same either way (a test checks).
    static let parallelNodeCount = 2_048

    /// The nodes of each group in increasing order, by counting sort: group g's nodes are
    /// `members[start[g]..<start[g + 1]]`.
    static func grouped(_ labels: [Int32], groupCount: Int) -> (start: [Int], members: [Int32]) {
        var start = [Int](repeating: 0, count: groupCount + 1)
        for label in labels { start[Int(label) + 1] += 1 }
        for g in 0..<groupCount { start[g + 1] += start[g] }
        var members = [Int32](repeating: 0, count: labels.count)
        var cursor = start
        for (v, label) in labels.enumerated() {
            members[cursor[Int(label)]] = Int32(v)
            cursor[Int(label)] += 1
        }
        return (start, members)
    }

    /// The connected parts of each community (ties inside the community only), canonically
    /// numbered, and their number.
    static func connectedParts(_ graph: LeidenGraph, community: [Int32]) -> (labels: [Int32], count: Int) {
        let n = graph.nodeCount
        var part = [Int32](repeating: -1, count: n)
        var stack: [Int32] = []
        var count = 0
        for start in 0..<n where part[start] < 0 {
            part[start] = Int32(count)
            stack.append(Int32(start))
            while let v32 = stack.popLast() {
                let v = Int(v32)
                for k in graph.offsets[v]..<graph.offsets[v + 1] {
                    let u = Int(graph.neighbors[k])
                    if part[u] < 0 && community[u] == community[v] {
                        part[u] = Int32(count)
                        stack.append(Int32(u))
                    }
                }
            }
            count += 1
        }
        return (part, count)
    }

    /// The aggregate graph: one node per subcommunity, weighted by the summed node weights, tied
    /// to the other subcommunities by the summed weights between them; and the community of each
    /// aggregate node (that of its members), canonically numbered.
    ///
    /// Built in contiguous ranges of subcommunities on all cores, then joined; each range's
    /// lists come out the same whoever builds them.
    static func aggregate(
        _ graph: LeidenGraph, refined: [Int32], refinedCount: Int, community: [Int32], parallel: Bool
    ) -> (LeidenGraph, [Int32]) {
        let (start, members) = grouped(refined, groupCount: refinedCount)
        let build: @Sendable (Range<Int>) -> AggregatePart = { range in
            var part = AggregatePart()
            part.degrees.reserveCapacity(range.count)
            part.nodeWeights.reserveCapacity(range.count)
            part.communities.reserveCapacity(range.count)
            let weightTo = UncheckedBuffer(repeating: 0.0, count: refinedCount)
            let touched = UncheckedBuffer(repeating: Int32(0), count: refinedCount + 1)
            graph.withLists { lists in
                refined.withUnsafeBufferPointer { refined in
                    for a in range {
                        var nodeWeight = 0.0
                        var touchedCount = 0
                        for i in start[a]..<start[a + 1] {
                            let v = Int(members[i])
                            nodeWeight += lists.nodeWeights[v]
                            for k in lists.offsets[v]..<lists.offsets[v + 1] {
                                let b = refined[Int(lists.neighbors[k])]
                                guard b != a else { continue }
                                touched[touchedCount] = b
                                touchedCount &+= weightTo[Int(b)] == 0 ? 1 : 0
                                weightTo[Int(b)] += lists.weights[k]
                            }
                        }
                        for i in 0..<touchedCount {
                            let b = touched[i]
                            part.neighbors.append(b)
                            part.weights.append(weightTo[Int(b)])
                            weightTo[Int(b)] = 0
                        }
                        part.degrees.append(touchedCount)
                        part.nodeWeights.append(nodeWeight)
                        part.communities.append(community[Int(members[start[a]])])
                    }
                }
            }
            return part
        }
        let parts = parallel
            ? SourceChunks.map(count: refinedCount, maxChunks: 4, progress: nil, build) : [build(0..<refinedCount)]

        var offsets = [0]
        offsets.reserveCapacity(refinedCount + 1)
        var neighbors: [Int32] = [], weights: [Double] = [], nodeWeights: [Double] = [], aggregateCommunity: [Int32] = []
        let tieCount = parts.reduce(0) { $0 + $1.neighbors.count }
        neighbors.reserveCapacity(tieCount)
        weights.reserveCapacity(tieCount)
        nodeWeights.reserveCapacity(refinedCount)
        aggregateCommunity.reserveCapacity(refinedCount)
        for part in parts {
            for degree in part.degrees { offsets.append(offsets[offsets.count - 1] + degree) }
            neighbors += part.neighbors
            weights += part.weights
            nodeWeights += part.nodeWeights
            aggregateCommunity += part.communities
        }
        let aggregateGraph = LeidenGraph(
            offsets: offsets, neighbors: neighbors, weights: weights, nodeWeights: nodeWeights,
            totalWeight: graph.totalWeight)
        return (aggregateGraph, renumbered(aggregateCommunity).labels)
    }

    /// The aggregate nodes of one range of subcommunities: their tie counts, ties, weights and
    /// communities.
    struct AggregatePart: Sendable {
        var degrees: [Int] = []
        var neighbors: [Int32] = []
        var weights: [Double] = []
        var nodeWeights: [Double] = []
        var communities: [Int32] = []
    }

    /// Labels in `0..<n` renumbered `0..<count` in order of first appearance.
    static func renumbered(_ labels: [Int32]) -> (labels: [Int32], count: Int) {
        var relabel = [Int32](repeating: -1, count: labels.count)
        var result = [Int32](repeating: 0, count: labels.count)
        var count: Int32 = 0
        for (v, label) in labels.enumerated() {
            if relabel[Int(label)] < 0 {
                relabel[Int(label)] = count
                count += 1
            }
            result[v] = relabel[Int(label)]
        }
        return (result, Int(count))
    }
}
