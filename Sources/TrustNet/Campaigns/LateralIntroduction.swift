/// An introduction of two colleagues in different units who share nothing yet, so that
/// practice starts to travel between their units.
public struct LateralIntroduction: Sendable, Equatable {
    /// Why these two units: data, put into words by the wording layer.
    public enum Reason: Sendable, Hashable {
        /// No sharing tie joins the two units today.
        case sharesNothing
        /// `ties` pairs of people share across the two units today, of `possible` pairs.
        case sharesLittle(ties: Int, possible: Int)
    }

    /// Why this person: how their own unit sees them.
    public struct Standing: Sendable, Equatable {
        /// Colleagues of their own unit who name them for advice.
        public var soughtOutBy: Int
        /// Colleagues of their own unit who name them as trusted.
        public var trustedBy: Int
        public var score: Int { soughtOutBy + trustedBy }
    }

    public var a: Int
    public var b: Int
    public var unitA: String
    public var unitB: String
    /// The group both are in (their school, with `groups`), or `nil`.
    public var group: String?
    public var reason: Reason
    /// Introductions between the same two units chosen before this one.
    public var earlierBetweenUnits: Int
    public var standingA: Standing
    public var standingB: Standing

    /// Pairs of colleagues to introduce across units, greedily.
    ///
    /// Definition: two units *share* when a sharing tie (in a term without sharing ties: any
    /// tie, as the pre-mortem reads it) joins a member of one and a member of the other, in
    /// either direction; their *shared pairs* are the pairs of people so joined. A candidate
    /// introduction is two people in different units, joined by no tie of any relation, each
    /// in fewer than `perPerson` introductions so far (and, with `groups`, in the same group:
    /// departments within one school, each department of each school a unit of its own). Each step takes the unit pair with the lowest density
    /// of shared pairs — shared pairs plus the introductions already chosen between them, over
    /// |A|·|B| — among those that still have a candidate, so units that share nothing come
    /// first and then those that share little (equal density: the pair whose smaller unit is
    /// larger, then the pair with more people, then by name, as the pre-mortem lists them); and within it the two people most sought out and trusted in
    /// their own units (``Standing/score``, then informal authority), so what they learn
    /// travels back.
    ///
    /// Guarantee: while unit pairs that share nothing have candidates, each introduction closes
    /// one of them. The number of such pairs closed is at least a third of the most any set of
    /// `count` introductions under the same rules could close: every pair the best set closes
    /// and the greedy does not is blocked by a person the greedy used `perPerson` = 2 times;
    /// there are at most as many such people as introductions, each in at most two of the best
    /// set's, so best ≤ greedy + 2·greedy. (Checked by exhaustive search on small graphs.)
    ///
    /// - Parameters:
    ///   - network: the term's network.
    ///   - count: how many introductions to suggest.
    ///   - groups: a group per person (the `--within` column), or `nil`: pairs must be in one
    ///     group; people with no group are left out.
    ///   - authority: the network's informal authority, when already computed.
    ///   - perPerson: the most introductions one person is in.
    /// - Returns: up to `count` introductions in the order chosen.
    /// - Complexity: O(count · n²) in the worst case (each step scans unit pairs in density
    ///   order until one has a candidate), plus informal authority when not given (O(n·m)).
    ///
    /// Directed ties are read both ways; unweighted. People with no unit are left out.
    ///
    /// Reference: lateral sharing across loosely coupled units follows Daly, A. J., Finnigan,
    /// K. S. (2010). A bridge between worlds: understanding network structure to understand
    /// change strategy. *Journal of Educational Change* 11(2), 111–138.
    /// DOI 10.1007/s10833-009-9102-5; the greedy bound is that of a maximal b-matching.
    ///
    /// Example: Science {a, b}, Maths {c}, Art {d}; a shares with c; b names a for advice.
    /// Art–Science and Art–Maths share nothing (Maths–Science shares 1 of 2 pairs). The first
    /// introduction is a (sought out by b in Science) with d, closing Art–Science (the pair
    /// with more people); the second c with d, closing Art–Maths.
    public static func suggest(
        network: Network, count: Int, groups: [String?]? = nil, authority: InformalAuthority? = nil, perPerson: Int = 2
    ) -> [LateralIntroduction] {
        let n = network.people.count
        precondition(groups == nil || groups!.count == n, "one group per person")
        guard count > 0, n > 1 else { return [] }
        let authority = authority ?? InformalAuthority(network: network)
        let (units, unitOf) = groupedUnits(network, groups)
        var members = [[Int]](repeating: [], count: units.count)
        for v in 0..<n {
            if let u = unitOf[v] { members[u].append(v) }
        }

        // Standing in one's own unit.
        let advice = network.graph(relations: authority.adviceRelations)
        let trust = network.graph(relations: [.trust])
        func inside(_ graph: Graph, _ v: Int) -> Int {
            Set(graph.predecessors(of: v).map(Int.init).filter { $0 != v && unitOf[$0] != nil && unitOf[$0] == unitOf[v] }).count
        }
        let standing = (0..<n).map { Standing(soughtOutBy: inside(advice, $0), trustedBy: inside(trust, $0)) }
        var rank = [Int](repeating: 0, count: n)
        for (i, v) in authority.ranking.enumerated() { rank[v] = i }
        for u in members.indices {
            members[u].sort { standing[$0].score != standing[$1].score ? standing[$0].score > standing[$1].score : rank[$0] < rank[$1] }
        }

        // Who is tied to whom (any relation, either way), and the shared pairs between units.
        var tied = Set<PersonPair>()
        for tie in network.ties where tie.source != tie.target { tied.insert(PersonPair(tie.source, tie.target)) }
        let sharingRelations: Set<Relation>? = network.relations.contains(.sharing) ? [.sharing] : nil
        var sharedPairs = Set<PersonPair>()
        for tie in network.ties where sharingRelations?.contains(tie.relation) ?? true {
            if let a = unitOf[tie.source], let b = unitOf[tie.target], a != b { sharedPairs.insert(PersonPair(tie.source, tie.target)) }
        }
        var shared = [[Int]](repeating: [Int](repeating: 0, count: units.count), count: units.count)
        for p in sharedPairs {
            let a = unitOf[p.low]!, b = unitOf[p.high]!
            shared[a][b] += 1
            shared[b][a] += 1
        }

        var used = [Int](repeating: 0, count: n)
        var introduced = [[Int]](repeating: [Int](repeating: 0, count: units.count), count: units.count)
        var chosen: [LateralIntroduction] = []
        var exhausted = Set<UnitIndexPair>()
        while chosen.count < count {
            var order: [(pair: UnitIndexPair, density: Double, smaller: Int, people: Int)] = []
            for a in units.indices where !members[a].isEmpty {
                for b in (a + 1)..<units.count
                where !members[b].isEmpty && units[a].group == units[b].group && !exhausted.contains(UnitIndexPair(a, b)) {
                    let possible = members[a].count * members[b].count
                    order.append((UnitIndexPair(a, b), Double(shared[a][b] + introduced[a][b]) / Double(possible), min(members[a].count, members[b].count),
                        members[a].count + members[b].count))
                }
            }
            order.sort { x, y in
                if x.density != y.density { return x.density < y.density }
                if x.smaller != y.smaller { return x.smaller > y.smaller }
                if x.people != y.people { return x.people > y.people }
                let (ga, gb) = (units[x.pair.a].group ?? "", units[y.pair.a].group ?? "")
                if ga != gb { return ga < gb }
                return (units[x.pair.a].unit, units[x.pair.b].unit) < (units[y.pair.a].unit, units[y.pair.b].unit)
            }
            var found: (Int, Int, UnitIndexPair)?
            for entry in order {
                let (ua, ub) = (entry.pair.a, entry.pair.b)
                var best: (Int, Int, score: Int, rank: Int)?
                for x in members[ua] where used[x] < perPerson {
                    for y in members[ub] where used[y] < perPerson && !tied.contains(PersonPair(x, y)) {
                        let score = standing[x].score + standing[y].score
                        let r = rank[x] + rank[y]
                        if best == nil || score > best!.score || (score == best!.score && r < best!.rank) { best = (x, y, score, r) }
                    }
                }
                if let best {
                    found = (best.0, best.1, entry.pair)
                    break
                }
                exhausted.insert(entry.pair)  // candidates only ever disappear
            }
            guard let (x, y, pair) = found else { break }
            let possible = members[pair.a].count * members[pair.b].count
            let today = shared[pair.a][pair.b]
            chosen.append(
                LateralIntroduction(
                    a: x, b: y, unitA: units[pair.a].unit, unitB: units[pair.b].unit, group: units[pair.a].group,
                    reason: today == 0 ? .sharesNothing : .sharesLittle(ties: today, possible: possible),
                    earlierBetweenUnits: introduced[pair.a][pair.b], standingA: standing[x], standingB: standing[y]))
            used[x] += 1
            used[y] += 1
            introduced[pair.a][pair.b] += 1
            tied.insert(PersonPair(x, y))
        }
        return chosen
    }
}

extension LateralIntroduction {
    /// The pairs of units that share nothing today, by name (first < second) with their group:
    /// no sharing tie (in a term without sharing ties: no tie) joins a member of one and a
    /// member of the other. With `groups`, a unit is a unit within one group (Maths in each
    /// school is a unit of its own), only pairs within one group count, and people with no
    /// group are left out.
    ///
    /// - Complexity: O(n + m + u²) for u units.
    public static func unitPairsSharingNothing(in network: Network, groups: [String?]? = nil) -> [(String, String, group: String?)] {
        let (units, unitOf) = groupedUnits(network, groups)
        let sharing = network.relations.contains(.sharing)
        var linked = Set<UnitIndexPair>()
        for tie in network.ties where !sharing || tie.relation == .sharing {
            if let a = unitOf[tie.source], let b = unitOf[tie.target], a != b { linked.insert(UnitIndexPair(a, b)) }
        }
        var pairs: [(String, String, group: String?)] = []
        for a in units.indices {
            for b in (a + 1)..<units.count where units[a].group == units[b].group && !linked.contains(UnitIndexPair(a, b)) {
                pairs.append((units[a].unit, units[b].unit, group: units[a].group))
            }
        }
        return pairs
    }

    /// The units people are in, sorted by group then unit: (group, unit) with `groups`, else
    /// the network's units; and each person's index into them (`nil`: no unit, or no group).
    static func groupedUnits(_ network: Network, _ groups: [String?]?) -> (units: [(group: String?, unit: String)], unitOf: [Int?]) {
        guard let groups else { return (network.units.map { (nil, $0) }, network.unitOfPerson) }
        var keys = Set<[String]>()
        for (v, p) in network.people.enumerated() {
            if let g = groups[v], let u = p.unit { keys.insert([g, u]) }
        }
        let sorted = keys.sorted { ($0[0], $0[1]) < ($1[0], $1[1]) }
        var index: [[String]: Int] = [:]
        for (i, k) in sorted.enumerated() { index[k] = i }
        let unitOf = network.people.enumerated().map { v, p -> Int? in
            guard let g = groups[v], let u = p.unit else { return nil }
            return index[[g, u]]
        }
        return (sorted.map { ($0[0], $0[1]) }, unitOf)
    }
}

/// An unordered pair of people, low ≤ high.
private struct PersonPair: Hashable {
    let low: Int
    let high: Int
    init(_ a: Int, _ b: Int) { (low, high) = a <= b ? (a, b) : (b, a) }
}

/// An unordered pair of unit indices, a ≤ b.
private struct UnitIndexPair: Hashable {
    let a: Int
    let b: Int
    init(_ x: Int, _ y: Int) { (a, b) = x <= y ? (x, y) : (y, x) }
}
