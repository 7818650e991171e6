/// People who were on the periphery of the network one term and are in its core the next:
/// newly central colleagues, a sign that *ownership* of the work is widening.
///
/// Definition: with the Borgatti–Everett core–periphery split of each term
/// (``Graph/corePeriphery(maxMoves:)``), the people on both rosters who are in the periphery of
/// the earlier term and in the core of the later one. People who joined are not counted (they
/// had no place in the earlier term).
///
/// - Parameters:
///   - previous, current: the two terms' networks.
///   - previousSplit, currentSplit: their core–periphery splits, node order of each network.
/// - Returns: ids in the later term's roster order.
/// - Complexity: O(n) given the splits (the splits themselves cost O(n log n + m) and more).
///
/// Undirected, unweighted, as the split; disconnected networks are fine.
///
/// Reference: Borgatti, S. P., Everett, M. G. (1999). Models of core/periphery structures.
/// *Social Networks* 21(4), 375–395. DOI 10.1016/S0378-8733(99)00019-2.
///
/// Example: core {a, b} then core {a, c}, everyone on both rosters: c moved to the core (b moved
/// out, which this does not count).
public struct PeripheryToCore: Sendable, Equatable {
    /// Ids of the people who moved from the periphery to the core.
    public let people: [String]

    public init(previous: Network, previousSplit: CorePeriphery, current: Network, currentSplit: CorePeriphery) {
        precondition(previousSplit.isCore.count == previous.people.count && currentSplit.isCore.count == current.people.count)
        people = current.people.indices.compactMap { v in
            guard currentSplit.isCore[v], let before = previous.index(ofPersonWithID: current.people[v].id),
                !previousSplit.isCore[before]
            else { return nil }
            return current.people[v].id
        }
    }

    /// Splits each term's ties of `relations` (all when `nil`) and compares them.
    public init(previous: Network, current: Network, relations: Set<Relation>? = nil) {
        self.init(
            previous: previous, previousSplit: previous.graph(relations: relations).corePeriphery(),
            current: current, currentSplit: current.graph(relations: relations).corePeriphery())
    }
}
