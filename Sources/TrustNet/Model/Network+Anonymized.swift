extension Network {
    /// The same network with nobody identifiable: for exports, diagrams and reports that leave
    /// the leader's own screen.
    ///
    /// Every person's id and name become their pseudonym (``pseudonyms`` maps ids to them; the
    /// same person gets the same pseudonym in every term when the map comes from one key);
    /// e-mails and roster columns are dropped; a title becomes "formal leader" or nothing (a
    /// title like "Principal" names one person); units with fewer than `minimumUnitSize` people
    /// are merged into one "other units (merged)" so no small group can be singled out. Ties
    /// and weights are unchanged, so every measure is the same.
    ///
    /// - Precondition: `pseudonyms` has an entry for everyone, all different.
    public func anonymized(pseudonyms: [String: String], minimumUnitSize: Int = 5) -> Network {
        precondition(people.allSatisfy { pseudonyms[$0.id] != nil }, "a pseudonym for everyone")
        var sizes: [String: Int] = [:]
        for p in people { if let u = p.unit { sizes[u, default: 0] += 1 } }
        let merged = "other units (merged)"
        let anonymous = people.map { p -> Person in
            let unit = p.unit.map { sizes[$0]! >= minimumUnitSize ? $0 : merged }
            let alias = pseudonyms[p.id]!
            return Person(
                id: alias, name: alias, email: nil, unit: unit, title: p.isFormalLeader ? "formal leader" : nil,
                attributes: unit.map { [unitName: $0] } ?? [:])
        }
        return Network(term: term, people: anonymous, ties: ties, unitName: unitName)
    }
}
