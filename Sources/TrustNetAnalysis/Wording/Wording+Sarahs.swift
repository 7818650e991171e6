import TrustNet

extension Wording {
    /// One reason for a person's informal authority: "named for advice by 6 colleagues in 3
    /// departments", "trusted by 4", "the only tie between Maths and Science".
    public static func reason(_ reason: AuthorityReason, unitName: String) -> String {
        let units = plural(unitName)
        switch reason {
        case .named(let colleagues, let unitCount, let standIn):
            return "named \(standIn ? "" : "for advice ")by \(Wording.colleagues(colleagues))\(unitCount > 1 ? " in \(unitCount) \(units)" : "")"
        case .trusted(let colleagues): return "trusted by \(colleagues)"
        case .soughtAcrossUnits(let n): return "sought out from \(n) \(units) for advice or sharing"
        case .onlyTieBetween(let a, let b): return "the only tie between \(a) and \(b)"
        case .onlyTieBetweenMorePairs(let n): return "and between \(n) more \(n == 1 ? "pair" : "pairs") of \(units)"
        case .broker(let rank): return rank == 1 ? "the network's main broker (highest betweenness)" : "one of the network's top brokers (betweenness #\(rank))"
        case .formalRole(let title): return "formal role: \(title)"
        case .namedByNobody: return "nobody names them yet"
        }
    }

    /// A person's reasons joined with "; ".
    public static func reasons(_ reasons: [AuthorityReason], unitName: String) -> String {
        reasons.map { reason($0, unitName: unitName) }.joined(separator: "; ")
    }

    /// How far informal authority follows title and seniority, in one sentence: "2026-fall: of
    /// the top 10 by informal authority, 3 hold a formal title (12 of 125 on the roster do);
    /// informal authority follows title weakly (rank correlation 0.21); it falls as seniority
    /// rises, strongly (−0.69)."
    public static func alignment(_ a: InformalAuthority.Alignment, term: String) -> String {
        let title =
            a.titleCorrelationKnown
            ? "informal authority follows title \(strength(a.withTitle) == "hardly" ? "hardly at all" : strength(a.withTitle)) (rank correlation \(signed(a.withTitle)))"
            : !a.scoresVary
                ? "everyone scores alike (no ties tell them apart), so how far informal authority follows title cannot be told"
                : "with \(a.formalLeaders == 0 ? "no one" : "everyone") marked a formal leader, how far informal authority follows title cannot be told"
        var seniority = ""
        if a.scoresVary, let r = a.withSeniority, let column = a.seniorityColumn {
            // Which way seniority goes depends on the column (a rank of 1 may be the most
            // senior): say it in the column's own terms.
            seniority = "; higher `\(column)` values go with \(r >= 0 ? "more" : "less") informal authority, \(strength(r)) (\(signed(r)))"
        }
        return "\(term): of the top \(a.topCount) by informal authority, \(a.formalInTop) \(a.formalInTop == 1 ? "holds" : "hold") a formal title "
            + "(\(a.formalLeaders) of \(a.peopleCount) on the roster do); \(title)\(seniority)."
    }

    /// "hidden leaders (no formal title, yet among the 14 most sought-out, as many places as
    /// there are formal leaders): A, B and C", or nil when none.
    public static func hiddenLeaders(_ people: [Int], places: Int, in network: Network, limit: Int = 10) -> String? {
        guard !people.isEmpty else { return nil }
        let names = people.prefix(limit).map { network.people[$0].name }
        return "hidden leaders (no formal title, yet among the \(places) most sought-out, as many places as there are formal leaders): "
            + list(names, more: people.count - names.count)
    }
}

extension Wording {
    /// What the betweenness behind brokerage is: nothing to say when it is exact; for a network
    /// above the exact limit, that it is an estimate and from what.
    public static func betweennessEstimate(_ authority: InformalAuthority, people: Int) -> String? {
        guard let sources = authority.betweennessSampledSources else { return nil }
        let seed = authority.betweennessSeed.map { ", seed \($0)" } ?? ""
        return "Betweenness (brokerage, and the pre-mortem's broker) is an estimate: with \(count(people, "person", "people")), shortest paths were followed from \(count(sources, "randomly chosen colleague", "randomly chosen colleagues"))\(seed) instead of from everyone. It finds the brokers; people with close values may swap places."
    }
}
