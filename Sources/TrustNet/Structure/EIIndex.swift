/// The E-I index of a network by unit, with a permutation test.
public struct EIIndex: Sendable, Equatable {
    /// (E − I) / (E + I) over all ties between people with a unit: −1 = every tie inside a
    /// unit, +1 = every tie between units.
    public var observed: Double
    /// Ties between units (E) and within units (I).
    public var external: Int
    public var `internal`: Int
    /// The mean E-I index when units are shuffled among people (sizes kept): what the unit
    /// sizes alone would give.
    public var expected: Double
    /// Share of shuffles whose E-I is at least as far from `expected` as `observed` (two-sided).
    public var pValue: Double
    /// Number of shuffles.
    public var permutations: Int
    /// Each unit's own E-I over the ties its members send or receive, by unit index.
    public var byUnit: [Double]
}

extension Graph {
    /// The E-I index: whether ties stay inside units (departments, schools) or cross them —
    /// the measure of lateral sharing.
    ///
    /// Definition: E = ties u → v with unit(u) ≠ unit(v), I = ties with unit(u) = unit(v);
    /// EI = (E − I)/(E + I). Per unit U, over ties with at least one end in U: (E_U − I_U)/(E_U + I_U).
    /// The permutation test shuffles the unit labels among people (keeping each unit's size),
    /// recomputes EI `permutations` times and reports the mean and the two-sided share of
    /// shuffles at least as extreme, as UCINET's E-I procedure.
    ///
    /// With `groups` (a district's school of each person), units are compared only within
    /// their group: a tie between two groups is neither E nor I (a Grade 1 team and a Maths
    /// department in different schools are not expected to share), and the shuffles keep each
    /// label inside its group (each school's department sizes are kept).
    ///
    /// - Parameters:
    ///   - units: a unit index per node; nodes whose unit is `nil` are left out (ties to them
    ///     are not counted, and they are not shuffled).
    ///   - groups: a group per node, or `nil` to compare every pair of units; with groups,
    ///     nodes whose group is `nil` are left out.
    ///   - permutations: number of shuffles (0 skips the test).
    ///   - generator: randomness for the shuffles (seed it: same seed, same p-value).
    /// - Returns: the index, its expectation under shuffling and the p-value; NaN when no tie
    ///   joins two people with units.
    /// - Complexity: O(m · (permutations + 1)).
    ///
    /// Directed ties each count once (a mutual tie counts twice); unweighted; disconnected
    /// graphs are fine.
    ///
    /// Reference: Krackhardt, D., Stern, R. N. (1988). Informal networks and organizational
    /// crises: an experimental simulation. *Social Psychology Quarterly* 51(2), 123–140.
    /// DOI 10.2307/2786835.
    ///
    /// Example: units {a, b} and {c}; ties a → b, b → c, c → a: I = 1, E = 2, EI = 1/3. With
    /// groups {a, b} and {c} the ties to and from c cross groups: I = 1, E = 0, EI = −1.
    public func eiIndex(
        units: [Int?], groups: [Int?]? = nil, permutations: Int = 1_000, using generator: inout some RandomNumberGenerator
    ) -> EIIndex {
        precondition(units.count == nodeCount, "one unit per node")
        precondition(groups.map { $0.count == nodeCount } ?? true, "one group per node")
        // Within groups, a node without a group takes no part; a tie counts only inside a group.
        let units = groups.map { groups in units.indices.map { groups[$0] == nil ? nil : units[$0] } } ?? units
        func compared(_ u: Int, _ v: Int) -> Bool { groups.map { $0[u] == $0[v] } ?? true }
        let unitCount = (units.compactMap { $0 }.max() ?? -1) + 1
        func count(_ units: [Int?]) -> (external: Int, internal: Int) {
            var external = 0, inside = 0
            for u in 0..<nodeCount {
                guard let a = units[u] else { continue }
                for v in successors(of: u) {
                    guard let b = units[Int(v)], compared(u, Int(v)) else { continue }
                    if a == b { inside += 1 } else { external += 1 }
                }
            }
            return (external, inside)
        }
        func index(_ c: (external: Int, internal: Int)) -> Double {
            c.external + c.internal > 0 ? Double(c.external - c.internal) / Double(c.external + c.internal) : .nan
        }
        let observed = count(units)
        let ei = index(observed)

        var byUnitExternal = [Int](repeating: 0, count: unitCount)
        var byUnitInternal = [Int](repeating: 0, count: unitCount)
        for u in 0..<nodeCount {
            guard let a = units[u] else { continue }
            for v in successors(of: u) {
                guard let b = units[Int(v)], compared(u, Int(v)) else { continue }
                if a == b {
                    byUnitInternal[a] += 1
                } else {
                    byUnitExternal[a] += 1
                    byUnitExternal[b] += 1
                }
            }
        }
        let byUnit = (0..<unitCount).map { index((byUnitExternal[$0], byUnitInternal[$0])) }

        // Labels are shuffled inside each group (one group of everyone without `groups`).
        var shuffled = units
        var members: [Int: [Int]] = [:]
        for v in 0..<nodeCount where units[v] != nil { members[groups?[v] ?? 0, default: []].append(v) }
        let blocks = members.keys.sorted().map { members[$0]! }
        var labels = blocks.map { $0.map { units[$0]! } }
        var values: [Double] = []
        values.reserveCapacity(permutations)
        for _ in 0..<permutations {
            for b in blocks.indices {
                generator.shuffle(&labels[b])
                for (i, v) in blocks[b].enumerated() { shuffled[v] = labels[b][i] }
            }
            values.append(index(count(shuffled)))
        }
        let expected = values.isEmpty ? .nan : values.reduce(0, +) / Double(values.count)
        let distance = abs(ei - expected)
        let extreme = values.count { abs($0 - expected) >= distance - 1e-12 }
        return EIIndex(
            observed: ei, external: observed.external, internal: observed.internal, expected: expected,
            pValue: values.isEmpty || ei.isNaN ? .nan : Double(extreme) / Double(values.count),
            permutations: permutations, byUnit: byUnit)
    }
}
