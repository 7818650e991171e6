import Foundation
import Testing
@testable import TrustNet
import TrustNetAnalysis

@testable import TrustNetReport

/// Reports of large networks: drawn units first with a diagram per unit, everyone with
/// `whole`, tables cut alike in the page and its JSON, betweenness sampled above the exact
/// limit and said to be an estimate. The networks are generated here, seeded.
@Suite struct LargeReportTests {
    /// `units` units of `size` people; each person names 4 colleagues of their unit for advice
    /// (more often the unit's first few, so there are people to seek out) and, one time in
    /// five, someone of another unit; every 50th person is a principal.
    static func district(units: Int, size: Int, seed: UInt64 = 11) -> Network {
        var generator = SeededGenerator(seed: seed)
        let n = units * size
        let people = (0..<n).map { v in
            Person(id: "p\(v)", name: "Person \(v)", unit: "School \(v / size)", title: v % 50 == 0 ? "Principal" : "Teacher")
        }
        var seen = Set<[Int]>()
        var ties: [Tie] = []
        for v in 0..<n {
            let unit = v / size
            for k in 0..<5 {
                let target: Int
                if k == 4 {
                    guard generator.index(below: 5) == 0 else { continue }
                    target = generator.index(below: n)
                } else {
                    // Half of the naming goes to the unit's first eight people.
                    let local = generator.index(below: 2) == 0 ? generator.index(below: min(8, size)) : generator.index(below: size)
                    target = unit * size + local
                }
                guard target != v, seen.insert([v, target]).inserted else { continue }
                ties.append(Tie(source: v, target: target, relation: .advice, weight: Double(1 + generator.index(below: 3))))
            }
        }
        return Network(term: Term(name: "2026-fall"), people: people, ties: ties, unitName: "school")
    }

    static func input(_ network: Network, whole: Bool = false, seed: UInt64 = 1, sampling: BetweennessSampling? = nil) -> ReportInput {
        var options = BriefingOptions(spread: SpreadOptions(runs: 20), permutations: 50, seed: seed)
        if let sampling { options.analysis.betweenness = sampling }
        return ReportInput(terms: [AnalysisTerm(network: network, respondents: Set(network.people.map(\.id)))], options: options, whole: whole)
    }

    /// The page's data block, parsed.
    static func pageData(_ html: String) throws -> [String: Any] {
        let open = "<script type=\"application/json\" id=\"trustnet-data\">"
        let start = try #require(html.range(of: open))
        let end = try #require(html.range(of: "</script>", range: start.upperBound..<html.endIndex))
        let text = String(html[start.upperBound..<end.lowerBound])
        return try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    static func json(_ input: ReportInput) throws -> [String: Any] {
        let text = try ReportJSON(input: input).json()
        return try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    /// 1,200 people in 12 schools: the page draws the schools as nodes (Graphviz) and carries
    /// one laid-out diagram per school — every member placed, the school's own ties, its most
    /// sought-out people named — and no diagram of 1,200 people.
    @Test func largeDistrictIsDrawnUnitsFirstWithADiagramPerUnit() throws {
        let network = Self.district(units: 12, size: 100)
        let html = try Report(input: Self.input(network)).html()
        // The schools' diagram: one node per school.
        for u in 0..<12 { #expect(html.contains("<title>unit:School \(u)</title>")) }
        // No person is a Graphviz node of the page.
        #expect(!html.contains("<title>p17</title>"))
        #expect(html.contains("id=\"unit-drill\""))

        let data = try Self.pageData(html)
        let unitsFirst = try #require(data["unitsFirst"] as? [String: Any])
        let units = try #require(unitsFirst["units"] as? [[String: Any]])
        #expect(units.map { $0["name"] as? String } == network.units.map { Optional($0) })
        let columns = try #require(unitsFirst["people"] as? [String: Any])
        let ids = try #require(columns["id"] as? [String])
        #expect(ids == network.people.map(\.id))
        for unit in units {
            let name = try #require(unit["name"] as? String)
            let p = try #require(unit["p"] as? [Int])
            let members = stride(from: 0, to: p.count, by: 4).map { p[$0] }
            #expect(members == network.people.indices.filter { network.people[$0].unit == name })
            // Every position inside the drawing.
            let w = try #require(unit["w"] as? Int), h = try #require(unit["h"] as? Int)
            for k in stride(from: 0, to: p.count, by: 4) { #expect((0...w).contains(p[k + 1]) && (0...h).contains(p[k + 2])) }
            // The school's own ties, by position in its member list.
            let t = try #require(unit["t"] as? [Double])
            let inside = network.ties.filter { network.people[$0.source].unit == name && network.people[$0.target].unit == name }
            #expect(unitsFirst["tieStride"] as? Int == 3)
            #expect(t.count == inside.count * 3)
            // Its most sought-out are named: the first-ranked member among them.
            let n = try #require(unit["n"] as? [Int])
            #expect(n.count >= 5 && n.count % 5 == 0)
            let ranks = try #require(columns["rank"] as? [Int])
            let top = members.indices.min { ranks[members[$0]] < ranks[members[$1]] }!
            #expect(stride(from: 0, to: n.count, by: 5).map { n[$0] }.contains(top))
        }
        // Ties are not listed person by person in the data: the page stays small.
        let terms = try #require(data["terms"] as? [[String: Any]])
        #expect((terms[0]["ties"] as? [Any])?.isEmpty == true)
        #expect(html.utf8.count < 2_000_000)
    }

    /// `whole` draws every person in one diagram, as below 400 people.
    /// Above 500 units (a nation's schools) the units are listed, not drawn: one table row per
    /// unit, largest first, with its ties inside and across and its most sought-out person,
    /// each opening the unit's diagram from the same data as a drawn unit.
    @Test func manyUnitsAreListedInATable() throws {
        let network = Self.district(units: 501, size: 2, seed: 4)
        let html = try Report(input: Self.input(network)).html()
        #expect(!html.contains("<title>unit:"), "no units' drawing")
        #expect(html.contains("data-relation=\"units\"") && html.contains("<table class=\"units\">"))
        let rows = html.components(separatedBy: "<tr data-unit=\"").dropFirst()
        #expect(rows.count == 501)
        // Counted from the ties: every school's row says what its people tie to.
        let unit = network.unitIndices()
        var within = [Int](repeating: 0, count: 501), out = within
        for tie in network.ties where tie.source != tie.target {
            if unit[tie.source] == unit[tie.target] { within[unit[tie.source]] += 1 } else { out[unit[tie.source]] += 1 }
        }
        let u = network.units.firstIndex(of: "School 7")!
        let row = try #require(rows.first { $0.hasPrefix("School 7\"") })
        #expect(row.contains("<td>2</td><td>\(within[u])</td><td>\(out[u])</td>"), "\(row.prefix(300))")
        let data = try Self.pageData(html)
        let units = try #require((data["unitsFirst"] as? [String: Any])?["units"] as? [[String: Any]])
        #expect(units.count == 501)
        #expect(html.contains("too many schools to draw them"))
    }

    @Test func wholeDrawsEveryone() throws {
        let network = Self.district(units: 5, size: 90)
        let unitsFirst = try Report(input: Self.input(network)).html()
        #expect(unitsFirst.contains("<title>unit:School 0</title>"))
        let whole = try Report(input: Self.input(network, whole: true)).html()
        #expect(!whole.contains("<title>unit:School 0</title>"))
        for person in network.people { #expect(whole.contains("<title>\(person.id)</title>")) }
        #expect(try Self.pageData(whole)["unitsFirst"] == nil)
    }

    /// Sampled from a seed: the same seed gives the same estimate, another seed another; with
    /// half of the people as sources it finds the exact top brokers and the connected pairs
    /// within a few percent.
    @Test func sampledBetweennessIsSeededAndCloseToExact() throws {
        let network = Self.district(units: 6, size: 50, seed: 5)
        let graph = network.graph(relations: [.advice])
        let sampling = BetweennessSampling(exactUpTo: 100, sources: 150, seed: 3)
        let a = BrokerageProfile(graph: graph, sampling: sampling)
        let b = BrokerageProfile(graph: graph, sampling: sampling)
        #expect(a.betweenness.values == b.betweenness.values)
        #expect(a.sampledSources == 150 && a.seed == 3)
        var other = sampling
        other.seed = 4
        #expect(BrokerageProfile(graph: graph, sampling: other).betweenness.values != a.betweenness.values)

        let exact = BrokerageProfile(graph: graph, sampling: .exact)
        #expect(exact.sampledSources == nil)
        #expect(exact.betweenness.values == graph.betweenness().values)
        #expect(abs(a.connectedPairs - exact.connectedPairs) / exact.connectedPairs < 0.05)
        #expect(RankCorrelation.spearman(a.betweenness.values, exact.betweenness.values) > 0.9)
        let exactTop = Set(exact.betweenness.ranking().prefix(5))
        #expect(exactTop.contains(a.betweenness.ranking()[0]))
        // The exact count of connected pairs: every person searched once.
        var search = ShortestPathSearch(graph: graph)
        var pairs = 0.0
        for s in 0..<graph.nodeCount {
            search.run(from: s)
            pairs += Double(search.order.count - 1)
        }
        #expect(exact.connectedPairs == pairs)
    }

    /// Above the exact limit the report says betweenness is an estimate, in the page and in
    /// the JSON, with its sources and seed; the same seed gives the same bytes.
    @Test func reportSaysBetweennessIsAnEstimate() throws {
        let network = Self.district(units: 6, size: 80)
        let sampling = BetweennessSampling(exactUpTo: 400, sources: 64)
        let input = Self.input(network, seed: 9, sampling: sampling)
        let html = try Report(input: input).html()
        #expect(html.contains("is an estimate"))
        #expect(html.contains("64 randomly chosen colleagues, seed 9"))
        let json = try Self.json(input)
        let summary = try #require(json["summary"] as? [String: Any])
        let estimate = try #require(summary["betweenness_estimate"] as? [String: Any])
        #expect(estimate["sources"] as? Int == 64)
        #expect(estimate["seed"] as? Int == 9)
        #expect(try ReportJSON(input: input).json() == ReportJSON(input: input).json())
        // Twice in one process: every Graphviz layout (sfdp's too) starts from the same state.
        #expect(try Report(input: input).html() == html)
        // Exact below the limit: nothing to say.
        let exact = try Self.json(Self.input(network))
        #expect((exact["summary"] as? [String: Any])?["betweenness_estimate"] == nil)
    }

    /// The page and its JSON show the same values: the Sarahs, the on-ramps cut to the same
    /// rows with the same total, and the key people's scores in the page's data.
    @Test func jsonAndPageAgree() throws {
        let network = Self.district(units: 12, size: 100)
        let input = Self.input(network)
        let html = try Report(input: input).html()
        let json = try Self.json(input)
        let sarahs = try #require((json["sarahs"] as? [String: Any])?["top"] as? [[String: Any]])
        #expect(!sarahs.isEmpty)
        let people = try #require((try Self.pageData(html)["terms"] as? [[String: Any]])?.first?["people"] as? [String: Any])
        for sarah in sarahs {
            let person = try #require(sarah["person"] as? [String: Any])
            let name = try #require(person["name"] as? String), id = try #require(person["id"] as? String)
            #expect(html.contains("<td>\(name)"))
            let shown = try #require(people[id] as? [String: Any])
            let score = try #require(sarah["score"] as? Double), authority = try #require(shown["authority"] as? Double)
            #expect(abs(score - authority) < 1e-4)
        }
        let ramps = try #require(json["onramps"] as? [[String: Any]])
        let total = try #require(json["onramps_total"] as? Int)
        #expect(ramps.count == min(total, ReportLimits.rows))
        #expect(html.contains("\(total) of \(network.people.count) people are on the edge this term."))
        // The page's on-ramps table has as many rows as the JSON.
        let section = try #require(html.range(of: "id=\"onramps\""))
        let rest = html[section.upperBound...]
        let tableEnd = try #require(rest.range(of: "</table>"))
        #expect(rest[..<tableEnd.lowerBound].components(separatedBy: "<tr>").count - 2 == ramps.count)
        for ramp in ramps.prefix(5) {
            let name = try #require((ramp["person"] as? [String: Any])?["name"] as? String)
            #expect(rest[..<tableEnd.lowerBound].contains(name))
        }
    }
}
