import TrustNet
import TrustNetAnalysis
import TrustNetGraphviz
import TrustNetIO

/// A large network drawn units first, as `trustnet render` draws it above 400 people: the units
/// as nodes (one Graphviz drawing, ``DiagramOptions/byUnit``), and each unit's own diagram a
/// click away.
///
/// Each unit is laid out by the same pipeline as `render`'s diagram per unit
/// (``DiagramDrawing``: Graphviz positions — sfdp, see ``unitRecord`` — TrustNet's name
/// placement, its key people named),
/// but only its positions, circles, ties and name boxes are kept, as numbers in the page's data;
/// the page's script draws a unit's SVG when it is opened. Five hundred schools of a state stay
/// a few megabytes, where five hundred SVG drawings would be a hundred.
///
/// The data (``json``): `{"relations":[…],"tieStride":3|4,"units":[{"name","colour","w","h",
/// "p":[v,x,y,r10,…],"t":[a,b,weight(,relation),…],"n":[a,cx,cy,w,h,…]}],"people":{columns by
/// person index}}` (a tie's relation index only with two relations or more),
/// positions in points from the drawing's top left, `r10` the circle's radius in tenths of a
/// point, `a`/`b` positions in the unit's `p` list.
struct UnitDrillDown {
    /// Above this many people (with two units or more) the report draws units first, as
    /// `render` does.
    static let unitsFirstAbove = 400
    /// Key people named in each unit's diagram: the most sought-out of the unit (coalition
    /// members are outlined).
    static let namedPerUnit = 5
    /// With more units than this, the units' diagram draws each unit's strongest links only.
    static let allLinksUpTo = 30
    static let strongestLinks = 3
    /// With more units than this (a nation's 5,000 schools) the units are listed in a table,
    /// not drawn: a 5,000-circle drawing names nobody legibly and was 19 MB of the page.
    static let tableAbove = 500

    /// The units' diagram (Graphviz SVG); `nil` above ``tableAbove`` units.
    let unitsSVG: ReportSVG?
    /// The page's data for the units and their people (JSON, not yet made script-safe).
    let json: String

    /// Whether a network of `people` people in `units` units is drawn units first.
    static func applies(people: Int, units: Int, whole: Bool) -> Bool {
        !whole && people > unitsFirstAbove && units > 1
    }

    /// The Graphviz part: the units' diagram and each unit laid out and named. It needs the
    /// term's informal authority only (sizes, who is named), so it runs beside the rest of the
    /// briefing; the coalition's outline comes with the people's columns.
    struct Layouts: Sendable {
        let unitsSVG: ReportSVG?
        /// The units' data, one JSON object each.
        let unitRecords: [String]
        let relations: [Relation]

        init(network: Network, authority: InformalAuthority) throws {
            var options = DiagramOptions()
            options.byUnit = true
            options.title = "\(network.term.name): ties between \(Wording.plural(network.unitName)) (click one to open its diagram)"
            if network.units.count > UnitDrillDown.allLinksUpTo { options.strongestUnitLinks = UnitDrillDown.strongestLinks }
            unitsSVG = network.units.count > UnitDrillDown.tableAbove
                ? nil : try ReportSVG(graphviz: try DiagramDrawing(Diagram(network: network, options: options)).render(format: .svg))
            let rank = UnitDrillDown.ranks(authority, count: network.people.count)
            relations = network.relations
            let relationIndex = Dictionary(uniqueKeysWithValues: relations.enumerated().map { ($1, $0) })
            var records: [String] = []
            for (u, (part, members)) in network.unitNetworks().enumerated() {
                records.append(
                    try UnitDrillDown.unitRecord(
                        part, members: members, colour: Palette.color(u), authority: authority, rank: rank, relationIndex: relationIndex))
            }
            unitRecords = records
        }
    }

    init(_ layouts: Layouts, network: Network, authority: InformalAuthority, coalition: Set<Int>) {
        unitsSVG = layouts.unitsSVG
        let people = Self.peopleColumns(network, authority: authority, rank: Self.ranks(authority, count: network.people.count), coalition: coalition)
        let relations = layouts.relations
        json = "{\"relations\":[\(relations.map { JSONText.string($0.name) }.joined(separator: ","))],\"tieStride\":\(relations.count > 1 ? 4 : 3),"
            + "\"units\":[\(layouts.unitRecords.joined(separator: ","))],\"people\":\(people)}"
    }

    /// The units' table (above ``tableAbove`` units): per unit its people, its ties inside, out
    /// and in, and its most sought-out person, largest units first.
    static func tableRows(_ network: Network, authority: InformalAuthority) -> [UnitTableRow] {
        let unit = network.unitIndices()
        let names = network.units  // computed from everyone: read once
        let count = names.count
        var people = [Int](repeating: 0, count: count + 1), within = people, out = people, into = people
        for u in unit { people[u] += 1 }
        for tie in network.ties where tie.source != tie.target {
            let a = unit[tie.source], b = unit[tie.target]
            if a == b { within[a] += 1 } else { out[a] += 1; into[b] += 1 }
        }
        var first = [Int?](repeating: nil, count: count + 1)
        for v in authority.ranking where first[unit[v]] == nil { first[unit[v]] = v }
        return (0..<count).sorted { people[$0] != people[$1] ? people[$0] > people[$1] : names[$0] < names[$1] }.map { u in
            UnitTableRow(
                name: names[u], people: people[u], within: within[u], tiesOut: out[u], tiesIn: into[u],
                soughtOut: first[u].map { network.people[$0].name } ?? "")
        }
    }

    /// Each person's place by informal authority (0 = first).
    static func ranks(_ authority: InformalAuthority, count: Int) -> [Int] {
        var rank = [Int](repeating: 0, count: count)
        for (i, v) in authority.ranking.enumerated() { rank[v] = i }
        return rank
    }

    /// One unit laid out and named as `render` draws it, as numbers.
    static func unitRecord(
        _ part: Network, members: [Int], colour: String, authority: InformalAuthority, rank: [Int], relationIndex: [Relation: Int]
    ) throws -> String {
        var options = DiagramOptions()
        options.sizeBy = ("informal authority", members.map { authority.entries[$0].score })
        options.soughtOut = members.indices.sorted { rank[members[$0]] < rank[members[$1]] }
        options.overlapsByScaling = true
        options.labels = .key
        options.labelTop = namedPerUnit
        let diagram = Diagram(network: part, options: options)
        // sfdp: neato's stress majorization took about 22 ms for a school of 100 people (a
        // second for a district's 50 schools, 11 s for a state's 500); sfdp's multilevel
        // force layout draws the same school in a few.
        let drawing = try DiagramDrawing(diagram, engine: .sfdp)
        let radii = diagram.nodeRadii
        let positions = part.people.map { drawing.positions[$0.id] ?? (0, 0) }
        // The drawing's extent: every circle and every name box, with a margin.
        var minX = Double.infinity, minY = Double.infinity, maxX = -Double.infinity, maxY = -Double.infinity
        for (i, p) in positions.enumerated() {
            minX = min(minX, p.x - radii[i]); maxX = max(maxX, p.x + radii[i])
            minY = min(minY, p.y - radii[i]); maxY = max(maxY, p.y + radii[i])
        }
        for box in drawing.names.values {
            minX = min(minX, box.minX); maxX = max(maxX, box.maxX)
            minY = min(minY, box.minY); maxY = max(maxY, box.maxY)
        }
        if !minX.isFinite { (minX, minY, maxX, maxY) = (0, 0, 0, 0) }
        let margin = 12.0
        minX -= margin; minY -= margin; maxX += margin; maxY += margin
        // SVG runs downwards: y from the top.
        func x(_ value: Double) -> String { String(Int((value - minX).rounded())) }
        func y(_ value: Double) -> String { String(Int((maxY - value).rounded())) }
        var p: [String] = []
        p.reserveCapacity(members.count * 4)
        for (i, v) in members.enumerated() {
            p += [String(v), x(positions[i].x), y(positions[i].y), String(Int((radii[i] * 10).rounded()))]
        }
        var t: [String] = []
        t.reserveCapacity(part.ties.count * 4)
        // With one relation its index is left out: a tie is three numbers.
        let oneRelation = relationIndex.count <= 1
        for tie in part.ties where tie.source != tie.target {
            t += [String(tie.source), String(tie.target), ScriptJSON.number(tie.weight)]
            if !oneRelation { t.append(String(relationIndex[tie.relation] ?? 0)) }
        }
        var n: [String] = []
        for (i, box) in drawing.names.sorted(by: { $0.key < $1.key }) {
            n += [String(i), x(box.centre.x), y(box.centre.y), String(Int(box.width.rounded(.up))), String(Int(box.height.rounded(.up)))]
        }
        let name = part.people.first?.unit ?? ""
        return "{\"name\":\(JSONText.string(name)),\"colour\":\"\(colour)\",\"w\":\(Int((maxX - minX).rounded())),\"h\":\(Int((maxY - minY).rounded())),"
            + "\"p\":[\(p.joined(separator: ","))],\"t\":[\(t.joined(separator: ","))],\"n\":[\(n.joined(separator: ","))]}"
    }

    /// What the click panel shows of everyone, column by column (person index): id, name,
    /// title (an index into `titles`), formal and coalition flags (1, 2), informal authority,
    /// rank, named for advice, trusted, units naming them, betweenness.
    static func peopleColumns(_ network: Network, authority: InformalAuthority, rank: [Int], coalition: Set<Int>) -> String {
        var titles: [String] = []
        var titleIndex: [String: Int] = [:]
        var columns = [[String]](repeating: [], count: 10)
        for (v, person) in network.people.enumerated() {
            let e = authority.entries[v]
            var title = -1
            if let t = person.title {
                if let known = titleIndex[t] { title = known } else { title = titles.count; titleIndex[t] = title; titles.append(t) }
            }
            columns[0].append(JSONText.string(person.id))
            columns[1].append(JSONText.string(person.name))
            columns[2].append(String(title))
            columns[3].append(String((e.isFormalLeader ? 1 : 0) + (coalition.contains(v) ? 2 : 0)))
            columns[4].append(DOTText.fixed(e.score, 3))
            columns[5].append(String(rank[v] + 1))
            columns[6].append(String(e.adviceIn))
            columns[7].append(String(e.trustIn))
            columns[8].append(String(e.unitsReached))
            columns[9].append(DOTText.fixed(e.betweenness, 0))
        }
        let names = ["id", "name", "title", "flags", "authority", "rank", "adviceIn", "trustIn", "unitsReached", "betweenness"]
        let body = zip(names, columns).map { "\"\($0)\":[\($1.joined(separator: ","))]" }.joined(separator: ",")
        return "{\"titles\":[\(titles.map(JSONText.string).joined(separator: ","))],\(body)}"
    }
}
