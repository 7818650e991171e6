/// How strong and how mutual the ties that touch a coalition are: the *depth* of its work
/// (Coburn 2003), as distinct from how far it spreads.
public struct CoalitionDepth: Sendable, Equatable {
    /// Count, mean weight and reciprocity of one group of ties.
    public struct Ties: Sendable, Equatable {
        /// Number of ties in the group.
        public var count: Int
        /// Mean weight (strength: how often, 1…5 on surveys); `nil` when there are none.
        public var meanWeight: Double?
        /// Share of the ties returned in the same relation; `nil` when there are none.
        public var reciprocity: Double?
    }

    /// Ties between two members.
    public let amongMembers: Ties
    /// Ties between a member and someone outside the coalition, either way.
    public let withOthers: Ties
    /// Every tie with at least one member at an end (the two groups together).
    public let all: Ties

    /// Measures the ties that touch the coalition.
    ///
    /// Definition: over the ties of `relations` (each (source, target, relation) once, as in the
    /// tie list) with at least one end in the coalition S: mean weight = Σ w / count, and
    /// reciprocity = share of ties u → v of relation r for which v → u of relation r exists
    /// (NetworkX `overall_reciprocity` on that relation's ties). Reported for ties inside S,
    /// ties between S and the rest, and both together.
    ///
    /// - Parameters:
    ///   - network: the term.
    ///   - members: the coalition, as person indices of `network`.
    ///   - relations: the relations to look at (all when `nil`).
    /// - Returns: counts, mean weights and reciprocities; `nil` values when a group has no tie.
    /// - Complexity: O(m) expected (one hash set of the ties).
    ///
    /// Directed (a tie and its return are two ties); weighted (weight as strength) for the mean,
    /// unweighted for reciprocity; disconnected networks are fine.
    ///
    /// Reference: Coburn, C. E. (2003). Rethinking scale: moving beyond numbers to deep and
    /// lasting change. *Educational Researcher* 32(6), 3–12. DOI 10.3102/0013189X032006003;
    /// reciprocity as in Wasserman, S., Faust, K. (1994). *Social Network Analysis*, §13.2.
    /// DOI 10.1017/CBO9780511815478.
    ///
    /// Example: coalition {a, b}; advice a → b (weight 4), b → a (2), c → a (3), b → d (1):
    /// among members 2 ties, mean 3, reciprocity 1; with others 2 ties, mean 2, reciprocity 0;
    /// all 4 ties, mean 2.5, reciprocity 1/2.
    public init(network: Network, members: [Int], relations: Set<Relation>? = nil) {
        struct Key: Hashable {
            let source: Int
            let target: Int
            let relation: Relation
        }
        let inCoalition = Set(members)
        let chosen = network.ties.filter { relations?.contains($0.relation) ?? true }
        let present = Set(chosen.map { Key(source: $0.source, target: $0.target, relation: $0.relation) })
        var sums = [(count: 0, weight: 0.0, returned: 0), (count: 0, weight: 0.0, returned: 0)]
        for tie in chosen {
            let ends = (inCoalition.contains(tie.source) ? 1 : 0) + (inCoalition.contains(tie.target) ? 1 : 0)
            guard ends > 0 else { continue }
            let group = ends == 2 ? 0 : 1
            sums[group].count += 1
            sums[group].weight += tie.weight
            if present.contains(Key(source: tie.target, target: tie.source, relation: tie.relation)) { sums[group].returned += 1 }
        }
        func ties(_ s: (count: Int, weight: Double, returned: Int)) -> Ties {
            Ties(
                count: s.count, meanWeight: s.count > 0 ? s.weight / Double(s.count) : nil,
                reciprocity: s.count > 0 ? Double(s.returned) / Double(s.count) : nil)
        }
        amongMembers = ties(sums[0])
        withOthers = ties(sums[1])
        all = ties((sums[0].count + sums[1].count, sums[0].weight + sums[1].weight, sums[0].returned + sums[1].returned))
    }
}
