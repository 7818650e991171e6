import TrustNet

/// A network diagram: a term's people and ties turned into DOT for Graphviz.
///
/// People are coloured by unit (``Palette``), sized by a measure, coalition members outlined;
/// ties are drawn in the style of their relation (``RelationStyle``) with pen width by weight,
/// translucent inside a unit and darker across units; nodes are drawn over edges and never
/// overlap. A legend (groups, relations, size) sits below the drawing as the graph's label, so
/// it does not disturb the layout. With ``DiagramOptions/byUnit`` units are the nodes.
///
/// Survey text reaches DOT only through ``DOTText``. The text is deterministic: the same
/// network and options give the same bytes.
public struct Diagram: Sendable {
    public let network: Network
    public let options: DiagramOptions

    public init(network: Network, options: DiagramOptions = .init()) {
        self.network = network
        self.options = options
    }

    /// The groups people are coloured by, sorted, and each person's group index (`nil` = none).
    public var groups: (names: [String], ofPerson: [Int?]) {
        let values = network.people.map { person -> String? in
            guard let column = options.colorBy else { return person.unit }
            return person.attributes[column]
        }
        let names = Set(values.compactMap { $0 }).sorted()
        var index: [String: Int] = [:]
        for (i, n) in names.enumerated() { index[n] = i }
        return (names, values.map { $0.flatMap { index[$0] } })
    }

    /// The ties drawn: the chosen relations, at least ``DiagramOptions/minWeight``, sorted.
    public var drawnTies: [Tie] {
        network.ties
            .filter { (options.relations?.contains($0.relation) ?? true) && $0.weight >= options.minWeight && $0.source != $0.target }
            .sorted { ($0.source, $0.target, $0.relation.name) < ($1.source, $1.target, $1.relation.name) }
    }

    /// The DOT text of the diagram, with names as Graphviz external labels (`xlabel`) where
    /// ``DiagramOptions/labelAllUpTo`` allows: for exporting DOT to other tools. TrustNet's own
    /// drawings place names themselves (``DiagramDrawing``).
    public func dot() -> String {
        options.byUnit ? unitDOT() : personDOT(names: .xlabels)
    }

    /// How the people's names enter the DOT text.
    enum NamesInDOT {
        /// Graphviz external labels, placed (or dropped) by Graphviz.
        case xlabels
        /// No names: the DOT of the layout pass.
        case none
        /// Every person at a given position and names in boxes placed by ``LabelPlacement``.
        case placed(PlacedNames)
    }

    /// Positions and name boxes of a drawing, in points.
    struct PlacedNames {
        var positions: [String: (x: Double, y: Double)]
        var boxes: [Int: LabelPlacement.Box]
        var frame: LabelPlacement.Box
        /// The legend's line on who is named.
        var legend: String
    }

    /// Node widths in inches (area follows the size measure) and the people by that measure
    /// (or by in-degree over the drawn ties), largest first.
    var nodeWidths: (widths: [Double], bySize: [Int]) {
        let n = network.people.count
        let (minWidth, maxWidth) = n <= 60 ? (0.25, 0.75) : n <= 400 ? (0.12, 0.5) : (0.06, 0.3)
        var widths = [Double](repeating: options.largestSizes ? maxWidth : (minWidth + maxWidth) / 2, count: n)
        if !options.largestSizes, let size = options.sizeBy, size.values.count == n {
            let lo = size.values.min() ?? 0
            let hi = size.values.max() ?? 0
            for i in 0..<n {
                let share = hi > lo ? (size.values[i] - lo) / (hi - lo) : 0.5
                widths[i] = minWidth + (maxWidth - minWidth) * share.squareRoot()
            }
            return (widths, NodeScores(size.values).ranking())
        }
        return (widths, NodeScores(inDegrees).ranking())
    }

    /// How many drawn ties name each person.
    var inDegrees: [Double] {
        var inDegree = [Double](repeating: 0, count: network.people.count)
        for tie in drawnTies { inDegree[tie.target] += 1 }
        return inDegree
    }

    /// The shape Graphviz draws for a person (by their group).
    func shape(of person: Int) -> String {
        groups.ofPerson[person].map(Palette.shape) ?? "circle"
    }

    // MARK: - People as nodes

    func personDOT(names: NamesInDOT) -> String {
        let people = network.people
        let n = people.count
        let (groupNames, groupOf) = groups
        let ties = drawnTies
        let relationsDrawn = Set(ties.map(\.relation)).sorted()
        let (widths, rank) = nodeWidths
        var pinned = options.pinned
        var placed: PlacedNames?
        if case .placed(let p) = names {
            pinned = p.positions
            placed = p
        }
        let xlabelled: Set<Int>
        if case .xlabels = names {
            xlabelled = n <= options.labelAllUpTo ? Set(0..<n) : Set(rank.prefix(options.labelTop))
        } else {
            xlabelled = []
        }

        var out = "digraph trustnet {\n"
        // Pinned positions are drawn as given (engine nop): no overlap removal, which would move them.
        let overlap = pinned.isEmpty ? "overlap=prism, overlap_scaling=-4, sep=\"+4\", " : ""
        out += "  graph [outputorder=edgesfirst, \(overlap)splines=false, "
        // Pinned: the legend goes on top, so the drawing's lower-left corner (the origin of SVG
        // coordinates) depends only on the anchors below, not on the legend's height.
        let legendAt = pinned.isEmpty ? "b" : "t"
        out += "bgcolor=\"white\", pad=0.3, fontname=\"Helvetica,Arial,sans-serif\", fontsize=11, labelloc=\(legendAt), labeljust=l"
        if case .xlabels = names { out += ", forcelabels=\(n <= options.labelAllUpTo)" }
        out += "];\n"
        out += "  node [shape=circle, style=filled, fixedsize=true, label=\"\", fontname=\"Helvetica,Arial,sans-serif\", fontsize=\(DOTText.fixed(Diagram.nameFontSize, 0)), "
        out += "penwidth=0.6, color=\"#444444\"];\n"
        out += "  edge [arrowsize=0.5];\n"

        for i in 0..<n {
            let person = people[i]
            let group = groupOf[i]
            var attributes = [
                "width=\(DOTText.fixed(widths[i]))",
                "fillcolor=\"\(group.map(Palette.color) ?? Palette.noGroupColor)\"",
                "tooltip=\(DOTText.quoted(tooltip(person)))",
            ]
            if let group, Palette.shape(group) != "circle" { attributes.append("shape=\(Palette.shape(group))") }
            if xlabelled.contains(i) { attributes.append("xlabel=\(DOTText.quoted(Diagram.shortened(options.label(person))))") }
            if options.coalition.contains(i) { attributes += ["penwidth=2.5", "color=\"#000000\""] }
            if let p = pinned[person.id] { attributes.append("pos=\"\(DOTText.fixed(p.x)),\(DOTText.fixed(p.y))\"") }
            out += "  \(DOTText.quoted(person.id)) [\(attributes.joined(separator: ", "))];\n"
        }
        if let placed {
            out += Diagram.nameBoxesDOT(people: people, boxes: placed.boxes, label: options.label, tooltip: tooltip)
        }
        if !pinned.isEmpty {
            // Invisible anchors at the corners of the frame (everyone's positions in all terms,
            // with room for names), so every term's drawing has the same extent and a person
            // the same coordinates.
            let frame = placed?.frame ?? Diagram.frame(around: pinned, margin: 30)
            for (name, x, y) in [("anchor:low", frame.minX, frame.minY), ("anchor:high", frame.maxX, frame.maxY)] {
                out += "  \(DOTText.quoted(name)) [style=invis, width=0.01, fixedsize=true, pos=\"\(DOTText.fixed(x)),\(DOTText.fixed(y))\"];\n"
            }
        }
        let styles = Dictionary(uniqueKeysWithValues: relationsDrawn.map { ($0, RelationStyle.style(of: $0, among: relationsDrawn)) })
        for tie in ties {
            let style = styles[tie.relation]!
            let sameGroup = groupOf[tie.source] != nil && groupOf[tie.source] == groupOf[tie.target]
            // Inside a unit: the unit's colour, translucent. Across units: dark grey, opaque-ish.
            let color = sameGroup ? Palette.color(groupOf[tie.source]!) + "55" : "#333333AA"
            let width = min(3.0, 0.4 + 0.45 * (max(tie.weight, 1) - 1))
            var attributes = ["color=\"\(color)\"", "penwidth=\(DOTText.fixed(width))"]
            if style.style != "solid" { attributes.append("style=\(style.style)") }
            if style.arrowhead != "normal" { attributes.append("arrowhead=\(style.arrowhead)") }
            out += "  \(DOTText.quoted(people[tie.source].id)) -> \(DOTText.quoted(people[tie.target].id)) [\(attributes.joined(separator: ", "))];\n"
        }
        out += "  label=<\(legend(groupNames: groupNames, relations: relationsDrawn, names: placed?.legend))>;\n"
        out += "}\n"
        return out
    }

    /// The font size of names, in points.
    static let nameFontSize = 9.0
    /// The size of the tie counts on a diagram of units.
    static let countFontSize = 9.0
    static let nameFont = "Helvetica,Arial,sans-serif"
    /// Node names of the name boxes: this prefix and the person's id.
    public static let nameNodePrefix = "name:"

    /// Names as boxes pinned where ``LabelPlacement`` put them: white, a little translucent,
    /// drawn over the ties (nodes come after edges) and never over a circle.
    static func nameBoxesDOT(
        people: [Person], boxes: [Int: LabelPlacement.Box], label: (Person) -> String, tooltip: (Person) -> String
    ) -> String {
        var out = ""
        for (i, person) in people.enumerated() {
            guard let box = boxes[i] else { continue }
            let c = box.centre
            out += "  \(DOTText.quoted(nameNodePrefix + person.id)) [shape=box, fixedsize=true, margin=0, penwidth=0, color=\"transparent\", "
            out += "style=filled, fillcolor=\"#FFFFFFB8\", class=\"name\", width=\(DOTText.fixed(box.width / 72, 4)), height=\(DOTText.fixed(box.height / 72, 4)), "
            out += "pos=\"\(DOTText.fixed(c.x)),\(DOTText.fixed(c.y))\", label=\(DOTText.quoted(shortened(label(person)))), "
            out += "tooltip=\(DOTText.quoted(tooltip(person)))];\n"
        }
        return out
    }

    /// The box around `positions` grown by `margin` on every side.
    static func frame(around positions: [String: (x: Double, y: Double)], margin: Double) -> LabelPlacement.Box {
        let xs = positions.values.map(\.x), ys = positions.values.map(\.y)
        return LabelPlacement.Box(
            minX: (xs.min() ?? 0) - margin, minY: (ys.min() ?? 0) - margin, maxX: (xs.max() ?? 0) + margin, maxY: (ys.max() ?? 0) + margin)
    }

    /// A label at most 40 characters long (the full text stays in the tooltip).
    static func shortened(_ label: String) -> String {
        label.count <= 40 ? label : String(label.prefix(39)) + "…"
    }

    private func tooltip(_ person: Person) -> String {
        var parts = [options.label(person)]
        if let unit = person.unit { parts.append(unit) }
        if let title = person.title { parts.append(title) }
        return parts.joined(separator: " · ")
    }

    /// The legend as an HTML-like table: title, groups with colour and shape, relation line
    /// styles, and what size and outline mean.
    private func legend(groupNames: [String], relations: [Relation], names: String?) -> String {
        // One column of rows; groups and relations run as text inside a row, so a long note
        // does not spread them apart.
        func row(_ content: String) -> String { "<tr><td align=\"left\">\(content)</td></tr>" }
        func cellsTable(_ cells: ArraySlice<String>) -> String { row(cells.joined(separator: "    ")) }
        var rows: [String] = []
        if let title = options.title { rows.append(row("<b>\(DOTText.html(title))</b>")) }
        let columnName = options.colorBy ?? network.unitName
        let groupCells = groupNames.enumerated().map { g, name in
            "<font color=\"\(Palette.color(g))\" point-size=\"14\">\(Palette.symbol(g))</font> \(DOTText.html(name))"
        }
        if !groupCells.isEmpty {
            rows.append(row("<i>colour: \(DOTText.html(columnName))</i>"))
            for start in stride(from: 0, to: groupCells.count, by: 4) { rows.append(cellsTable(groupCells[start..<min(start + 4, groupCells.count)])) }
        }
        let relationCells = relations.map { r in
            "\(RelationStyle.style(of: r, among: relations).legend) \(DOTText.html(r.name))"
        }
        // Four relations to a row, as many rows as it takes.
        for start in stride(from: 0, to: relationCells.count, by: 4) { rows.append(cellsTable(relationCells[start..<min(start + 4, relationCells.count)])) }
        var notes: [String] = []
        if let size = options.sizeBy { notes.append("size: \(DOTText.html(size.name))") }
        if !options.coalition.isEmpty { notes.append("black outline: coalition") }
        notes.append("ties within a unit pale, across units dark; thicker = more often")
        if options.minWeight > 0 { notes.append("ties of weight \(DOTText.fixed(options.minWeight, options.minWeight == options.minWeight.rounded() ? 0 : 1)) or more") }
        rows.append(row("<font point-size=\"9\">\(notes.joined(separator: " · "))</font>"))
        if let names { rows.append(row("<font point-size=\"9\">\(DOTText.html(names))</font>")) }
        return "<table border=\"0\" cellspacing=\"2\" cellpadding=\"1\">" + rows.joined() + "</table>"
    }

    // MARK: - Units as nodes

    /// The units, the lines between them and their tie counts: what a diagram of units draws.
    struct UnitLines {
        var names: [String]
        var members: [Int]
        /// Ties within each unit.
        var within: [Int]
        /// One line per pair of units with ties either way, strongest first.
        var pairs: [(a: Int, b: Int, forward: Int, back: Int)]
    }

    var unitLines: UnitLines {
        let (groupNames, groupOf) = groups
        let g = groupNames.count
        var members = [Int](repeating: 0, count: g)
        for group in groupOf.compactMap({ $0 }) { members[group] += 1 }
        var between = [[Int]](repeating: [Int](repeating: 0, count: g), count: g)
        for tie in drawnTies {
            guard let a = groupOf[tie.source], let b = groupOf[tie.target] else { continue }
            between[a][b] += 1
        }
        var pairs: [(a: Int, b: Int, forward: Int, back: Int)] = []
        for a in 0..<g {
            for b in 0..<g where b > a && between[a][b] + between[b][a] > 0 {
                pairs.append((a, b, between[a][b], between[b][a]))
            }
        }
        pairs.sort { ($0.forward + $0.back, $1.a, $1.b) > ($1.forward + $1.back, $0.a, $0.b) }
        return UnitLines(names: groupNames, members: members, within: (0..<g).map { between[$0][$0] }, pairs: pairs)
    }

    /// Where a diagram of units was laid out and its tie counts placed (``TieCountPlacement``).
    struct PlacedUnits {
        /// Each unit's centre, by unit index.
        var centres: [(x: Double, y: Double)]
        /// Each line's count box (in ``UnitLines/pairs`` order), `nil` when left out.
        var counts: [LabelPlacement.Box?]
    }

    /// DOT of the units as nodes. Without `placed`, Graphviz lays it out and writes each count
    /// as the line's label (the DOT text a user exports); with it, every unit is pinned and
    /// every count is a box of its own at its placed position (rendered by ``LayoutEngine/nop``).
    func unitDOT(placed: PlacedUnits? = nil) -> String {
        let lines = unitLines
        let groupNames = lines.names, members = lines.members, pairs = lines.pairs
        let largest = Double(members.max() ?? 1)
        // One edge per pair of units, both directions counted together (arrowheads show which
        // way ties go). Straight lines: Graphviz 2.43's curved routing takes tens of seconds
        // on a dozen units and its spline router can corrupt memory on these graphs.
        let strongest = Double(pairs.map { $0.forward + $0.back }.max() ?? 1)
        var out = "digraph trustnet_units {\n"
        // sep: room between two units for a three-digit count on the line joining them.
        out += "  graph [overlap=prism, sep=\"+18\", splines=false, bgcolor=\"white\", pad=0.3, fontname=\"Helvetica,Arial,sans-serif\", fontsize=11, labelloc=b, labeljust=l];\n"
        out += "  node [shape=circle, style=filled, fixedsize=false, fontname=\"Helvetica,Arial,sans-serif\", fontsize=10, penwidth=0.6, color=\"#444444\"];\n"
        out += "  edge [arrowsize=0.6, fontname=\"Helvetica,Arial,sans-serif\", fontsize=\(DOTText.fixed(Diagram.countFontSize, 0)), color=\"#333333AA\"];\n"
        for (a, name) in groupNames.enumerated() {
            let width = 0.6 + 1.2 * (Double(members[a]) / largest).squareRoot()
            let label = "\(name)\n\(members[a]) people\n\(lines.within[a]) ties within"
            out += "  \(DOTText.quoted("unit:" + name)) [label=\(DOTText.quoted(label)), width=\(DOTText.fixed(width)), fillcolor=\"\(Palette.color(a))\""
            if Palette.shape(a) != "circle" { out += ", shape=\(Palette.shape(a))" }
            if let c = placed?.centres[a] { out += ", pos=\"\(DOTText.fixed(c.x)),\(DOTText.fixed(c.y))\"" }
            out += "];\n"
        }
        for (i, pair) in pairs.enumerated() {
            let total = pair.forward + pair.back
            let width = 0.5 + 4 * Double(total) / strongest
            let direction = pair.forward > 0 && pair.back > 0 ? "both" : pair.forward > 0 ? "forward" : "back"
            let tooltip = "\(groupNames[pair.a]) → \(groupNames[pair.b]): \(pair.forward); \(groupNames[pair.b]) → \(groupNames[pair.a]): \(pair.back)"
            out += "  \(DOTText.quoted("unit:" + groupNames[pair.a])) -> \(DOTText.quoted("unit:" + groupNames[pair.b])) "
            out += "[dir=\(direction), penwidth=\(DOTText.fixed(width))\(placed == nil ? ", label=\"\(total)\"" : ""), tooltip=\(DOTText.quoted(tooltip))];\n"
            if let box = placed?.counts[i] {
                let c = box.centre
                out += "  \(DOTText.quoted("count:\(i)")) [class=\"count\", shape=box, style=filled, fillcolor=\"#ffffffdd\", color=\"none\", margin=0, fixedsize=true, "
                out += "width=\(DOTText.fixed(box.width / 72, 4)), height=\(DOTText.fixed(box.height / 72, 4)), fontsize=\(DOTText.fixed(Diagram.countFontSize, 0)), "
                out += "pos=\"\(DOTText.fixed(c.x)),\(DOTText.fixed(c.y))\", label=\"\(total)\", tooltip=\(DOTText.quoted(tooltip))];\n"
            }
        }
        var rows: [String] = []
        if let title = options.title { rows.append("<tr><td align=\"left\"><b>\(DOTText.html(title))</b></td></tr>") }
        rows.append("<tr><td align=\"left\"><font point-size=\"9\">units (\(DOTText.html(options.colorBy ?? network.unitName))) sized by their number of people; lines: number of ties between two units (arrows show their direction)</font></td></tr>")
        out += "  label=<<table border=\"0\">\(rows.joined())</table>>;\n"
        out += "}\n"
        return out
    }
}
