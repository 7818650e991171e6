/// One way the improvement effort could fail, as data: what kind, how severe, who and which
/// units, and the figures behind it (``Detail``). The wording layer says it in one sentence a
/// leader can act on.
public struct PremortemFinding: Sendable, Equatable {
    /// What kind of weakness; the order of the cases breaks ties of severity.
    public enum Kind: Int, Sendable, CaseIterable, Comparable {
        /// A coalition member whose leaving would cut the coalition's reach.
        case memberLoss
        /// The network is already in pieces: colleagues with no path to the main group.
        case fragmentation
        /// An articulation point: someone whose leaving would cut colleagues off from the rest.
        case cutPoint
        /// The one person every advice or sharing tie between two units goes to or from.
        case unitBridge
        /// A unit the coalition does not reach (or hardly reaches) within two steps.
        case unreachedUnit
        /// Two units with no sharing tie between them, in either direction.
        case noLateralSharing
        /// One broker on a large share of the shortest paths between colleagues.
        case oneBroker
        /// Most of the advice sought from formal leaders goes to one of them.
        case oneFormalLeader

        /// A stable name for machine-readable output, e.g. `"member-loss"`.
        public var name: String {
            switch self {
            case .memberLoss: "member-loss"
            case .fragmentation: "fragmentation"
            case .cutPoint: "cut-point"
            case .unitBridge: "unit-bridge"
            case .unreachedUnit: "unreached-unit"
            case .noLateralSharing: "no-lateral-sharing"
            case .oneBroker: "one-broker"
            case .oneFormalLeader: "one-formal-leader"
            }
        }

        public static func < (a: Kind, b: Kind) -> Bool { a.rawValue < b.rawValue }
    }

    /// The figures of a finding, by what it says (person indices into the network's people).
    public enum Detail: Sendable, Equatable {
        /// Without `member`, the coalition would reach `lost` fewer colleagues within two steps:
        /// `reachedBefore` of `staff` before, `reachedAfter` of `staff − 1` after.
        case memberLoss(member: Int, lost: Int, reachedBefore: Int, reachedAfter: Int, staff: Int)
        /// No tie at all in the term.
        case noTies
        /// `outside` are not in the main group of `mainGroup` people: `isolates` of them have no
        /// tie, the rest are in `groups` separate groups; `fragmentation` is Borgatti's F.
        case cutOff(outside: [Int], isolates: Int, groups: Int, mainGroup: Int, fragmentation: Double)
        /// Without `person`, `cutOff` would lose every path to the largest piece; the component
        /// falls into pieces of `pieceSizes` (largest first); F goes from `before` to `after`.
        case cutPoint(person: Int, cutOff: [Int], pieceSizes: [Int], before: Double, after: Double)
        /// `people` more cut points, the only link of `colleagues` in all.
        case moreCutPoints(people: [Int], colleagues: Int)
        /// Every tie of `relations` between each pair of units goes to or from `person`.
        case unitBridge(person: Int, pairs: [UnitNamePair], adviceTies: Bool)
        /// `people` more sole bridges, between `pairs` pairs of units in all.
        case moreUnitBridges(people: [Int], pairs: Int)
        /// The coalition reaches `reached` of the `size` people of `unit` within two steps.
        case unreachedUnit(unit: String, reached: Int, size: Int)
        /// No sharing tie (or, without `sharingTies`, no tie) between the two units' `people`.
        case noLateralSharing(pair: UnitNamePair, people: Int, sharingTies: Bool)
        /// `count` more pairs of units share nothing; the first few as examples.
        case moreWithoutSharing(count: Int, examples: [UnitNamePair])
        /// `person` lies on `share` of the shortest paths; `dominant` when much depends on them.
        case oneBroker(person: Int, share: Double, dominant: Bool)
        /// `share` of the advice to formal leaders (of all ties, without `adviceTies`) goes to `person`.
        case oneFormalLeader(person: Int, share: Double, adviceTies: Bool)
    }

    public var kind: Kind
    /// The share of the staff affected, in [0, 1], comparable across kinds: the colleagues the
    /// coalition would no longer reach, who are or would be cut off, who are in the smaller of
    /// two units left without a link (or hanging on one person), who are in a unit not reached;
    /// for ``Kind/oneBroker`` the share of connected pairs of colleagues whose shortest paths
    /// run through the broker; for ``Kind/oneFormalLeader`` the colleagues who seek formal
    /// advice from that leader only.
    public var severity: Double
    /// The figures the finding's sentence is made of.
    public var detail: Detail
    /// The people the finding is about (person indices), e.g. the member or the cut point.
    public var people: [Int]
    /// The units the finding is about.
    public var units: [String]

    public init(kind: Kind, severity: Double, detail: Detail, people: [Int] = [], units: [String] = []) {
        self.kind = kind
        self.severity = severity
        self.detail = detail
        self.people = people
        self.units = units
    }
}

/// A pre-mortem of a guiding coalition and the network it works in: imagine the effort failed,
/// and list what would most likely have made it fail, most serious first.
///
/// Definition: the findings, each with a severity (the share of staff affected, see
/// ``PremortemFinding/severity``):
/// - member loss: for each coalition member m, the colleagues within two steps of the coalition
///   (along advice and sharing ties, as in ``CoalitionReach``) who are not within two steps of
///   the coalition without m;
/// - fragmentation: colleagues already without a path to the largest weak component of all
///   ties (Borgatti's KPP-Neg F is quoted; ``Fragmentation``);
/// - cut points: articulation points of the largest component of the undirected view of all
///   ties; the colleagues who would lose every path to the largest piece left, and F after
///   their removal (KPP-Neg);
/// - unit bridges: people every advice or sharing tie between two units goes to or from
///   (``InformalAuthority/Entry/onlyLinkBetween``); severity counts the smaller unit of each
///   pair;
/// - unreached units: units with nobody, or fewer than a quarter of their people, within two
///   steps of the coalition;
/// - no lateral sharing: pairs of units with no sharing tie in either direction (all ties
///   between different units when the term has no sharing ties), most people first; severity
///   counts the smaller unit; with `levelOf` (a district's school of each person), only pairs
///   of units in the same school — a unit's school being the most common among its people —
///   since a Grade 1 team and a Maths department in different schools are not expected to
///   share;
/// - one broker: the person with the highest betweenness on advice and sharing ties, when
///   they lie on at least 10 % of the shortest paths between connected pairs of colleagues
///   (b(v) divided by the ordered pairs s ≠ t, both ≠ v, with a path from s to t);
/// - one formal leader: with two or more formal leaders, when at least half of the advice
///   ties to formal leaders go to one of them.
/// Kinds that could be long (cut points, unit bridges, unit pairs) list the `limit` most
/// severe and sum up the rest in one more finding.
///
/// - Parameters:
///   - network: the term's network.
///   - coalition: the coalition (person indices); empty leaves out the coalition findings.
///   - authority: the network's informal authority, when already computed.
///   - limit: how many findings of a long kind to list one by one.
///   - levelOf: each person's value of a higher level (their school), to compare units only
///     within it; `nil` compares every pair of units.
/// - Complexity: the betweenness behind informal authority (O(n·m), or O(k·m) sampled above
///   10,000 people), which also counts the connected pairs the broker's share is measured
///   against; O(|C|·(n + m)) for the coalition's reach; O(n + m) for fragmentation, cut points
///   and the rest.
///
/// Directed ties: reach follows ties from the person who names to the person named (they can
/// hear from whom they ask); fragmentation and cut points read ties both ways. Unweighted.
///
/// Reference: Borgatti, S. P. (2006). Identifying sets of key players in a social network.
/// *Computational and Mathematical Organization Theory* 12(1), 21–34.
/// DOI 10.1007/s10588-006-7084-x (KPP-Neg); Klein, G. (2007). Performing a project premortem.
/// *Harvard Business Review* 85(9), 18–19.
///
/// Example: two departments of five who share practice among themselves, joined only by b,
/// who shares with everyone: b is an articulation point (five colleagues cut off without
/// them), the only link between the departments, and lies on every shortest path between
/// them; b heads the findings.
public struct Premortem: Sendable {
    /// The coalition examined.
    public let coalition: [Int]
    /// The findings, most severe first (ties: kind order, then people, then the order they were
    /// found in, which puts a kind's summing-up finding after the ones it follows).
    public let findings: [PremortemFinding]

    public init(network: Network, coalition: [Int], authority: InformalAuthority? = nil, limit: Int = 5, levelOf: [String?]? = nil) {
        precondition(limit >= 1, "limit needs at least 1")
        precondition(levelOf.map { $0.count == network.people.count } ?? true, "a level value per person")
        let members = Array(Set(coalition)).sorted()
        self.coalition = members
        let authority = authority ?? InformalAuthority(network: network)
        let context = Context(network: network, authority: authority, limit: limit, levelOf: levelOf)
        var all: [PremortemFinding] = []
        if !members.isEmpty {
            all += context.memberLosses(members)
        }
        let fragmentation = Fragmentation(graph: network.graph())
        all += context.existingFragmentation(fragmentation)
        all += context.cutPoints(fragmentation)
        all += context.unitBridges()
        if !members.isEmpty {
            all += context.unreachedUnits(members)
        }
        all += context.unitPairsWithoutSharing()
        all += context.oneBroker()
        all += context.oneFormalLeader()
        findings = all.enumerated().sorted { x, y in
            let a = x.element, b = y.element
            if a.severity != b.severity { return a.severity > b.severity }
            if a.kind != b.kind { return a.kind < b.kind }
            if a.people != b.people { return a.people.lexicographicallyPrecedes(b.people) }
            return x.offset < y.offset
        }.map { $0.element }
    }

    /// The smallest share of connected pairs a broker must lie on to be a finding.
    public static let brokerThreshold = 0.10
    /// A unit counts as hardly reached when fewer than this share of its people are within two
    /// steps of the coalition.
    public static let hardlyReached = 0.25
}

/// What every part of the pre-mortem reads.
private struct Context {
    let network: Network
    let authority: InformalAuthority
    let limit: Int
    let n: Int
    let unitOf: [String?]
    let unitSize: [String: Int]
    /// The people of each unit, in node order.
    let membersOfUnit: [String: [Int]]
    /// Each unit's higher level (its school), when units are compared only within it.
    let levelOfUnit: [String: String]?

    init(network: Network, authority: InformalAuthority, limit: Int, levelOf: [String?]?) {
        self.network = network
        self.authority = authority
        self.limit = limit
        if let levelOf {
            var tally: [String: [String: Int]] = [:]
            for (v, person) in network.people.enumerated() {
                if let unit = person.unit, let level = levelOf[v] { tally[unit, default: [:]][level, default: 0] += 1 }
            }
            levelOfUnit = tally.mapValues { counts in counts.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }!.key }
        } else {
            levelOfUnit = nil
        }
        n = network.people.count
        unitOf = network.people.map(\.unit)
        var members: [String: [Int]] = [:]
        for (v, unit) in unitOf.enumerated() { if let unit { members[unit, default: []].append(v) } }
        membersOfUnit = members
        unitSize = members.mapValues(\.count)
    }

    func share(_ count: Int) -> Double { n > 0 ? Double(count) / Double(n) : 0 }

    // MARK: Coalition

    func memberLosses(_ members: [Int]) -> [PremortemFinding] {
        let graph = network.graph(relations: network.influenceRelations)
        let reach = CoalitionReach(graph: graph, candidates: members)
        let before = reach.within(members, steps: 2)
        let reachedBefore = before.count { $0 }
        var findings: [PremortemFinding] = []
        for m in members {
            let rest = members.filter { $0 != m }
            let after = reach.within(rest, steps: 2)
            let lost = (0..<n).filter { $0 != m && before[$0] && !after[$0] }
            guard !lost.isEmpty else { continue }
            let reachedAfter = (0..<n).count { $0 != m && after[$0] }
            findings.append(
                PremortemFinding(
                    kind: .memberLoss, severity: share(lost.count),
                    detail: .memberLoss(member: m, lost: lost.count, reachedBefore: reachedBefore, reachedAfter: reachedAfter, staff: n),
                    people: [m], units: unitsByCount(lost)))
        }
        return findings
    }

    func unreachedUnits(_ members: [Int]) -> [PremortemFinding] {
        let graph = network.graph(relations: network.influenceRelations)
        let reach = CoalitionReach(graph: graph, candidates: members)
        let within = reach.within(members, steps: 2)
        var findings: [PremortemFinding] = []
        for unit in network.units {
            let people = membersOfUnit[unit] ?? []
            let reached = people.count { within[$0] }
            guard Double(reached) < Premortem.hardlyReached * Double(people.count) else { continue }
            findings.append(
                PremortemFinding(
                    kind: .unreachedUnit, severity: share(people.count - reached), detail: .unreachedUnit(unit: unit, reached: reached, size: people.count),
                    units: [unit]))
        }
        return findings
    }

    // MARK: Fragmentation and cut points

    func existingFragmentation(_ f: Fragmentation) -> [PremortemFinding] {
        let sizes = f.components.sizes
        guard n > 1, sizes.count > 1, let main = sizes.indices.max(by: { sizes[$0] != sizes[$1] ? sizes[$0] < sizes[$1] : $0 > $1 }) else {
            return []
        }
        // No ties at all: there is no main group for the rest to be cut off from.
        if sizes[main] == 1 {
            return [PremortemFinding(kind: .fragmentation, severity: 1, detail: .noTies, people: Array(0..<n), units: unitsByCount(Array(0..<n)))]
        }
        let outside = (0..<n).filter { f.components.membership[$0] != main }
        let isolates = outside.filter { sizes[f.components.membership[$0]] == 1 }
        let groups = sizes.indices.filter { $0 != main && sizes[$0] > 1 }
        let detail = PremortemFinding.Detail.cutOff(
            outside: outside, isolates: isolates.count, groups: groups.count, mainGroup: sizes[main], fragmentation: f.value)
        return [PremortemFinding(kind: .fragmentation, severity: share(outside.count), detail: detail, people: outside, units: unitsByCount(outside))]
    }

    func cutPoints(_ f: Fragmentation) -> [PremortemFinding] {
        let sizes = f.components.sizes
        guard let main = sizes.indices.max(by: { sizes[$0] != sizes[$1] ? sizes[$0] < sizes[$1] : $0 > $1 }) else { return [] }
        let points = f.articulationPoints.filter { f.components.membership[$0] == main }
            .sorted { f.cutOff(without: $0) != f.cutOff(without: $1) ? f.cutOff(without: $0) > f.cutOff(without: $1) : $0 < $1 }
        let undirected = network.graph().undirected
        var findings: [PremortemFinding] = []
        for v in points.prefix(limit) {
            let cut = Self.cutOff(without: v, in: undirected)
            let detail = PremortemFinding.Detail.cutPoint(
                person: v, cutOff: cut, pieceSizes: f.piecesWithout[v], before: f.value, after: f.withoutPerson[v])
            findings.append(PremortemFinding(kind: .cutPoint, severity: share(cut.count), detail: detail, people: [v], units: unitsByCount(cut)))
        }
        let rest = Array(points.dropFirst(limit))
        if let first = rest.first {
            let total = rest.reduce(0) { $0 + f.cutOff(without: $1) }
            findings.append(
                PremortemFinding(
                    kind: .cutPoint, severity: share(f.cutOff(without: first)), detail: .moreCutPoints(people: rest, colleagues: total), people: rest))
        }
        return findings
    }

    /// The people of v's component who lose every path to the largest piece left without v.
    static func cutOff(without v: Int, in undirected: Graph) -> [Int] {
        var seen = [Bool](repeating: false, count: undirected.nodeCount)
        seen[v] = true
        var pieces: [[Int]] = []
        for start32 in undirected.successors(of: v) where !seen[Int(start32)] {
            var piece = [Int(start32)]
            seen[Int(start32)] = true
            var next = 0
            while next < piece.count {
                for w in undirected.successors(of: piece[next]) where !seen[Int(w)] {
                    seen[Int(w)] = true
                    piece.append(Int(w))
                }
                next += 1
            }
            pieces.append(piece)
        }
        guard let largest = pieces.indices.max(by: { pieces[$0].count < pieces[$1].count }) else { return [] }
        return pieces.indices.filter { $0 != largest }.flatMap { pieces[$0] }.sorted()
    }

    // MARK: Units

    func unitBridges() -> [PremortemFinding] {
        var bridges: [(person: Int, pairs: [(String, String)], affected: Int)] = []
        for e in authority.entries where !e.onlyLinkBetween.isEmpty {
            var smaller = Set<Int>()
            for (a, b) in e.onlyLinkBetween {
                let unit = (unitSize[a] ?? 0, a) <= (unitSize[b] ?? 0, b) ? a : b
                smaller.formUnion(membersOfUnit[unit] ?? [])
            }
            bridges.append((e.person, e.onlyLinkBetween, smaller.count))
        }
        bridges.sort { $0.affected != $1.affected ? $0.affected > $1.affected : $0.person < $1.person }
        var findings: [PremortemFinding] = []
        for bridge in bridges.prefix(limit) {
            let units = Array(Set(bridge.pairs.flatMap { [$0.0, $0.1] })).sorted()
            findings.append(
                PremortemFinding(
                    kind: .unitBridge, severity: share(bridge.affected),
                    detail: .unitBridge(
                        person: bridge.person, pairs: bridge.pairs.map { UnitNamePair($0.0, $0.1) }, adviceTies: authority.usedAdviceTies),
                    people: [bridge.person], units: units))
        }
        let rest = Array(bridges.dropFirst(limit))
        if let first = rest.first {
            let pairs = rest.reduce(0) { $0 + $1.pairs.count }
            findings.append(
                PremortemFinding(
                    kind: .unitBridge, severity: share(first.affected), detail: .moreUnitBridges(people: rest.map { $0.person }, pairs: pairs),
                    people: rest.map { $0.person }))
        }
        return findings
    }

    func unitPairsWithoutSharing() -> [PremortemFinding] {
        let units = network.units
        guard units.count > 1 else { return [] }
        let hasSharing = network.relations.contains(.sharing)
        var linked = Set<UnitPair>()
        for tie in network.ties where !hasSharing || tie.relation == .sharing {
            guard let a = unitOf[tie.source], let b = unitOf[tie.target], a != b else { continue }
            linked.insert(UnitPair(a, b))
        }
        var missing: [(pair: UnitPair, smaller: Int, people: Int)] = []
        for (i, a) in units.enumerated() {
            for b in units[(i + 1)...] where !linked.contains(UnitPair(a, b)) {
                if let level = levelOfUnit, level[a] == nil || level[a] != level[b] { continue }
                let sa = unitSize[a] ?? 0, sb = unitSize[b] ?? 0
                missing.append((UnitPair(a, b), min(sa, sb), sa + sb))
            }
        }
        missing.sort { x, y in
            if x.smaller != y.smaller { return x.smaller > y.smaller }
            if x.people != y.people { return x.people > y.people }
            return x.pair < y.pair
        }
        // Pairs are many (every pair of units that never meets): list a few, sum up the rest.
        let listed = min(limit, 3)
        var findings = missing.prefix(listed).map { m in
            PremortemFinding(
                kind: .noLateralSharing, severity: share(m.smaller),
                detail: .noLateralSharing(pair: UnitNamePair(m.pair.first, m.pair.second), people: m.people, sharingTies: hasSharing),
                units: [m.pair.first, m.pair.second])
        }
        let rest = Array(missing.dropFirst(listed))
        if let first = rest.first {
            let examples = rest.prefix(3).map { UnitNamePair($0.pair.first, $0.pair.second) }
            findings.append(
                PremortemFinding(
                    kind: .noLateralSharing, severity: share(first.smaller), detail: .moreWithoutSharing(count: rest.count, examples: examples),
                    units: Array(Set(rest.flatMap { [$0.pair.first, $0.pair.second] })).sorted()))
        }
        return findings
    }

    // MARK: Reliance on one person

    func oneBroker() -> [PremortemFinding] {
        guard n > 2 else { return [] }
        let betweenness = authority.entries.map(\.betweenness)
        let ranked = NodeScores(betweenness).ranking()
        guard let top = ranked.first, betweenness[top] > 0 else { return [] }
        // The connected pairs come with the betweenness (the same searches, the same sample):
        // only the pairs with the broker at an end are searched here, two searches in all.
        let graph = network.graph(relations: authority.lateralRelations)
        var search = ShortestPathSearch(graph: graph)
        search.run(from: top)
        let reachedFromTop = search.order.count - 1
        var reverse = ShortestPathSearch(graph: graph.reversed)
        reverse.run(from: top)
        let pairs = authority.connectedPairs - Double(reachedFromTop) - Double(reverse.order.count - 1)
        guard pairs > 0 else { return [] }
        let share = min(1, betweenness[top] / pairs)
        guard share >= Premortem.brokerThreshold else { return [] }
        let second = ranked.count > 1 ? betweenness[ranked[1]] : 0
        let dominant = share >= 0.25 || betweenness[top] >= 2 * second
        return [
            PremortemFinding(
                kind: .oneBroker, severity: share, detail: .oneBroker(person: top, share: share, dominant: dominant),
                people: [top], units: unitOf[top].map { [$0] } ?? [])
        ]
    }

    func oneFormalLeader() -> [PremortemFinding] {
        let formal = (0..<n).filter { network.people[$0].isFormalLeader }
        guard formal.count >= 2 else { return [] }
        let advice = network.graph(relations: authority.adviceRelations)
        let askers = formal.map { f in Set(advice.predecessors(of: f).map(Int.init).filter { $0 != f }) }
        let total = askers.reduce(0) { $0 + $1.count }
        guard total > 0, let best = askers.indices.max(by: { askers[$0].count != askers[$1].count ? askers[$0].count < askers[$1].count : $0 > $1 })
        else { return [] }
        let leader = formal[best]
        let shareOfAdvice = Double(askers[best].count) / Double(total)
        guard shareOfAdvice >= 0.5 else { return [] }
        // Colleagues who ask this leader and no other formal leader.
        let onlyCount = askers[best].count { a in !askers.indices.contains { $0 != best && askers[$0].contains(a) } }
        return [
            PremortemFinding(
                kind: .oneFormalLeader, severity: share(onlyCount),
                detail: .oneFormalLeader(person: leader, share: shareOfAdvice, adviceTies: authority.usedAdviceTies),
                people: [leader], units: unitOf[leader].map { [$0] } ?? [])
        ]
    }

    // MARK: Units of people

    /// The units of `people`, most people first (then by name).
    func unitsByCount(_ people: [Int]) -> [String] {
        var count: [String: Int] = [:]
        for case let u? in people.map({ unitOf[$0] }) { count[u, default: 0] += 1 }
        return count.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map { $0.key }
    }
}
