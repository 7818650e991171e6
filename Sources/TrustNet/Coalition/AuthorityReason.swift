/// One reason for a person's place in the ranking by informal authority, as data: the wording
/// layer (TrustNetAnalysis' `Wording`) says it in words.
public enum AuthorityReason: Sendable, Hashable {
    /// Named by `colleagues` for advice (or by whatever stood in for advice when
    /// `standIn`), from `units` different units.
    case named(colleagues: Int, units: Int, standIn: Bool)
    /// Named as trusted by `colleagues`.
    case trusted(colleagues: Int)
    /// Sought out (for advice or sharing) from more units than they are named for advice from.
    case soughtAcrossUnits(units: Int)
    /// Every advice or sharing tie between the two units goes to or from them.
    case onlyTieBetween(String, String)
    /// …and between this many more pairs of units.
    case onlyTieBetweenMorePairs(Int)
    /// Highest betweenness (rank 1) or among the five highest.
    case broker(rank: Int)
    /// The roster gives them a formal role.
    case formalRole(String)
    /// Nobody names them yet.
    case namedByNobody
}
