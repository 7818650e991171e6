import TrustNet
import TrustNetAnalysis
import TrustNetGraphviz
import TrustNetStore

/// A diagram as `trustnet render` draws it, from the query parameters of
/// `/diagram/{term}/{relation}.{svg|png|pdf}`: `layout`, `size_by`, `color_by`, `min_weight`,
/// `by_unit=1`, and for the network page `unit=U` (one unit), `level=school&within=S` (one
/// school of a district), `overview=1` (the units — or, with `level`, the schools — as nodes).
/// People keep their place in every term (the union of the terms laid out once, as `render`
/// does) unless `layout` is given. Names are placed by TrustNet after the layout.
struct DiagramDownload {
    var relations: Set<Relation>?
    var colorBy: String?
    var sizeBy: PersonMeasure = .pagerank
    var minWeight: Double = 0
    var byUnit = false
    var layout: LayoutEngine = .auto
    /// Fixed by `layout=`: no stable layout across terms.
    var freshLayout = false
    /// The roster column and value of the part drawn (`unit=`, or `level=` with `within=`).
    var scope: (column: String, value: String)?
    /// The column drawn as nodes for `overview=1` (`level`, else the unit).
    var overviewColumn: String?

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
            freshLayout = true
        }
        if let colorBy, !network.people.contains(where: { $0.attributes[colorBy] != nil }) {
            throw QueryError("no roster column \"\(colorBy)\" to colour by")
        }
        if let level = query["level"], let value = query["within"] {
            scope = (level, value)
        } else if let unit = query["unit"] {
            scope = (network.unitName, unit)
        }
        if query["overview"] == "1" {
            byUnit = true
            overviewColumn = query["level"]
        }
        if let scope, network.within(column: scope.column, value: scope.value).people.isEmpty {
            throw QueryError("nobody in \(network.term.name) has \(scope.column) \"\(scope.value)\"")
        }
    }

    /// The part of `network` drawn.
    func part(of network: Network) -> Network { scope.map { network.within(column: $0.column, value: $0.value) } ?? network }

    /// The diagram of `term` in `format`; the stable layout is computed from every term of the
    /// workspace once while the workspace stays the same.
    func render(term: String, from workspace: ServedWorkspace, format: OutputFormat) throws -> [UInt8] {
        let whole = try workspace.store.network(term: term, unitColumn: overviewColumn)
        let network = part(of: whole)
        var options = DiagramOptions()
        options.relations = relations
        options.colorBy = colorBy
        options.minWeight = minWeight
        options.byUnit = byUnit
        let drawn = byUnit
            ? (relations.map { $0.sorted() } ?? network.relations).map(\.name).joined(separator: " + ") + " ties between \(Wording.plural(network.unitName))"
            : Wording.measured(relations, in: network)
        options.title = "\(network.term.name): \(drawn)" + (scope.map { ", \($0.column) \($0.value)" } ?? "")
        if !byUnit {
            let graph = network.graph(relations: relations)
            options.sizeBy = (sizeBy.rawValue, try sizeBy.scores(on: graph, options: MeasureOptions(for: network)).values)
            let terms = try workspace.store.terms().map(\.term.name)
            if !freshLayout && terms.count > 1 {
                let key = "layout?\(relations.map { $0.map(\.name).sorted().joined(separator: ",") } ?? "all")&\(scope.map { "\($0.column)=\($0.value)" } ?? "")"
                let positions = try workspace.cached(key) {
                    StablePositions(
                        byID: try StableLayout.positions(of: try terms.map { part(of: try workspace.store.network(term: $0)) }, relations: relations, engine: layout))
                }
                options.pinned = positions.byID
            }
        }
        return try DiagramDrawing(Diagram(network: network, options: options), engine: layout).render(format: format)
    }
}

/// Positions of a stable layout, kept between requests.
struct StablePositions: @unchecked Sendable {
    // Tuples are not Sendable by declaration; the dictionary is never changed once made.
    let byID: [String: (x: Double, y: Double)]
}
