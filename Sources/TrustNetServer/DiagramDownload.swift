import TrustNet
import TrustNetAnalysis
import TrustNetGraphviz

/// A diagram as `trustnet render` draws it, from the query parameters of
/// `/diagram/{term}/{relation}.{svg|png|pdf}`: `layout`, `size_by`, `color_by`, `min_weight`,
/// `by_unit=1`. The same options as the command's `DiagramRequest`, passed to the renderer.
struct DiagramDownload {
    var relations: Set<Relation>?
    var colorBy: String?
    var sizeBy: PersonMeasure = .pagerank
    var minWeight: Double = 0
    var byUnit = false
    var layout: LayoutEngine = .auto

    init(relation: String, network: Network, query: Query) throws {
        relations = try RelationSelection(relation == "all" ? [] : [relation]).resolve(in: network)
        colorBy = query["color_by"]
        if let text = query["size_by"] {
            guard let measure = PersonMeasure(rawValue: text) else { throw QueryError("size_by: no measure \(text)") }
            sizeBy = measure
        }
        if let text = query["min_weight"] {
            guard let w = Double(text), w.isFinite, w >= 0 else { throw QueryError("min_weight must be a number ≥ 0") }
            minWeight = w
        }
        byUnit = query["by_unit"] == "1"
        if let text = query["layout"] {
            guard let engine = LayoutEngine(rawValue: text), engine != .nop else { throw QueryError("layout: no layout \(text)") }
            layout = engine
        }
        if let colorBy, !network.people.contains(where: { $0.attributes[colorBy] != nil }) {
            throw QueryError("no roster column \"\(colorBy)\" to colour by")
        }
    }

    func render(_ network: Network, format: OutputFormat) throws -> [UInt8] {
        var options = DiagramOptions()
        options.relations = relations
        options.colorBy = colorBy
        options.minWeight = minWeight
        options.byUnit = byUnit
        options.title = "\(network.term.name): " + (byUnit
            ? (relations.map { $0.sorted() } ?? network.relations).map(\.name).joined(separator: " + ") + " ties between units"
            : Wording.measured(relations, in: network))
        if !byUnit {
            let graph = network.graph(relations: relations)
            options.sizeBy = (sizeBy.rawValue, try sizeBy.scores(on: graph, options: MeasureOptions(for: network)).values)
        }
        let engine = layout.resolved(nodeCount: byUnit ? network.units.count : network.people.count)
        return try GraphvizRenderer.render(dot: Diagram(network: network, options: options).dot(), engine: engine, format: format)
    }
}
