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

    /// The DOT text of the diagram.
    public func dot() -> String {
        options.byUnit ? unitDOT() : personDOT()
    }

    // MARK: - People as nodes

    private func personDOT() -> String {
        let people = network.people
        let n = people.count
        let (groupNames, groupOf) = groups
        let ties = drawnTies
        let relationsDrawn = Set(ties.map(\.relation)).sorted()

        // Node sizes: width in inches, area proportional to the measure.
        let (minWidth, maxWidth) = n <= 60 ? (0.25, 0.75) : n <= 400 ? (0.12, 0.5) : (0.06, 0.3)
        var widths = [Double](repeating: (minWidth + maxWidth) / 2, count: n)
        var rank: [Int] = Array(0..<n)
        if let size = options.sizeBy, size.values.count == n {
            let lo = size.values.min() ?? 0
            let hi = size.values.max() ?? 0
            for i in 0..<n {
                let share = hi > lo ? (size.values[i] - lo) / (hi - lo) : 0.5
                widths[i] = minWidth + (maxWidth - minWidth) * share.squareRoot()
            }
            rank = NodeScores(size.values).ranking()
        } else {
            var inDegree = [Double](repeating: 0, count: n)
            for tie in ties { inDegree[tie.target] += 1 }
            rank = NodeScores(inDegree).ranking()
        }
        let labelled: Set<Int> = n <= options.labelAllUpTo ? Set(0..<n) : Set(rank.prefix(options.labelTop))

        var out = "digraph trustnet {\n"
        // Pinned positions are drawn as given (engine nop): no overlap removal, which would move them.
        let overlap = options.pinned.isEmpty ? "overlap=prism, overlap_scaling=-4, sep=\"+4\", " : ""
        out += "  graph [outputorder=edgesfirst, \(overlap)splines=false, "
        // Pinned: the legend goes on top, so the drawing's lower-left corner (the origin of SVG
        // coordinates) depends only on the anchors below, not on the legend's height.
        let legendAt = options.pinned.isEmpty ? "b" : "t"
        out += "bgcolor=\"white\", pad=0.3, fontname=\"Helvetica,Arial,sans-serif\", fontsize=11, labelloc=\(legendAt), labeljust=l, forcelabels=\(n <= options.labelAllUpTo)"
        out += "];\n"
        out += "  node [shape=circle, style=filled, fixedsize=true, label=\"\", fontname=\"Helvetica,Arial,sans-serif\", fontsize=9, "
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
            if labelled.contains(i) { attributes.append("xlabel=\(DOTText.quoted(Diagram.shortened(options.label(person))))") }
            if options.coalition.contains(i) { attributes += ["penwidth=2.5", "color=\"#000000\""] }
            if let p = options.pinned[person.id] { attributes.append("pos=\"\(DOTText.fixed(p.x)),\(DOTText.fixed(p.y))\"") }
            out += "  \(DOTText.quoted(person.id)) [\(attributes.joined(separator: ", "))];\n"
        }
        if !options.pinned.isEmpty {
            // Invisible anchors at the corners of everyone's positions (all terms), so every
            // term's drawing has the same extent and a person the same coordinates.
            let xs = options.pinned.values.map(\.x), ys = options.pinned.values.map(\.y)
            for (name, x, y) in [("anchor:low", xs.min()! - 30, ys.min()! - 30), ("anchor:high", xs.max()! + 30, ys.max()! + 30)] {
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
        out += "  label=<\(legend(groupNames: groupNames, relations: relationsDrawn))>;\n"
        out += "}\n"
        return out
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
    private func legend(groupNames: [String], relations: [Relation]) -> String {
        var rows: [String] = []
        if let title = options.title {
            rows.append("<tr><td align=\"left\" colspan=\"8\"><b>\(DOTText.html(title))</b></td></tr>")
        }
        let columnName = options.colorBy ?? network.unitName
        var groupCells: [String] = []
        for (g, name) in groupNames.enumerated() {
            groupCells.append(
                "<td><font color=\"\(Palette.color(g))\" point-size=\"14\">\(Palette.symbol(g))</font></td><td align=\"left\">\(DOTText.html(name))</td>")
        }
        if !groupCells.isEmpty {
            rows.append("<tr><td align=\"left\" colspan=\"8\"><i>colour: \(DOTText.html(columnName))</i></td></tr>")
            var k = 0
            while k < groupCells.count {
                rows.append("<tr>" + groupCells[k..<min(k + 4, groupCells.count)].joined() + "</tr>")
                k += 4
            }
        }
        if !relations.isEmpty {
            let cells = relations.map { r in
                "<td align=\"left\">\(RelationStyle.style(of: r, among: relations).legend)</td><td align=\"left\">\(DOTText.html(r.name))</td>"
            }
            // Four relations to a row, as many rows as it takes.
            for start in stride(from: 0, to: cells.count, by: 4) {
                rows.append("<tr>" + cells[start..<min(start + 4, cells.count)].joined() + "</tr>")
            }
        }
        var notes: [String] = []
        if let size = options.sizeBy { notes.append("size: \(DOTText.html(size.name))") }
        if !options.coalition.isEmpty { notes.append("black outline: coalition") }
        notes.append("ties within a unit pale, across units dark; thicker = more often")
        rows.append("<tr><td align=\"left\" colspan=\"8\"><font point-size=\"9\">\(notes.joined(separator: " · "))</font></td></tr>")
        return "<table border=\"0\" cellspacing=\"2\" cellpadding=\"1\">" + rows.joined() + "</table>"
    }

    // MARK: - Units as nodes

    private func unitDOT() -> String {
        let (groupNames, groupOf) = groups
        let g = groupNames.count
        var members = [Int](repeating: 0, count: g)
        for group in groupOf.compactMap({ $0 }) { members[group] += 1 }
        var between = [[Int]](repeating: [Int](repeating: 0, count: g), count: g)
        for tie in drawnTies {
            guard let a = groupOf[tie.source], let b = groupOf[tie.target] else { continue }
            between[a][b] += 1
        }
        let largest = Double(members.max() ?? 1)
        // One edge per pair of units, both directions counted together (arrowheads show which
        // way ties go). Straight lines: Graphviz 2.43's curved routing takes tens of seconds
        // on a dozen units and its spline router can corrupt memory on these graphs.
        var pairs: [(a: Int, b: Int, forward: Int, back: Int)] = []
        for a in 0..<g {
            for b in 0..<g where b > a && between[a][b] + between[b][a] > 0 {
                pairs.append((a, b, between[a][b], between[b][a]))
            }
        }
        let strongest = Double(pairs.map { $0.forward + $0.back }.max() ?? 1)
        var out = "digraph trustnet_units {\n"
        out += "  graph [overlap=prism, sep=\"+12\", splines=false, bgcolor=\"white\", pad=0.3, fontname=\"Helvetica,Arial,sans-serif\", fontsize=11, labelloc=b, labeljust=l];\n"
        out += "  node [shape=circle, style=filled, fixedsize=false, fontname=\"Helvetica,Arial,sans-serif\", fontsize=10, penwidth=0.6, color=\"#444444\"];\n"
        out += "  edge [arrowsize=0.6, fontname=\"Helvetica,Arial,sans-serif\", fontsize=9, color=\"#333333AA\"];\n"
        for (a, name) in groupNames.enumerated() {
            let width = 0.6 + 1.2 * (Double(members[a]) / largest).squareRoot()
            let label = "\(name)\n\(members[a]) people\n\(between[a][a]) ties within"
            out += "  \(DOTText.quoted("unit:" + name)) [label=\(DOTText.quoted(label)), width=\(DOTText.fixed(width)), fillcolor=\"\(Palette.color(a))\""
            if Palette.shape(a) != "circle" { out += ", shape=\(Palette.shape(a))" }
            out += "];\n"
        }
        for pair in pairs {
            let total = pair.forward + pair.back
            let width = 0.5 + 4 * Double(total) / strongest
            let direction = pair.forward > 0 && pair.back > 0 ? "both" : pair.forward > 0 ? "forward" : "back"
            let tooltip = "\(groupNames[pair.a]) → \(groupNames[pair.b]): \(pair.forward); \(groupNames[pair.b]) → \(groupNames[pair.a]): \(pair.back)"
            out += "  \(DOTText.quoted("unit:" + groupNames[pair.a])) -> \(DOTText.quoted("unit:" + groupNames[pair.b])) "
            out += "[dir=\(direction), penwidth=\(DOTText.fixed(width)), label=\"\(total)\", tooltip=\(DOTText.quoted(tooltip))];\n"
        }
        var rows: [String] = []
        if let title = options.title { rows.append("<tr><td align=\"left\"><b>\(DOTText.html(title))</b></td></tr>") }
        rows.append("<tr><td align=\"left\"><font point-size=\"9\">units (\(DOTText.html(options.colorBy ?? network.unitName))) sized by their number of people; lines: number of ties between two units (arrows show their direction)</font></td></tr>")
        out += "  label=<<table border=\"0\">\(rows.joined())</table>>;\n"
        out += "}\n"
        return out
    }
}
