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
    /// With ``byUnit``: draw only each unit's this many strongest links to other units (a pair
    /// is drawn when it is among the strongest of either unit); every link when `nil`. Five
    /// hundred schools have tens of thousands of linked pairs: their backbone is what can be
    /// read, and what Graphviz can lay out in a moment.
    public var strongestUnitLinks: Int?
    /// Move overlapping circles apart by scaling the whole layout up (Graphviz `overlap=scale`)
    /// instead of prism's triangulation of the drawing: the report's diagram per unit, where
    /// prism cost more than the layout itself for a school of 100.
    public var overlapsByScaling = false
    /// A heading above the legend.
    public var title: String?
    /// The label of a person: the name by default; pseudonyms plug in here.
    public var label: @Sendable (Person) -> String = { $0.name }
    /// Who is named in a drawing (``DiagramDrawing``): everyone who fits, the key people
    /// only, or nobody.
    public var labels: NameChoice = .all
    /// How many of the most sought-out people (informal authority) and of the largest by the
    /// size measure are key people, always named first (the coalition is too).
    public var labelTop = 15
    /// The people by informal authority, highest first; computed from the network when `nil`.
    public var soughtOut: [Int]?
    /// In exported DOT text (``Diagram/dot()``), names are Graphviz external labels on every
    /// node up to this many people; beyond it only on the ``labelTop`` largest.
    public var labelAllUpTo = 60
    /// Fixed positions in points, by person id, for layouts kept across terms: give every
    /// person a position and render with ``LayoutEngine/nop``.
    public var pinned: [String: (x: Double, y: Double)] = [:]
    /// Every person at the largest size: for a layout shared by diagrams sized differently, so
    /// no circle of any of them overlaps another.
    var largestSizes = false

    public init() {}
}

/// Who is named in a drawing.
public enum NameChoice: String, Sendable, CaseIterable {
    /// The key people first, then everyone else who fits without a collision.
    case all
    /// Only the key people: the most sought-out, the coalition, the largest by the size measure.
    case key
    /// Nobody (names stay in the tooltips).
    case none
}

/// How each relation is drawn, documented in the legend.
public enum RelationStyle {
    /// Heads for relations of a dataset's own (friendship, reports-to), in the order they are
    /// drawn, so two of them never look alike (until the sixth).
    static let customHeads: [(arrowhead: String, glyph: String)] = [
        ("empty", "▷"), ("odiamond", "◇"), ("obox", "□"), ("inv", "◀"), ("tee", "┤"),
    ]

    /// DOT `style` and `arrowhead` of a relation, and how the legend describes it. A relation
    /// of a dataset's own is dashed with a head chosen by its place among the custom relations
    /// of `drawn` (the relations of the diagram, sorted).
    public static func style(of relation: Relation, among drawn: [Relation] = []) -> (style: String, arrowhead: String, legend: String) {
        switch relation {
        case .advice: return ("solid", "normal", "────▶")
        case .trust: return ("dashed", "normal", "– – –▶")
        case .sharing: return ("dotted", "normal", "·······▶")
        case .oneOnOne: return ("solid", "dot", "────●")
        default:
            let place = drawn.filter { !$0.isStandard }.firstIndex(of: relation) ?? 0
            let head = customHeads[place % customHeads.count]
            return ("dashed", head.arrowhead, "– – –" + head.glyph)
        }
    }
}
