import TrustNet

/// A set of people a leader is trying out as a coalition (the web app's coalition builder):
/// how far it reaches and what the pre-mortem fears most for it.
public struct CoalitionEvaluation: Sendable {
    /// The members, as indices into the network's people, in the order given.
    public var members: [Int]
    /// Borgatti's distance-weighted reach of the set (as `coalition suggest` reports it).
    public var reach: Double
    /// Share of staff within one step (in the set, or naming a member) and within two steps.
    public var withinOne: Double
    public var withinTwo: Double
    /// Units with at least one member, and how many units the term has.
    public var unitsCovered: Int
    public var unitCount: Int
    /// The pre-mortem of this set, most serious first, at most the limit asked for.
    public var risks: [PremortemFinding]
}

extension TermAnalysis {
    /// How a chosen set of people would do as the coalition: the numbers `coalition suggest`
    /// compares sets by, and the pre-mortem's top findings for exactly this set.
    ///
    /// - Parameters:
    ///   - ids: the members' ids (each once; order kept).
    ///   - count: how many of the pre-mortem's findings to return at most.
    /// - Returns: reach, the shares within one and two steps, units covered, risks.
    /// - Throws: ``AnalysisError/unknownPerson(_:)`` for an id not on the roster.
    /// - Complexity: one reach computation (a breadth-first search per candidate) and one
    ///   pre-mortem, as `premortem` does.
    ///
    /// Example: on a path a → b → c (a names b, b names c) with everyone in one unit,
    /// `evaluateCoalition(ids: ["c"])` has withinOne 2/3 (c itself, and b who names c) and
    /// withinTwo 1 (a names b, who names c).
    public func evaluateCoalition(ids: [String], risks count: Int = 3) throws(AnalysisError) -> CoalitionEvaluation {
        let members = try people(withIDs: ids)
        let reach = CoalitionReach(network: network, include: members)
        let units = network.unitOfPerson
        // The pre-mortem exactly as `premortem` runs it, with this set as the coalition.
        let risks = Premortem(network: network, coalition: members, authority: authority, limit: PremortemOptions().limit).findings
        return CoalitionEvaluation(
            members: members, reach: members.isEmpty ? 0 : reach.reach(of: members),
            withinOne: members.isEmpty ? 0 : reach.share(of: members, withinSteps: 1),
            withinTwo: members.isEmpty ? 0 : reach.share(of: members, withinSteps: 2),
            unitsCovered: Set(members.compactMap { units[$0] }).count, unitCount: network.units.count, risks: Array(risks.prefix(count)))
    }
}
