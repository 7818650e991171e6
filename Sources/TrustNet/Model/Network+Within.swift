extension Network {
    /// The people whose roster `column` reads `value` (case and surrounding spaces aside), and
    /// the ties among them: one school of a district, one department of a school.
    ///
    /// `column` is a roster attribute, or the network's unit column (``unitName``). People keep
    /// their order; ties to or from anyone outside are left out.
    ///
    /// - Complexity: O(people + ties).
    public func within(column: String, value: String) -> Network {
        func normalized(_ s: String) -> String { String(s.lowercased().drop { $0 == " " }.reversed().drop { $0 == " " }.reversed()) }
        let wanted = normalized(value), key = normalized(column)
        var kept: [Int] = []
        var newIndex = [Int?](repeating: nil, count: people.count)
        for (i, person) in people.enumerated() {
            let cell = person.attributes.first { normalized($0.key) == key }?.value ?? (normalized(unitName) == key ? person.unit : nil)
            if let cell, normalized(cell) == wanted {
                newIndex[i] = kept.count
                kept.append(i)
            }
        }
        let ties = self.ties.compactMap { tie -> Tie? in
            guard let s = newIndex[tie.source], let t = newIndex[tie.target] else { return nil }
            return Tie(source: s, target: t, relation: tie.relation, weight: tie.weight)
        }
        return Network(term: term, people: kept.map { people[$0] }, ties: ties, unitName: unitName)
    }

    /// The network of each unit (``units`` order): its people, in their order, and the ties
    /// among them, with each person's index in this network. People without a unit and ties
    /// between units are left out. One pass over people and ties for all the units, where
    /// ``within(column:value:)`` once per unit would read them all for each.
    ///
    /// - Complexity: O(people + ties).
    public func unitNetworks() -> [(network: Network, people: [Int])] {
        let names = units
        let index = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, $0) })
        var members = [[Int]](repeating: [], count: names.count)
        var local = [Int](repeating: -1, count: people.count)
        var unitOf = [Int](repeating: -1, count: people.count)
        for (v, person) in people.enumerated() {
            guard let unit = person.unit, let u = index[unit] else { continue }
            local[v] = members[u].count
            unitOf[v] = u
            members[u].append(v)
        }
        var ties = [[Tie]](repeating: [], count: names.count)
        for tie in self.ties {
            let u = unitOf[tie.source]
            guard u >= 0, unitOf[tie.target] == u else { continue }
            ties[u].append(Tie(source: local[tie.source], target: local[tie.target], relation: tie.relation, weight: tie.weight))
        }
        return names.indices.map { u in
            (Network(term: term, people: members[u].map { people[$0] }, ties: ties[u], unitName: unitName), members[u])
        }
    }

    /// The values of roster `column` (or the unit column), sorted, for messages.
    public func values(of column: String) -> [String] {
        let key = column.lowercased()
        return Set(people.compactMap { p in p.attributes.first { $0.key.lowercased() == key }?.value ?? (unitName.lowercased() == key ? p.unit : nil) }).sorted()
    }
}
