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

    /// The values of roster `column` (or the unit column), sorted, for messages.
    public func values(of column: String) -> [String] {
        let key = column.lowercased()
        return Set(people.compactMap { p in p.attributes.first { $0.key.lowercased() == key }?.value ?? (unitName.lowercased() == key ? p.unit : nil) }).sorted()
    }
}
