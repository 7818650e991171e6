/// A way in for someone on the edge of the network: the coalition member, or else the trusted
/// colleague, closest to them, so that nobody is left without one.
public struct OnRamp: Sendable, Equatable {
    /// Whom the on-ramp goes through.
    public enum Kind: String, Sendable, CaseIterable {
        /// The nearest coalition member.
        case coalitionMember = "coalition member"
        /// The most trusted colleague in their unit (or school), when no member can be reached.
        case trustedColleague = "trusted colleague"
    }

    /// The peripheral person.
    public var person: Int
    /// The coalition member or trusted colleague who can bring them in.
    public var via: Int
    /// The fewest steps between them along ties of any relation, read both ways; `nil` when no
    /// chain of ties joins them (always for an isolate).
    public var steps: Int?
    public var kind: Kind

    public init(person: Int, via: Int, steps: Int?, kind: Kind) {
        self.person = person
        self.via = via
        self.steps = steps
        self.kind = kind
    }

    /// The people on the edge of the network: isolated (no tie of any relation, in either
    /// direction) or named by at most one colleague (in any relation; ties to oneself do not
    /// count), in person order. Newcomers who name others but whom nobody names yet are
    /// peripheral.
    ///
    /// - Complexity: O(n + m).
    public static func peripheralPeople(in network: Network) -> [Int] {
        let graph = network.graph()
        return (0..<graph.nodeCount).filter { v in
            graph.predecessors(of: v).count { Int($0) != v } <= 1
        }
    }

    /// On-ramps for every peripheral person who is not in the coalition.
    ///
    /// Definition: for each peripheral person p (``peripheralPeople(in:)``) outside the
    /// coalition, the coalition member at the fewest steps from p on the undirected view of all
    /// ties (equal steps: the higher informal authority, ``InformalAuthority/ranking``). When
    /// no member can be reached from p, or there is no coalition: the most trusted person in
    /// p's unit (most people naming them for trust; then informal authority), or in the whole
    /// school when p has no unit or is alone in it; `steps` is then their distance from p, or
    /// `nil`.
    ///
    /// - Parameters:
    ///   - network: the term's network.
    ///   - coalition: the coalition (person indices), possibly empty.
    ///   - authority: the network's informal authority, when already computed.
    /// - Returns: one on-ramp per peripheral person outside the coalition, in person order;
    ///   nobody is left out unless they are the only person on the roster.
    /// - Complexity: O(|C|·(n + m)) for |C| members, plus for each peripheral person who
    ///   reaches no member a search of their own component; informal authority when not given
    ///   (O(n·m)).
    ///
    /// Directed ties are read both ways (a tie either way is a way in); unweighted.
    ///
    /// Reference: the idea of deliberately connecting peripheral staff to the guiding coalition
    /// follows Daly, A. J. (Ed.) (2010). *Social Network Theory and Educational Change*.
    /// Harvard Education Press.
    ///
    /// Example: coalition {S}; t names S, u names t and nobody names u: u is peripheral and
    /// their on-ramp is S, two steps away (u — t — S). An isolate i in S's unit, with nobody
    /// reachable, gets the colleague most trusted in that unit, with no steps.
    public static func onRamps(network: Network, coalition: [Int], authority: InformalAuthority? = nil) -> [OnRamp] {
        let n = network.people.count
        guard n > 1 else { return [] }
        let members = Array(Set(coalition)).sorted()
        let isMember = Set(members)
        let peripheral = peripheralPeople(in: network).filter { !isMember.contains($0) }
        guard !peripheral.isEmpty else { return [] }
        let authority = authority ?? InformalAuthority(network: network)
        var rank = [Int](repeating: 0, count: n)
        for (i, v) in authority.ranking.enumerated() { rank[v] = i }
        let undirected = network.graph().undirected
        var search = ShortestPathSearch(graph: undirected)
        // Distances from each member (the view is symmetric: from a member = to a member).
        var fromMember: [[Double]] = []
        for m in members {
            search.run(from: m)
            fromMember.append(search.distance)
        }
        let trustIn = network.graph(relations: [.trust]).degrees(.incoming)
        func moreTrusted(_ a: Int, _ b: Int) -> Bool {
            trustIn[a] != trustIn[b] ? trustIn[a] > trustIn[b] : rank[a] < rank[b]
        }

        // The two most trusted people of each unit and of the whole school: the most trusted
        // one other than p is among them, without a pass over everyone for each p.
        func topTwo(_ best: inout [Int], _ v: Int) {
            if best.count < 2 { best.append(v) } else if moreTrusted(v, best[1]) { best[1] = v }
            if best.count == 2 && moreTrusted(best[1], best[0]) { best.swapAt(0, 1) }
        }
        var unitBest: [String: [Int]] = [:]
        var schoolBest: [Int] = []
        for v in 0..<n {
            if let unit = network.people[v].unit { topTwo(&unitBest[unit, default: []], v) }
            topTwo(&schoolBest, v)
        }

        var ramps: [OnRamp] = []
        for p in peripheral {
            let reachable = members.indices.filter { fromMember[$0][p].isFinite }
            if let best = reachable.min(by: { x, y in
                let dx = fromMember[x][p], dy = fromMember[y][p]
                return dx != dy ? dx < dy : rank[members[x]] < rank[members[y]]
            }) {
                ramps.append(OnRamp(person: p, via: members[best], steps: Int(fromMember[best][p]), kind: .coalitionMember))
                continue
            }
            let unit = network.people[p].unit
            var pool = unit.flatMap { unitBest[$0] }?.filter { $0 != p } ?? []
            if pool.isEmpty { pool = schoolBest.filter { $0 != p } }
            let via = pool.min(by: moreTrusted)!
            search.run(from: p)
            let d = search.distance[via]
            ramps.append(OnRamp(person: p, via: via, steps: d.isFinite ? Int(d) : nil, kind: .trustedColleague))
        }
        return ramps
    }
}
