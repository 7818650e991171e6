/// How many ties of one term were kept, made and lost by the next, among people on both rosters.
public struct TieChange: Sendable, Hashable {
    /// Ties present in both terms.
    public var kept: Int
    /// Ties of the later term that the earlier one did not have.
    public var new: Int
    /// Ties of the earlier term that the later one no longer has.
    public var lost: Int

    public init(kept: Int = 0, new: Int = 0, lost: Int = 0) {
        self.kept = kept
        self.new = new
        self.lost = lost
    }

    /// Share of the earlier term's ties (among people still there) that were kept; `nil` when
    /// there were none.
    public var keptShare: Double? { kept + lost > 0 ? Double(kept) / Double(kept + lost) : nil }
}

/// Two consecutive terms side by side, people matched by their stable id: who joined, who left,
/// who stayed, and which ties were kept, made or lost.
///
/// Definition: a tie is the triple (source id, target id, relation); the same pair named in two
/// relations is two ties, as in the tie list. Only ties whose two ends are on both rosters
/// (``stayed``) are compared: a tie present in both terms is *kept*, one only in the later term
/// is *new*, one only in the earlier term is *lost*. A tie to or from someone who left is not
/// lost — they left, the tie was not dropped — and a tie to or from a newcomer is not new in the
/// same sense; both are counted apart (``tiesWithLeavers``, ``tiesWithNewcomers``). Weights are
/// not compared: a tie whose frequency changed is kept.
///
/// - Parameters:
///   - previous: the earlier term's network.
///   - current: the later term's network.
///   - relations: the relations to compare (all when `nil`).
/// - Complexity: O(n + m) expected (hashing ids and ties).
///
/// Directed: a → b and b → a are different ties. Unweighted. Disconnected networks are fine.
///
/// Reference: the turnover-aware tie balance of panel network studies, e.g. Snijders, T. A. B.,
/// van de Bunt, G. G., Steglich, C. E. G. (2010). Introduction to stochastic actor-based models
/// for network dynamics. *Social Networks* 32(1), 44–60. DOI 10.1016/j.socnet.2009.02.004
/// (joiners and leavers are structural zeros, not tie changes).
///
/// Example: term 1 has a, b, c with a → b, b → c; term 2 has a, b, d with a → b, b → a, d → a.
/// c left and d joined; stayed {a, b}. Kept: a → b. New: b → a. Lost: none (b → c goes to
/// someone who left). Ties with leavers: 1, with newcomers: 1.
public struct TermComparison: Sendable {
    /// Ids of people on the later roster only, in its roster order.
    public let joined: [String]
    /// Ids of people on the earlier roster only, in its roster order.
    public let left: [String]
    /// Ids of people on both rosters, in the later roster's order.
    public let stayed: [String]
    /// Ties kept, new and lost among people on both rosters, over the relations compared.
    public let ties: TieChange
    /// The same, relation by relation (relations with at least one tie among people on both rosters).
    public let byRelation: [Relation: TieChange]
    /// Ties of the earlier term to or from someone who left (not counted as lost).
    public let tiesWithLeavers: Int
    /// Ties of the later term to or from someone who joined (not counted as new).
    public let tiesWithNewcomers: Int

    public init(previous: Network, current: Network, relations: Set<Relation>? = nil) {
        let before = Set(previous.people.map(\.id))
        let after = Set(current.people.map(\.id))
        joined = current.people.map(\.id).filter { !before.contains($0) }
        left = previous.people.map(\.id).filter { !after.contains($0) }
        stayed = current.people.map(\.id).filter { before.contains($0) }

        struct Key: Hashable {
            let source: String
            let target: String
            let relation: Relation
        }
        func keys(_ network: Network, others: Set<String>) -> (both: Set<Key>, outside: Int) {
            var both = Set<Key>()
            var outside = 0
            for tie in network.ties where relations?.contains(tie.relation) ?? true {
                let s = network.people[tie.source].id, t = network.people[tie.target].id
                if others.contains(s) && others.contains(t) {
                    both.insert(Key(source: s, target: t, relation: tie.relation))
                } else {
                    outside += 1
                }
            }
            return (both, outside)
        }
        let earlier = keys(previous, others: after)
        let later = keys(current, others: before)
        tiesWithLeavers = earlier.outside
        tiesWithNewcomers = later.outside

        var total = TieChange()
        var byRelation: [Relation: TieChange] = [:]
        for key in later.both {
            if earlier.both.contains(key) {
                total.kept += 1
                byRelation[key.relation, default: TieChange()].kept += 1
            } else {
                total.new += 1
                byRelation[key.relation, default: TieChange()].new += 1
            }
        }
        for key in earlier.both where !later.both.contains(key) {
            total.lost += 1
            byRelation[key.relation, default: TieChange()].lost += 1
        }
        ties = total
        self.byRelation = byRelation
    }
}
