import TrustNet

/// Two terms in one picture: who joined and left, which ties were kept, made and lost.
///
/// People are matched by id and drawn at the positions of a ``StableLayout`` of both terms.
/// Ties kept are plain grey; new ties are highlighted (vermilion, thicker); ties lost between
/// people present in both terms are faint and dashed; ties that went with a departed person
/// are faint and dotted (not counted as lost). Newcomers have a thick green outline; people
/// who left are pale with a dashed outline. Every node and edge carries an SVG class
/// (`kept`, `new`, `lost`, `departed`, `joined`, `left`, `stayed`) so reports can style and
/// script them. Survey text reaches DOT only through ``DOTText``.
public struct ComparisonDiagram: Sendable {
    public enum Change: String, Sendable { case kept, new, lost, departed }

    public let before: Network
    public let after: Network
    public var relations: Set<Relation>?
    /// The label of a person: the name by default; pseudonyms plug in here.
    public var label: @Sendable (Person) -> String = { $0.name }
    /// Ties weaker than this (in the term they are drawn from) are left out, in both terms.
    public var minWeight: Double = 0
    /// Only new and lost ties are drawn (kept ties and those that went with a leaver are not).
    public var changesOnly = false
    /// Who is named: with ``NameChoice/all`` everyone who fits, the most named first; with
    /// ``NameChoice/key`` the ``labelTop`` most named in either term.
    public var labels: NameChoice = .all
    public var labelTop = 15

    public init(before: Network, after: Network, relations: Set<Relation>? = nil) {
        self.before = before
        self.after = after
        self.relations = relations
    }

    /// Ties of both terms by how they changed, in a stable order (at least ``minWeight``;
    /// with ``changesOnly`` the new and lost ones).
    public var ties: [(key: (source: String, target: String, relation: Relation), weight: Double, change: Change)] {
        allTies.filter { $0.weight >= minWeight && (!changesOnly || $0.change == .new || $0.change == .lost) }
    }

    /// Every tie of both terms by how it changed.
    private var allTies: [(key: (source: String, target: String, relation: Relation), weight: Double, change: Change)] {
        let earlier = keyed(before), later = keyed(after)
        let stayed = Set(before.people.map(\.id)).intersection(after.people.map(\.id))
        var result: [(key: (source: String, target: String, relation: Relation), weight: Double, change: Change)] = []
        for key in Set(earlier.keys).union(later.keys).sorted() {
            let change: Change
            if let w = later[key] {
                change = earlier[key] != nil ? .kept : .new
                result.append(((key.source, key.target, key.relation), w, change))
            } else {
                change = stayed.contains(key.source) && stayed.contains(key.target) ? .lost : .departed
                result.append(((key.source, key.target, key.relation), earlier[key]!, change))
            }
        }
        return result
    }

    /// How many ties were kept, made and lost (between people present in both terms), and
    /// how many went with people who left (at least ``minWeight``, whatever is drawn).
    public var counts: [Change: Int] { Self.counts(of: allTies.filter { $0.weight >= minWeight }) }

    static func counts(of ties: [(key: (source: String, target: String, relation: Relation), weight: Double, change: Change)]) -> [Change: Int] {
        var counts: [Change: Int] = [.kept: 0, .new: 0, .lost: 0, .departed: 0]
        for tie in ties { counts[tie.change, default: 0] += 1 }
        return counts
    }

    /// The drawing at `positions` (by id) with names placed by ``LabelPlacement``, as `format`.
    public func render(positions: [String: (x: Double, y: Double)], format: OutputFormat) throws(GraphvizError) -> [UInt8] {
        try GraphvizRenderer.render(dot: try namedDOT(positions: positions), engine: .nop, format: format)
    }

    /// The DOT text with every person at `positions` and the names placed (render with
    /// ``LayoutEngine/nop``).
    public func namedDOT(positions: [String: (x: Double, y: Double)]) throws(GraphvizError) -> String {
        let union = StableLayout.unionNetwork([before, after], relations: relations)
        var named = [Int](repeating: 0, count: union.people.count)
        var index: [String: Int] = [:]
        for (i, p) in union.people.enumerated() { index[p.id] = i }
        for tie in ties { if let t = index[tie.key.target] { named[t] += 1 } }
        var order = union.people.indices.sorted { (-named[$0], $0) < (-named[$1], $1) }
        switch labels {
        case .all: break
        case .key: order = Array(order.prefix(labelTop))
        case .none: order = []
        }
        let radius = Self.nodeWidth * 72 / 2
        let circles = union.people.map { p in
            let at = positions[p.id] ?? (0, 0)
            return LabelPlacement.Circle(x: at.x, y: at.y, radius: radius)
        }
        let frame = Diagram.frame(around: positions, margin: DiagramDrawing.frameMargin)
        let texts = order.map { Diagram.shortened(label(union.people[$0])) }
        let boxes = try DiagramDrawing.placeNames(texts, of: order, around: circles, within: frame)
        let legend: String
        switch labels {
        case .none: legend = "names: none (hover over a circle for its name)"
        case _ where boxes.count == union.people.count: legend = "names: everyone"
        case .key: legend = "names: \(boxes.count) of the \(order.count) most named (in the ties drawn)"
        case .all: legend = "names: the most named first (in the ties drawn), \(boxes.count) of \(union.people.count) where they fit"
        }
        return dot(positions: positions, names: (boxes, frame, legend))
    }

    /// Width of every circle, in inches.
    static let nodeWidth = 0.3

    /// The DOT text with every person at `positions` (by id; render with ``LayoutEngine/nop``),
    /// names as Graphviz external labels up to 60 people (or the boxes of `names`).
    public func dot(positions: [String: (x: Double, y: Double)]) -> String { dot(positions: positions, names: nil) }

    func dot(positions: [String: (x: Double, y: Double)], names: (boxes: [Int: LabelPlacement.Box], frame: LabelPlacement.Box, legend: String)?) -> String {
        let union = StableLayout.unionNetwork([before, after], relations: relations)
        let beforeIDs = Set(before.people.map(\.id)), afterIDs = Set(after.people.map(\.id))
        let units = Set(union.people.compactMap(\.unit)).sorted()
        var unitIndex: [String: Int] = [:]
        for (i, u) in units.enumerated() { unitIndex[u] = i }
        let ties = self.ties
        let counts = self.counts

        var out = "digraph trustnet_comparison {\n"
        out += "  graph [outputorder=edgesfirst, splines=false, bgcolor=\"white\", pad=0.3, fontname=\"Helvetica,Arial,sans-serif\", fontsize=11, labelloc=b, labeljust=l];\n"
        out += "  node [shape=circle, style=filled, fixedsize=true, width=0.3, label=\"\", fontname=\"Helvetica,Arial,sans-serif\", fontsize=9, penwidth=0.6, color=\"#444444\"];\n"
        out += "  edge [arrowsize=0.5];\n"
        let labelled = names == nil && union.people.count <= 60
        for person in union.people {
            let status = !beforeIDs.contains(person.id) ? "joined" : !afterIDs.contains(person.id) ? "left" : "stayed"
            let fill = status == "left" ? "#EEEEEE" : person.unit.flatMap { unitIndex[$0] }.map(Palette.color) ?? Palette.noGroupColor
            var attributes = ["fillcolor=\"\(fill)\"", "class=\"\(status)\"", "tooltip=\(DOTText.quoted(label(person) + " · " + status))"]
            switch status {
            case "joined": attributes += ["penwidth=2.5", "color=\"#009E73\""]
            case "left": attributes += ["style=\"filled,dashed\"", "color=\"#999999\""]
            default: break
            }
            if labelled { attributes.append("xlabel=\(DOTText.quoted(Diagram.shortened(label(person))))") }
            if let p = positions[person.id] { attributes.append("pos=\"\(DOTText.fixed(p.x)),\(DOTText.fixed(p.y))\"") }
            out += "  \(DOTText.quoted(person.id)) [\(attributes.joined(separator: ", "))];\n"
        }
        if let names {
            out += Diagram.nameBoxesDOT(people: union.people, boxes: names.boxes, label: label, tooltip: { self.label($0) })
            for (name, x, y) in [("anchor:low", names.frame.minX, names.frame.minY), ("anchor:high", names.frame.maxX, names.frame.maxY)] {
                out += "  \(DOTText.quoted(name)) [style=invis, width=0.01, fixedsize=true, pos=\"\(DOTText.fixed(x)),\(DOTText.fixed(y))\"];\n"
            }
        }
        for tie in ties {
            var attributes = ["class=\"\(tie.change.rawValue)\""]
            switch tie.change {
            case .kept: attributes += ["color=\"#555555AA\"", "penwidth=0.8"]
            case .new: attributes += ["color=\"#D55E00\"", "penwidth=1.8"]
            case .lost: attributes += ["color=\"#BBBBBB\"", "style=dashed", "penwidth=0.8"]
            case .departed: attributes += ["color=\"#DDDDDD\"", "style=dotted", "penwidth=0.6"]
            }
            out += "  \(DOTText.quoted(tie.key.source)) -> \(DOTText.quoted(tie.key.target)) [\(attributes.joined(separator: ", "))];\n"
        }
        let joined = afterIDs.subtracting(beforeIDs).count, left = beforeIDs.subtracting(afterIDs).count
        let title = "\(before.term.name) → \(after.term.name)"
        let kept = changesOnly ? "kept (\(counts[.kept]!), not drawn)" : "kept (\(counts[.kept]!))"
        let departed = changesOnly ? "went with someone who left (\(counts[.departed]!), not drawn)" : "went with someone who left (\(counts[.departed]!))"
        var rows = [
            "<tr><td align=\"left\" colspan=\"2\"><b>\(DOTText.html(title))</b></td></tr>",
            "<tr><td align=\"left\"><font color=\"#555555\">────▶</font></td><td align=\"left\">\(kept)</td></tr>",
            "<tr><td align=\"left\"><font color=\"#D55E00\">━━━▶</font></td><td align=\"left\">new (\(counts[.new]!))</td></tr>",
            "<tr><td align=\"left\"><font color=\"#999999\">– – –▶</font></td><td align=\"left\">lost between people in both terms (\(counts[.lost]!))</td></tr>",
            "<tr><td align=\"left\"><font color=\"#BBBBBB\">·······▶</font></td><td align=\"left\">\(departed)</td></tr>",
            "<tr><td align=\"left\"><font color=\"#009E73\">◯</font></td><td align=\"left\">joined (\(joined)); pale dashed: left (\(left))</td></tr>",
        ]
        // The colour key: one cell per unit, four to a row.
        if !units.isEmpty {
            rows.append("<tr><td align=\"left\" colspan=\"2\"><i>colour: \(DOTText.html(after.unitName))</i></td></tr>")
            let cells = units.enumerated().map { g, name in
                "<font color=\"\(Palette.color(g))\" point-size=\"14\">●</font> \(DOTText.html(name))"
            }
            for start in stride(from: 0, to: cells.count, by: 4) {
                rows.append("<tr><td align=\"left\" colspan=\"2\">\(cells[start..<min(start + 4, cells.count)].joined(separator: "   "))</td></tr>")
            }
        }
        if let names { rows.append("<tr><td align=\"left\" colspan=\"2\"><font point-size=\"9\">\(DOTText.html(names.legend))</font></td></tr>") }
        if minWeight > 0 {
            let w = minWeight == minWeight.rounded() ? DOTText.fixed(minWeight, 0) : DOTText.fixed(minWeight, 1)
            rows.append("<tr><td align=\"left\" colspan=\"2\"><font point-size=\"9\">ties of weight \(w) or more</font></td></tr>")
        }
        out += "  label=<<table border=\"0\" cellspacing=\"2\" cellpadding=\"1\">\(rows.joined())</table>>;\n"
        out += "}\n"
        return out
    }

    private func keyed(_ network: Network) -> [TieKey: Double] {
        var result: [TieKey: Double] = [:]
        for tie in network.ties where relations?.contains(tie.relation) ?? true {
            result[TieKey(source: network.people[tie.source].id, target: network.people[tie.target].id, relation: tie.relation)] = tie.weight
        }
        return result
    }
}
