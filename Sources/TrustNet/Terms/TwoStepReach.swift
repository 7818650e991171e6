/// How much of the staff outside a coalition is within one or two steps of a member, and how
/// many units those people belong to: the *spread* of a coalition from term to term.
///
/// Definition: on the term's advice and sharing ties (every relation when the term has neither),
/// with d(v, S) the fewest ties on a chain from v, who names, to a member of S, named — the
/// direction of naming, as in ``CoalitionReach`` for coalition suggest and the pre-mortem (a
/// multi-source breadth-first search from the members to the people who name them),
///
///     reach_k(S) = |{v ∉ S : d(v, S) ≤ k}| / |{v ∉ S}|     for k = 1, 2,
///
/// and units reached = the number of units with at least one person (members included) within
/// two steps. Members are left out of the shares, so the shares say how much of the rest of the
/// staff the coalition touches; 0 when the coalition is empty or everyone is in it. This is the
/// definition `Datasets/sample-district/check.py` computes with NetworkX
/// (`multi_source_dijkstra_path_length` on the reversed `nx.DiGraph`).
///
/// - Parameters:
///   - network: the term.
///   - members: the coalition, as person indices of `network` (duplicates ignored).
///   - relations: the ties to walk along; `nil` (default) means ``Network/influenceRelations``.
/// - Complexity: O(n + m).
///
/// Directed: whoever asks a member (or asks someone who does) hears the work; whom a member
/// asks does not, by that tie alone. Unweighted (hops); disconnected networks are fine (people
/// in other components are not reached).
///
/// Reference: Borgatti, S. P. (2006). Identifying sets of key players in a social network.
/// *Computational and Mathematical Organization Theory* 12(1), 21–34.
/// DOI 10.1007/s10588-006-7084-x (the k-step reach of a set; here over non-members).
///
/// Example: a → b ← c ← d ← e with units (x, x, y, y, z) and coalition {b}: four people
/// outside; a and c name b (one step), d names c (two), e names d (three): reach_1 = 2/4,
/// reach_2 = 3/4; units reached: x (a, b), y (c, d) = 2.
public struct TwoStepReach: Sendable, Equatable {
    /// Distinct coalition members on the roster.
    public let members: Int
    /// People outside the coalition.
    public let others: Int
    /// People outside the coalition within one step of a member.
    public let withinOne: Int
    /// People outside the coalition within two steps of a member.
    public let withinTwo: Int
    /// Units with someone within two steps of the coalition (members included).
    public let unitsReached: Int

    /// Share of people outside the coalition within one step; 0 when nobody is outside.
    public var reach1: Double { others > 0 ? Double(withinOne) / Double(others) : 0 }
    /// Share of people outside the coalition within two steps; 0 when nobody is outside.
    public var reach2: Double { others > 0 ? Double(withinTwo) / Double(others) : 0 }

    public init(network: Network, members: [Int], relations: Set<Relation>? = nil) {
        let graph = network.graph(relations: relations ?? network.influenceRelations)
        let n = graph.nodeCount
        var steps = [Int](repeating: .max, count: n)
        var frontier: [Int] = []
        for m in members where steps[m] != 0 {
            steps[m] = 0
            frontier.append(m)
        }
        self.members = frontier.count
        others = n - frontier.count
        // Two levels of a breadth-first search from all members at once.
        for level in 1...2 {
            var next: [Int] = []
            for v in frontier {
                for u32 in graph.predecessors(of: v) where steps[Int(u32)] == .max {
                    steps[Int(u32)] = level
                    next.append(Int(u32))
                }
            }
            frontier = next
        }
        withinOne = steps.count { $0 == 1 }
        withinTwo = steps.count { $0 == 1 || $0 == 2 }
        var units = Set<String>()
        for v in 0..<n where steps[v] <= 2 {
            if let unit = network.people[v].unit { units.insert(unit) }
        }
        unitsReached = units.count
    }
}
