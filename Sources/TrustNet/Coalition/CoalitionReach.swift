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
/// graph per candidate) and kept as 1/d, so the reach of any set is a pass over its members.
///
/// - Complexity: O(c·(n + m)) to build for c candidates, O(c·n) memory; O(|S|·n) per set.
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
    /// 1/d(v → candidate), row by candidate; 1 for the candidate itself.
    private let inverseDistance: [[Double]]
    private let distance: [[UInt16]]

    /// - Parameters:
    ///   - graph: the ties along which the coalition reaches people (advice and sharing).
    ///   - candidates: the people who may be chosen (default: everyone).
    public init(graph: Graph, candidates: [Int]? = nil) {
        let candidates = candidates ?? Array(0..<graph.nodeCount)
        nodeCount = graph.nodeCount
        self.candidates = candidates
        var rows: [Int: Int] = [:]
        for (i, c) in candidates.enumerated() { rows[c] = i }
        rowOfPerson = rows
        let reversed = graph.reversed
        var search = ShortestPathSearch(graph: reversed)
        var inverse: [[Double]] = []
        var hops: [[UInt16]] = []
        for c in candidates {
            search.run(from: c)
            var row = [Double](repeating: 0, count: graph.nodeCount)
            var steps = [UInt16](repeating: .max, count: graph.nodeCount)
            for v in search.order {
                let d = search.distance[Int(v)]
                row[Int(v)] = d == 0 ? 1 : 1 / d
                steps[Int(v)] = UInt16(min(d, Double(UInt16.max - 1)))
            }
            inverse.append(row)
            hops.append(steps)
        }
        inverseDistance = inverse
        distance = hops
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
        var within = [Bool](repeating: false, count: nodeCount)
        var member = [Bool](repeating: false, count: nodeCount)
        for p in set where p < nodeCount { member[p] = true }
        for p in set {
            guard let r = rowOfPerson[p] else { continue }
            for v in 0..<nodeCount where distance[r][v] <= steps { within[v] = true }
        }
        let others = member.count { !$0 }
        guard others > 0 else { return 0 }
        return Double((0..<nodeCount).count { within[$0] && !member[$0] }) / Double(others)
    }

    /// The fewest steps from `person` to anyone in `set`, or `nil` when they cannot reach it.
    public func steps(from person: Int, to set: [Int]) -> Int? {
        let d = set.compactMap { rowOfPerson[$0] }.map { Int(distance[$0][person]) }.min()
        return d.flatMap { $0 == Int(UInt16.max) ? nil : $0 }
    }

    /// Raises `best[v]` to 1/d(v, p) where that is higher.
    func merge(_ p: Int, into best: inout [Double]) {
        guard let r = rowOfPerson[p] else { return }
        let row = inverseDistance[r]
        for v in 0..<nodeCount where row[v] > best[v] { best[v] = row[v] }
    }

    /// n · (DR(S ∪ {p}) − DR(S)) given `best` = the per-person values of S.
    func gain(of p: Int, over best: [Double]) -> Double {
        guard let r = rowOfPerson[p] else { return 0 }
        let row = inverseDistance[r]
        var sum = 0.0
        for v in 0..<nodeCount where row[v] > best[v] { sum += row[v] - best[v] }
        return sum
    }
}

extension CoalitionReach {
    /// The reach model of a term: along its advice and sharing ties (all ties when it has
    /// neither). On networks larger than `candidateLimit` people, only the `candidateLimit`
    /// most sought-out people (advice in-degree) and `include` may be chosen, keeping memory at
    /// O(candidateLimit · n).
    public init(network: Network, candidateLimit: Int = 2_000, include: [Int] = []) {
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
