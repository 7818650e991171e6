/// The five Gould–Fernandez brokerage roles, by where the broker and the two people it
/// connects belong. In a two-path a → v → c (a names v, v names c, a does not name c), v is:
public enum BrokerageRole: String, CaseIterable, Sendable, Hashable {
    /// a, v and c all in one unit: brokering inside the unit.
    case coordinator
    /// c in v's unit, a outside: v controls what enters the unit.
    case gatekeeper
    /// a in v's unit, c outside: v carries the unit's requests out.
    case representative
    /// a and c in one unit, v in another: an outside consultant (Gould–Fernandez' itinerant).
    case consultant
    /// a, v and c in three different units.
    case liaison

    /// The role of `broker` in the two-path `from → broker → to`, by unit.
    public static func of(from: Int, broker: Int, to: Int) -> BrokerageRole {
        switch (from == broker, broker == to, from == to) {
        case (true, true, _): .coordinator
        case (false, true, _): .gatekeeper
        case (true, false, _): .representative
        case (false, false, true): .consultant
        case (false, false, false): .liaison
        }
    }
}

extension Graph {
    /// Brokerage role counts: how often each person links two others who are not tied
    /// directly, by whether the three share a unit (Gould–Fernandez).
    ///
    /// Definition: for every two-path a → v → c with a ≠ c and no tie a → c, add one to v's
    /// count of the ``BrokerageRole`` given by the units of a, v and c. Raw counts, as R sna's
    /// `brokerage(g, cl)$raw.nli` (columns w_I, w_O, b_IO, b_OI, b_O are coordinator,
    /// consultant, representative, gatekeeper, liaison).
    ///
    /// - Parameters:
    ///   - units: a unit index per node (people with no unit share one index).
    ///   - progress: called with (people done, n) about a hundred times, the last (n, n).
    /// - Returns: the count per node for each role.
    /// - Complexity: O(Σ_v in(v) · out(v) · log d) time.
    ///
    /// Directed; unweighted (a tie either exists or not); disconnected graphs are fine.
    ///
    /// Reference: Gould, R. V., Fernandez, R. M. (1989). Structures of mediation: a formal
    /// approach to brokerage in transaction networks. *Sociological Methodology* 19, 89–126.
    /// DOI 10.2307/270949.
    ///
    /// Example: units Maths = {a, v}, Science = {c}; a → v → c with no a → c: v is a
    /// representative (carries Maths' question to Science) once; nobody else brokers.
    public func brokerage(units: [Int], progress: (@Sendable (Int, Int) -> Void)? = nil) -> [BrokerageRole: NodeScores] {
        precondition(units.count == nodeCount, "one unit per node")
        var counts = [BrokerageRole: [Double]]()
        for role in BrokerageRole.allCases { counts[role] = [Double](repeating: 0, count: nodeCount) }
        var tally = [Int](repeating: 0, count: BrokerageRole.allCases.count)
        var shown = LoopProgress(total: nodeCount, progress)
        for v in 0..<nodeCount {
            shown.advance(to: v)
            for i in tally.indices { tally[i] = 0 }
            for a32 in predecessors(of: v) {
                let a = Int(a32)
                for c32 in successors(of: v) where c32 != a32 {
                    let c = Int(c32)
                    guard weight(from: a, to: c) == nil else { continue }
                    let role = BrokerageRole.of(from: units[a], broker: units[v], to: units[c])
                    tally[BrokerageRole.allCases.firstIndex(of: role)!] += 1
                }
            }
            for (i, role) in BrokerageRole.allCases.enumerated() { counts[role]![v] = Double(tally[i]) }
        }
        shown.finish()
        return counts.mapValues(NodeScores.init)
    }
}
