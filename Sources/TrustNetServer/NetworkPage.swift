import Foundation
import Hummingbird
import TrustNet
import TrustNetAnalysis
import TrustNetIO

/// What the network page shows (`page.mustache`, section `diagram`).
struct NetworkView {
    struct Drill {
        var label: String
        var href: String
    }
    struct Option {
        var value: String
        var label: String
        var selected: Bool
    }
    var src: String
    var alt: String
    var term: String
    var relation: String
    var relations: [PageModel.TermOption]
    var units: [Option]
    var unitName: String
    var minWeight: String
    /// The term slider: the terms in order and where this one is.
    var termNames: [PageModel.TermOption]
    var termIndex: Int
    var termMax: Int
    var hasSlider: Bool
    /// `level` and `within` kept in the filter form (one school of a district).
    var level: String
    var within: String
    var hasLevel: Bool
    /// Drawing units (or schools) as nodes: where a click on one leads (the name is appended).
    var overview: Bool
    var overviewLine: String
    var drillBase: String
    var drills: [Drill]
    /// Back to the whole district from one school.
    var up: Drill?
    var downloads: [PageModel.Link]
    var query: String
    var found: [Drill]
    var foundIDs: String
    var nobody: String?
    var person: PersonProfile?
}

/// A person's measures and ties in a term, as `/api/person?term=T&id=ID` gives them: the row
/// of `trustnet metrics --format json` and their ties both ways.
struct PersonProfile: Encodable, Sendable {
    struct Measure: Encodable, Sendable {
        var name: String
        var value: String
    }
    struct TieLine: Encodable, Sendable {
        var direction: String
        var id: String
        var name: String
        var relation: String
        var weight: Double
        var line: String
    }
    var id: String
    var name: String
    var unit: String?
    var title: String?
    var measures: [Measure]
    var ties: [TieLine]

    /// The profile of person `id` in `network` (relations and minimum strength applied).
    init(id: String, network: Network, relations: Set<Relation>?) throws {
        guard let v = network.index(ofPersonWithID: id) else { throw QueryError("nobody with id \(id) in \(network.term.name)") }
        let person = network.people[v]
        let chosen = PersonMeasure.defaults(for: network)
        let scores = try PersonMeasure.compute(chosen, on: network.graph(relations: relations), options: MeasureOptions(for: network))
        let table = ResultTable.personMeasures(network, chosen, scores)
        self.id = person.id
        name = person.name
        unit = person.unit
        title = person.title
        measures = zip(table.columns, table.rows[v]).dropFirst(3).map { column, cell in
            switch cell {
            case .text(let s): Measure(name: column, value: s)
            case .integer(let i): Measure(name: column, value: String(i))
            case .number(let x): Measure(name: column, value: Wording.fixed(x, 3))
            case .empty: Measure(name: column, value: "")
            }
        }
        ties = network.ties.compactMap { tie -> TieLine? in
            guard tie.source == v || tie.target == v, relations?.contains(tie.relation) ?? true else { return nil }
            let outgoing = tie.source == v
            let other = network.people[outgoing ? tie.target : tie.source]
            return TieLine(
                direction: outgoing ? "out" : "in", id: other.id, name: other.name, relation: tie.relation.name, weight: tie.weight,
                line: Wording.tieLine(outgoing: outgoing, other: other, relation: tie.relation, weight: tie.weight))
        }
    }
}

extension PageRoutes {
    /// Above this many people a network is drawn units (a district: schools) first.
    static let overviewAbove = 400

    /// "school" for a district (a roster column above the unit, drawn first), else "".
    static func districtLevel(of network: Network) -> String {
        network.values(of: "school").count > 1 && network.unitName.lowercased() != "school" ? "school" : ""
    }

    /// Whether the network page opens on the units (or schools) rather than the people.
    static func drawnUnitsFirst(_ network: Network, level: String) -> Bool {
        network.people.count > overviewAbove && (!level.isEmpty || network.units.count > 1)
    }

    /// The diagram the network page shows first for `network`, as the query of
    /// `/diagram/{term}/all.svg`.
    static func firstDiagramQuery(of network: Network) -> String {
        let level = districtLevel(of: network)
        guard drawnUnitsFirst(network, level: level) else { return "" }
        return encoded([("overview", "1")] + (level.isEmpty ? [] : [("level", level)]))
    }

    /// `a=1&b=2`, each value encoded for a URL.
    static func encoded(_ p: [(String, String)]) -> String { p.map { "\($0.0)=\(queryValue($0.1))" }.joined(separator: "&") }

    /// The term's diagram on the stable layout, with filters (relation, unit, tie strength),
    /// a term slider, zoom and pan, a person search, and a person's measures and ties on a
    /// click (or `?person=ID`); a district is drawn schools first, and a click drills into one.
    func networkPage(_ query: Query, _ context: TrustNetRequestContext) throws -> Response {
        var page = try frame("Network", path: "/network", query, context)
        let network = try workspace.store.network(term: page.term.isEmpty ? nil : page.term)
        let term = network.term.name
        let relation = query["relation"] ?? "all"
        let relations = try RelationSelection(relation == "all" ? [] : [relation]).resolve(in: network)
        let minWeight = query["min_weight"] ?? ""
        let level = Self.districtLevel(of: network)
        let within = level.isEmpty ? "" : query["within"] ?? ""
        let unit = query["unit"] ?? ""
        let large = Self.drawnUnitsFirst(network, level: level)
        let overview = within.isEmpty && unit.isEmpty && (query["overview"] == "1" || (query["overview"] == nil && large))

        var parameters: [(String, String)] = []
        if !minWeight.isEmpty { parameters.append(("min_weight", minWeight)) }
        if !within.isEmpty { parameters += [("level", level), ("within", within)] }
        if !unit.isEmpty { parameters.append(("unit", unit)) }
        if overview {
            parameters.append(("overview", "1"))
            if !level.isEmpty { parameters.append(("level", level)) }
        }
        let base = "/diagram/\(queryValue(term))/\(queryValue(relation))"
        let suffix = parameters.isEmpty ? "" : "?" + Self.encoded(parameters)
        let here = [("term", term), ("relation", relation)] + (minWeight.isEmpty ? [] : [("min_weight", minWeight)])
        let drillBase = "/network?" + Self.encoded(here + [("overview", "0")]) + (level.isEmpty ? "&unit=" : "&level=\(level)&within=")
        let groups = level.isEmpty ? network.units : network.values(of: level)
        let terms = page.terms.map(\.name)

        let text = query["q"] ?? ""
        let found = text.isEmpty ? [] : network.people.indices.filter { network.people[$0].name.localizedCaseInsensitiveContains(text) || network.people[$0].id == text }
        let inDegree = network.graph().degrees(.incoming)
        let personID = query["person"]
        let profile = try personID.map { id in
            try workspace.cached("person?\(term)&\(relation)&\(minWeight)&\(id)") {
                try PersonProfile(id: id, network: try Self.minWeightNetwork(network, minWeight), relations: relations)
            }
        }
        page.network = NetworkView(
            src: base + ".svg" + suffix,
            alt: "The \(relation == "all" ? "" : relation + " ")network of \(term)" + (within.isEmpty ? "" : ", \(within)") + (unit.isEmpty ? "" : ", \(unit)"),
            term: term, relation: relation,
            relations: (["all"] + network.relations.map(\.name)).map { .init(name: $0, selected: $0 == relation) },
            units: [.init(value: "", label: "all", selected: unit.isEmpty)] + network.units.map { .init(value: $0, label: $0, selected: $0 == unit) },
            unitName: network.unitName,
            minWeight: minWeight,
            termNames: terms.map { .init(name: $0, selected: $0 == term) }, termIndex: terms.firstIndex(of: term) ?? 0, termMax: max(0, terms.count - 1),
            hasSlider: terms.count > 1,
            level: within.isEmpty ? "" : level, within: within, hasLevel: !within.isEmpty,
            overview: overview,
            overviewLine: overview ? Wording.overview(people: network.people.count, groups: groups.count, groupName: level.isEmpty ? network.unitName : level) : "",
            drillBase: drillBase,
            drills: overview ? groups.map { NetworkView.Drill(label: $0, href: drillBase + queryValue($0)) } : [],
            up: within.isEmpty && unit.isEmpty ? nil : NetworkView.Drill(label: "Back to the whole \(level.isEmpty ? "network" : "district")", href: "/network?" + Self.encoded(here + [("overview", large ? "1" : "0")])),
            downloads: ["svg", "png", "pdf"].map {
                PageModel.Link(label: "Download " + $0.uppercased(), href: base + "." + $0 + (suffix.isEmpty ? "?" : suffix + "&") + "download=1")
            },
            query: text,
            found: found.prefix(50).map { v in
                NetworkView.Drill(label: Wording.personLine(network.people[v], namedBy: Int(inDegree[v])), href: "/network?" + Self.encoded(here + [("person", network.people[v].id), ("q", text)]))
            },
            foundIDs: found.prefix(50).map { network.people[$0].id }.joined(separator: "\n"),
            nobody: !text.isEmpty && found.isEmpty ? Wording.nobodyMatches(term: term) : nil,
            person: profile)
        return .html(pages.render(page))
    }

    static func minWeightNetwork(_ network: Network, _ text: String) throws -> Network {
        guard !text.isEmpty else { return network }
        guard let w = Double(text), w.isFinite, w > 0 else { throw QueryError("min_weight needs a positive number") }
        return network.keepingTies(atLeast: w)
    }
}
