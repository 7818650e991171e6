/// A leader's listening campaign: whom they (or their team) have met one-on-one this term, how
/// much of the staff that covers, and the next one-on-ones to hold, each with its reason.
///
/// Definition: a person p other than the leaders L has been *met* when a `one-on-one` tie joins
/// p and some leader, in either direction (a leader's log names p; p's survey names the leader).
/// How often: the sum over the leaders of the larger of the two directions' weights (a log adds
/// 1 per meeting; a survey's frequency is its weight; counting both would count a meeting
/// twice). *Coverage* is |met| / (n − |L|): every meeting after the first with the same person
/// counts once. *By unit*: the same share among each unit's people other than the leaders.
///
/// The next one-on-ones, in order:
/// 1. every unit where nobody is met yet (largest first, then by name): its most sought-out
///    person (highest informal authority in the unit) — ``Reason/mostSoughtOutInUnit(unit:)``;
/// 2. then one from each of four queues in turn, each in informal-authority order, skipping
///    people already chosen: everyone not met (so the most sought-out colleague not met comes
///    first: ``Reason/sarahNotMet(rank:)`` within the top `sarahCount`,
///    ``Reason/soughtOut(rank:)`` below); coalition members not met
///    (``Reason/coalitionMemberNotMet``); the only tie between two units
///    (``Reason/onlyTieBetween(unitA:unitB:)``) or one of the network's top brokers
///    (``Reason/broker(rank:)``); people on the edge, fewest namers first
///    (``Reason/peripheral(namedBy:)``, ``OnRamp/peripheralPeople(in:)``).
/// Nobody already met, and no leader, is ever suggested. Each suggestion carries every reason
/// that applies, the one that placed it first.
///
/// - Parameters:
///   - network: the term's network (the one-on-one relation and every other).
///   - leaders: the leaders whose one-on-ones count (person indices).
///   - coalition: the coalition in force (person indices), possibly empty.
///   - authority: the network's informal authority, when already computed.
///   - sarahCount: how many of the top of informal authority count as Sarahs.
///   - next: how many one-on-ones to suggest.
///   - scope: whether each person is part of the leaders' staff (`nil`: everyone): people
///     outside are neither counted in the coverage nor suggested (a principal's own school).
/// - Returns: the campaign; `next` is shorter than asked when fewer people are left to meet.
/// - Complexity: O(n log n + m) beyond informal authority (O(n·m) when not given).
///
/// Directed ties are read both ways for meetings; weights count meetings. Informal authority
/// and the only ties between units are those of ``InformalAuthority``.
///
/// Reference: listening first follows Kotter, J. P. (1996). *Leading Change*. Harvard Business
/// School Press (a guiding coalition starts from conversations), and Daly, A. J. (Ed.) (2010).
/// *Social Network Theory and Educational Change*. Harvard Education Press.
///
/// Example: leader L met a twice (log rows L,a and L,a) and b once; staff a, b (Science), c, d
/// (Maths): met = {a: 2, b: 1}, coverage 2/4 = 50 %, Science 100 %, Maths 0 %; Maths is
/// unreached, so the first suggestion is the more sought-out of c and d.
public struct ListeningCampaign: Sendable, Equatable {
    /// Why a one-on-one is suggested: data, put into words by the wording layer.
    public enum Reason: Sendable, Hashable {
        /// The most sought-out person of a unit where nobody has been met yet.
        case mostSoughtOutInUnit(unit: String)
        /// One of the top Sarahs (rank 1 = highest informal authority), not met yet.
        case sarahNotMet(rank: Int)
        /// Sought out (rank by informal authority), not met yet.
        case soughtOut(rank: Int)
        /// A member of the coalition, not met yet.
        case coalitionMemberNotMet
        /// Every tie between these two units goes through this person.
        case onlyTieBetween(unitA: String, unitB: String)
        /// One of the network's top brokers (rank 1 = highest betweenness).
        case broker(rank: Int)
        /// On the edge of the network: named by this many colleagues (0 or 1).
        case peripheral(namedBy: Int)
    }

    /// Someone met, and how often.
    public struct Meeting: Sendable, Equatable {
        public var person: Int
        /// Meetings (a log's rows) or the survey's frequency.
        public var count: Double
    }

    /// Coverage of one unit.
    public struct UnitCoverage: Sendable, Equatable {
        public var unit: String
        /// The unit's people other than the leaders.
        public var people: Int
        public var met: Int
        public var share: Double { people > 0 ? Double(met) / Double(people) : 0 }
    }

    /// A one-on-one to hold next.
    public struct Suggestion: Sendable, Equatable {
        public var person: Int
        /// Every reason that applies; the first placed them in the list.
        public var reasons: [Reason]
        public var reason: Reason { reasons[0] }
    }

    public var leaders: [Int]
    /// The people met, most often first (then in person order).
    public var met: [Meeting]
    /// The people other than the leaders.
    public var others: Int
    /// |met| / others (0 when there is nobody else).
    public var coverage: Double { others > 0 ? Double(met.count) / Double(others) : 0 }
    /// Per unit, in unit order; people with no unit are counted in ``others`` only.
    public var byUnit: [UnitCoverage]
    /// Whether the term has any one-on-one tie at all.
    public var hasOneOnOneTies: Bool
    /// Not met yet: the top Sarahs, coalition members, top brokers and people on the edge, in
    /// informal-authority order (people on the edge: in person order).
    public var sarahsNotMet: [Int]
    public var coalitionNotMet: [Int]
    public var brokersNotMet: [Int]
    public var peripheralNotMet: [Int]
    /// The next one-on-ones, in order.
    public var next: [Suggestion]

    public init(
        network: Network, leaders: [Int], coalition: [Int] = [], authority: InformalAuthority? = nil, sarahCount: Int = 5, next count: Int = 5,
        scope: [Bool]? = nil
    ) {
        let n = network.people.count
        precondition(leaders.allSatisfy { (0..<n).contains($0) } && coalition.allSatisfy { (0..<n).contains($0) })
        precondition(scope == nil || scope!.count == n, "one scope flag per person")
        let leaderSet = Set(leaders)
        let inScope = scope ?? [Bool](repeating: true, count: n)
        self.leaders = Array(leaderSet).sorted()
        let authority = authority ?? InformalAuthority(network: network)

        // Meetings: per leader the larger direction, summed over leaders.
        let oneOnOne = network.graph(relations: [.oneOnOne])
        hasOneOnOneTies = oneOnOne.tieCount > 0
        var meetings = [Double](repeating: 0, count: n)
        for l in self.leaders {
            var withLeader: [Int: Double] = [:]
            for (t, w) in zip(oneOnOne.successors(of: l), oneOnOne.successorWeights(of: l)) { withLeader[Int(t), default: 0] = max(withLeader[Int(t), default: 0], w) }
            for (s, w) in zip(oneOnOne.predecessors(of: l), oneOnOne.predecessorWeights(of: l)) { withLeader[Int(s), default: 0] = max(withLeader[Int(s), default: 0], w) }
            for (p, w) in withLeader where !leaderSet.contains(p) && inScope[p] { meetings[p] += w }
        }
        let isMet = meetings.map { $0 > 0 }
        met = (0..<n).filter { isMet[$0] }.map { Meeting(person: $0, count: meetings[$0]) }
            .sorted { $0.count != $1.count ? $0.count > $1.count : $0.person < $1.person }
        others = (0..<n).count { inScope[$0] && !leaderSet.contains($0) }

        var unitPeople: [String: [Int]] = [:]
        for v in 0..<n where !leaderSet.contains(v) && inScope[v] {
            if let u = network.people[v].unit { unitPeople[u, default: []].append(v) }
        }
        byUnit = network.units.compactMap { u in
            guard let people = unitPeople[u] else { return nil }
            return UnitCoverage(unit: u, people: people.count, met: people.count { isMet[$0] })
        }

        var rank = [Int](repeating: 0, count: n)
        for (i, v) in authority.ranking.enumerated() { rank[v] = i }
        let staff = authority.ranking.filter { !leaderSet.contains($0) && inScope[$0] }
        let open = staff.filter { !isMet[$0] }
        let sarahs = Set(staff.prefix(sarahCount))
        let members = Set(coalition)
        let everyone = network.graph()
        let namedBy = (0..<n).map { v in everyone.predecessors(of: v).count { Int($0) != v } }
        let peripheral = Set(OnRamp.peripheralPeople(in: network))

        sarahsNotMet = open.filter { sarahs.contains($0) }
        coalitionNotMet = open.filter { members.contains($0) }
        brokersNotMet = open.filter { authority.topBrokers.contains($0) || !authority.entries[$0].onlyLinkBetween.isEmpty }
        peripheralNotMet = open.filter { peripheral.contains($0) }
            .sorted { namedBy[$0] != namedBy[$1] ? namedBy[$0] < namedBy[$1] : $0 < $1 }

        // Every reason that applies to a person not met, most telling first.
        func reasons(of v: Int, unreached: String?) -> [Reason] {
            var all: [Reason] = []
            if let unreached { all.append(.mostSoughtOutInUnit(unit: unreached)) }
            let sarahRank = staff.firstIndex(of: v).map { $0 + 1 } ?? rank[v] + 1
            all.append(sarahs.contains(v) ? .sarahNotMet(rank: sarahRank) : .soughtOut(rank: sarahRank))
            if members.contains(v) { all.append(.coalitionMemberNotMet) }
            for (a, b) in authority.entries[v].onlyLinkBetween { all.append(.onlyTieBetween(unitA: a, unitB: b)) }
            if let b = authority.topBrokers.firstIndex(of: v) { all.append(.broker(rank: b + 1)) }
            if peripheral.contains(v) { all.append(.peripheral(namedBy: namedBy[v])) }
            return all
        }

        var chosen: [Suggestion] = []
        var taken = Set<Int>()
        func take(_ v: Int, first: Reason, unreached: String? = nil) {
            var all = reasons(of: v, unreached: unreached)
            all.removeAll { $0 == first }
            chosen.append(Suggestion(person: v, reasons: [first] + all))
            taken.insert(v)
        }
        // 1. Units nobody has been met in: their most sought-out person.
        let unreached = byUnit.filter { $0.met == 0 && $0.people > 0 }
            .sorted { $0.people != $1.people ? $0.people > $1.people : $0.unit < $1.unit }
        for u in unreached where chosen.count < count {
            let best = unitPeople[u.unit]!.min { rank[$0] < rank[$1] }!
            take(best, first: .mostSoughtOutInUnit(unit: u.unit), unreached: u.unit)
        }
        // 2. One from each queue in turn.
        let queues: [[Int]] = [open, coalitionNotMet, brokersNotMet, peripheralNotMet]
        var heads = [Int](repeating: 0, count: queues.count)
        while chosen.count < count {
            var progressed = false
            for q in queues.indices where chosen.count < count {
                while heads[q] < queues[q].count && taken.contains(queues[q][heads[q]]) { heads[q] += 1 }
                guard heads[q] < queues[q].count else { continue }
                let v = queues[q][heads[q]]
                let all = reasons(of: v, unreached: nil)
                let first: Reason
                switch q {
                case 0: first = all[0]
                case 1: first = .coalitionMemberNotMet
                case 2: first = all.first { if case .onlyTieBetween = $0 { true } else { false } } ?? all.first { if case .broker = $0 { true } else { false } }!
                default: first = .peripheral(namedBy: namedBy[v])
                }
                take(v, first: first)
                progressed = true
            }
            if !progressed { break }
        }
        self.next = chosen
    }
}
