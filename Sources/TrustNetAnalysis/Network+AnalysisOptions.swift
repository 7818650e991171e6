import TrustNet

/// What ``AnalysisOptions`` does to a term's network.
extension Network {
    /// The same term with only the ties at least `minimum` strong.
    public func keepingTies(atLeast minimum: Double) -> Network {
        Network(term: term, people: people, ties: ties.filter { $0.weight >= minimum }, unitName: unitName)
    }

    /// The same term with people whose title contains one of `words` (as a word,
    /// case-insensitive) marked formal leaders (roster column `formal` = yes), unless the
    /// roster's own `formal` column says otherwise.
    public func markingFormalLeaders(titleWords words: [String]) -> Network {
        let wanted = Set(words.map { $0.lowercased() })
        guard !wanted.isEmpty else { return self }
        return Network(term: term, people: people.map { $0.markingFormal(titleWords: wanted) }, ties: ties, unitName: unitName)
    }

    /// The same term with a unit that spans several values of a higher level (a department
    /// name used in two schools) split into one unit per value, named "Grade 1 (Maple
    /// Elementary)"; units inside one value keep their names.
    public func qualifyingUnits(by level: [String?]) -> Network {
        precondition(level.count == people.count, "a level value per person")
        var levels: [String: Set<String>] = [:]
        for (v, person) in people.enumerated() {
            if let unit = person.unit, let value = level[v] { levels[unit, default: []].insert(value) }
        }
        guard levels.values.contains(where: { $0.count > 1 }) else { return self }
        let split = people.enumerated().map { v, person -> Person in
            guard let unit = person.unit, let value = level[v], levels[unit]!.count > 1 else { return person }
            var p = person
            p.unit = "\(unit) (\(value))"
            return p
        }
        return Network(term: term, people: split, ties: ties, unitName: unitName)
    }
}
