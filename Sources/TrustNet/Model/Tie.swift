/// A directed tie of one relation, from the person who answered to the person named.
///
/// `source` and `target` are indices into the people of the ``Network`` the tie belongs to.
/// `weight` is a *strength* (frequency, 1…5 on surveys; default 1), never a distance: path
/// measures turn it into a distance only when asked to (``EdgeCost/inverseStrength``).
public struct Tie: Hashable, Sendable {
    public var source: Int
    public var target: Int
    public var relation: Relation
    public var weight: Double

    public init(source: Int, target: Int, relation: Relation, weight: Double = 1) {
        self.source = source
        self.target = target
        self.relation = relation
        self.weight = weight
    }
}
