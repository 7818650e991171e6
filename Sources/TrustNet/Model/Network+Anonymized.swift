extension Network {
    /// The same network with nobody identifiable: for exports, diagrams and reports that leave
    /// the leader's own screen.
    ///
    /// Every person's id and name become their pseudonym (``pseudonyms`` maps ids to them; the
    /// same person gets the same pseudonym in every term when the map comes from one key);
    /// e-mails and roster columns are dropped; units with fewer than `minimumUnitSize` people
    /// are merged into one "other units (merged)" so no small group can be singled out.
    ///
    /// People are listed in pseudonym order (``pseudonymOrder(_:)``), never in roster order:
    /// row k of an anonymized file would otherwise be row k of the roster. Ties are renumbered
    /// and sorted the same way. Weights are unchanged, so every measure is the same up to the
    /// order of the people.
    ///
    /// A title is a quasi-identifier (a unit's only formal leader is its head): with
    /// `formalLeaders` `.whereNotIdentifying` (the default) a person is marked "formal leader"
    /// only in a unit where both the formal leaders and the others number at least
    /// `minimumUnitSize`, so the mark never narrows anyone down to fewer than that many
    /// people; `.kept` marks every formal leader, `.dropped` none.
    ///
    /// - Precondition: `pseudonyms` has an entry for everyone, all different.
    /// - Complexity: O(n log n + m log m).
    public func anonymized(
        pseudonyms: [String: String], minimumUnitSize: Int = 5, formalLeaders: FormalLeaderDisclosure = .whereNotIdentifying
    ) -> Network {
        let order = pseudonymOrder(pseudonyms)
        var sizes: [String: Int] = [:]
        for p in people { if let u = p.unit { sizes[u, default: 0] += 1 } }
        let merged = "other units (merged)"
        let units = people.map { p in p.unit.map { sizes[$0]! >= minimumUnitSize ? $0 : merged } }
        // Formal leaders and others per (merged) unit; people with no unit form one group.
        var formalCount: [String?: Int] = [:]
        var otherCount: [String?: Int] = [:]
        for (i, p) in people.enumerated() {
            if p.isFormalLeader { formalCount[units[i], default: 0] += 1 } else { otherCount[units[i], default: 0] += 1 }
        }
        func marked(_ i: Int) -> Bool {
            guard people[i].isFormalLeader else { return false }
            switch formalLeaders {
            case .kept: return true
            case .dropped: return false
            case .whereNotIdentifying:
                let others = otherCount[units[i]] ?? 0
                return formalCount[units[i]]! >= minimumUnitSize && (others == 0 || others >= minimumUnitSize)
            }
        }
        var newIndex = [Int](repeating: 0, count: people.count)
        for (k, i) in order.enumerated() { newIndex[i] = k }
        let anonymous = order.map { i -> Person in
            let alias = pseudonyms[people[i].id]!
            let unit = units[i]
            return Person(
                id: alias, name: alias, email: nil, unit: unit, title: marked(i) ? "formal leader" : nil,
                attributes: unit.map { [unitName: $0] } ?? [:])
        }
        let renumbered = ties.map { Tie(source: newIndex[$0.source], target: newIndex[$0.target], relation: $0.relation, weight: $0.weight) }
            .sorted { ($0.source, $0.target, $0.relation.name) < ($1.source, $1.target, $1.relation.name) }
        return Network(term: term, people: anonymous, ties: renumbered, unitName: unitName)
    }

    /// The indices of ``people`` in the order ``anonymized(pseudonyms:minimumUnitSize:formalLeaders:)``
    /// lists them: by pseudonym, which says nothing of the roster's order.
    ///
    /// - Precondition: `pseudonyms` has an entry for everyone.
    public func pseudonymOrder(_ pseudonyms: [String: String]) -> [Int] {
        people.indices.sorted { pseudonyms[people[$0].id]! < pseudonyms[people[$1].id]! }
    }
}

/// Whether an anonymized network says who holds a formal position.
public enum FormalLeaderDisclosure: String, Sendable, CaseIterable {
    /// Only where the mark leaves at least the minimum unit size of people alike.
    case whereNotIdentifying
    /// Every formal leader is marked "formal leader".
    case kept
    /// Nobody is marked.
    case dropped
}
