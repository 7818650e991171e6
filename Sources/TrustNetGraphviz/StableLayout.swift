import TrustNet

/// One layout for several terms, so each person stays in the same place from term to term.
///
/// The people of all the networks (matched by id) and the union of their ties are laid out
/// once through Graphviz; the positions read back are then pinned in each term's diagram
/// (``DiagramOptions/pinned``, rendered with ``LayoutEngine/nop``) and in comparisons
/// (``ComparisonDiagram``). People keep their place, so a leader sees what changed, not a
/// reshuffled picture.
public enum StableLayout {
    /// Positions in points by person id, for everyone in `networks`.
    ///
    /// - Parameters:
    ///   - networks: the terms to lay out together (order does not change the result's people).
    ///   - relations: the relations whose ties shape the layout (all when `nil`).
    ///   - engine: the layout engine (`auto`: neato up to 400 people, sfdp beyond).
    public static func positions(
        of networks: [Network], relations: Set<Relation>? = nil, engine: LayoutEngine = .auto
    ) throws(GraphvizError) -> [String: (x: Double, y: Double)] {
        let union = unionNetwork(networks, relations: relations)
        var options = DiagramOptions()
        options.largestSizes = true
        let dot = Diagram(network: union, options: options).personDOT(names: .none)
        let byNodeName = try GraphvizRenderer.positions(dot: dot, engine: engine.resolved(nodeCount: union.people.count))
        // Spread until the union's key people (at the largest size) can all be named, so each
        // term's key people can be too.
        let diagram = Diagram(network: union, options: options)
        let naming = diagram.naming
        let texts = naming.key.map { Diagram.shortened(union.people[$0].name) }
        let sizes = try GraphvizRenderer.textSizes(texts, font: Diagram.nameFont, size: Diagram.nameFontSize)
        return DiagramDrawing.spread(
            byID(byNodeName, people: union.people), diagram: diagram, naming: .init(key: naming.key, order: naming.key), sizes: sizes
        ).0
    }

    /// Positions read back by Graphviz node name, keyed by person id again: Graphviz unescapes
    /// only `\"` in a node name and keeps `\\` as two backslashes, so an id with a backslash
    /// comes back doubled.
    static func byID(_ byNodeName: [String: (x: Double, y: Double)], people: [Person]) -> [String: (x: Double, y: Double)] {
        var positions: [String: (x: Double, y: Double)] = [:]
        for person in people {
            let nodeName = String(person.id.flatMap { $0 == "\\" ? ["\\", "\\"] : [$0] })
            if let p = byNodeName[nodeName] { positions[person.id] = p }
        }
        return positions
    }

    /// Everyone who appears in any of `networks` (the latest entry of each id wins) and every
    /// tie of `relations` in any of them (the strongest weight of a pair kept).
    static func unionNetwork(_ networks: [Network], relations: Set<Relation>?) -> Network {
        var people: [Person] = []
        var index: [String: Int] = [:]
        for network in networks.reversed() {
            for person in network.people where index[person.id] == nil {
                index[person.id] = people.count
                people.append(person)
            }
        }
        var strongest: [TieKey: Double] = [:]
        for network in networks {
            for tie in network.ties where relations?.contains(tie.relation) ?? true {
                let key = TieKey(source: network.people[tie.source].id, target: network.people[tie.target].id, relation: tie.relation)
                strongest[key] = max(strongest[key] ?? 0, tie.weight)
            }
        }
        let ties = strongest.sorted { $0.key < $1.key }.map { key, weight in
            Tie(source: index[key.source]!, target: index[key.target]!, relation: key.relation, weight: weight)
        }
        return Network(term: Term(name: networks.map(\.term.name).joined(separator: " + ")), people: people, ties: ties)
    }
}

/// A tie named by its people's ids, to match ties across terms.
struct TieKey: Hashable, Comparable {
    var source: String
    var target: String
    var relation: Relation

    static func < (a: TieKey, b: TieKey) -> Bool {
        (a.source, a.target, a.relation.name) < (b.source, b.target, b.relation.name)
    }
}
