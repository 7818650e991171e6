import TrustNet

/// A diagram laid out and named, ready to render: positions from Graphviz (or pinned across
/// terms), then every name placed by TrustNet against its own circle (``LabelPlacement``).
///
/// The pipeline: lay out the people without names (or take ``DiagramOptions/pinned``),
/// measure each name through Graphviz in the font it will be drawn in, place the names of
/// ``Diagram/naming`` in order, and write DOT with every person and name box at its position,
/// rendered as given (``LayoutEngine/nop``) to SVG, PNG or PDF. Units as nodes
/// (``DiagramOptions/byUnit``) carry their names inside and go to Graphviz as they are.
public struct DiagramDrawing: Sendable {
    /// The DOT text to render.
    public let dot: String
    /// The engine the DOT is rendered with (``LayoutEngine/nop`` once positions are fixed).
    public let engine: LayoutEngine
    /// Each person's position in points, by id (empty for units as nodes).
    public let positions: [String: (x: Double, y: Double)]
    /// The box of each name drawn, by person index, in points.
    public let names: [Int: LabelPlacement.Box]
    /// Who was to be named, key people first.
    public let naming: Diagram.Naming
    /// Key people whose names found no room.
    public var unnamedKeyPeople: [Int] { naming.key.filter { names[$0] == nil } }

    /// Room for names around the people's positions, in points.
    public static let frameMargin = 40.0

    /// Lays out `diagram` with `engine` (unless its people are pinned) and places the names.
    public init(_ diagram: Diagram, engine: LayoutEngine = .auto) throws(GraphvizError) {
        guard !diagram.options.byUnit else {
            dot = try Self.unitDOT(diagram, engine: engine)
            self.engine = .nop
            positions = [:]
            names = [:]
            naming = Diagram.Naming(key: [], order: [])
            return
        }
        let network = diagram.network
        let naming = diagram.naming
        let texts = naming.order.map { Diagram.shortened(diagram.options.label(network.people[$0])) }
        let sizes = try GraphvizRenderer.textSizes(texts, font: Diagram.nameFont, size: Diagram.nameFontSize)
        var positions = diagram.options.pinned
        var placed: (boxes: [Int: LabelPlacement.Box], frame: LabelPlacement.Box)
        if positions.isEmpty {
            let byNodeName = try GraphvizRenderer.positions(
                dot: diagram.personDOT(names: .none), engine: engine.resolved(nodeCount: network.people.count))
            (positions, placed) = Self.spread(StableLayout.byID(byNodeName, people: network.people), diagram: diagram, naming: naming, sizes: sizes)
        } else {
            placed = Self.place(sizes, of: naming.order, diagram: diagram, at: positions)
        }
        let (boxes, frame) = placed
        let legend = diagram.namesLegend(naming: naming, named: Set(boxes.keys))
        dot = diagram.personDOT(names: .placed(.init(positions: positions, boxes: boxes, frame: frame, legend: legend)))
        self.engine = .nop
        self.positions = positions
        names = boxes
        self.naming = naming
    }

    /// A diagram of units laid out by Graphviz, then pinned, with each line's tie count placed
    /// on it by TrustNet (``TieCountPlacement``): never over a unit or another count.
    static func unitDOT(_ diagram: Diagram, engine: LayoutEngine) throws(GraphvizError) -> String {
        let lines = diagram.unitLines
        let geometry = try GraphvizRenderer.nodeGeometry(dot: diagram.unitDOT(), engine: engine.resolved(nodeCount: lines.names.count))
        let circles = lines.names.indices.map { a -> LabelPlacement.Circle in
            let g = geometry["unit:" + lines.names[a]] ?? (0, 0, 0, 0)
            // Other shapes reach their corners: their enclosing circle.
            let radius = Palette.shape(a) == "circle" ? max(g.width, g.height) / 2 : (g.width * g.width + g.height * g.height).squareRoot() / 2
            return LabelPlacement.Circle(x: g.x, y: g.y, radius: radius)
        }
        let sizes = try GraphvizRenderer.textSizes(lines.pairs.map { String($0.forward + $0.back) }, font: Diagram.nameFont, size: Diagram.countFontSize)
        let requests = zip(lines.pairs, sizes).map { pair, size in
            let a = circles[pair.a], b = circles[pair.b]
            // Two points of air on each side of the number.
            return TieCountPlacement.Request(segment: .init(x0: a.x, y0: a.y, x1: b.x, y1: b.y), width: size.width + 4, height: size.height)
        }
        let counts = TieCountPlacement.place(requests, around: circles)
        return diagram.unitDOT(placed: .init(centres: circles.map { ($0.x, $0.y) }, counts: counts))
    }

    /// Measures `texts` (the names of `people`, in the order they are placed) and places them
    /// around `circles` inside `frame`: the box of each name placed, by person.
    static func placeNames(
        _ texts: [String], of people: [Int], around circles: [LabelPlacement.Circle], within frame: LabelPlacement.Box
    ) throws(GraphvizError) -> [Int: LabelPlacement.Box] {
        let sizes = try GraphvizRenderer.textSizes(texts, font: Diagram.nameFont, size: Diagram.nameFontSize)
        return place(sizes, of: people, around: circles, within: frame)
    }

    static func place(
        _ sizes: [(width: Double, height: Double)], of people: [Int], around circles: [LabelPlacement.Circle], within frame: LabelPlacement.Box
    ) -> [Int: LabelPlacement.Box] {
        // Two points of air beside the text, as Graphviz gives a label.
        let requests = zip(people, sizes).map { LabelPlacement.Request(node: $0, width: $1.width + 2, height: $1.height) }
        return LabelPlacement.place(requests, around: circles, within: frame).boxes
    }

    /// The names of `people` (measured `sizes`) placed around `diagram`'s circles at `positions`,
    /// inside the frame of the positions.
    static func place(
        _ sizes: [(width: Double, height: Double)], of people: [Int], diagram: Diagram, at positions: [String: (x: Double, y: Double)]
    ) -> (boxes: [Int: LabelPlacement.Box], frame: LabelPlacement.Box) {
        let (widths, _) = diagram.nodeWidths
        let circles = diagram.network.people.indices.map { i -> LabelPlacement.Circle in
            let p = positions[diagram.network.people[i].id] ?? (0, 0)
            // Polygons (groups beyond the eighth colour) reach their corners: their enclosing circle.
            let radius = widths[i] * 72 / 2 * (diagram.shape(of: i) == "circle" ? 1 : 1.4143)
            return LabelPlacement.Circle(x: p.x, y: p.y, radius: radius)
        }
        let frame = Diagram.frame(around: positions, margin: frameMargin)
        return (place(sizes, of: people, around: circles, within: frame), frame)
    }

    /// The layout spread out (a fifth at a time, up to twice its size, circles unchanged) until
    /// every key person's name finds a place: dense cores leave no room beside a circle that is
    /// not nearer another.
    static func spread(
        _ positions: [String: (x: Double, y: Double)], diagram: Diagram, naming: Diagram.Naming, sizes: [(width: Double, height: Double)]
    ) -> ([String: (x: Double, y: Double)], (boxes: [Int: LabelPlacement.Box], frame: LabelPlacement.Box)) {
        var positions = positions
        var placed = place(sizes, of: naming.order, diagram: diagram, at: positions)
        var scale = 1.0
        while naming.key.contains(where: { placed.boxes[$0] == nil }) && scale < 2 {
            scale *= 1.2
            positions = positions.mapValues { (x: $0.x * 1.2, y: $0.y * 1.2) }
            placed = place(sizes, of: naming.order, diagram: diagram, at: positions)
        }
        return (positions, placed)
    }

    /// The drawing as `format`.
    public func render(format: OutputFormat) throws(GraphvizError) -> [UInt8] {
        try GraphvizRenderer.render(dot: dot, engine: engine, format: format)
    }
}
