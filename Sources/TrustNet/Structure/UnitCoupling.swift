/// Tie density within and between units: how tightly each department or school is coupled
/// to each other one.
public struct UnitCoupling: Sendable, Equatable {
    /// `ties[a][b]`: ties from members of unit a to members of unit b.
    public var ties: [[Int]]
    /// `density[a][b]`: `ties[a][b]` over the possible ties, |a|·|b| (or |a|(|a| − 1) inside a unit).
    public var density: [[Double]]
    /// Members per unit.
    public var sizes: [Int]
}

extension Graph {
    /// The unit coupling matrix: the density of ties from each unit to each unit.
    ///
    /// Definition: for units A and B, D_AB = ties(A → B) / (|A|·|B|) for A ≠ B, and
    /// ties(A → A) / (|A|(|A| − 1)) within A (0 when there is no possible tie). Loosely
    /// coupled schools show a strong diagonal and a faint rest.
    ///
    /// - Parameters:
    ///   - units: a unit index per node, or `nil` to leave the person out.
    ///   - unitCount: the number of units (indices are `0..<unitCount`).
    /// - Returns: tie counts, densities and unit sizes.
    /// - Complexity: O(n + m + units²).
    ///
    /// Directed (row = sending unit); unweighted; disconnected graphs are fine.
    ///
    /// Reference: Wasserman, S., Faust, K. (1994). *Social Network Analysis*, §10.2 (density
    /// tables of a blockmodel). DOI 10.1017/CBO9780511815478.
    ///
    /// Example: units {a, b} and {c}; ties a → b, a → c: D = [[1/2, 1/2], [0, 0]].
    public func unitCoupling(units: [Int?], unitCount: Int) -> UnitCoupling {
        precondition(units.count == nodeCount, "one unit per node")
        var sizes = [Int](repeating: 0, count: unitCount)
        for case let u? in units { sizes[u] += 1 }
        var ties = [[Int]](repeating: [Int](repeating: 0, count: unitCount), count: unitCount)
        for u in 0..<nodeCount {
            guard let a = units[u] else { continue }
            for v in successors(of: u) {
                if let b = units[Int(v)] { ties[a][b] += 1 }
            }
        }
        let density = (0..<unitCount).map { a in
            (0..<unitCount).map { b -> Double in
                let possible = a == b ? sizes[a] * (sizes[a] - 1) : sizes[a] * sizes[b]
                return possible > 0 ? Double(ties[a][b]) / Double(possible) : 0
            }
        }
        return UnitCoupling(ties: ties, density: density, sizes: sizes)
    }
}
