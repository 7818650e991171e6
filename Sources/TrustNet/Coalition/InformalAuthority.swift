/// How much each part counts in the informal-authority score. The parts are each scaled to
/// [0, 1] (by the largest value in the network) before weighting; the weights need not sum to 1.
public struct AuthorityWeights: Sendable, Equatable {
    /// Named for advice (in-degree on advice ties).
    public var advice: Double
    /// Named for advice by people who are themselves named (PageRank on advice ties).
    public var pagerank: Double
    /// Named as trusted (in-degree on trust ties).
    public var trust: Double
    /// Named (for advice or sharing) by people from different units.
    public var units: Double
    /// Lies between colleagues (betweenness on advice and sharing ties).
    public var brokerage: Double

    public init(advice: Double = 0.35, pagerank: Double = 0.15, trust: Double = 0.25, units: Double = 0.15, brokerage: Double = 0.10) {
        self.advice = advice
        self.pagerank = pagerank
        self.trust = trust
        self.units = units
        self.brokerage = brokerage
    }

    var all: [Double] { [advice, pagerank, trust, units, brokerage] }
}

/// Informal authority: whom colleagues already go to for advice and trust, whatever their title.
///
/// Definition: for person v, with each part scaled to [0, 1] by the network's largest value,
/// score(v) = w_a·advice_in(v) + w_p·pagerank_advice(v) + w_t·trust_in(v) + w_u·units(v) +
/// w_b·betweenness(v), where advice_in and trust_in are in-degrees on the advice and trust ties,
/// pagerank is PageRank on the advice ties (weights as strength), units(v) the number of
/// different units among the people who name v for advice or sharing, and betweenness is
/// computed on the advice and sharing ties (hops): exact up to 10,000 people, estimated from
/// 1,024 seeded sources beyond (``BetweennessSampling``; ``betweennessSampledSources`` says
/// which). Weights: ``AuthorityWeights``.
///
/// A network with no advice ties uses all its ties in place of advice (the report says so).
///
/// - Complexity: dominated by betweenness, O(n·m) (O(k·m) sampled); PageRank O(m) per
///   iteration.
///
/// Directed: being named counts, naming does not. Weighted only through PageRank.
///
/// Reference: the parts follow Spillane, J. P., Kim, C. M. (2012). An exploratory analysis of
/// formal school leaders' positioning in instructional advice and information networks in
/// elementary schools. *American Journal of Education* 119(1), 73–102. DOI 10.1086/667755;
/// and Krackhardt, D. (1990). Assessing the political landscape: structure, cognition, and
/// power in organizations. *Administrative Science Quarterly* 35(2), 342–369.
/// DOI 10.2307/2393394.
///
/// Example: in a department where six teachers name Ana for advice and nobody names the head
/// of department, Ana ranks first and, having no title, is a hidden leader.
public struct InformalAuthority: Sendable {
    /// One person's score and what it is made of.
    public struct Entry: Sendable {
        public var person: Int
        public var score: Double
        /// The weighted parts, in the order of ``AuthorityWeights`` (advice, pagerank, trust,
        /// units, brokerage); they sum to ``score``.
        public var parts: [Double]
        public var adviceIn: Int
        public var adviceUnits: Int
        public var trustIn: Int
        public var unitsReached: Int
        public var pagerank: Double
        public var betweenness: Double
        public var isFormalLeader: Bool
        /// Unit pairs every one of whose advice/sharing ties involves this person.
        public var onlyLinkBetween: [(String, String)]
    }

    public let weights: AuthorityWeights
    /// One entry per person, by person index.
    public let entries: [Entry]
    /// Person indices from the highest score to the lowest (ties: more advice, then roster order).
    public let ranking: [Int]
    /// Whether the network had advice ties (else ``adviceRelations`` stood in for them).
    public let usedAdviceTies: Bool
    /// The relations read as advice: advice itself; in a term without advice ties, every
    /// relation but trust (which counts in a part of its own, and would count twice) and but
    /// negative ones (``Relation/soundsNegative``: dislike is no advice); trust when it is all
    /// that is left; and nothing (no ties) when only negative relations are.
    public let adviceRelations: Set<Relation>
    /// The relations along which people reach across units: advice and sharing, or the
    /// stand-in for advice.
    public let lateralRelations: Set<Relation>

    /// The relations read as advice in a term with `relations` (see ``adviceRelations``),
    /// without computing any score.
    public static func adviceRelations(among relations: Set<Relation>) -> Set<Relation> {
        if relations.contains(.advice) { return [.advice] }
        let positive = relations.filter { !$0.soundsNegative }
        let standIn = positive.subtracting([.trust])
        return standIn.isEmpty ? positive : standIn
    }

    /// The five people with the highest betweenness (above 0), highest first.
    public let topBrokers: [Int]
    /// Ordered pairs of people joined by a path along ``lateralRelations`` (estimated with the
    /// betweenness when it is sampled): what a broker's share of paths is measured against.
    public let connectedPairs: Double
    /// The sources betweenness was estimated from; `nil` when it is exact.
    public let betweennessSampledSources: Int?
    /// The seed of the sampled sources; `nil` when betweenness is exact.
    public let betweennessSeed: UInt64?

    /// - Parameters:
    ///   - network: the term's network.
    ///   - weights: how much each part counts.
    ///   - sampling: when betweenness is estimated from sampled sources (above 10,000 people
    ///     by default) and with which seed.
    public init(network: Network, weights: AuthorityWeights = AuthorityWeights(), sampling: BetweennessSampling = BetweennessSampling()) {
        self.weights = weights
        let n = network.people.count
        let relations = Set(network.relations)
        usedAdviceTies = relations.contains(.advice)
        adviceRelations = Self.adviceRelations(among: relations)
        lateralRelations = usedAdviceTies ? [.advice, .sharing] : adviceRelations
        let advice = network.graph(relations: adviceRelations)
        let trust = network.graph(relations: [.trust])
        let lateral = network.graph(relations: lateralRelations)
        let adviceIn = advice.degrees(.incoming)
        let trustIn = trust.degrees(.incoming)
        let pagerank = (try? advice.pageRank()) ?? NodeScores(Array(repeating: 0, count: n))
        let brokerage = BrokerageProfile(graph: lateral, sampling: sampling)
        let betweenness = brokerage.betweenness
        connectedPairs = brokerage.connectedPairs
        betweennessSampledSources = brokerage.sampledSources
        betweennessSeed = brokerage.seed
        let unitOf = network.people.map(\.unit)

        func distinctUnits(naming v: Int, in graph: Graph) -> Int {
            Set(graph.predecessors(of: v).compactMap { unitOf[Int($0)] }).count
        }
        let unitsReached = (0..<n).map { distinctUnits(naming: $0, in: lateral) }
        let adviceUnits = (0..<n).map { distinctUnits(naming: $0, in: advice) }

        // Unit pairs carried by one person: every tie between the two units has them as an end.
        var carriers: [UnitPair: Set<Int>] = [:]
        for u in 0..<n {
            for v32 in lateral.successors(of: u) {
                let v = Int(v32)
                guard let a = unitOf[u], let b = unitOf[v], a != b else { continue }
                let pair = UnitPair(a, b)
                if var both = carriers[pair] {
                    both.formIntersection([u, v])
                    carriers[pair] = both
                } else {
                    carriers[pair] = [u, v]
                }
            }
        }
        // A unit of one is carried by its one member whatever happens (Krackhardt's CEO is
        // department 0): that tells nothing, so such pairs are not credited to them.
        var unitSize: [String: Int] = [:]
        for unit in unitOf { if let unit { unitSize[unit, default: 0] += 1 } }
        var onlyLink = [[(String, String)]](repeating: [], count: n)
        for (pair, people) in carriers.sorted(by: { $0.key < $1.key }) where people.count == 1 {
            let carrier = people.first!
            if let own = unitOf[carrier], unitSize[own] == 1, own == pair.first || own == pair.second { continue }
            onlyLink[carrier].append((pair.first, pair.second))
        }

        func scaled(_ values: [Double]) -> [Double] {
            let top = values.max() ?? 0
            return top > 0 ? values.map { $0 / top } : values.map { _ in 0 }
        }
        let parts = [
            scaled(adviceIn.values), scaled(pagerank.values), scaled(trustIn.values),
            scaled(unitsReached.map(Double.init)), scaled(betweenness.values),
        ]
        let w = weights.all
        entries = (0..<n).map { v in
            let weighted = (0..<5).map { w[$0] * parts[$0][v] }
            return Entry(
                person: v, score: weighted.reduce(0, +), parts: weighted, adviceIn: Int(adviceIn[v]), adviceUnits: adviceUnits[v],
                trustIn: Int(trustIn[v]), unitsReached: unitsReached[v], pagerank: pagerank[v], betweenness: betweenness[v],
                isFormalLeader: network.people[v].isFormalLeader, onlyLinkBetween: onlyLink[v])
        }
        topBrokers = Array(betweenness.ranking().prefix(5).filter { betweenness[$0] > 0 })
        let entries = self.entries
        ranking = (0..<n).sorted { a, b in
            let x = entries[a], y = entries[b]
            if x.score != y.score { return x.score > y.score }
            if x.adviceIn != y.adviceIn { return x.adviceIn > y.adviceIn }
            return a < b
        }
    }

    /// The hidden leaders, found among everyone (not only among the people a command lists):
    /// the people without a formal leadership title, named by someone for advice or trust, who
    /// rank among the top k by informal authority, where k is the number of formal leaders (at
    /// least 3). If the formal leaders were the people colleagues go to, they would fill those
    /// places; whoever fills them without a title is a hidden leader. Highest first. (With few
    /// or no ties the top of the ranking holds people nobody names, ranked only by the share of
    /// PageRank everyone gets: no leaders of any kind.) None when the roster marks no formal
    /// leaders: then nobody is hidden by lacking a title.
    ///
    /// Example: a school with 4 formal leaders whose top 4 by informal authority are two of
    /// them and two untitled teachers named for advice: those two teachers are hidden leaders.
    public var hiddenLeaders: [Int] {
        guard hiddenLeaderPlaces > 0 else { return [] }
        return ranking.prefix(hiddenLeaderPlaces).filter { v in
            let e = entries[v]
            return !e.isFormalLeader && e.adviceIn + e.trustIn > 0
        }
    }

    /// The top places by informal authority ``hiddenLeaders`` looks in: as many as there are
    /// formal leaders, at least 3; 0 when the roster marks none.
    public var hiddenLeaderPlaces: Int {
        let formal = entries.count(where: \.isFormalLeader)
        return formal == 0 ? 0 : min(max(formal, 3), entries.count)
    }

    /// How far informal authority follows formal title (and seniority, when the roster has a
    /// numeric `years`, `seniority`, `tenure` or `experience` column).
    public struct Alignment: Sendable, Equatable {
        /// Spearman rank correlation of the score with holding a formal title (0/1).
        public var withTitle: Double
        /// Spearman rank correlation of the score with seniority, when known.
        public var withSeniority: Double?
        /// The seniority column used.
        public var seniorityColumn: String?
        /// Formal leaders among the top ``topCount``.
        public var formalInTop: Int
        public var topCount: Int
        /// Formal leaders on the roster.
        public var formalLeaders: Int
        /// Whether the scores differ at all (a term without ties scores everyone alike, and
        /// then no correlation says anything).
        public var scoresVary: Bool
        /// Whether ``withTitle`` means something: the scores vary, and some people hold a
        /// title and some do not.
        public var titleCorrelationKnown: Bool { scoresVary && formalLeaders > 0 && formalLeaders < peopleCount }
        /// People on the roster.
        public var peopleCount: Int
    }

    /// ``Alignment`` for the top `count` people.
    public func alignment(in network: Network, top count: Int) -> Alignment {
        let scores = entries.map(\.score)
        let formal = entries.map { $0.isFormalLeader ? 1.0 : 0.0 }
        let columns = ["years", "seniority", "tenure", "experience", "years_in_school", "years_teaching"]
        var seniority: (column: String, values: [Double])?
        for column in columns {
            let values = network.people.map { p in p.attributes.first { $0.key.lowercased() == column }.flatMap { Double($0.value) } }
            if values.allSatisfy({ $0 != nil }) && !values.isEmpty {
                seniority = (column, values.map { $0! })
                break
            }
        }
        let top = ranking.prefix(count)
        return Alignment(
            withTitle: RankCorrelation.spearman(scores, formal),
            withSeniority: seniority.map { RankCorrelation.spearman(scores, $0.values) },
            seniorityColumn: seniority?.column,
            formalInTop: top.filter { entries[$0].isFormalLeader }.count, topCount: top.count,
            formalLeaders: entries.filter(\.isFormalLeader).count, scoresVary: Set(scores).count > 1, peopleCount: entries.count)
    }

    /// The reasons for a person's place, most telling first, as data (``AuthorityReason``);
    /// the wording layer says them.
    public func reasons(for v: Int, in network: Network) -> [AuthorityReason] {
        let e = entries[v]
        var reasons: [AuthorityReason] = []
        if e.adviceIn > 0 { reasons.append(.named(colleagues: e.adviceIn, units: e.adviceUnits, standIn: !usedAdviceTies)) }
        if e.trustIn > 0 { reasons.append(.trusted(colleagues: e.trustIn)) }
        if e.unitsReached > e.adviceUnits && e.unitsReached > 1 { reasons.append(.soughtAcrossUnits(units: e.unitsReached)) }
        for (a, b) in e.onlyLinkBetween.prefix(2) { reasons.append(.onlyTieBetween(a, b)) }
        if e.onlyLinkBetween.count > 2 { reasons.append(.onlyTieBetweenMorePairs(e.onlyLinkBetween.count - 2)) }
        if let rank = topBrokers.firstIndex(of: v) { reasons.append(.broker(rank: rank + 1)) }
        if e.isFormalLeader, let title = network.people[v].title { reasons.append(.formalRole(title)) }
        if reasons.isEmpty { reasons.append(.namedByNobody) }
        return reasons
    }
}

/// An unordered pair of unit names, first ≤ second.
struct UnitPair: Hashable, Comparable {
    let first: String
    let second: String

    init(_ a: String, _ b: String) {
        (first, second) = a <= b ? (a, b) : (b, a)
    }

    static func < (x: UnitPair, y: UnitPair) -> Bool { (x.first, x.second) < (y.first, y.second) }
}
