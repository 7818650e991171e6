/// Tie density within and between units: how tightly each department or school is coupled
/// to each other one.
public struct UnitCoupling: Sendable, Equatable {
    /// `ties[a][b]`: ties from members of unit a to members of unit b.
    public var ties: [[Int]]
    /// `density[a][b]`: `ties[a][b]` over the possible ties, |a|·|b| (or |a|(|a| − 1) inside a unit).
    public var density: [[Double]]
    /// Members per unit.
    public var sizes: [Int]
    /// `compared[a][b]`: whether the pair is compared at all (false for two units in
    /// different groups, e.g. departments of different schools; always true without groups).
    public var compared: [[Bool]]
}

extension Graph {
    /// The unit coupling matrix: the density of ties from each unit to each unit.
    ///
    /// Definition: for units A and B, D_AB = ties(A → B) / (|A|·|B|) for A ≠ B, and
    /// ties(A → A) / (|A|(|A| − 1)) within A (0 when there is no possible tie). Loosely
    /// coupled schools show a strong diagonal and a faint rest.
    ///
    /// With `groups` (a district's school of each person), only ties inside a group count and
    /// the possible ties are those inside a group: D_AB = ties(A → B within groups) /
    /// Σ_g |A_g|·|B_g|; pairs of units that share no group are not compared.
    ///
    /// - Parameters:
    ///   - units: a unit index per node, or `nil` to leave the person out.
    ///   - unitCount: the number of units (indices are `0..<unitCount`).
    ///   - groups: a group per node, or `nil` to compare every pair of units; with groups,
    ///     nodes whose group is `nil` are left out.
    /// - Returns: tie counts, densities, unit sizes and which pairs are compared.
    /// - Complexity: O(n + m + units²·groups).
    ///
    /// Directed (row = sending unit); unweighted; disconnected graphs are fine.
    ///
    /// Reference: Wasserman, S., Faust, K. (1994). *Social Network Analysis*, §10.2 (density
    /// tables of a blockmodel). DOI 10.1017/CBO9780511815478.
    ///
    /// Example: units {a, b} and {c}; ties a → b, a → c: D = [[1/2, 1/2], [0, 0]]. With a, b in
    /// one school and c in another, the pair of units is not compared and a → c is not counted.
    public func unitCoupling(units: [Int?], unitCount: Int, groups: [Int?]? = nil) -> UnitCoupling {
        precondition(units.count == nodeCount, "one unit per node")
        precondition(groups.map { $0.count == nodeCount } ?? true, "one group per node")
        let units = groups.map { groups in units.indices.map { groups[$0] == nil ? nil : units[$0] } } ?? units
        var sizes = [Int](repeating: 0, count: unitCount)
        for case let u? in units { sizes[u] += 1 }
        // Members of each unit in each group (one group of everyone without `groups`).
        var sizeInGroup: [Int: [Int: Int]] = [:]
        for v in 0..<nodeCount {
            guard let u = units[v] else { continue }
            sizeInGroup[groups?[v] ?? 0, default: [:]][u, default: 0] += 1
        }
        var possible = [[Int]](repeating: [Int](repeating: 0, count: unitCount), count: unitCount)
        var compared = [[Bool]](repeating: [Bool](repeating: groups == nil, count: unitCount), count: unitCount)
        for counts in sizeInGroup.values {
            for (a, sizeA) in counts {
                for (b, sizeB) in counts {
                    possible[a][b] += a == b ? sizeA * (sizeA - 1) : sizeA * sizeB
                    compared[a][b] = true
                }
            }
        }
        var ties = [[Int]](repeating: [Int](repeating: 0, count: unitCount), count: unitCount)
        for u in 0..<nodeCount {
            guard let a = units[u] else { continue }
            for v in successors(of: u) {
                guard let b = units[Int(v)], groups.map({ $0[u] == $0[Int(v)] }) ?? true else { continue }
                ties[a][b] += 1
            }
        }
        var density = [[Double]](repeating: [Double](repeating: 0, count: unitCount), count: unitCount)
        for a in 0..<unitCount {
            for b in 0..<unitCount where possible[a][b] > 0 { density[a][b] = Double(ties[a][b]) / Double(possible[a][b]) }
        }
        return UnitCoupling(ties: ties, density: density, sizes: sizes, compared: compared)
    }
}
