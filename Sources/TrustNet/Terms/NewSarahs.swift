/// People among the term's most sought-out colleagues who were not among them the term before:
/// new "Sarahs", a sign that informal authority is renewing rather than resting on a few.
///
/// Definition: the people in the top `top` of this term's ``InformalAuthority`` ranking whose
/// id was not in the top `top` of the previous term's ranking (newcomers included: someone who
/// joined and is already sought out is a new Sarah).
///
/// - Parameters:
///   - previous, current: the two terms' networks.
///   - previousAuthority, currentAuthority: their informal-authority scores.
///   - top: how many of each ranking count (10 by default).
/// - Returns: ids in the order of this term's ranking.
/// - Complexity: O(top) given the scores (which cost O(n·m) for betweenness).
///
/// Directed and weighted as ``InformalAuthority``; disconnected networks are fine.
///
/// Reference: Spillane, J. P., Kim, C. M. (2012). *American Journal of Education* 119(1),
/// 73–102. DOI 10.1086/667755 (informal leaders as the sought-out).
///
/// Example: top 3 {a, b, c} then {b, d, a}: one new Sarah, d.
public struct NewSarahs: Sendable, Equatable {
    /// Ids of this term's top people who were not in the previous term's top.
    public let people: [String]

    public init(
        previous: Network, previousAuthority: InformalAuthority, current: Network, currentAuthority: InformalAuthority, top: Int = 10
    ) {
        let before = Set(previousAuthority.ranking.prefix(top).map { previous.people[$0].id })
        people = currentAuthority.ranking.prefix(top).map { current.people[$0].id }.filter { !before.contains($0) }
    }
}
