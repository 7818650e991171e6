import TrustNet

/// What a network diagram shows and how.
public struct DiagramOptions: Sendable {
    /// The relations drawn (all when `nil`); each relation has its own line style.
    public var relations: Set<Relation>?
    /// The roster column whose values colour the people (the unit when `nil`).
    public var colorBy: String?
    /// A measure that sizes the people (node area grows with the value), with its name for the
    /// legend. Equal sizes when `nil`.
    public var sizeBy: (name: String, values: [Double])?
    /// People outlined as coalition members (indices into the network's people).
    public var coalition: Set<Int> = []
    /// Ties weaker than this are left out.
    public var minWeight: Double = 0
    /// Draw units as nodes and the number of ties between them as edges.
    public var byUnit = false
    /// A heading above the legend.
    public var title: String?
    /// The label of a person: the name by default; pseudonyms plug in here.
    public var label: @Sendable (Person) -> String = { $0.name }
    /// Names are written on every node up to this many people; beyond it only on the
    /// ``labelTop`` people with the largest size measure (or in-degree).
    public var labelAllUpTo = 60
    public var labelTop = 25
    /// Fixed positions in points, by person id, for layouts kept across terms: give every
    /// person a position and render with ``LayoutEngine/nop``.
    public var pinned: [String: (x: Double, y: Double)] = [:]

    public init() {}
}

/// How each relation is drawn, documented in the legend.
public enum RelationStyle {
    /// DOT `style` and `arrowhead` of a relation, and how the legend describes it.
    public static func style(of relation: Relation) -> (style: String, arrowhead: String, legend: String) {
        switch relation {
        case .advice: ("solid", "normal", "────▶")
        case .trust: ("dashed", "normal", "– – –▶")
        case .sharing: ("dotted", "normal", "·······▶")
        case .oneOnOne: ("solid", "dot", "────●")
        default: ("dashed", "empty", "– – –▷")
        }
    }
}
