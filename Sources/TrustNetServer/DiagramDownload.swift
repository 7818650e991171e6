import TrustNet
import TrustNetAnalysis
import TrustNetGraphviz
import TrustNetStore

/// A diagram as `trustnet render` draws it (the same ``DiagramRequest``), from the query
/// parameters of `/diagram/{term}/{relation}.{svg|png|pdf}`: `layout`, `size_by` (a measure or
/// a numeric roster column), `color_by`, `min_weight`, `by_unit=1`, `labels`, `label_top`, and
/// for the network page `unit=U` (one unit), `level=school&within=S` (one school of a
/// district), `overview=1` (the units — or, with `level`, the schools — as nodes). People keep
/// their place in every term (the union of the terms laid out once, as `render` does) unless
/// `layout` is given. Names are placed by TrustNet after the layout.
struct DiagramDownload {
    var request = DiagramRequest()
    /// Fixed by `layout=`: no stable layout across terms.
    var freshLayout = false
    /// The roster column and value of the part drawn (`unit=`, or `level=` with `within=`).
    var scope: (column: String, value: String)?
    /// The column drawn as nodes for `overview=1` (`level`, else the unit).
    var overviewColumn: String?

    init(relation: String, network: Network, query: Query) throws {
        request.relations = try RelationSelection(relation == "all" ? [] : [relation]).resolve(in: network)
        request.colorBy = query["color_by"]
        if let text = query["size_by"] {
            guard let size = DiagramSize(text) else { throw QueryError("size_by: a measure or a numeric roster column") }
            request.sizeBy = size
        }
        if let text = query["min_weight"] {
            guard let w = Double(text), w.isFinite, w >= 0 else { throw QueryError("min_weight must be a number ≥ 0") }
            request.minWeight = w
        }
        request.byUnit = query["by_unit"] == "1"
        if let text = query["layout"] {
            guard let engine = LayoutEngine(rawValue: text), engine != .nop else { throw QueryError("layout: no layout \(text)") }
            request.layout = engine
            freshLayout = true
        }
        if let text = query["labels"] {
            guard let labels = NameChoice(rawValue: text) else { throw QueryError("labels: all, key or none") }
            request.labels = labels
        }
        request.labelTop = try query.int("label_top", default: request.labelTop, atLeast: 0)
        if let level = query["level"], let value = query["within"] {
            scope = (level, value)
        } else if let unit = query["unit"] {
            scope = (network.unitName, unit)
        }
        if query["overview"] == "1" {
            request.byUnit = true
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
        let network = part(of: try workspace.store.network(term: term, unitColumn: overviewColumn))
        var request = request
        request.title = Wording.diagramTitle(network, relations: request.relations, byUnit: request.byUnit, scope: scope.map { "\($0.column) \($0.value)" }, voice: .browser)
        let summaries = try workspace.terms()
        let terms = summaries.map(\.term.name)
        if !request.byUnit && !freshLayout && terms.count > 1 {
            let relations = request.relations, layout = request.layout
            // Kept by the relations actually laid out: "all" of a workspace with only advice ties
            // is the advice layout.
            let laidOut = relations ?? Set(summaries.flatMap(\.relations))
            let key = "layout?\(laidOut.map(\.name).sorted().joined(separator: ","))&\(layout.rawValue)&\(scope.map { "\($0.column)=\($0.value)" } ?? "")"
            let positions = try workspace.cached(key) {
                StablePositions(
                    byID: try StableLayout.positions(of: try terms.map { part(of: try workspace.store.network(term: $0)) }, relations: relations, engine: layout))
            }
            request.pinned = positions.byID
        }
        return try request.render(network, format: format)
    }
}

/// Positions of a stable layout, kept between requests.
struct StablePositions: @unchecked Sendable {
    // Tuples are not Sendable by declaration; the dictionary is never changed once made.
    let byID: [String: (x: Double, y: Double)]
}
