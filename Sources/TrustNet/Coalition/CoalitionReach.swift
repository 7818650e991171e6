/// How far a set of people reaches the rest of the staff along advice and sharing ties: the
/// objective of coalition suggestion and the measure of a recorded coalition.
///
/// Definition (Borgatti's distance-weighted reach, KPP-Pos): with d(v, S) the fewest steps
/// from v to anyone in S along ties from the person who names to the person named (v asks
/// someone who asks someone in S), DR(S) = (1/n) Σ_v 1/d(v, S), where members count 1 and
/// people who cannot reach S count 0. DR is 1 when everyone is in S or names a member.
/// Also reported: the shares of the people outside S within one and two steps (as
/// ``TwoStepReach``).
///
/// Distances to each candidate are computed once (one breadth-first search on the reversed
/// graph per candidate, spread over the cores) and kept as 16-bit hop counts, one row per
/// candidate; 1/d is read from a table, so the reach of any set is a pass over its members.
///
/// - Complexity: O(c·(n + m)) to build for c candidates, 2·c·n bytes of memory (the state's
///   2,000 candidates of 50,000 people: 200 MB); O(|S|·n) per set.
///
/// Directed (influence flows back along an advice tie: whoever asks S can hear from S);
/// unweighted (hops); disconnected graphs are fine.
///
/// Reference: Borgatti, S. P. (2006). Identifying sets of key players in a social network.
/// *Computational and Mathematical Organization Theory* 12(1), 21–34.
/// DOI 10.1007/s10588-006-7084-x.
///
/// Example: the star where b, c and d name a, and e names b: DR({a}) = (1 + 1 + 1 + 1 + 1/2)/5
/// = 0.9 (a itself, three at one step, e at two).
public struct CoalitionReach: Sendable {
    public let nodeCount: Int
    /// The people who may be chosen, in the order their rows are stored.
    public let candidates: [Int]
    private let rowOfPerson: [Int: Int]
    /// d(v → candidate) in hops, row by candidate (row r at r·n); ``unreachable`` when there is
    /// no path.
    private let distance: [UInt16]
    /// 1/d by d: 1 for the candidate itself, 0 for ``unreachable``.
    private let inverse: [Double]

    /// The hop count of a person who cannot reach the candidate.
    static let unreachable = UInt16.max

    /// - Parameters:
    ///   - graph: the ties along which the coalition reaches people (advice and sharing).
    ///   - candidates: the people who may be chosen (default: everyone).
    public init(graph: Graph, candidates: [Int]? = nil) {
        let candidates = candidates ?? Array(0..<graph.nodeCount)
        let n = graph.nodeCount
        nodeCount = n
        self.candidates = candidates
        var rows: [Int: Int] = [:]
        for (i, c) in candidates.enumerated() { rows[c] = i }
        rowOfPerson = rows
        let reversed = graph.reversed
        // Each chunk of candidates fills its own rows; the rows are joined in candidate order.
        let chunks = SourceChunks.map(count: candidates.count, maxChunks: 8, progress: nil) { range -> [UInt16] in
            var block = [UInt16](repeating: Self.unreachable, count: range.count * n)
            var queue = [Int32](repeating: 0, count: max(n, 1))
            // A breadth-first search per candidate that writes its hop counts into the row
            // (unreachable marks the unvisited), on the reversed graph's out-lists.
            reversed.outOffsets.withUnsafeBufferPointer { offsets in
                reversed.outTargets.withUnsafeBufferPointer { targets in
                    block.withUnsafeMutableBufferPointer { block in
                        queue.withUnsafeMutableBufferPointer { queue in
                            for (k, c) in range.enumerated() {
                                let row = UnsafeMutableBufferPointer(rebasing: block[(k * n)..<((k + 1) * n)])
                                let source = candidates[c]
                                row[source] = 0
                                queue[0] = Int32(source)
                                var head = 0, tail = 1
                                while head < tail {
                                    let v = Int(queue[head])
                                    head += 1
                                    let next = row[v] == Self.unreachable - 1 ? row[v] : row[v] + 1
                                    for e in offsets[v]..<offsets[v + 1] {
                                        let w = Int(targets[e])
                                        if row[w] == Self.unreachable {
                                            row[w] = next
                                            queue[tail] = Int32(w)
                                            tail += 1
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
            return block
        }
        var all: [UInt16] = []
        all.reserveCapacity(candidates.count * n)
        for chunk in chunks { all.append(contentsOf: chunk) }
        distance = all
        var table = [Double](repeating: 0, count: Int(Self.unreachable) + 1)
        table[0] = 1
        for d in 1..<Int(Self.unreachable) { table[d] = 1 / Double(d) }
        inverse = table
    }

    /// Whether `person` may be chosen.
    public func isCandidate(_ person: Int) -> Bool { rowOfPerson[person] != nil }

    /// DR(S) for the candidates in `set`.
    public func reach(of set: [Int]) -> Double {
        guard nodeCount > 0 else { return 0 }
        var best = [Double](repeating: 0, count: nodeCount)
        for p in set { merge(p, into: &best) }
        return best.reduce(0, +) / Double(nodeCount)
    }

    /// The share of the people outside the set within `steps` of a member: the definition of
    /// ``TwoStepReach`` (growth's `coalition_reach_1` and `_2`), so a coalition has one
    /// "within two steps" everywhere; 0 when nobody is outside the set.
    public func share(of set: [Int], withinSteps steps: Int) -> Double {
        let within = within(set, steps: steps)
        var member = [Bool](repeating: false, count: nodeCount)
        for p in set where p < nodeCount { member[p] = true }
        let others = member.count { !$0 }
        guard others > 0 else { return 0 }
        return Double((0..<nodeCount).count { within[$0] && !member[$0] }) / Double(others)
    }

    /// Whether each person is within `steps` of anyone in `set` (members included): one pass
    /// over each member's row.
    public func within(_ set: [Int], steps: Int) -> [Bool] {
        var within = [Bool](repeating: false, count: nodeCount)
        for p in set {
            guard let r = rowOfPerson[p] else { continue }
            let base = r * nodeCount
            for v in 0..<nodeCount where Int(distance[base + v]) <= steps { within[v] = true }
        }
        return within
    }

    /// The fewest steps from `person` to anyone in `set`, or `nil` when they cannot reach it.
    public func steps(from person: Int, to set: [Int]) -> Int? {
        let d = set.compactMap { rowOfPerson[$0] }.map { distance[$0 * nodeCount + person] }.min()
        return d.flatMap { $0 == Self.unreachable ? nil : Int($0) }
    }

    /// Raises `best[v]` to 1/d(v, p) where that is higher.
    func merge(_ p: Int, into best: inout [Double]) {
        guard let r = rowOfPerson[p] else { return }
        let base = r * nodeCount
        distance.withUnsafeBufferPointer { hops in
            inverse.withUnsafeBufferPointer { inverse in
                best.withUnsafeMutableBufferPointer { best in
                    for v in 0..<best.count {
                        let x = inverse[Int(hops[base + v])]
                        if x > best[v] { best[v] = x }
                    }
                }
            }
        }
    }

    /// n · (DR(S ∪ {p}) − DR(S)) given `best` = the per-person values of S.
    func gain(of p: Int, over best: [Double]) -> Double {
        guard let r = rowOfPerson[p] else { return 0 }
        let base = r * nodeCount
        var sum = 0.0
        distance.withUnsafeBufferPointer { hops in
            inverse.withUnsafeBufferPointer { inverse in
                best.withUnsafeBufferPointer { best in
                    for v in 0..<best.count {
                        let x = inverse[Int(hops[base + v])]
                        if x > best[v] { sum += x - best[v] }
                    }
                }
            }
        }
        return sum
    }
}

extension CoalitionReach {
    /// The reach model of a term: along its advice and sharing ties (all ties when it has
    /// neither). On networks larger than `candidateLimit` people, only the `candidateLimit`
    /// most sought-out people (advice in-degree) and `include` may be chosen, keeping memory at
    /// O(candidateLimit · n); by default 2,000, and 1,000 above 10,000 people (a state: each
    /// candidate is a search over half a million ties).
    public init(network: Network, candidateLimit: Int? = nil, include: [Int] = []) {
        let candidateLimit = candidateLimit ?? (network.people.count > 10_000 ? 1_000 : 2_000)
        let graph = network.graph(relations: network.influenceRelations)
        var candidates: [Int]? = nil
        if graph.nodeCount > candidateLimit {
            let sought = graph.degrees(.incoming).top(candidateLimit)
            candidates = Array(Set(sought + include)).sorted()
        }
        self.init(graph: graph, candidates: candidates)
    }
}

extension Network {
    /// The relations a practice and a coalition's influence travel along: advice and sharing,
    /// or every relation when the term has neither.
    public var influenceRelations: Set<Relation>? {
        Set(relations).isDisjoint(with: [.advice, .sharing]) ? nil : [.advice, .sharing]
    }
}
