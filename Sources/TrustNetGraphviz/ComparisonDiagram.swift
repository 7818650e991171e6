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

    public init(before: Network, after: Network, relations: Set<Relation>? = nil) {
        self.before = before
        self.after = after
        self.relations = relations
    }

    /// Ties of both terms by how they changed, in a stable order.
    public var ties: [(key: (source: String, target: String, relation: Relation), weight: Double, change: Change)] {
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
    /// how many went with people who left.
    public var counts: [Change: Int] { Self.counts(of: ties) }

    static func counts(of ties: [(key: (source: String, target: String, relation: Relation), weight: Double, change: Change)]) -> [Change: Int] {
        var counts: [Change: Int] = [.kept: 0, .new: 0, .lost: 0, .departed: 0]
        for tie in ties { counts[tie.change, default: 0] += 1 }
        return counts
    }

    /// The DOT text with every person at `positions` (by id; render with ``LayoutEngine/nop``).
    public func dot(positions: [String: (x: Double, y: Double)]) -> String {
        let union = StableLayout.unionNetwork([before, after], relations: relations)
        let beforeIDs = Set(before.people.map(\.id)), afterIDs = Set(after.people.map(\.id))
        let units = Set(union.people.compactMap(\.unit)).sorted()
        var unitIndex: [String: Int] = [:]
        for (i, u) in units.enumerated() { unitIndex[u] = i }
        let ties = self.ties
        let counts = Self.counts(of: ties)

        var out = "digraph trustnet_comparison {\n"
        out += "  graph [outputorder=edgesfirst, splines=false, bgcolor=\"white\", pad=0.3, fontname=\"Helvetica,Arial,sans-serif\", fontsize=11, labelloc=b, labeljust=l];\n"
        out += "  node [shape=circle, style=filled, fixedsize=true, width=0.3, label=\"\", fontname=\"Helvetica,Arial,sans-serif\", fontsize=9, penwidth=0.6, color=\"#444444\"];\n"
        out += "  edge [arrowsize=0.5];\n"
        let labelled = union.people.count <= 60
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
        let rows = [
            "<tr><td align=\"left\" colspan=\"2\"><b>\(DOTText.html(title))</b></td></tr>",
            "<tr><td align=\"left\"><font color=\"#555555\">────▶</font></td><td align=\"left\">kept (\(counts[.kept]!))</td></tr>",
            "<tr><td align=\"left\"><font color=\"#D55E00\">━━━▶</font></td><td align=\"left\">new (\(counts[.new]!))</td></tr>",
            "<tr><td align=\"left\"><font color=\"#999999\">– – –▶</font></td><td align=\"left\">lost between people in both terms (\(counts[.lost]!))</td></tr>",
            "<tr><td align=\"left\"><font color=\"#BBBBBB\">·······▶</font></td><td align=\"left\">went with someone who left (\(counts[.departed]!))</td></tr>",
            "<tr><td align=\"left\"><font color=\"#009E73\">◯</font></td><td align=\"left\">joined (\(joined)); pale dashed: left (\(left)); colour: \(DOTText.html(after.unitName))</td></tr>",
        ]
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
